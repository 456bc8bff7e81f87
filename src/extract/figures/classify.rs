//! Stage 4 of the scanner, classification and filtering: which numbers
//! are dates or decades, which are not figures at all (names like "Apollo
//! 11", page chrome, clock times, phone numbers and codes, words that count
//! nothing), and the kind of the rest.

use super::context::{Markers, range_after};
use super::cursor::{at_sentence_start, word_after, word_before};
use super::number::{self, Number};
use super::scan::Found;
use crate::extract::lexicon::FigureWords;
use crate::extract::types::{Bound, FigureKind};

pub fn is_year(n: &Number, m: &Markers) -> bool {
    n.plain && n.digits == 4 && (1000.0..=2100.0).contains(&n.mantissa) && !m.any()
}

/// The kind the markers give a figure.
pub fn kind_of(m: &Markers, currency: bool) -> FigureKind {
    if currency {
        FigureKind::Money
    } else if m.percent {
        FigureKind::Percent
    } else if m.measure.is_some() {
        FigureKind::Measure
    } else if m.duration.is_some() {
        FigureKind::Duration
    } else {
        FigureKind::Count
    }
}

/// "Apollo 11", "Chang'e 6", "Article 5": a number right after a
/// capitalised word (not at a sentence start, not a possessive) is part of
/// a name.
pub fn is_designation(text: &str, pos: usize) -> bool {
    let head = &text[..pos];
    if !head.ends_with(' ') {
        return false;
    }
    let head = head.trim_end_matches(' ');
    let word_len: usize = head
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '\'' | '-'))
        .map(char::len_utf8)
        .sum();
    let word = &head[head.len() - word_len..];
    let before = head[..head.len() - word_len].trim_end_matches(' ');
    let sentence_start =
        before.is_empty() || before.ends_with(['.', '!', '?', ':', '"', '(', '\n']);
    word.chars().next().is_some_and(char::is_uppercase)
        && !word.ends_with("'s")
        && !word.ends_with('\'')
        && !sentence_start
}

/// Page chrome around a number: "© 2026", "page 4", "7 min read".
pub fn is_chrome(w: &FigureWords, text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end().to_lowercase();
    let chrome_before = w.chrome_before.iter().any(|c| {
        before.ends_with(c.as_str())
            && before[..before.len() - c.len()]
                .chars()
                .next_back()
                .is_none_or(|ch| !ch.is_alphanumeric())
    });
    let after: String = text[end..]
        .trim_start()
        .chars()
        .take(20)
        .collect::<String>()
        .to_lowercase();
    let starts_word = |c: &String| {
        after.starts_with(c.as_str())
            && after[c.len()..]
                .chars()
                .next()
                .is_none_or(|ch| !ch.is_alphanumeric())
    };
    chrome_before || w.chrome_after.iter().any(starts_word)
}

/// "6 pm", "10 a.m.", "14:00 GMT": a time of day, not an amount.
pub fn is_clock(w: &FigureWords, text: &str, end: usize) -> bool {
    let after: String = text[end..]
        .trim_start_matches(' ')
        .chars()
        .take(12)
        .collect::<String>()
        .to_lowercase();
    w.clock_after.iter().any(|c| {
        after.starts_with(c.as_str())
            && after[c.len()..]
                .chars()
                .next()
                .is_none_or(|ch| !ch.is_alphanumeric())
    })
}

/// "call 0207…", "flight 370", "room 12": a word before that makes the
/// number an identifier.
pub fn is_code(w: &FigureWords, text: &str, start: usize) -> bool {
    word_before(text, start)
        .filter(|r| r.end + 1 == start)
        .is_some_and(|r| w.code_before.contains(&text[r].to_lowercase()))
}

/// Words before a number written in words that make it a reference to
/// things already counted ("the two countries"), not a count.
const DETERMINERS: [&str; 10] = [
    "the", "these", "those", "its", "their", "his", "her", "our", "my", "your",
];

/// Whether a number written in words stands where a count can: not after
/// a determiner, and not capitalised inside a sentence ("the Big Ten").
pub fn spelled_may_count(text: &str, n: &Number) -> bool {
    let determiner = word_before(text, n.start)
        .is_some_and(|r| DETERMINERS.contains(&text[r].to_lowercase().as_str()));
    let capital = text[n.start..].starts_with(|c: char| c.is_ascii_uppercase());
    !determiner && (!capital || at_sentence_start(text, n.start))
}

/// "the 1990s", "late 2020s", "1960's": a decade, dated as its ten years.
pub fn decade_at(text: &str, n: &Number) -> Option<Found> {
    let rest = &text[n.end..];
    let suffix = ["s", "'s", "’s"].iter().find(|s| rest.starts_with(*s))?;
    let end = n.end + suffix.len();
    let closed = !text[end..].starts_with(char::is_alphanumeric);
    let year = n.plain && n.digits == 4 && (1000.0..=2100.0).contains(&n.mantissa);
    (closed && year && n.mantissa % 10.0 == 0.0).then(|| Found {
        low: Some(n.mantissa),
        high: Some(n.mantissa + 9.0),
        ..Found::new(n.start, end, FigureKind::Date)
    })
}

/// "October 2023", "3 October 2023", "June 12, 2024", "in 2010": a date,
/// valued by its year; a day and month without a year ("Dec 2") have no
/// value. "2015-16", "between 2025 and 2030": a span of years.
pub fn date_at(
    w: &FigureWords,
    text: &str,
    n: &Number,
    m: &Markers,
    next: Option<&Number>,
) -> Option<Found> {
    let month_before = word_before(text, n.start).filter(|r| {
        w.months.contains(
            &text[r.clone()]
                .to_lowercase()
                .trim_end_matches('.')
                .to_string(),
        )
    });
    let month_after =
        word_after(text, n.end).filter(|r| w.months.contains(&text[r.clone()].to_lowercase()));
    let day = n.plain && n.digits <= 2 && (1.0..=31.0).contains(&n.mantissa);
    let mut start = n.start;
    let mut end = n.end;
    let mut value = None;
    if m.any() {
        return None;
    }
    if day && (month_before.is_some() || month_after.is_some()) {
        if let Some(r) = &month_before {
            start = r.start;
        }
        if let Some(r) = &month_after {
            end = r.end;
        }
        // A year after: "June 12, 2024", "12 June 2024".
        let rest = &text[end..];
        let skipped = rest.len() - rest.trim_start_matches([',', ' ']).len();
        if skipped > 0
            && let Some(year) = number::parse(text, end + skipped)
            && is_year(&year, &Markers::default())
        {
            end = year.end;
            value = Some(year.mantissa);
        }
    } else if is_year(n, m) {
        value = Some(n.mantissa);
        let cue = word_before(text, n.start).map(|r| text[r].to_lowercase());
        let cued = cue
            .as_ref()
            .is_some_and(|c| w.date_cues.contains(c) || w.months.contains(c));
        if let Some(r) = &month_before {
            start = r.start;
        }
        // "1500 soldiers" is a count; "in 2023 troops" still a date.
        let noun = word_after(text, n.end)
            .filter(|r| r.start == n.end + 1)
            .map(|r| text[r].to_lowercase());
        let counts = noun.is_some_and(|w2| w2.ends_with('s') && !w.unit_stops.contains(&w2));
        if counts && !cued && month_before.is_none() {
            return None;
        }
        // "2015-16", "2019/20": a season or financial year.
        if let Some(second) = next.filter(|s| {
            s.joined
                && s.plain
                && s.digits == 2
                && s.start == n.end + 1
                && !text[n.end..].starts_with(':')
        }) {
            let century = (n.mantissa / 100.0).floor() * 100.0;
            let high = century + second.mantissa;
            if high > n.mantissa {
                return Some(Found {
                    low: Some(n.mantissa),
                    high: Some(high),
                    ..Found::new(start, second.end, FigureKind::Date)
                });
            }
        }
        // "between 2025 and 2030", "2022–2024": a range of years.
        let between = cue.as_deref() == Some("between");
        if let Some((m2, None, range_end)) = range_after(w, text, n.end, between, next)
            && let Some(second) = next
            && is_year(second, &m2)
            && second.mantissa > n.mantissa
        {
            if between && let Some(r) = word_before(text, n.start) {
                start = r.start;
            }
            return Some(Found {
                low: Some(n.mantissa),
                high: Some(second.mantissa),
                qualifier: between.then(|| "between".to_string()),
                bound: between.then_some(Bound::Between),
                ..Found::new(start, range_end, FigureKind::Date)
            });
        }
    } else {
        return None;
    }
    Some(Found {
        value,
        ..Found::new(start, end, FigureKind::Date)
    })
}
