use serde::{Deserialize, Serialize};

use crate::model::TextRef;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Other,
}

impl EntityKind {
    /// The kind's name, as in JSON and tables.
    pub fn name(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        }
    }
}

/// One real thing named in the briefing, merged across spellings and sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// The canonical (usually longest, fullest) name.
    pub name: String,
    pub kind: EntityKind,
    /// Other spellings seen in the text ("Kim", "Kim Jong-Un").
    pub aliases: Vec<String>,
    pub mentions: Vec<Mention>,
}

/// Where an entity is named: the text as written and its address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub at: TextRef,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    Count,
    Money,
    Percent,
    /// Tonnes, litres, kilometres and other units of measure.
    Measure,
    /// Years and dates.
    Date,
    Duration,
}

impl FigureKind {
    /// The kind's name, as in JSON, tables and the sidebar.
    pub fn name(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Money => "money",
            FigureKind::Percent => "percent",
            FigureKind::Measure => "measure",
            FigureKind::Date => "date",
            FigureKind::Duration => "duration",
        }
    }
}

/// What a qualifier says about the true value, read from the one table of
/// qualifiers in `assets/extract_words.toml` ("up to" → at most).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// "exactly", "only", "an average of": the value as written.
    Exactly,
    /// "about", "roughly", "circa": near the value, either side.
    About,
    /// "nearly", "almost", "just under": a little below the value.
    Nearly,
    /// "at least", "as few as": the value or more.
    AtLeast,
    /// "more than", "just over", "exceeding": above the value.
    MoreThan,
    /// "up to", "as many as": the value or less.
    AtMost,
    /// "fewer than", "under": below the value.
    LessThan,
    /// "between … and …": a closed range.
    Between,
}

/// A number that measures something, as one source states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// Where the figure's text is ("more than 13,000 shipping containers").
    pub at: TextRef,
    /// The figure's text as written.
    pub text: String,
    pub kind: FigureKind,
    /// The value of a single figure; `None` for a range.
    pub value: Option<f64>,
    /// The ends of a range; `None` for a single value.
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// As written: "up to", "more than", "about", "between", …
    pub qualifier: Option<String>,
    /// What the qualifier means for the value; `None` without a qualifier.
    pub bound: Option<Bound>,
    /// What is counted or measured, as the text names it ("shipping containers").
    pub unit: Option<String>,
    /// ISO code for money ("USD", "EUR", "GBP").
    pub currency: Option<String>,
    /// "thousands of troops", "millions of rounds": an order of magnitude, not a count.
    pub vague: bool,
    /// The sentence the figure stands in.
    pub sentence: String,
    /// Where `sentence` is, in the same text as `at.range`.
    pub sentence_range: std::ops::Range<usize>,
}

impl Figure {
    /// The figure's byte range within `sentence` (empty at 0 when the two
    /// ranges do not nest, which extraction never produces).
    pub fn in_sentence(&self) -> std::ops::Range<usize> {
        let start = self.at.range.start.checked_sub(self.sentence_range.start);
        let end = self.at.range.end.checked_sub(self.sentence_range.start);
        match (start, end) {
            (Some(s), Some(e)) if e <= self.sentence.len() && s <= e => s..e,
            _ => 0..0,
        }
    }

    /// The amount as a person reads it: "more than $284 billion",
    /// "8–15.5%", "≈ 5,000–6,000", "−22%". Dates print as written.
    pub fn amount(&self) -> String {
        super::amount::amount(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_are_the_json_names() {
        use EntityKind as E;
        use FigureKind as F;
        for kind in [E::Person, E::Organization, E::Place, E::Other] {
            assert_eq!(serde_json::to_value(kind).ok(), Some(kind.name().into()));
        }
        for kind in [
            F::Count,
            F::Money,
            F::Percent,
            F::Measure,
            F::Date,
            F::Duration,
        ] {
            assert_eq!(serde_json::to_value(kind).ok(), Some(kind.name().into()));
        }
    }
}
