//! The pieces of text extraction reads, in reading order: each section's
//! heading, then its blocks (never citations, never code).

use std::ops::Range;

use crate::model::{BlockKind, Briefing, MarkKind, Part};

/// One heading or block, with where it is.
pub struct Piece<'a> {
    pub source: usize,
    pub section: usize,
    pub part: Part,
    pub text: &'a str,
    /// A heading, or a short line without closing punctuation that stands
    /// where a heading would (text not yet split into sections).
    pub heading_like: bool,
    /// Ranges that are not prose: link URLs and code spans.
    pub skip: Vec<Range<usize>>,
}

impl Piece<'_> {
    /// Whether a range of the text touches a link URL or code span.
    pub fn skips(&self, range: &Range<usize>) -> bool {
        self.skip
            .iter()
            .any(|s| s.start < range.end && range.start < s.end)
    }
}

/// All pieces of the briefing, optionally of one source only.
pub fn pieces(briefing: &Briefing, only_source: Option<usize>) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    for (s, source) in briefing.sources.iter().enumerate() {
        if only_source.is_some_and(|o| o != s) {
            continue;
        }
        for (n, section) in source.sections.iter().enumerate() {
            if let Some(heading) = &section.heading {
                out.push(Piece {
                    source: s,
                    section: n,
                    part: Part::Heading,
                    text: heading,
                    heading_like: true,
                    skip: Vec::new(),
                });
            }
            for (b, block) in section.blocks.iter().enumerate() {
                if block.kind == BlockKind::Code {
                    continue;
                }
                out.push(Piece {
                    source: s,
                    section: n,
                    part: Part::Block(b),
                    text: &block.text,
                    heading_like: looks_like_heading(&block.text),
                    skip: block
                        .marks
                        .iter()
                        .filter(|m| matches!(m.kind, MarkKind::LinkUrl | MarkKind::Code))
                        .map(|m| m.range.clone())
                        .collect(),
                });
            }
        }
    }
    out
}

/// Each source's title, to read as a piece at `Part::Title`: names there
/// are named in the article too.
pub fn titles(briefing: &Briefing) -> Vec<(usize, String)> {
    briefing
        .sources
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.meta.title.trim().is_empty())
        .map(|(i, s)| (i, s.meta.title.clone()))
        .collect()
}

/// A title as a piece of text to read.
pub fn title_piece(source: usize, title: &str) -> Piece<'_> {
    Piece {
        source,
        section: 0,
        part: Part::Title,
        text: title,
        heading_like: true,
        skip: Vec::new(),
    }
}

/// A short line that does not end like a sentence.
fn looks_like_heading(text: &str) -> bool {
    let trimmed = text.trim_end();
    let words = trimmed.split_whitespace().count();
    let ends_sentence = trimmed
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '!' | ',' | ';' | ':' | '…' | ')'));
    words <= 14 && !ends_sentence
}

/// Whether most longer words of a heading are capitalised ("Title Case
/// Headline"): then capitals say nothing about names.
pub fn is_title_case(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .skip(1)
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    if words.len() < 2 {
        return false;
    }
    let capitalised = words
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        .count();
    capitalised * 2 > words.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_case_and_sentence_case_headings() {
        assert!(is_title_case("Global Fears Were Realized After Summit"));
        assert!(!is_title_case(
            "Pyongyang has sent thousands of containers to Russia"
        ));
        assert!(!is_title_case("Historical context"));
    }

    #[test]
    fn heading_like_lines() {
        assert!(looks_like_heading("Sanctions and North Korea"));
        assert!(!looks_like_heading("It rained in Paris."));
    }
}
