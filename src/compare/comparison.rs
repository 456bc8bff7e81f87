//! The result of comparing the sources on one topic: a plain struct that the
//! CLI's JSON and text and the TUI's columns and chart all render from.

use std::ops::Range;

use serde::Serialize;

use super::quantity::Quantity;
use super::topic::Topic;
use crate::extract::Figure;
use crate::model::{Briefing, Part, Position, TextRef};

/// Every source of the briefing on one topic, covered or not, and the
/// quantities they state.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub topic: Topic,
    /// One column per source, in briefing order (`sources[i].source == i`).
    pub sources: Vec<SourceColumn>,
    pub quantities: Vec<Quantity>,
    /// Words the topic does not name that matched by meaning in the passages
    /// shown ("soldiers", "personnel" for "troops").
    pub related: Vec<String>,
}

/// What one source says on the topic.
#[derive(Debug, Clone)]
pub struct SourceColumn {
    /// Index into `Briefing::sources`.
    pub source: usize,
    /// False when the source is silent on the topic: `passages` is then empty.
    pub covered: bool,
    /// Passages that hold the topic's terms, shown or not: above zero for an
    /// uncovered source, the topic is only mentioned in passing.
    pub mentions: usize,
    /// Best passages first.
    pub passages: Vec<Passage>,
    /// The figures that stand in those passages, in reading order.
    pub figures: Vec<Figure>,
}

/// Where a passage is: a section, the blocks it spans, and the byte offsets
/// where it starts in the first block and ends in the last.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct PassageAt {
    pub section: usize,
    pub blocks: Range<usize>,
    pub start: usize,
    pub end: usize,
}

impl PassageAt {
    /// The passage as references into the blocks of `source` it spans (one
    /// per block), for highlighting or jumping to it.
    pub fn text_refs(&self, briefing: &Briefing, source: usize) -> Vec<TextRef> {
        let blocks = briefing
            .sources
            .get(source)
            .and_then(|s| s.sections.get(self.section))
            .map(|s| s.blocks.as_slice())
            .unwrap_or_default();
        let last = self.blocks.end.saturating_sub(1);
        self.blocks
            .clone()
            .filter_map(|b| {
                let len = blocks.get(b)?.text.len();
                let start = if b == self.blocks.start {
                    self.start
                } else {
                    0
                };
                let end = if b == last { self.end.min(len) } else { len };
                Some(TextRef {
                    source,
                    section: self.section,
                    part: Part::Block(b),
                    range: start.min(end)..end,
                })
            })
            .collect()
    }

    /// Where the passage starts in `source`.
    pub fn position(&self, source: usize) -> Position {
        Position {
            source,
            section: self.section,
            block: Some(self.blocks.start),
            offset: self.start,
        }
    }
}

/// One ranked passage of a source.
#[derive(Debug, Clone)]
pub struct Passage {
    pub at: PassageAt,
    /// The passage's text; pieces of several blocks (a list) are joined by `\n`.
    pub text: String,
    /// BM25 score over the topic's terms.
    pub score: f64,
    /// Who the text says the claim comes from ("South Korean intelligence").
    pub attribution: Option<String>,
    /// How sure the wording is.
    pub certainty: Option<Certainty>,
    /// Byte ranges of `text` that matched the topic's terms.
    pub terms: Vec<Range<usize>>,
    /// Byte ranges of `text` that are figures.
    pub figures: Vec<Range<usize>>,
}

/// How sure a passage's wording is, from the least to the most sure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    /// "speculative", "unverified".
    Speculative,
    /// "could", "may", "presumably".
    Possible,
    /// "estimated", "approximately", "assessed".
    Estimated,
    /// "reported", "allegedly", "according to".
    Reported,
}

impl Certainty {
    pub fn from_name(name: &str) -> Option<Certainty> {
        match name {
            "speculative" => Some(Certainty::Speculative),
            "possible" => Some(Certainty::Possible),
            "estimated" => Some(Certainty::Estimated),
            "reported" => Some(Certainty::Reported),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Certainty::Speculative => "speculative",
            Certainty::Possible => "possible",
            Certainty::Estimated => "estimated",
            Certainty::Reported => "reported",
        }
    }
}
