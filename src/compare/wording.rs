//! How a comparison reads, in one place: an interval ("≤ 10,000"), a
//! passage's badges ("reported · according to X") and a column's coverage
//! ("not covered", "Mentioned in passing only (2 passages).").
//!
//! The CLI's text, the Markdown export and the TUI all take their words from
//! here and only style them (and make them safe for their medium), so the
//! three never disagree.

use std::fmt;

use super::comparison::{Certainty, Comparison, Passage, SourceColumn};
use super::interval::Interval;

/// "≤ 10,000", "> 11,000", "11,000–12,000", "7".
impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.low, self.high) {
            (Some(l), Some(h)) if l == h => f.write_str(&number(l)),
            (Some(l), Some(h)) => write!(f, "{}–{}", number(l), number(h)),
            (None, Some(h)) => {
                let sign = if self.high_open { "<" } else { "≤" };
                write!(f, "{sign} {}", number(h))
            }
            (Some(l), None) => {
                let sign = if self.low_open { ">" } else { "≥" };
                write!(f, "{sign} {}", number(l))
            }
            (None, None) => f.write_str("any"),
        }
    }
}

/// A number with thousands separators, and one decimal when it has a fraction.
pub fn number(v: f64) -> String {
    let rounded = (v * 10.0).round() / 10.0;
    let whole = rounded.trunc().abs() as u128;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(d);
    }
    let sign = if rounded < 0.0 { "-" } else { "" };
    let fraction = (rounded.fract().abs() * 10.0).round() as u8;
    if fraction == 0 {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{fraction}")
    }
}

/// One small note under a passage: how sure it is, or whom it cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Badge<'a> {
    Certainty(Certainty),
    /// Who the claim comes from, as the article writes it (untrusted text:
    /// front ends make it safe for their medium).
    Attribution(&'a str),
}

impl fmt::Display for Badge<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Badge::Certainty(c) => f.write_str(c.name()),
            Badge::Attribution(who) => {
                // An attribution cut from a wrapped paragraph may hold line
                // breaks: a badge is one line.
                f.write_str("according to")?;
                for word in who.split_whitespace() {
                    write!(f, " {word}")?;
                }
                Ok(())
            }
        }
    }
}

impl Passage {
    /// The passage's badges: certainty first, then attribution.
    pub fn badges(&self) -> Vec<Badge<'_>> {
        let mut out: Vec<Badge<'_>> = self.certainty.map(Badge::Certainty).into_iter().collect();
        out.extend(self.attribution.as_deref().map(Badge::Attribution));
        out
    }

    /// The badges on one line, "reported · according to experts", if any.
    pub fn badge_line(&self) -> Option<String> {
        let badges: Vec<String> = self.badges().iter().map(Badge::to_string).collect();
        (!badges.is_empty()).then(|| badges.join(" · "))
    }
}

/// Whether a source covers the topic, and if not, why not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coverage {
    Covered,
    /// No passage holds the topic's terms.
    Silent,
    /// This many passages hold its terms, none enough to count.
    InPassing(usize),
}

impl Coverage {
    /// Why the column has no passages ("Nothing on this topic."), `None`
    /// when it is covered.
    pub fn note(self) -> Option<String> {
        match self {
            Coverage::Covered => None,
            Coverage::Silent => Some("Nothing on this topic.".into()),
            Coverage::InPassing(n) => Some(format!("Mentioned in passing only ({}).", passages(n))),
        }
    }
}

/// "covered", "not covered", "not covered (mentioned in passing only, 2 passages)".
impl fmt::Display for Coverage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Coverage::Covered => f.write_str("covered"),
            Coverage::Silent => f.write_str("not covered"),
            Coverage::InPassing(n) => write!(
                f,
                "not covered (mentioned in passing only, {})",
                passages(*n)
            ),
        }
    }
}

/// "1 passage", "3 passages".
pub fn passages(n: usize) -> String {
    let plural = if n == 1 { "" } else { "s" };
    format!("{n} passage{plural}")
}

impl SourceColumn {
    pub fn coverage(&self) -> Coverage {
        match (self.covered, self.mentions) {
            (true, _) => Coverage::Covered,
            (false, 0) => Coverage::Silent,
            (false, n) => Coverage::InPassing(n),
        }
    }
}

impl Comparison {
    /// How many sources cover the topic.
    pub fn covered_count(&self) -> usize {
        self.sources.iter().filter(|s| s.covered).count()
    }

    /// "Covered by 2 of 4 sources".
    pub fn coverage_summary(&self) -> String {
        format!(
            "Covered by {} of {} sources",
            self.covered_count(),
            self.sources.len()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::PassageAt;

    #[test]
    fn numbers_and_intervals_read_well() {
        assert_eq!(number(1_234_567.0), "1,234,567");
        assert_eq!(number(3.8e6), "3,800,000");
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(-1500.0), "-1,500");
        assert_eq!(
            Interval::closed(11_000.0, 12_000.0).to_string(),
            "11,000–12,000"
        );
        let up_to = Interval::from_figure(
            Some(10_000.0),
            None,
            None,
            Some(crate::extract::Bound::AtMost),
        );
        assert_eq!(up_to.map(|i| i.to_string()).as_deref(), Some("≤ 10,000"));
        let over = Interval::from_figure(
            Some(11_000.0),
            None,
            None,
            Some(crate::extract::Bound::MoreThan),
        );
        assert_eq!(over.map(|i| i.to_string()).as_deref(), Some("> 11,000"));
        assert_eq!(Interval::point(7.0).to_string(), "7");
    }

    fn passage(certainty: Option<Certainty>, attribution: Option<&str>) -> Passage {
        Passage {
            at: PassageAt {
                section: 0,
                blocks: 0..1,
                start: 0,
                end: 1,
            },
            text: "x".into(),
            score: 1.0,
            attribution: attribution.map(str::to_string),
            certainty,
            terms: Vec::new(),
            figures: Vec::new(),
        }
    }

    #[test]
    fn badges_are_one_line_certainty_first() {
        let p = passage(Some(Certainty::Reported), Some("port\nofficials"));
        assert_eq!(
            p.badge_line().as_deref(),
            Some("reported · according to port officials")
        );
        assert_eq!(passage(None, None).badge_line(), None);
        assert_eq!(
            passage(Some(Certainty::Possible), None).badges(),
            [Badge::Certainty(Certainty::Possible)]
        );
    }

    #[test]
    fn coverage_says_why_a_column_is_empty() {
        assert_eq!(Coverage::Covered.note(), None);
        assert_eq!(Coverage::Silent.to_string(), "not covered");
        assert_eq!(
            Coverage::InPassing(1).note().as_deref(),
            Some("Mentioned in passing only (1 passage).")
        );
        assert_eq!(
            Coverage::InPassing(2).to_string(),
            "not covered (mentioned in passing only, 2 passages)"
        );
    }
}
