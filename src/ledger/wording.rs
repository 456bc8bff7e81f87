//! How a ledger reads, in one place: a statement's value with what it
//! means, and a row's verdict in a few words. The CLI, the export and the
//! TUI take their words from here and only make them safe for their medium.

use super::{Row, Statement, Verdict};

impl Statement {
    /// "over 11 000 soldiers (> 11,000)", "June 2024 (2024-06)", "later
    /// that year (2024-07–2024-12)", with [projection] or [order of magnitude].
    pub fn value_text(&self) -> String {
        let mut out = self.value.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(i) = &self.interval {
            out.push_str(&format!(" ({i})"));
        }
        if let Some(w) = &self.when
            && w.label() != self.value
        {
            out.push_str(&format!(" ({})", w.label()));
        }
        if self.projection {
            out.push_str(" [projection]");
        }
        if self.vague {
            out.push_str(" [order of magnitude]");
        }
        out
    }
}

impl Row {
    /// "DIFFERS (2 of 4 sources)", "AGREES (2 of 4 sources)", "UNMATCHED (1 of 4 sources)".
    pub fn summary(&self) -> String {
        let n = self.cells.len();
        let (verdict, count) = match (self.count(Verdict::Differs), self.count(Verdict::Agrees)) {
            (0, 0) => (Verdict::Unmatched, self.stated()),
            (0, agrees) => (Verdict::Agrees, agrees),
            (differs, _) => (Verdict::Differs, differs),
        };
        format!("{} ({count} of {n} sources)", verdict.label())
    }
}
