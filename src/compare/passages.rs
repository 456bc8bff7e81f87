//! Cutting sources into passages, the unit that is ranked: a short
//! paragraph whole, a sentence with its neighbours in a longer one, and a
//! line ending in `:` together with the list that follows it.

use std::ops::Range;

use super::comparison::PassageAt;
use super::terms::{Word, tokens};
use crate::model::{Block, BlockKind, Briefing};
use crate::text::sentences;

/// Paragraphs of up to this many sentences are one passage.
const WHOLE_PARAGRAPH_SENTENCES: usize = 3;

/// Where one block's piece sits in a passage's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub block: usize,
    /// Byte range of the piece in the block's text.
    pub in_block: Range<usize>,
    /// Byte offset of the piece in the passage's text.
    pub in_text: usize,
}

/// A passage before ranking.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub source: usize,
    pub at: PassageAt,
    /// The passage's text; pieces from several blocks are joined by `\n`.
    pub text: String,
    pub pieces: Vec<Piece>,
    /// The words of `text` (ranges into `text`).
    pub tokens: Vec<Word>,
    /// Citation tags of the blocks the passage comes from.
    pub citations: Vec<String>,
    /// Content-word stems of the section's heading.
    pub heading: Vec<String>,
}

impl Candidate {
    /// Number of content words, BM25's document length.
    pub fn length(&self) -> usize {
        self.tokens.iter().filter(|t| !t.stop).count()
    }

    /// The passage-text range of a byte range of `block`, if the passage holds it.
    pub fn text_range(&self, block: usize, range: &Range<usize>) -> Option<Range<usize>> {
        self.pieces.iter().find_map(|p| {
            (p.block == block && p.in_block.start <= range.start && range.end <= p.in_block.end)
                .then(|| {
                    let start = p.in_text + range.start - p.in_block.start;
                    start..start + range.len()
                })
        })
    }

    /// Whether two candidates share any text.
    pub fn overlaps(&self, other: &Candidate) -> bool {
        self.source == other.source
            && self.at.section == other.at.section
            && self.pieces.iter().any(|a| {
                other.pieces.iter().any(|b| {
                    a.block == b.block
                        && a.in_block.start < b.in_block.end
                        && b.in_block.start < a.in_block.end
                })
            })
    }
}

/// Longest line, in words, that can be a title rather than a sentence.
const TITLE_WORDS: usize = 12;

/// A short line that does not end like a sentence ("Global fears were
/// realized"): a heading or page furniture, not a passage on its own.
pub fn is_title_like(text: &str) -> bool {
    let text = text.trim_end();
    text.split_whitespace().count() <= TITLE_WORDS
        && !text.ends_with(['.', '!', '?', '"', '”', '’', '\'', ')', ':', '…'])
}

/// A list item: a list block, or (before structure detection) a line that
/// starts with a bullet.
fn is_list_item(block: &Block) -> bool {
    matches!(block.kind, BlockKind::ListItem { .. })
        || block
            .text
            .trim_start()
            .starts_with(['•', '◦', '▪', '-', '*', '–'])
}

/// Every passage of every source of the briefing, in reading order.
pub fn candidates(briefing: &Briefing) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (source, s) in briefing.sources.iter().enumerate() {
        for (section, sec) in s.sections.iter().enumerate() {
            let blocks = &sec.blocks;
            let first_of_section = out.len();
            let mut b = 0;
            while b < blocks.len() {
                let block = &blocks[b];
                if matches!(block.kind, BlockKind::Code) || is_title_like(&block.text) {
                    b += 1;
                    continue;
                }
                if block.text.trim_end().ends_with(':') {
                    let end = (b + 1..blocks.len())
                        .take_while(|&i| is_list_item(&blocks[i]))
                        .last()
                        .map_or(b + 1, |last| last + 1);
                    if end > b + 1 {
                        let pieces: Vec<(usize, Range<usize>)> =
                            (b..end).map(|i| (i, 0..blocks[i].text.len())).collect();
                        out.push(build(source, section, blocks, &pieces));
                        b = end;
                        continue;
                    }
                }
                let spans = sentences(&block.text);
                if spans.len() <= WHOLE_PARAGRAPH_SENTENCES {
                    if !spans.is_empty() {
                        out.push(build(source, section, blocks, &[(b, 0..block.text.len())]));
                    }
                } else {
                    for k in 0..spans.len() {
                        let first = &spans[k.saturating_sub(1)];
                        let last = &spans[(k + 1).min(spans.len() - 1)];
                        out.push(build(
                            source,
                            section,
                            blocks,
                            &[(b, first.start..last.end)],
                        ));
                    }
                }
                b += 1;
            }
            let heading: Vec<String> = sec
                .heading
                .as_deref()
                .map(|h| {
                    tokens(h)
                        .into_iter()
                        .filter(|t| !t.stop)
                        .map(|t| t.stem)
                        .collect()
                })
                .unwrap_or_default();
            for c in &mut out[first_of_section..] {
                c.heading.clone_from(&heading);
            }
        }
    }
    out
}

fn build(
    source: usize,
    section: usize,
    blocks: &[Block],
    pieces: &[(usize, Range<usize>)],
) -> Candidate {
    let mut text = String::new();
    let mut placed = Vec::new();
    let mut citations = Vec::new();
    for (block, range) in pieces {
        if !text.is_empty() {
            text.push('\n');
        }
        placed.push(Piece {
            block: *block,
            in_block: range.clone(),
            in_text: text.len(),
        });
        text.push_str(blocks[*block].text.get(range.clone()).unwrap_or_default());
        for c in &blocks[*block].citations {
            if !citations.contains(c) {
                citations.push(c.clone());
            }
        }
    }
    let first = pieces.first().map_or(0, |p| p.0);
    let last = pieces.last().map_or(first, |p| p.0);
    Candidate {
        source,
        at: PassageAt {
            section,
            blocks: first..last + 1,
            start: pieces.first().map_or(0, |p| p.1.start),
            end: pieces.last().map_or(0, |p| p.1.end),
        },
        tokens: tokens(&text),
        text,
        pieces: placed,
        citations,
        heading: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Section, Source};

    fn briefing(blocks: Vec<Block>) -> Briefing {
        Briefing {
            sources: vec![Source {
                id: "a".into(),
                sections: vec![Section {
                    heading: None,
                    blocks,
                }],
                ..Source::default()
            }],
            ..Briefing::default()
        }
    }

    #[test]
    fn long_paragraphs_give_sentence_windows_short_ones_stay_whole() {
        let long = "One is here. Two is here. Three is here. Four is here.";
        let b = briefing(vec![
            Block::new(BlockKind::Paragraph, "Short one. Short two."),
            Block::new(BlockKind::Paragraph, long),
        ]);
        let c = candidates(&b);
        assert_eq!(c.len(), 1 + 4);
        assert_eq!(c[0].text, "Short one. Short two.");
        assert_eq!(c[1].text, "One is here. Two is here.");
        assert_eq!(c[2].text, "One is here. Two is here. Three is here.");
        assert_eq!(c[4].text, "Three is here. Four is here.");
        assert_eq!(c[2].at.blocks, 1..2);
        assert_eq!(&long[c[4].at.start..c[4].at.end], c[4].text);
        assert!(c[1].overlaps(&c[2]) && !c[0].overlaps(&c[1]));
    }

    #[test]
    fn passages_keep_their_blocks_citations() {
        let mut cited = Block::new(BlockKind::Paragraph, "Harbour fees rose by a third.");
        cited.citations = vec!["The Gazette".into()];
        let c = candidates(&briefing(vec![cited]));
        assert_eq!(c[0].citations, ["The Gazette"]);
    }

    #[test]
    fn title_like_lines_are_not_passages() {
        let b = briefing(vec![
            Block::new(BlockKind::Paragraph, "Harbour fees are rising"),
            Block::new(BlockKind::Paragraph, "Harbour fees rose."),
        ]);
        let c = candidates(&b);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].text, "Harbour fees rose.");
    }

    #[test]
    fn a_line_ending_in_a_colon_takes_its_list() {
        let b = briefing(vec![
            Block::new(BlockKind::Paragraph, "Supplies included:"),
            Block::new(BlockKind::ListItem { ordered: None }, "shells,"),
            Block::new(BlockKind::Paragraph, "• rockets."),
            Block::new(BlockKind::Paragraph, "After the list."),
        ]);
        let c = candidates(&b);
        assert_eq!(c[0].text, "Supplies included:\nshells,\n• rockets.");
        assert_eq!(c[0].at.blocks, 0..3);
        let r = c[0]
            .text_range(2, &(4..11))
            .expect("block 2 is in the passage");
        assert_eq!(&c[0].text[r], "rockets");
        assert_eq!(c[0].text_range(3, &(0..5)), None);
        assert_eq!(c[1].text, "After the list.");
    }
}
