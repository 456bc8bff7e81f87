//! The timeline: every dated statement of every source on one time axis.
//! Explicit dates come from extraction's date figures ("June 2024", "9
//! November 2016", "the 1990s"); relative ones ("last year", "on Tuesday",
//! "later that year") are placed from the publication date or the date
//! written before them, and say so. Statements of the same event (similar
//! wording, compatible dates) from several sources are one entry; an event
//! the sources date differently is flagged. Plain data, no terminal code.

mod relative;
mod resemblance;
mod when;
mod wording;

pub use relative::Base;
pub use resemblance::{Weights, content_stems};
pub use when::{Precision, When, parse_date};

use std::collections::HashSet;
use std::ops::Range;

use crate::extract::{Figure, FigureKind};
use crate::model::{BlockKind, Briefing, Part, TextRef};
use crate::text::sentences;

/// Share of the smaller sentence's weighted words two statements of one
/// event have in common, and how many words at least.
pub const SAME_EVENT: f64 = 0.5;
pub const SAME_EVENT_WORDS: usize = 2;
/// Stricter, for statements whose dates exclude each other: only near
/// paraphrases are called one event dated differently.
const DISPUTED_EVENT: f64 = 0.7;
const DISPUTED_EVENT_WORDS: usize = 3;
/// Longest event text shown, in characters.
const EVENT_CHARS: usize = 160;

/// How a relative date was placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub base: Base,
    /// The publication date, or the earlier date as written ("June 2024").
    pub from: String,
    /// Where that earlier date is written.
    pub anchor: Option<TextRef>,
}

/// One dated statement of one source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dated {
    pub source: usize,
    /// Where the date is written.
    pub at: TextRef,
    /// The date as written ("June 2024", "later that year").
    pub written: String,
    pub when: When,
    /// `Some` for a relative date: what it was counted from.
    pub resolved: Option<Resolved>,
    /// The sentence that states it.
    pub sentence: String,
    /// Where that sentence is.
    pub sentence_at: TextRef,
}

/// One event on the axis, with every statement that dates it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// When it happened: the span every statement allows, or the earliest
    /// statement's when the sources disagree.
    pub when: When,
    /// The event in a short sentence.
    pub event: String,
    /// In source order, then reading order.
    pub statements: Vec<Dated>,
    /// Sources date it differently (spans that share no day).
    pub disputed: bool,
}

impl Entry {
    /// The sources that state it, each once, in order.
    pub fn sources(&self) -> Vec<usize> {
        let mut out: Vec<usize> = self.statements.iter().map(|d| d.source).collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Every dated event of a briefing, earliest first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timeline {
    pub entries: Vec<Entry>,
    /// Relative dates that could not be placed (no publication date known).
    pub unresolved: usize,
}

impl Timeline {
    /// The entries of which some statement satisfies `keep`.
    pub fn filtered(&self, keep: impl Fn(&Dated) -> bool) -> Timeline {
        Timeline {
            entries: self
                .entries
                .iter()
                .filter(|e| e.statements.iter().any(&keep))
                .cloned()
                .collect(),
            unresolved: self.unresolved,
        }
    }
}

/// The timeline of a briefing (finding its figures).
pub fn timeline(briefing: &Briefing) -> Timeline {
    build(briefing, &crate::extract::figures(briefing))
}

/// The timeline of a briefing whose figures are known.
pub fn build(briefing: &Briefing, figures: &[Figure]) -> Timeline {
    let (statements, unresolved) = dated(briefing, figures);
    Timeline {
        entries: group(statements),
        unresolved,
    }
}

/// The publication date of a source, when its metadata gives one.
pub fn published(briefing: &Briefing, source: usize) -> Option<When> {
    let meta = &briefing.sources.get(source)?.meta;
    meta.published
        .as_deref()
        .and_then(parse_date)
        .filter(|w| w.precision == Precision::Day)
}

/// Every dated statement, in reading order, and how many relative dates
/// could not be placed.
pub fn dated(briefing: &Briefing, figures: &[Figure]) -> (Vec<Dated>, usize) {
    let mut out = Vec::new();
    let mut unresolved = 0;
    for (s, source) in briefing.sources.iter().enumerate() {
        let published = published(briefing, s);
        let mut mine: Vec<&Figure> = figures
            .iter()
            .filter(|f| f.at.source == s && f.kind == FigureKind::Date)
            .collect();
        mine.sort_by(|a, b| a.at.cmp(&b.at));
        for (n, section) in source.sections.iter().enumerate() {
            // The date written last, for "later that year".
            let mut last: Option<(When, String, Option<TextRef>)> = None;
            for (b, block) in section.blocks.iter().enumerate() {
                // A caption dates a picture ("Paul Nash, 'Void', 1918"), and
                // code is not prose.
                if matches!(block.kind, BlockKind::Caption | BlockKind::Code) {
                    continue;
                }
                let text = block.text.as_str();
                let at = |range: Range<usize>| TextRef {
                    source: s,
                    section: n,
                    part: Part::Block(b),
                    range,
                };
                let spans = sentences(text);
                let sentence_of = |pos: usize| {
                    spans
                        .iter()
                        .find(|r| r.start <= pos && pos < r.end.max(r.start + 1))
                        .cloned()
                        .unwrap_or(0..text.len())
                };
                let mut found: Vec<(Range<usize>, Option<When>, Option<Resolved>)> = Vec::new();
                for f in mine
                    .iter()
                    .filter(|f| f.at.section == n && f.at.part == Part::Block(b))
                {
                    match explicit(f, text, published.as_ref()) {
                        Some((when, resolved)) => {
                            found.push((f.at.range.clone(), Some(when), resolved))
                        }
                        None => unresolved += 1,
                    }
                }
                let relatives = relative::find(text);
                for r in &relatives {
                    // "Tuesday, June 4, 2024": the weekday names the date beside it.
                    let beside = found
                        .iter()
                        .any(|(e, _, _)| r.range.start <= e.end + 3 && e.start <= r.range.end + 3);
                    if !beside {
                        found.push((r.range.clone(), None, None));
                    }
                }
                found.sort_by_key(|(r, _, _)| r.start);
                for (range, when, resolved) in found {
                    let (when, resolved) = match when {
                        Some(w) => {
                            last =
                                Some((w, text[range.clone()].to_string(), Some(at(range.clone()))));
                            (w, resolved)
                        }
                        None => {
                            let Some(rel) = relatives.iter().find(|r| r.range == range) else {
                                continue;
                            };
                            let base = match rel.base {
                                Base::Published => published.map(|p| (p, p.label(), None)),
                                Base::Earlier => last.clone(),
                            };
                            let Some(placed) = base.as_ref().and_then(|(w, _, _)| rel.place(w))
                            else {
                                unresolved += 1;
                                continue;
                            };
                            let (from, anchor) = base.map(|(_, f, a)| (f, a)).unwrap_or_default();
                            (
                                placed,
                                Some(Resolved {
                                    base: rel.base,
                                    from,
                                    anchor,
                                }),
                            )
                        }
                    };
                    let sentence = sentence_of(range.start);
                    out.push(Dated {
                        source: s,
                        written: text[range.clone()].to_string(),
                        at: at(range),
                        when,
                        resolved,
                        sentence: text[sentence.clone()].to_string(),
                        sentence_at: at(sentence),
                    });
                }
            }
        }
    }
    (out, unresolved)
}

/// Years a date figure may name.
const YEARS: std::ops::RangeInclusive<f64> = 1000.0..=2100.0;

/// The span a date figure names; a day and month without a year take the
/// publication year (and are then marked as resolved).
fn explicit(f: &Figure, text: &str, published: Option<&When>) -> Option<(When, Option<Resolved>)> {
    if let (Some(low), Some(high)) = (f.low, f.high) {
        return (YEARS.contains(&low) && YEARS.contains(&high) && low <= high)
            .then(|| (When::years(low as i64, high as i64), None));
    }
    if let Some(when) = parse_date(&f.text) {
        let before = text.get(..f.at.range.start).unwrap_or_default();
        return Some((part_of_year(when, before), None));
    }
    // "on 9 November": no year written.
    let published = published?;
    let month = f.text.split_whitespace().find_map(when::month_number)?;
    let day = f.value.filter(|d| (1.0..=31.0).contains(d))? as u32;
    let (year, _, _) = when::civil_from_days(published.start);
    let when = When::day(year, month, day)?;
    // A date months after publication was most likely last year's.
    let when = if when.start.0 > published.start.0 + 60 {
        When::day(year - 1, month, day)?
    } else {
        when
    };
    Some((
        when,
        Some(Resolved {
            base: Base::Published,
            from: published.label(),
            anchor: None,
        }),
    ))
}

/// "early 2024", "mid-2024", "late 2023": a third of the year.
fn part_of_year(when: When, before: &str) -> When {
    if when.precision != Precision::Year {
        return when;
    }
    let word = before
        .trim_end()
        .trim_end_matches('-')
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let (first, last) = match word.as_str() {
        "early" => (1, 4),
        "mid" => (5, 8),
        "late" => (9, 12),
        _ => return when,
    };
    let (year, _, _) = when::civil_from_days(when.start);
    When::months(year, first, last).unwrap_or(when)
}

/// Groups statements into entries, earliest first.
fn group(statements: Vec<Dated>) -> Vec<Entry> {
    let stems: Vec<HashSet<String>> = statements
        .iter()
        .map(|d| content_stems(&d.sentence))
        .collect();
    let weights = Weights::new(&stems);
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, d) in statements.iter().enumerate() {
        let mut best: Option<(usize, f64)> = None;
        for (g, members) in groups.iter().enumerate() {
            let clash_same_source = members.iter().any(|&m| {
                statements[m].source == d.source && !statements[m].when.overlaps(&d.when)
            });
            if clash_same_source {
                continue;
            }
            let compatible = members
                .iter()
                .all(|&m| statements[m].when.overlaps(&d.when));
            let (need, need_words) = if compatible {
                (SAME_EVENT, SAME_EVENT_WORDS)
            } else {
                (DISPUTED_EVENT, DISPUTED_EVENT_WORDS)
            };
            let score = members
                .iter()
                .map(|&m| {
                    if statements[m].sentence_at == d.sentence_at {
                        // The same sentence with two compatible dates.
                        return (1.0, usize::MAX);
                    }
                    weights.overlap(&stems[m], &stems[i])
                })
                .filter(|&(share, words)| share >= need && words >= need_words)
                .map(|(share, _)| share)
                .fold(None, |acc: Option<f64>, s| {
                    Some(acc.map_or(s, |a| a.max(s)))
                });
            if let Some(score) = score
                && best.is_none_or(|(_, b)| score > b)
            {
                best = Some((g, score));
            }
        }
        match best {
            Some((g, _)) => groups[g].push(i),
            None => groups.push(vec![i]),
        }
    }
    let mut entries: Vec<Entry> = groups
        .into_iter()
        .map(|members| {
            let mut statements: Vec<Dated> =
                members.into_iter().map(|m| statements[m].clone()).collect();
            statements.sort_by(|a, b| a.at.cmp(&b.at));
            entry(statements)
        })
        .collect();
    entries.sort_by(|a, b| {
        (a.when.start, a.when.end, a.statements[0].at.clone()).cmp(&(
            b.when.start,
            b.when.end,
            b.statements[0].at.clone(),
        ))
    });
    entries
}

fn entry(statements: Vec<Dated>) -> Entry {
    let disputed = statements.iter().enumerate().any(|(i, a)| {
        statements
            .iter()
            .skip(i + 1)
            .any(|b| b.source != a.source && !a.when.overlaps(&b.when))
    });
    let when = if disputed {
        statements
            .iter()
            .map(|d| d.when)
            .min_by_key(|w| (w.start, w.end))
    } else {
        // The span every statement allows, to the finest precision written.
        statements.iter().map(|d| d.when).reduce(|a, b| When {
            start: a.start.max(b.start),
            end: a.end.min(b.end),
            precision: a.precision.min(b.precision),
        })
    };
    let event = statements
        .iter()
        .map(|d| d.sentence.as_str())
        .min_by_key(|s| s.len())
        .map(short)
        .unwrap_or_default();
    Entry {
        when: when.unwrap_or(When::year(0)),
        event,
        statements,
        disputed,
    }
}

/// A sentence cut to [`EVENT_CHARS`] at a word, with "…".
pub fn short(sentence: &str) -> String {
    let one_line = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= EVENT_CHARS {
        return one_line;
    }
    let cut: String = one_line.chars().take(EVENT_CHARS).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, BlockKind, Section, Source, SourceMeta};

    fn source(id: &str, published: Option<&str>, paragraphs: &[&str]) -> Source {
        Source {
            id: id.into(),
            meta: SourceMeta {
                published: published.map(Into::into),
                ..SourceMeta::default()
            },
            sections: vec![Section {
                heading: None,
                blocks: paragraphs
                    .iter()
                    .map(|p| Block::new(BlockKind::Paragraph, *p))
                    .collect(),
            }],
            ..Source::default()
        }
    }

    fn briefing(sources: Vec<Source>) -> Briefing {
        Briefing {
            sources,
            ..Briefing::default()
        }
    }

    #[test]
    fn one_event_from_two_sources_is_one_entry_in_order() {
        let b = briefing(vec![
            source(
                "a",
                None,
                &[
                    "In June 2024, Russia and North Korea signed the Comprehensive Strategic Partnership Treaty.",
                    "Later that year, North Korea sent over 11 000 soldiers to Kursk.",
                ],
            ),
            source(
                "b",
                None,
                &[
                    "Kim met Putin at the Vostochny cosmodrome in September 2023.",
                    "Pyongyang and Moscow signed a Treaty on Comprehensive Strategic Partnership in June 2024.",
                ],
            ),
        ]);
        let t = timeline(&b);
        let labels: Vec<String> = t.entries.iter().map(|e| e.when.label()).collect();
        assert_eq!(labels, ["2023-09", "2024-06", "2024-07–2024-12"], "{t:#?}");
        assert_eq!(t.entries[1].sources(), [0, 1]);
        assert!(!t.entries[1].disputed);
        let later = &t.entries[2].statements[0];
        assert_eq!(later.written, "Later that year");
        assert_eq!(
            later.resolved.as_ref().map(|r| (r.base, r.from.as_str())),
            Some((Base::Earlier, "June 2024"))
        );
    }

    #[test]
    fn the_same_event_dated_differently_is_flagged() {
        let b = briefing(vec![
            source(
                "a",
                None,
                &["The bridge over the Moskva river collapsed in 2019, killing nine workers."],
            ),
            source(
                "b",
                None,
                &["The bridge over the Moskva river collapsed in 2018, killing nine workers."],
            ),
            source(
                "c",
                None,
                &["Elections were held in 2018 across the region."],
            ),
        ]);
        let t = timeline(&b);
        let disputed: Vec<&Entry> = t.entries.iter().filter(|e| e.disputed).collect();
        assert_eq!(disputed.len(), 1, "{t:#?}");
        assert_eq!(disputed[0].sources(), [0, 1]);
        assert_eq!(disputed[0].when.label(), "2018");
        assert_eq!(t.entries.len(), 2, "the election is another event");
    }

    #[test]
    fn relative_dates_need_a_publication_date() {
        let b = briefing(vec![
            source(
                "a",
                Some("2016-11-09"),
                &["Voters queued on Tuesday in the rain."],
            ),
            source("b", None, &["Voters queued on Tuesday in the rain."]),
        ]);
        let t = timeline(&b);
        assert_eq!(t.entries.len(), 1);
        assert_eq!(t.entries[0].when.label(), "2016-11-08");
        assert_eq!(t.unresolved, 1);
        let topic_free = t.filtered(|d| d.source == 1);
        assert!(topic_free.entries.is_empty());
    }

    #[test]
    fn events_are_shortened_at_a_word() {
        let long = "word ".repeat(60);
        let s = short(&long);
        assert!(s.ends_with('…') && s.chars().count() <= EVENT_CHARS + 1);
        assert_eq!(short("A  short\nsentence."), "A short sentence.");
    }
}
