//! What a search returns: a unit (sentence, heading, caption…) that matched,
//! how well, and where in it to highlight.

use std::ops::Range;

use super::matching::Tier;
use crate::model::TextRef;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The unit that matched: its source, section, part and byte range in
    /// the heading or block text.
    pub at: TextRef,
    /// The worst tier among the query's terms (whole word … typo).
    pub tier: Tier,
    /// Sum of the terms' SkimMatcherV2 scores; higher is better.
    pub score: i64,
    /// Byte ranges into the unit's text (`at.text(briefing)`), sorted and
    /// disjoint, on char boundaries of the original text.
    pub matches: Vec<Range<usize>>,
}

impl Hit {
    /// The match ranges as byte ranges into the whole heading or block text
    /// (what the reader highlights).
    pub fn block_matches(&self) -> Vec<Range<usize>> {
        let base = self.at.range.start;
        self.matches
            .iter()
            .map(|r| r.start + base..r.end + base)
            .collect()
    }

    /// Each match as a reference into its heading or block.
    pub fn match_refs(&self) -> Vec<TextRef> {
        self.block_matches()
            .into_iter()
            .map(|range| self.at.with_range(range))
            .collect()
    }
}
