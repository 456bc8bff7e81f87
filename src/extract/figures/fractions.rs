//! Fractions written in words: "cut the bill by a third", "two thirds of
//! voters", "roughly a fifth of the stock". They are shares, so they are
//! percent figures, to two decimals ("a third" = 33.33%). A fraction word is only a figure
//! where it is a share: before "of", after "by", or ending a clause — not
//! "a third party", "a quarter century", "a third term".

use super::scan::Found;
use crate::extract::lexicon::FigureWords;
use crate::extract::types::FigureKind;

/// Numerators written before a fraction word.
const NUMERATORS: [(&str, f64); 7] = [
    ("a", 1.0),
    ("an", 1.0),
    ("one", 1.0),
    ("one-", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
];

pub fn fraction_figures(w: &FigureWords, text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    // Most text has no fraction word: look for one before splitting words.
    if !w.fractions.keys().any(|f| text.contains(f.as_str())) {
        return out;
    }
    let lower = text.to_ascii_lowercase();
    let mut words = word_ranges(&lower);
    words.retain(|r| !r.is_empty());
    for (i, r) in words.iter().enumerate() {
        let Some(&denominator) = w.fractions.get(&lower[r.clone()]) else {
            continue;
        };
        let Some(prev) = i.checked_sub(1).map(|p| &words[p]) else {
            continue;
        };
        let Some(&(_, numerator)) = NUMERATORS.iter().find(|(n, _)| *n == &lower[prev.clone()])
        else {
            continue;
        };
        // "a third" but not "two third"; "two thirds" but not "a thirds".
        let plural = lower[r.clone()].ends_with('s');
        if plural != (numerator > 1.0) {
            continue;
        }
        let before_of = words.get(i + 1).is_some_and(|n| &lower[n.clone()] == "of")
            && lower[r.end..].starts_with(' ');
        let after_by = i >= 2 && &lower[words[i - 2].clone()] == "by";
        let clause_end =
            lower[r.end..].starts_with(['.', ',', ';', ':', '!', '?', ')']) || r.end == lower.len();
        if !(before_of || after_by || clause_end) {
            continue;
        }
        let (start, end) = (prev.start, r.end);
        out.push(Found {
            // Two decimals, as a percentage would be written (33.33).
            value: Some((10_000.0 * numerator / denominator).round() / 100.0),
            ..Found::new(start, end, FigureKind::Percent)
        });
    }
    out
}

/// Byte ranges of the ASCII words of `lower` (letters only).
fn word_ranges(lower: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in lower.char_indices() {
        match (c.is_ascii_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..lower.len());
    }
    out
}
