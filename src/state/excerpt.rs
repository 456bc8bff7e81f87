//! The short excerpt kept with a bookmark, so a list of bookmarks reads
//! well even when the text has since changed.

use crate::model::Briefing;
use crate::model::Position;

/// Longest excerpt kept with a bookmark, in characters.
const EXCERPT_CHARS: usize = 80;

/// The text at `at` (from its offset), one line, cut at a word boundary
/// with `…` when longer than a short line; empty when `at` points nowhere.
pub fn excerpt_at(briefing: &Briefing, at: Position) -> String {
    let Some(section) = briefing
        .sources
        .get(at.source)
        .and_then(|s| s.sections.get(at.section))
    else {
        return String::new();
    };
    let text = match at.block {
        None => section.heading.as_deref().unwrap_or(""),
        Some(b) => section.blocks.get(b).map_or("", |b| b.text.as_str()),
    };
    let start = floor_char_boundary(text, at.offset);
    shorten(&super::parse::clean_line(&text[start..]), EXCERPT_CHARS)
}

/// The largest char boundary of `text` at or before `offset`.
pub fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn shorten(line: &str, max: usize) -> String {
    if line.chars().count() <= max {
        return line.to_string();
    }
    let cut: String = line.chars().take(max).collect();
    // Prefer ending on a whole word unless that loses most of the line.
    let kept = match cut.rfind(' ') {
        Some(space) if space > cut.len() / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", kept.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, BlockKind, Section, Source};

    fn briefing(text: &str) -> Briefing {
        Briefing {
            sources: vec![Source {
                id: "s".into(),
                sections: vec![Section {
                    heading: Some("Rainfall".into()),
                    blocks: vec![Block::new(BlockKind::Paragraph, text)],
                }],
                ..Source::default()
            }],
            ..Briefing::default()
        }
    }

    fn at(block: Option<usize>, offset: usize) -> Position {
        Position {
            source: 0,
            section: 0,
            block,
            offset,
        }
    }

    #[test]
    fn long_text_is_cut_on_a_word_with_an_ellipsis() {
        let text = "The river rose ".repeat(20);
        let got = excerpt_at(&briefing(&text), at(Some(0), 0));
        assert!(got.ends_with('…'), "{got}");
        assert!(got.chars().count() <= EXCERPT_CHARS + 1);
        assert!(got.starts_with("The river rose The"));
        assert!(!got.contains("  "));
    }

    #[test]
    fn offsets_inside_a_character_or_past_the_end_do_not_panic() {
        let b = briefing("Zürich – café");
        assert_eq!(excerpt_at(&b, at(Some(0), 2)), "ürich – café");
        assert_eq!(excerpt_at(&b, at(Some(0), 500)), "");
        assert_eq!(excerpt_at(&b, at(None, 0)), "Rainfall");
        assert_eq!(excerpt_at(&b, at(Some(9), 0)), "");
    }
}
