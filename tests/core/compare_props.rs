//! Comparison never panics on any text, and every range it gives points
//! into the text it belongs to.

use crate::support::build;
use brief::compare::{PassageIndex, Topic, resolve};
use brief::extract::figures as briefing_figures;
use brief::model::{Briefing, Part};
use proptest::prelude::*;

/// Text made of the pieces that stress the readers: digits and separators,
/// qualifiers, currency signs, quotes, bullets, accents and wide characters.
fn article_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("up to ".to_string()),
        Just("between ".to_string()),
        Just(" and ".to_string()),
        Just("according to ".to_string()),
        Just("(Source: ".to_string()),
        Just("$".to_string()),
        Just("€".to_string()),
        Just(" million".to_string()),
        Just("%".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just(":".to_string()),
        Just("• ".to_string()),
        Just("“".to_string()),
        Just("\u{a0}".to_string()),
        Just("İK".to_string()),
        Just("could send ".to_string()),
        "[0-9]{1,6}",
        "[a-zA-Z]{1,9} ",
        "\\PC{0,4}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|p| p.concat())
}

/// A source `s0`, `s1`… per text, one paragraph per line.
fn briefing_of(texts: &[String]) -> Briefing {
    build::briefing(
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| build::source(&format!("s{i}"), vec![(None, t.split('\n').collect())]))
            .collect(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn figures_point_into_their_block(texts in prop::collection::vec(article_text(), 1..4)) {
        let b = briefing_of(&texts);
        for f in briefing_figures(&b) {
            let Part::Block(block) = f.at.part else { panic!("figures are in blocks") };
            let text = &b.sources[f.at.source].sections[f.at.section].blocks[block].text;
            prop_assert_eq!(text.get(f.at.range.clone()), Some(f.text.as_str()));
        }
    }

    #[test]
    fn comparisons_never_panic_and_ranges_fit(
        texts in prop::collection::vec(article_text(), 1..4),
        query in article_text(),
    ) {
        let b = briefing_of(&texts);
        let index = PassageIndex::new(&b);
        for topic in [resolve(&b, &query), Topic::query("up to million"), Topic::query("")] {
            let c = index.compare(&topic);
            prop_assert_eq!(c.sources.len(), b.sources.len());
            for col in &c.sources {
                prop_assert!(col.covered || col.passages.is_empty());
                for p in &col.passages {
                    // A one-block passage's address gives back its text.
                    if p.at.blocks.len() == 1 {
                        let block = &b.sources[col.source].sections[p.at.section].blocks[p.at.blocks.start];
                        prop_assert_eq!(block.text.get(p.at.start..p.at.end), Some(p.text.as_str()));
                    }
                    for r in p.terms.iter().chain(&p.figures) {
                        prop_assert!(p.text.get(r.clone()).is_some(), "{:?} in {:?}", r, p.text);
                    }
                }
            }
            for q in &c.quantities {
                for &(a, z) in &q.conflicts {
                    prop_assert!(a < q.claims.len() && z < q.claims.len());
                }
            }
        }
        let _ = brief::compare::topics(&b);
    }
}
