//! Quantities: figures from different sources that measure the same thing
//! (same topic, same unit family from `assets/unit_families.toml`), each
//! source's claim as an interval, and whether the claims disagree.

use std::collections::HashSet;

use super::certainty::{certainty_of, is_projection};
use super::comparison::Certainty;
use super::interval::Interval;
use super::terms::{phrase_stems, tokens};
use super::wordlists::{UnitFamily, unit_families};
use crate::extract::{Figure, FigureKind};

/// One source's statement of a quantity.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Index into `Briefing::sources`.
    pub source: usize,
    pub figure: Figure,
    pub interval: Interval,
    /// What may happen ("could send up to 30,000"), not a count: shown, never
    /// counted as a conflict.
    pub projection: bool,
    /// How sure the figure's sentence is ("estimate", "reportedly").
    pub certainty: Option<Certainty>,
}

/// One thing measured by several sources.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The unit family's name ("troops", "money (USD)").
    pub quantity: String,
    /// The counted noun as most claims write it ("soldiers").
    pub unit: String,
    /// In source order, then reading order.
    pub claims: Vec<Claim>,
    /// Pairs of claim indices (from different sources, neither a projection)
    /// whose intervals do not overlap.
    pub conflicts: Vec<(usize, usize)>,
}

impl Quantity {
    /// The sources disagree: some pair of counted claims cannot both be true.
    pub fn disagree(&self) -> bool {
        !self.conflicts.is_empty()
    }

    /// The smallest and largest finite end over all claims: the shared axis
    /// a chart draws every claim on. `None` when no claim has a finite end.
    pub fn axis(&self) -> Option<(f64, f64)> {
        let ends = self
            .claims
            .iter()
            .flat_map(|c| [c.interval.low, c.interval.high])
            .flatten();
        ends.fold(None, |acc, v| match acc {
            None => Some((v, v)),
            Some((lo, hi)) => Some((f64::min(lo, v), f64::max(hi, v))),
        })
    }
}

/// The stems a family is recognised by, one list per word or phrase.
fn stem_phrases(words: &[String]) -> Vec<Vec<String>> {
    words
        .iter()
        .map(|w| phrase_stems(w))
        .filter(|p| !p.is_empty())
        .collect()
}

fn holds(stems: &[String], phrase: &[String]) -> bool {
    stems.windows(phrase.len()).any(|w| w == phrase)
}

/// The unit family a figure's counted noun belongs to.
pub fn family_of(figure: &Figure) -> Option<&'static UnitFamily> {
    let families = &unit_families().family;
    if figure.kind == FigureKind::Money || figure.currency.is_some() {
        return families.iter().find(|f| f.money);
    }
    if figure.kind != FigureKind::Count && figure.kind != FigureKind::Measure {
        return None;
    }
    let unit = figure.unit.as_deref()?;
    let words = tokens(unit);
    let stems: Vec<String> = words.iter().map(|t| t.stem.clone()).collect();
    families.iter().filter(|f| !f.money).find(|f| {
        stem_phrases(&f.words).iter().any(|p| holds(&stems, p))
            || f.words
                .iter()
                .any(|w| words.iter().any(|t| is_compound_of(&t.word, w)))
    })
}

/// Whether `word` is a compound ending in `base` ("dockworkers" of "worker",
/// "servicemen" of "men"): the compound keeps the family's meaning.
fn is_compound_of(word: &str, base: &str) -> bool {
    base.len() >= 3
        && !base.contains(' ')
        && word.len() > base.len() + 2
        && (word.ends_with(base) || word.strip_suffix('s').is_some_and(|w| w.ends_with(base)))
}

/// Words after a figure that make it a part of a count stated elsewhere
/// ("4,000 of them were killed"): it measures what happened to the part.
const PARTITIVES: &[&str] = &["of them", "of those", "of these", "of whom", "of which"];
/// How many words after a partitive figure are searched for what it counts.
const PREDICATE_WINDOW: usize = 6;

/// The figure's sentence after the figure, folded.
fn words_after(figure: &Figure) -> Vec<String> {
    let end = figure.in_sentence().end;
    tokens(&figure.sentence)
        .into_iter()
        .filter(|t| t.range.start >= end)
        .map(|t| t.word)
        .collect()
}

/// Whether the figure counts a part of something counted elsewhere.
fn is_partitive(figure: &Figure) -> bool {
    let own = crate::text::fold(&figure.text).text;
    let after = words_after(figure).join(" ");
    PARTITIVES
        .iter()
        .any(|p| own.trim_end().ends_with(p) || after == *p || after.starts_with(&format!("{p} ")))
}

/// For a partitive figure, the family its predicate names ("were killed" →
/// casualties), if any.
fn family_said_after(figure: &Figure) -> Option<&'static UnitFamily> {
    let stems: Vec<String> = words_after(figure)
        .iter()
        .take(PREDICATE_WINDOW)
        .map(|w| super::terms::stem(w))
        .collect();
    unit_families()
        .family
        .iter()
        .filter(|f| !f.money)
        .find(|f| stem_phrases(&f.words).iter().any(|p| holds(&stems, p)))
}

/// Whether a topic whose terms have the stems `topic` is about what `family` counts.
fn family_fits_topic(family: &UnitFamily, topic: &HashSet<String>) -> bool {
    stem_phrases(&family.words)
        .iter()
        .chain(stem_phrases(&family.topic_words).iter())
        .any(|p| p.iter().all(|s| topic.contains(s)))
}

/// Groups the topic's figures into quantities. `figures` are the figures of
/// the passages found for the topic, with the source index of each;
/// `topic_stems` the stems of the topic's terms. Vague figures ("thousands
/// of"), dates, durations and percentages are left out; a quantity needs
/// claims from two sources or more.
pub fn quantities(figures: &[Figure], topic_stems: &HashSet<String>) -> Vec<Quantity> {
    let mut groups: Vec<(String, Vec<Claim>)> = Vec::new();
    for figure in figures.iter().filter(|f| !f.vague) {
        let family = if is_partitive(figure) {
            family_said_after(figure)
        } else {
            family_of(figure)
        };
        let Some(family) = family else {
            continue;
        };
        if !family_fits_topic(family, topic_stems) {
            continue;
        }
        let Some(interval) =
            Interval::from_figure(figure.value, figure.low, figure.high, figure.bound)
        else {
            continue;
        };
        let at = figure.in_sentence();
        let mut name = match (&family.money, &figure.currency) {
            (true, Some(c)) => format!("{} ({c})", family.name),
            _ => family.name.clone(),
        };
        // "$2,000 per soldier" and "$10 billion" do not measure the same thing.
        if is_rate(&figure.sentence, at.clone()) {
            name.push_str(" per unit");
        }
        let claim = Claim {
            source: figure.at.source,
            interval,
            projection: is_projection(&figure.sentence, at.start),
            certainty: certainty_of(&tokens(&figure.sentence)),
            figure: figure.clone(),
        };
        match groups.iter_mut().find(|(n, _)| *n == name) {
            Some((_, claims)) => claims.push(claim),
            None => groups.push((name, vec![claim])),
        }
    }
    groups
        .into_iter()
        .filter_map(|(quantity, mut claims)| {
            claims.sort_by(|a, b| a.figure.at.cmp(&b.figure.at));
            claims.dedup_by(|a, b| a.figure.at == b.figure.at);
            let sources: HashSet<usize> = claims.iter().map(|c| c.source).collect();
            (sources.len() >= 2).then(|| {
                let conflicts = conflicts(&claims);
                Quantity {
                    unit: common_unit(&claims).unwrap_or_else(|| quantity.clone()),
                    quantity,
                    claims,
                    conflicts,
                }
            })
        })
        .collect()
}

/// Words that make a figure a rate when they follow it closely.
const RATE_AFTER: &[&str] = &[
    "per", "each", "a day", "a week", "a month", "a year", "an hour", "daily", "weekly", "monthly",
    "annually", "yearly", "apiece",
];
/// Words that make a figure a rate when they come shortly before it.
const RATE_BEFORE: &[&str] = &["each", "per", "every"];
/// How many words either side of a figure are searched for a rate word.
const RATE_WINDOW: usize = 4;

/// Whether the figure at `at` in `sentence` is a rate ("$2,000 per soldier",
/// "each soldier earning $2,000", "$12 million a day") rather than a total.
fn is_rate(sentence: &str, at: std::ops::Range<usize>) -> bool {
    let words = tokens(sentence);
    let before: Vec<&str> = words
        .iter()
        .filter(|t| t.range.end <= at.start)
        .map(|t| t.word.as_str())
        .collect();
    let after: Vec<&str> = words
        .iter()
        .filter(|t| t.range.start >= at.end)
        .map(|t| t.word.as_str())
        .take(RATE_WINDOW)
        .collect();
    let after_text = after.join(" ");
    let near_before = &before[before.len().saturating_sub(RATE_WINDOW)..];
    // "dockworkers per shift": the rate word may follow the counted noun.
    let after_noun = after.get(1).is_some_and(|w| *w == "per" || *w == "each");
    RATE_AFTER
        .iter()
        .any(|r| after_text == *r || after_text.starts_with(&format!("{r} ")))
        || after_noun
        || near_before.iter().any(|w| RATE_BEFORE.contains(w))
}

pub(crate) fn conflicts(claims: &[Claim]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, a) in claims.iter().enumerate() {
        for (j, b) in claims.iter().enumerate().skip(i + 1) {
            if a.source != b.source
                && !a.projection
                && !b.projection
                && !a.interval.overlaps(&b.interval)
            {
                out.push((i, j));
            }
        }
    }
    out
}

/// The last word of the counted noun most claims use ("soldiers").
fn common_unit(claims: &[Claim]) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for unit in claims.iter().filter_map(|c| c.figure.unit.as_deref()) {
        let Some(word) = unit.split_whitespace().last() else {
            continue;
        };
        let word = word.to_lowercase();
        match counts.iter_mut().find(|(w, _)| *w == word) {
            Some((_, n)) => *n += 1,
            None => counts.push((word, 1)),
        }
    }
    counts.into_iter().max_by_key(|(_, n)| *n).map(|(w, _)| w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Part, TextRef};

    fn figure(source: usize, text: &str, sentence: &str, unit: &str) -> Figure {
        use crate::extract::Bound;
        let (qualifier, bound, value, low, high) =
            match text.split_whitespace().collect::<Vec<_>>()[..] {
                ["up", "to", v, ..] => (
                    Some("up to"),
                    Some(Bound::AtMost),
                    v.parse().ok(),
                    None,
                    None,
                ),
                ["About", v, ..] => (
                    Some("about"),
                    Some(Bound::About),
                    v.parse().ok(),
                    None,
                    None,
                ),
                ["over", v, ..] => (
                    Some("over"),
                    Some(Bound::MoreThan),
                    v.parse().ok(),
                    None,
                    None,
                ),
                ["between", l, "and", h, ..] => (
                    Some("between"),
                    Some(Bound::Between),
                    None,
                    l.parse().ok(),
                    h.parse().ok(),
                ),
                [v, ..] => (None, None, v.parse().ok(), None, None),
                [] => (None, None, None, None, None),
            };
        // The figure's place in its sentence, as extraction records it.
        let start = sentence
            .to_lowercase()
            .find(&text.to_lowercase())
            .unwrap_or(0);
        Figure {
            at: TextRef {
                source,
                section: 0,
                part: Part::Block(0),
                range: start..start + text.len(),
            },
            text: text.into(),
            kind: FigureKind::Count,
            value,
            low,
            high,
            qualifier: qualifier.map(Into::into),
            bound,
            unit: Some(unit.into()),
            currency: None,
            vague: false,
            sentence: sentence.into(),
            sentence_range: 0..sentence.len(),
        }
    }

    fn stems(words: &[&str]) -> HashSet<String> {
        words.iter().flat_map(|w| phrase_stems(w)).collect()
    }

    #[test]
    fn non_overlapping_counts_disagree_but_projections_do_not() {
        let figures = vec![
            figure(
                0,
                "up to 500 workers",
                "Up to 500 workers joined.",
                "workers",
            ),
            figure(
                1,
                "between 700 and 800 staff",
                "Between 700 and 800 staff joined.",
                "staff",
            ),
            figure(
                2,
                "up to 300 workers",
                "The union could send up to 300 workers.",
                "workers",
            ),
            figure(2, "40 nurses", "And 40 nurses.", "nurses"),
        ];
        let q = quantities(&figures, &stems(&["staff", "nurses", "workers"]));
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].quantity, "workers");
        assert_eq!(q[0].unit, "workers");
        assert_eq!(q[0].claims.len(), 3, "nurses are in no family");
        assert!(q[0].claims[2].projection && !q[0].claims[0].projection);
        assert_eq!(q[0].claims[2].certainty, Some(Certainty::Possible));
        assert_eq!(q[0].claims[0].certainty, None);
        assert_eq!(q[0].conflicts, vec![(0, 1)], "a projection is no conflict");
        assert_eq!(q[0].axis(), Some((300.0, 800.0)));
        assert!(q[0].disagree());
    }

    #[test]
    fn overlapping_claims_agree_and_off_topic_families_are_dropped() {
        let figures = vec![
            figure(
                0,
                "over 11000 soldiers",
                "Over 11000 soldiers went.",
                "soldiers",
            ),
            figure(
                1,
                "between 11000 and 12000 troops",
                "Between 11000 and 12000 troops went.",
                "troops",
            ),
        ];
        let q = quantities(&figures, &stems(&["troops"]));
        assert_eq!(q.len(), 1);
        assert!(!q[0].disagree());
        assert!(quantities(&figures, &stems(&["sanctions"])).is_empty());
        assert!(
            quantities(&figures[..1], &stems(&["troops"])).is_empty(),
            "one source is no comparison"
        );
    }

    #[test]
    fn compound_nouns_join_their_family() {
        let figure = figure(0, "300 dockworkers", "300 dockworkers.", "dockworkers");
        assert_eq!(family_of(&figure).map(|f| f.name.as_str()), Some("workers"));
        assert!(!is_compound_of("ships", "ship") && is_compound_of("warships", "ship"));
    }

    #[test]
    fn a_part_of_a_count_is_not_the_count() {
        let total = figure(
            0,
            "over 1100 soldiers",
            "Over 1100 soldiers went.",
            "soldiers",
        );
        let part = figure(
            1,
            "About 400 of them",
            "About 400 of them were killed or injured.",
            "soldiers",
        );
        let other = figure(2, "900 soldiers", "900 soldiers went.", "soldiers");
        assert!(is_partitive(&part) && !is_partitive(&total));
        assert_eq!(
            family_said_after(&part).map(|f| f.name.as_str()),
            Some("casualties")
        );
        let q = quantities(&[total, part, other], &stems(&["soldiers", "killed"]));
        let names: Vec<&str> = q.iter().map(|q| q.quantity.as_str()).collect();
        assert_eq!(
            names,
            ["troops"],
            "one casualty claim is no quantity: {q:?}"
        );
        assert_eq!(q[0].claims.len(), 2);
    }

    #[test]
    fn rates_are_not_totals() {
        let s = "Each soldier reportedly earns $2,000.";
        assert!(is_rate(s, s.find('$').map_or(0..0, |i| i..i + 6)));
        let s = "Delays cost $12 million a day.";
        assert!(is_rate(s, s.find('$').map_or(0..0, |i| i..i + 11)));
        let s = "The bridge cost $111 million to build.";
        assert!(!is_rate(s, s.find('$').map_or(0..0, |i| i..i + 12)));
        let s = "About 300 workers per shift went home.";
        assert!(is_rate(s, s.find("About").map_or(0..0, |i| i..i + 9)));
    }

    #[test]
    fn vague_figures_are_not_claims() {
        let mut a = figure(0, "100 tanks", "100 tanks.", "tanks");
        let b = figure(1, "900 tanks", "900 tanks.", "tanks");
        a.vague = true;
        assert!(quantities(&[a, b], &stems(&["tanks"])).is_empty());
    }
}
