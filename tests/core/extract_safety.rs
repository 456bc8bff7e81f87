//! No input makes extraction panic, and every reference it returns points
//! at the text it claims.

use brief::extract::{entities, figures_in};
use brief::model::{Block, BlockKind, Briefing, Section, Source};
use proptest::prelude::*;

fn one_block(text: &str) -> Briefing {
    Briefing {
        sources: vec![Source {
            id: "x".into(),
            sections: vec![Section {
                heading: Some(text.chars().take(40).collect()),
                blocks: vec![Block::new(BlockKind::Paragraph, text)],
            }],
            ..Source::default()
        }],
        ..Briefing::default()
    }
}

proptest! {
    #[test]
    fn any_text(text in "\\PC{0,200}") {
        let b = one_block(&text);
        for e in entities(&b) {
            for m in e.mentions {
                prop_assert_eq!(m.at.text(&b), Some(m.text.as_str()));
            }
        }
        for f in figures_in(&text) {
            prop_assert_eq!(text.get(f.at.range.clone()), Some(f.text.as_str()));
        }
    }

    #[test]
    fn news_like_text(text in "([A-Z][a-z]{1,8}|[0-9]{1,5}|[,.’'$€%–-]|the|of|and|million| |\u{a0}){0,60}") {
        let b = one_block(&text);
        let _ = entities(&b);
        for f in figures_in(&text) {
            prop_assert_eq!(text.get(f.at.range.clone()), Some(f.text.as_str()));
        }
    }
}
