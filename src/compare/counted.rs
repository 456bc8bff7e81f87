//! Quantities for any topic, grouped by what the figures count rather than
//! by a fixed list: a claim's counted noun (with the unit families of
//! `assets/unit_families.toml` as a hint that "troops" and "soldiers" are
//! one thing) and the words that say what happened to it ("killed 58
//! people", "$31.2 billion in earnings"), compared by stem and by meaning.
//!
//! Each source's claims on one quantity are read together: its position is
//! what all of them allow at once ("at least 58" and "58" → 58); when they
//! cannot all hold (it updated itself, or it lists other events' figures)
//! it takes no position, and nothing it says is counted as a conflict.
//! Two sources disagree when their positions cannot both be true.

use std::collections::HashSet;

use super::interval::Interval;
use super::quantity::{Claim, Quantity, family_of, is_rate, stated_by_several};
use super::related::similarity;
use super::terms::{Word, same_sense, tokens};
use crate::extract::{Figure, FigureKind};

/// Counted nouns that say nothing of what is counted.
const GENERIC: &[&str] = &[
    "people", "persons", "person", "others", "other", "more", "them", "those", "these", "of",
    "times", "ones",
];
/// Content words looked at on each side of a figure for what it counts.
const WINDOW: usize = 3;
/// Least similarity for two words to say the same about a figure.
const SAME_THING: f32 = 0.7;

/// What one figure counts.
#[derive(Debug, Clone)]
struct Counted {
    /// "money (USD)", "count", "measure km": figures of different kinds never meet.
    kind: String,
    /// The counted noun, or its unit family's name; `None` for "people".
    head: Option<Word>,
    /// Content words next to the figure in its clause, each with whether
    /// it is the nearest on its side.
    context: Vec<(Word, bool)>,
}

fn counted(figure: &Figure) -> Option<Counted> {
    let kind = match figure.kind {
        FigureKind::Money => format!("money {}", figure.currency.as_deref().unwrap_or("")),
        FigureKind::Count => "count".to_string(),
        FigureKind::Measure => format!("measure {}", figure.unit.as_deref().unwrap_or("")),
        _ => return None,
    };
    let start = figure.sentence.find(&figure.text)?;
    let end = start + figure.text.len();
    let words = tokens(&figure.sentence);
    let head = match family_of(figure) {
        Some(f) if !f.money => tokens(&f.name).into_iter().next(),
        _ => figure
            .unit
            .as_deref()
            .and_then(|u| tokens(u).into_iter().next())
            .filter(|t| {
                !GENERIC.contains(&t.word.as_str()) && !t.word.chars().all(char::is_numeric)
            }),
    };
    let clause_break = |from: usize, to: usize| {
        figure.sentence[from.min(to)..from.max(to)]
            .chars()
            .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–'))
    };
    let content = |t: &&Word| !t.stop && t.word.chars().all(char::is_alphabetic);
    let unit_words: HashSet<&str> = figure
        .unit
        .as_deref()
        .map(|u| u.split_whitespace().collect())
        .unwrap_or_default();
    let before: Vec<Word> = words
        .iter()
        .filter(|t| t.range.end <= start)
        .rev()
        .take_while(|t| {
            !clause_break(t.range.end, start) && !matches!(t.word.as_str(), "and" | "but" | "while")
        })
        .filter(content)
        .take(WINDOW)
        .cloned()
        .collect();
    let after: Vec<Word> = words
        .iter()
        .filter(|t| t.range.start >= end)
        .take_while(|t| {
            !clause_break(end, t.range.start) && !matches!(t.word.as_str(), "and" | "but" | "while")
        })
        .filter(content)
        .filter(|t| !unit_words.contains(&figure.sentence[t.range.clone()]))
        .take(WINDOW)
        .cloned()
        .collect();
    let near = |list: Vec<Word>| list.into_iter().enumerate().map(|(i, t)| (t, i == 0));
    let context = near(before).chain(near(after)).collect();
    Some(Counted {
        kind,
        head,
        context,
    })
}

fn alike(a: &Word, b: &Word) -> bool {
    same_sense(a, b) || similarity(&a.word, &b.word).is_some_and(|s| s >= SAME_THING)
}

/// Whether two figures count the same thing: same kind, heads alike (or
/// one of them generic), and something alike in what the text says of them.
fn same_thing(a: &Counted, b: &Counted) -> bool {
    if a.kind != b.kind {
        return false;
    }
    // "10 US citizens" is a part of "12 people", not another count of them.
    let heads = match (&a.head, &b.head) {
        (Some(x), Some(y)) => alike(x, y),
        (None, None) => true,
        _ => false,
    };
    let both_headed = a.head.is_some() && b.head.is_some();
    // What the text says next to one of the figures must be said of the
    // other ("minimum payment" is not "pay the entire" amount).
    let context = a
        .context
        .iter()
        .any(|(x, xn)| b.context.iter().any(|(y, yn)| (*xn || *yn) && alike(x, y)));
    heads && (context || both_headed && a.context.is_empty() && b.context.is_empty())
}

/// Prepositions that set a statement at a time ("in September", "on June
/// 12", "since 2016").
const TIME_PREPOSITIONS: [&str; 4] = ["in", "on", "since", "last"];

/// Time words besides the months that, after such a preposition, name
/// another time than the story's own days ("last year").
const TIME_WORDS: [&str; 4] = ["year", "month", "decade", "century"];

/// A sentence set at a named time of its own ("In September, two
/// passengers were killed when …", "… in Orlando on June 12 last year and
/// kills 49 people") tells of another event than the story's, which news
/// dates by weekdays and "today": its figures are background, never a claim
/// to hold against other sources.
fn set_at_another_time(sentence: &str) -> bool {
    let words: Vec<String> = sentence
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    words.windows(2).any(|pair| {
        TIME_PREPOSITIONS.contains(&pair[0].as_str())
            && (TIME_WORDS.contains(&pair[1].as_str())
                || crate::text::MONTHS.contains(&pair[1].as_str())
                || (pair[1].len() == 4
                    && pair[1].chars().all(|c| c.is_ascii_digit())
                    && pair[0] != "last"))
    })
}

/// Groups `figures` (each standing in a sentence relevant to the topic) into
/// quantities stated by two sources or more.
pub fn quantities(figures: &[&Figure]) -> Vec<Quantity> {
    let mut groups: Vec<(Counted, Vec<Claim>)> = Vec::new();
    for figure in figures.iter().filter(|f| !f.vague) {
        let Some(what) = counted(figure) else {
            continue;
        };
        let Some(interval) =
            Interval::from_figure(figure.value, figure.low, figure.high, figure.bound)
        else {
            continue;
        };
        let interval = rounded(figure, interval);
        let start = figure.in_sentence().start;
        if is_rate(&figure.sentence, start..start + figure.text.len())
            || set_at_another_time(&figure.sentence)
        {
            continue;
        }
        let claim = Claim::new(figure, interval, start);
        match groups.iter_mut().find(|(w, _)| same_thing(w, &what)) {
            Some((_, claims)) => claims.push(claim),
            None => groups.push((what, vec![claim])),
        }
    }
    groups
        .into_iter()
        .filter_map(|(what, mut claims)| {
            stated_by_several(&mut claims).then(|| {
                let name = name_of(&what, &claims);
                Quantity {
                    unit: name.clone(),
                    quantity: name,
                    conflicts: conflicts(&claims),
                    claims,
                }
            })
        })
        .collect()
}

/// A readable name: the head noun, or the words most claims share.
fn name_of(what: &Counted, claims: &[Claim]) -> String {
    let money = what.kind.starts_with("money");
    let word = what
        .head
        .as_ref()
        .map(|h| h.word.clone())
        .or_else(|| what.context.first().map(|(t, _)| t.word.clone()))
        .unwrap_or_else(|| "figures".into());
    match (money, claims.iter().find_map(|c| c.figure.currency.clone())) {
        (true, Some(c)) => format!("{word} ({c})"),
        _ => word,
    }
}

/// Each source's position: the interval all its counted claims allow, as
/// the claim that states it most narrowly. A source whose own claims cannot
/// all hold (it updated itself, or lists other events' figures) takes no
/// position: what it says is shown, but never counted as a conflict.
fn positions(claims: &[Claim]) -> Vec<(usize, Interval)> {
    let mut out: Vec<(usize, Interval)> = Vec::new();
    let sources: Vec<usize> = {
        let mut s: Vec<usize> = claims.iter().map(|c| c.source).collect();
        s.dedup();
        s
    };
    for source in sources {
        let mine: Vec<usize> = (0..claims.len())
            .filter(|&i| claims[i].source == source && !claims[i].projection)
            .collect();
        let Some(&first) = mine.first() else {
            continue;
        };
        let all = mine.iter().try_fold(claims[first].interval, |acc, &i| {
            intersect(&acc, &claims[i].interval)
        });
        let stand = all
            .and_then(|meet| mine.iter().copied().find(|&i| claims[i].interval == meet))
            .unwrap_or(first);
        if let Some(all) = all {
            out.push((stand, all));
        }
    }
    out
}

/// The values two intervals both allow, if any.
fn intersect(a: &Interval, b: &Interval) -> Option<Interval> {
    if !a.overlaps(b) {
        return None;
    }
    let (low, low_open) = match (a.low, b.low) {
        (Some(x), Some(y)) if x > y => (Some(x), a.low_open),
        (Some(x), Some(y)) if y > x => (Some(y), b.low_open),
        (Some(x), Some(_)) => (Some(x), a.low_open || b.low_open),
        (Some(x), None) => (Some(x), a.low_open),
        (None, y) => (y, b.low_open),
    };
    let (high, high_open) = match (a.high, b.high) {
        (Some(x), Some(y)) if x < y => (Some(x), a.high_open),
        (Some(x), Some(y)) if y < x => (Some(y), b.high_open),
        (Some(x), Some(_)) => (Some(x), a.high_open || b.high_open),
        (Some(x), None) => (Some(x), a.high_open),
        (None, y) => (y, b.high_open),
    };
    Some(Interval {
        low,
        high,
        low_open,
        high_open,
    })
}

/// Scale words after which a figure is rounded to its last written digit.
const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

/// The tolerance rule for rounding: "$5 billion" next to "$5.2 billion" is
/// a rounded figure, not a different one. A single value written with a
/// scale word stands for everything that rounds to it: half a unit of its
/// last written digit either side ("5 billion" → 4.5–5.5 billion, "31.2
/// billion" → 31.15–31.25 billion). Plain numbers ("58 people") are exact.
fn rounded(figure: &Figure, interval: Interval) -> Interval {
    let (Some(low), Some(high)) = (interval.low, interval.high) else {
        return interval;
    };
    if low != high {
        return interval;
    }
    let lower = figure.text.to_lowercase();
    let Some((at, scale)) = SCALES
        .iter()
        .find_map(|(w, s)| lower.find(w).map(|at| (at, *s)))
    else {
        return interval;
    };
    let number: String = lower[..at]
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let decimals = number.split_once('.').map_or(0, |(_, d)| d.len()) as i32;
    let half = 0.5 * scale * 10f64.powi(-decimals);
    Interval::closed(low - half, high + half)
}

/// Pairs of claims (one per source) whose sources' positions cannot both hold.
fn conflicts(claims: &[Claim]) -> Vec<(usize, usize)> {
    let p = positions(claims);
    let mut out = Vec::new();
    for (i, (a, ia)) in p.iter().enumerate() {
        for (b, ib) in p.iter().skip(i + 1) {
            if !ia.overlaps(ib) {
                out.push(((*a).min(*b), (*a).max(*b)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Part, TextRef};

    fn figure(source: usize, at: usize, text: &str, sentence: &str, unit: Option<&str>) -> Figure {
        let words: Vec<&str> = text.split_whitespace().collect();
        let (qualifier, value) = match words[..] {
            ["at" | "At", "least", v, ..] => (Some("at least"), v),
            ["more", "than", v, ..] => (Some("more than"), v),
            [v, ..] => (None, v),
            [] => (None, ""),
        };
        let money = value.starts_with('$');
        let value = value.trim_start_matches('$').replace(',', "").parse().ok();
        Figure {
            at: TextRef {
                source,
                section: 0,
                part: Part::Block(at),
                range: {
                    let start = sentence.find(text).unwrap_or(0);
                    start..start + text.len()
                },
            },
            text: text.into(),
            kind: if money {
                FigureKind::Money
            } else {
                FigureKind::Count
            },
            value,
            low: None,
            high: None,
            qualifier: qualifier.map(Into::into),
            bound: qualifier.map(|q| match q {
                "at least" => crate::extract::Bound::AtLeast,
                _ => crate::extract::Bound::MoreThan,
            }),
            unit: unit.map(Into::into),
            currency: money.then(|| "USD".into()),
            vague: false,
            sentence: sentence.into(),
            sentence_range: 0..sentence.len(),
        }
    }

    #[test]
    fn sentences_set_at_another_time_are_background() {
        assert!(set_at_another_time(
            "In September, two passengers were killed."
        ));
        assert!(set_at_another_time("Last year, 40 people died in a crash."));
        assert!(set_at_another_time("In 2016, the firm paid $5 billion."));
        assert!(set_at_another_time(
            "A gunman opens fire in Orlando on June 12 last year and kills 49 people."
        ));
        assert!(!set_at_another_time("In the crash, 12 people were killed."));
        assert!(!set_at_another_time("On Sunday, 58 people were killed."));
        assert!(!set_at_another_time(
            "The plane, carrying 10 passengers, crashed."
        ));
        assert!(!set_at_another_time("Police said 59 people were killed."));
    }

    #[test]
    fn figures_of_one_thing_meet_and_others_do_not() {
        let f = [
            figure(
                0,
                0,
                "59 people",
                "The gunman killed 59 people at a concert.",
                Some("people"),
            ),
            figure(
                1,
                0,
                "58 people",
                "The shooter who killed 58 people and injured more than 500 others.",
                Some("people"),
            ),
            figure(
                1,
                1,
                "more than 500 others",
                "The shooter who killed 58 people and injured more than 500 others.",
                Some("others"),
            ),
            figure(
                2,
                0,
                "more than 400",
                "Dozens died and the attack injured more than 400.",
                None,
            ),
        ];
        let refs: Vec<&Figure> = f.iter().collect();
        let q = quantities(&refs);
        assert_eq!(q.len(), 2, "{q:#?}");
        let killed = q
            .iter()
            .find(|q| q.claims.iter().any(|c| c.figure.text == "59 people"));
        let killed = killed.expect("a quantity of the killed");
        assert_eq!(killed.claims.len(), 2);
        assert!(killed.disagree(), "59 and 58 cannot both be true");
        let injured = q
            .iter()
            .find(|q| q.claims.iter().any(|c| c.figure.text.contains("500")));
        assert!(
            injured.is_some_and(|q| !q.disagree()),
            "over 500 and over 400 agree"
        );
    }

    #[test]
    fn a_source_updating_itself_is_no_conflict_and_its_claims_combine() {
        let f = [
            figure(0, 0, "At least 58", "At least 58 people were killed.", None),
            figure(
                0,
                1,
                "58 people",
                "Police said 58 people were killed.",
                Some("people"),
            ),
            figure(
                0,
                2,
                "20 people",
                "Earlier, 20 people were killed, police said.",
                Some("people"),
            ),
            figure(
                1,
                0,
                "59 people",
                "In all 59 people were killed.",
                Some("people"),
            ),
        ];
        let refs: Vec<&Figure> = f.iter().collect();
        let q = quantities(&refs);
        assert_eq!(q.len(), 1, "{q:#?}");
        // Source 0's claims cannot all hold: it takes no position.
        assert!(!q[0].disagree(), "{:#?}", q[0]);
        let f = [f[0].clone(), f[1].clone(), f[3].clone()];
        let refs: Vec<&Figure> = f.iter().collect();
        let q = quantities(&refs);
        assert_eq!(
            q[0].conflicts.len(),
            1,
            "at least 58 and 58 make 58, not 59"
        );
    }

    #[test]
    fn rounded_figures_cover_what_rounds_to_them() {
        let f = figure(0, 0, "$5 billion", "A $5 billion hit.", None);
        let i = rounded(&f, Interval::point(5e9));
        assert!(i.overlaps(&Interval::point(5.2e9)) && !i.overlaps(&Interval::point(5.6e9)));
        let f = figure(0, 0, "$31.2 billion", "It had $31.2 billion.", None);
        let i = rounded(&f, Interval::point(31.2e9));
        assert!(!i.overlaps(&Interval::point(32.6e9)));
        let f = figure(0, 0, "58 people", "58 people.", Some("people"));
        assert_eq!(rounded(&f, Interval::point(58.0)), Interval::point(58.0));
    }

    #[test]
    fn different_amounts_of_money_are_not_compared() {
        let f = [
            figure(
                0,
                0,
                "$28,156",
                "Only a $28,156 minimum payment was due.",
                None,
            ),
            figure(
                1,
                0,
                "$284",
                "She had a year to pay the entire $284 billion.",
                None,
            ),
            figure(
                1,
                1,
                "$28,156",
                "Her minimum payment would be a mere $28,156.",
                None,
            ),
        ];
        let refs: Vec<&Figure> = f.iter().collect();
        let q = quantities(&refs);
        assert!(q.iter().all(|q| !q.disagree()), "{q:#?}");
    }
}
