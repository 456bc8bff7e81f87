//! Where comparison gets its figures from: the ONE call site for figure
//! extraction.
//!
//! `crate::extract::figures` is being built in parallel; until it is merged,
//! [`briefing_figures`] runs the minimal reader below. At merge, replace the
//! body of `briefing_figures` with `crate::extract::figures(briefing)` and
//! delete the reader. The reader is deliberately small and honest: plain
//! numbers with thousands separators (`,` `.` or a space), decimals, scale
//! words (million, billion), ranges ("between X and Y", "X to Y", "X–Y"),
//! a qualifier from a fixed list before the number, currency signs, percent,
//! years, and the counted noun after the number (skipping capitalised words
//! such as "North Korean"). It does not read spelled-out numbers or vague
//! amounts ("thousands of").

use std::ops::Range;

use super::sentences::sentences;
use crate::extract::{Figure, FigureKind};
use crate::model::{Briefing, Part, TextRef};
use crate::text::normalize;

/// Every figure of the briefing, in reading order.
pub fn briefing_figures(briefing: &Briefing) -> Vec<Figure> {
    let mut out = Vec::new();
    for (s, source) in briefing.sources.iter().enumerate() {
        for (n, section) in source.sections.iter().enumerate() {
            for (b, block) in section.blocks.iter().enumerate() {
                out.extend(block_figures(&block.text).into_iter().map(|mut f| {
                    f.at.source = s;
                    f.at.section = n;
                    f.at.part = Part::Block(b);
                    f
                }));
            }
        }
    }
    out
}

/// Qualifiers, longest first so "up to" wins over "to".
const QUALIFIERS: &[&str] = &[
    "approximately",
    "in excess of",
    "no more than",
    "no fewer than",
    "as many as",
    "an estimated",
    "fewer than",
    "more than",
    "less than",
    "upwards of",
    "at least",
    "at most",
    "exceeding",
    "between",
    "estimated",
    "roughly",
    "nearly",
    "almost",
    "around",
    "up to",
    "about",
    "above",
    "below",
    "under",
    "over",
    "some",
];

const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("bn", 1e9),
    ("m", 1e6),
];

const DURATIONS: &[&str] = &[
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
];

/// Words that end a counted noun.
const UNIT_ENDS: &[&str] = &[
    "of", "to", "and", "or", "in", "on", "at", "for", "from", "with", "by", "that", "which", "who",
    "were", "was", "are", "is", "have", "has", "had", "may", "could", "would", "will", "per",
];

/// A number as written: its byte range in the text and its value.
struct Number {
    range: Range<usize>,
    value: f64,
    /// Written with no separator and four digits: may be a year.
    plain_four_digits: bool,
}

/// Reads a number (with separators, decimals and a scale word) at `start`.
fn number_at(t: &str, start: usize) -> Option<Number> {
    let bytes = t.as_bytes();
    let mut i = start;
    let digits = |i: usize| bytes[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let first = digits(i);
    if first == 0 {
        return None;
    }
    let mut whole = t[i..i + first].to_string();
    i += first;
    let mut fraction = String::new();
    let mut separated = false;
    while let Some(&sep) = bytes.get(i) {
        if !matches!(sep, b',' | b'.' | b' ') {
            break;
        }
        let run = digits(i + 1);
        if run == 3 && first <= 3 && !bytes.get(i + 4).is_some_and(u8::is_ascii_digit) {
            whole.push_str(&t[i + 1..i + 4]);
            i += 4;
            separated = true;
        } else if (run == 1 || run == 2) && sep != b' ' && fraction.is_empty() {
            fraction = t[i + 1..i + 1 + run].to_string();
            i += 1 + run;
            break;
        } else {
            break;
        }
    }
    let mut value: f64 = format!(
        "{whole}.{}",
        if fraction.is_empty() { "0" } else { &fraction }
    )
    .parse()
    .ok()?;
    let mut end = i;
    let rest = &t[i..];
    let after_space = rest.trim_start_matches(' ');
    for (word, factor) in SCALES {
        if let Some(tail) = after_space.strip_prefix(word)
            && !tail.starts_with(|c: char| c.is_alphanumeric())
            && (word.len() > 2 || after_space.len() == rest.len())
        {
            value *= factor;
            end = i + (rest.len() - after_space.len()) + word.len();
            break;
        }
    }
    Some(Number {
        range: start..end,
        value,
        plain_four_digits: !separated && fraction.is_empty() && first == 4 && end == i,
    })
}

/// The figures of one text (addresses point at source 0, section 0, block 0;
/// the caller fills them in).
pub fn block_figures(text: &str) -> Vec<Figure> {
    let n = normalize(text);
    let t = n.text.as_str();
    let spans = sentences(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let starts = t.as_bytes()[i].is_ascii_digit()
            && (i == 0 || !t[..i].ends_with(|c: char| c.is_alphanumeric() || c == '.' || c == ','));
        let Some(first) = starts.then(|| number_at(t, i)).flatten() else {
            i += t[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let mut start = first.range.start;
        let mut end = first.range.end;
        let before = &t[..start];
        let currency = currency_before(before);
        if let Some((_, sign_len)) = currency {
            start -= sign_len;
        }
        let qualifier = QUALIFIERS.iter().find(|q| qualifier_ends(&t[..start], q));
        let mut range_ends = None;
        let tail = &t[end..];
        for joiner in [" and ", " to ", "-", "–", " - ", " – "] {
            if joiner == " and " && qualifier != Some(&"between") {
                continue;
            }
            let Some(after) = tail.strip_prefix(joiner) else {
                continue;
            };
            let sign = after.len() - after.trim_start_matches(['$', '€', '£']).len();
            if let Some(second) = number_at(t, end + joiner.len() + sign) {
                range_ends = Some((first.value, second.value));
                end = second.range.end;
                break;
            }
        }
        if let Some(q) = qualifier {
            start -= q.len() + 1;
        }
        let after = &t[end..];
        let percent = after.starts_with('%')
            || after.trim_start().to_lowercase().starts_with("percent")
            || after.trim_start().to_lowercase().starts_with("per cent");
        if after.starts_with('%') {
            end += 1;
        }
        let unit = if percent { None } else { counted_noun(after) };
        let kind = if currency.is_some() {
            FigureKind::Money
        } else if percent {
            FigureKind::Percent
        } else if unit.as_deref().is_some_and(|u| DURATIONS.contains(&u)) {
            FigureKind::Duration
        } else if first.plain_four_digits
            && range_ends.is_none()
            && (1800.0..=2100.0).contains(&first.value)
        {
            FigureKind::Date
        } else {
            FigureKind::Count
        };
        let original = n.to_original(start..end);
        let sentence = spans
            .iter()
            .find(|s| s.start <= original.start && original.start < s.end)
            .map_or(text, |s| &text[s.clone()]);
        out.push(Figure {
            at: TextRef {
                source: 0,
                section: 0,
                part: Part::Block(0),
                range: original.clone(),
            },
            text: text[original].to_string(),
            kind,
            value: range_ends.is_none().then_some(first.value),
            low: range_ends.map(|(l, _)| l),
            high: range_ends.map(|(_, h)| h),
            qualifier: qualifier.map(|q| q.to_string()),
            unit: if kind == FigureKind::Date { None } else { unit },
            currency: currency.map(|(c, _)| c.to_string()),
            vague: false,
            sentence: sentence.to_string(),
        });
        i = end.max(i + 1);
    }
    out
}

/// Whether `before` ends with the word(s) `q` and a space, in any case.
fn qualifier_ends(before: &str, q: &str) -> bool {
    let n = q.len() + 1;
    let Some(at) = before.len().checked_sub(n) else {
        return false;
    };
    before.is_char_boundary(at)
        && before[at..].eq_ignore_ascii_case(&format!("{q} "))
        && !before[..at].ends_with(|c: char| c.is_alphanumeric())
}

/// An ISO currency code for a sign just before the number, and the sign's length.
fn currency_before(before: &str) -> Option<(&'static str, usize)> {
    [("US$", "USD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP")]
        .into_iter()
        .find(|(sign, _)| before.ends_with(sign))
        .map(|(sign, code)| (code, sign.len()))
}

/// The noun a number counts: up to two lower-case words after it (ending
/// at a plural), past
/// capitalised words ("11,000 North Korean soldiers" → "soldiers").
fn counted_noun(after: &str) -> Option<String> {
    let mut words = Vec::new();
    let mut capitals = 0;
    for raw in after.split_whitespace() {
        let word = raw.trim_end_matches([',', '.', ';', ':', ')', '!', '?', '"', '\'']);
        let clean = !word.is_empty() && word.chars().all(|c| c.is_alphabetic() || c == '-');
        if !clean || UNIT_ENDS.contains(&word.to_lowercase().as_str()) {
            break;
        }
        if word.chars().next().is_some_and(char::is_uppercase) {
            if !words.is_empty() || capitals == 3 {
                break;
            }
            capitals += 1;
            continue;
        }
        words.push(word.to_string());
        // A plural ends the noun ("shipping containers", "soldiers joined").
        if words.len() == 2 || raw.len() != word.len() || word.ends_with('s') {
            break;
        }
    }
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Figure {
        let f = block_figures(text);
        assert_eq!(f.len(), 1, "{f:?}");
        f.into_iter().next().expect("one figure")
    }

    #[test]
    fn counts_with_qualifiers_and_nouns() {
        let f = one("The city sent up to 10,000 volunteers to the coast.");
        assert_eq!(
            (f.text.as_str(), f.value, f.qualifier.as_deref()),
            ("up to 10,000", Some(10_000.0), Some("up to"))
        );
        assert_eq!(f.unit.as_deref(), Some("volunteers"));
        let f = one("It sent over 11 000 Dutch nurses.");
        assert_eq!(
            (f.value, f.unit.as_deref()),
            (Some(11_000.0), Some("nurses"))
        );
        assert_eq!(
            one("Some 45 cargo ships were anchored.").unit.as_deref(),
            Some("cargo ships")
        );
        assert_eq!(
            one("About 20 dockers joined.").unit.as_deref(),
            Some("dockers")
        );
        let f = one("Between 11,000 and 12,000 Spanish sailors may be there.");
        assert_eq!(
            (f.low, f.high, f.value),
            (Some(11_000.0), Some(12_000.0), None)
        );
        assert_eq!(f.qualifier.as_deref(), Some("between"));
        let f = one("approximately 10,000 to 15,000 staff");
        assert_eq!((f.low, f.high), (Some(10_000.0), Some(15_000.0)));
    }

    #[test]
    fn money_percent_years_and_scales() {
        let f = one("The bridge costs $111 million.");
        assert_eq!(
            (f.kind, f.value, f.currency.as_deref()),
            (FigureKind::Money, Some(111e6), Some("USD"))
        );
        let f = one("Trade was $3,8 million in 2022."
            .split(" in")
            .next()
            .unwrap_or_default());
        assert_eq!(f.value, Some(3.8e6));
        assert_eq!(one("Russia canceled 90% of it.").kind, FigureKind::Percent);
        assert_eq!(one("It happened in 2017.").kind, FigureKind::Date);
        assert_eq!(one("for 24 years").kind, FigureKind::Duration);
        assert!(block_figures("No numbers here, nor in B52.").is_empty());
    }

    #[test]
    fn figures_point_into_the_original_text() {
        let text = "Some said “up to 30\u{a0}000 men” went.";
        let f = one(text);
        assert_eq!(&text[f.at.range.clone()], f.text);
        assert_eq!(f.value, Some(30_000.0));
    }
}
