//! Stage 3 of the scanner, what surrounds a number phrase: the markers
//! after it (multiplier, percent, currency, unit of measure, duration), a
//! currency or qualifier before it, a fall that signs it, a second number
//! that makes a range, and the noun phrase it counts.

use std::ops::Range;

use super::cursor::{word_after, word_before};
use super::number::Number;
use crate::extract::lexicon::{FigureWords, Lexicon};
use crate::extract::types::Bound;

/// What follows a number and says what it is.
#[derive(Debug, Clone, Default)]
pub struct Markers {
    pub end: usize,
    pub multiplier: Option<f64>,
    pub percent: bool,
    pub currency: Option<String>,
    pub measure: Option<String>,
    pub duration: Option<String>,
}

impl Markers {
    pub fn any(&self) -> bool {
        self.multiplier.is_some()
            || self.percent
            || self.currency.is_some()
            || self.measure.is_some()
            || self.duration.is_some()
    }
}

/// Reads the markers after a number; `None` when the number is part of a
/// word or code ("5G", "1st", "24/7", "10:30").
pub fn markers_after(w: &FigureWords, text: &str, n: &Number) -> Option<Markers> {
    let mut m = Markers {
        end: n.end,
        ..Markers::default()
    };
    let rest = &text[n.end..];
    if rest.starts_with(['/', ':']) && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // Letters stuck to the number: "10m", "3bn", "20km", but not "1st" or "5G".
    let attached: usize = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum();
    if attached > 0 {
        let word = rest[..attached].to_lowercase();
        if let Some(&mult) = w.multipliers.get(&word) {
            m.multiplier = Some(mult);
        } else if w.measure_units.contains(&rest[..attached].to_string()) {
            // Units as written ("20km", "5kg"); "5G" is a name, not 5 grams.
            m.measure = Some(rest[..attached].to_string());
        } else {
            return None;
        }
        m.end += attached;
    }
    // "10-year": a duration written as one word.
    if let Some(r) = text[m.end..]
        .strip_prefix('-')
        .and(word_after(text, m.end + 1))
        && r.start == m.end + 1
    {
        let word = text[r.clone()].to_lowercase();
        let unit = word.split('-').next().unwrap_or_default().to_string();
        if w.duration_units.contains(&unit) {
            m.duration = Some(unit);
            m.end = r.end;
            return Some(m);
        }
    }
    if m.multiplier.is_none()
        && let Some(r) = word_after(text, m.end)
    {
        let word = text[r.clone()].to_lowercase();
        if word.len() >= 2
            && let Some(&mult) = w.multipliers.get(&word)
        {
            m.multiplier = Some(mult);
            m.end = r.end;
        }
    }
    let tail = &text[m.end..];
    let spaced = tail.trim_start_matches(' ');
    let lower: String = spaced.chars().take(24).collect::<String>().to_lowercase();
    for p in &w.percent_words {
        let boundary = lower
            .get(p.len()..)
            .is_none_or(|after| after.chars().next().is_none_or(|c| !c.is_alphanumeric()));
        if lower.starts_with(p.as_str())
            && (boundary || p == "%")
            && (p == "%" || tail.len() > spaced.len())
        {
            m.percent = true;
            m.end += tail.len() - spaced.len() + p.len();
            return Some(m);
        }
    }
    if let Some(r) = word_after(text, m.end) {
        let word = text[r.clone()].to_lowercase();
        if let Some(code) = w.currency_words.get(&word) {
            m.currency = Some(code.clone());
            m.end = r.end;
            return Some(m);
        }
        if m.measure.is_none() {
            // Two-word units first ("square kilometres").
            let two = word_after(text, r.end).map(|r2| text[r.start..r2.end].to_lowercase());
            // "square kilometres", "cubic metres": an area or volume of any unit.
            let compound = two.as_ref().is_some_and(|t| {
                let mut parts = t.splitn(2, ' ');
                matches!(parts.next(), Some("square" | "cubic"))
                    && parts
                        .next()
                        .is_some_and(|u| w.measure_units.contains(&u.to_string()))
            });
            if let Some(two) = two.filter(|t| compound || w.measure_units.contains(t)) {
                m.measure = Some(text[r.start..r.start + two.len()].to_string());
                m.end = r.start + two.len();
            } else if word.chars().count() > 1 && w.measure_units.contains(&word) {
                m.measure = Some(text[r.clone()].to_string());
                m.end = r.end;
            } else if w.duration_units.contains(&word) {
                m.duration = Some(text[r.clone()].to_string());
                m.end = r.end;
            }
        }
    }
    Some(m)
}

/// A currency symbol or code written before the number: its start and code.
pub fn currency_before(w: &FigureWords, text: &str, pos: usize) -> Option<(usize, String)> {
    let before = &text[..pos];
    let mut symbols: Vec<(&String, &String)> = w.currency_symbols.iter().collect();
    symbols.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
    for (symbol, code) in symbols {
        if let Some(head) = before.strip_suffix(symbol.as_str()) {
            return Some((head.len(), code.clone()));
        }
    }
    // "USD 5 million": a three-letter code and a space.
    let r = word_before(text, pos)?;
    let word = &text[r.clone()];
    if r.end + 1 == pos && word.len() == 3 && word.chars().all(|c| c.is_ascii_uppercase()) {
        let code = w.currency_words.get(&word.to_lowercase())?;
        return Some((r.start, code.clone()));
    }
    None
}

/// A qualifier written just before `pos`: its start, its text (lower
/// case) and what it says about the value.
pub fn qualifier_before(w: &FigureWords, text: &str, pos: usize) -> Option<(usize, String, Bound)> {
    let head = text[..pos].trim_end_matches(' ');
    if head.len() == pos {
        return None;
    }
    for q in &w.qualifiers {
        if head.len() < q.len() || !head.is_char_boundary(head.len() - q.len()) {
            continue;
        }
        let start = head.len() - q.len();
        if head[start..].eq_ignore_ascii_case(q)
            && head[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        {
            let bound = *w.bounds.get(q)?;
            return Some((start, q.clone(), bound));
        }
    }
    None
}

/// Whether a fall is written just before `pos`: "fell 4%", "down by 7
/// percent", "negative 7 percent", "−7%". "Fell to 4%" names a level.
pub fn fall_before(w: &FigureWords, text: &str, pos: usize) -> bool {
    let head = &text[..pos];
    if head.ends_with('−')
        || (head.ends_with('-') && head[..head.len() - 1].ends_with([' ', '(']))
        || head == "-"
    {
        return true;
    }
    let Some(mut r) = word_before(text, pos) else {
        return false;
    };
    if text[r.clone()].eq_ignore_ascii_case("by") {
        let Some(before) = word_before(text, r.start) else {
            return false;
        };
        r = before;
    }
    w.falls.contains(&text[r].to_lowercase())
}

/// A second number making a range with the first: "to", a dash, or "and"
/// after "between", then `next`. Returns the second's markers, its
/// currency and where the range ends.
pub fn range_after(
    w: &FigureWords,
    text: &str,
    pos: usize,
    between: bool,
    next: Option<&Number>,
) -> Option<(Markers, Option<String>, usize)> {
    let next = next.filter(|n| n.start >= pos && !n.code)?;
    let gap = &text[pos..next.start];
    let currency = w
        .currency_symbols
        .iter()
        .filter(|(s, _)| gap.ends_with(s.as_str()))
        .max_by_key(|(s, _)| s.len());
    let gap = currency.map_or(gap, |(s, _)| &gap[..gap.len() - s.len()]);
    let connector = gap.trim_matches(' ');
    let spaced = gap.starts_with(' ') && gap.ends_with(' ');
    let joins = match connector {
        "–" | "—" | "-" => true,
        "to" => spaced,
        "and" => spaced && between,
        _ => false,
    };
    if !joins {
        return None;
    }
    let m2 = markers_after(w, text, next)?;
    let end = m2.end;
    let cur = currency
        .map(|(_, c)| c.clone())
        .or_else(|| m2.currency.clone());
    Some((m2, cur, end))
}

/// Most words a counted noun phrase takes ("unnamed senior US officials").
const UNIT_WORDS: usize = 4;

/// The noun a count counts: up to four words after the number, stopping at
/// function words and punctuation. "Of them" reuses the previous unit.
pub enum Unit {
    Named(String, usize),
    Previous(usize),
    None,
}

pub fn unit_after(lex: &Lexicon, text: &str, pos: usize) -> Unit {
    let w = &lex.figures;
    let mut words: Vec<Range<usize>> = Vec::new();
    let mut p = pos;
    while words.len() < UNIT_WORDS {
        if !text[p..].starts_with(' ') {
            break;
        }
        let Some(r) = word_after(text, p) else {
            break;
        };
        let lower = text[r.clone()].to_lowercase();
        if words.is_empty() && lower == "of" {
            let next = word_after(text, r.end).map(|n| (text[n.clone()].to_lowercase(), n.end));
            if let Some((pronoun, end)) = next
                && matches!(
                    pronoun.as_str(),
                    "them" | "those" | "these" | "whom" | "which"
                )
            {
                return Unit::Previous(end);
            }
            break;
        }
        if w.unit_stops.contains(&lower)
            || w.months.contains(&lower)
            || w.multipliers.contains_key(&lower)
            || lex.saying_verbs.contains(&lower)
        {
            break;
        }
        // "200 residents packed the hall": a past-tense verb after the noun ends it.
        if !words.is_empty() && lower.ends_with("ed") {
            break;
        }
        p = r.end;
        words.push(r);
    }
    // "two Costa Rican pilots" but not "in 2019 Smith": capitalised words
    // only qualify a lower-case noun; a name is never the counted noun.
    while let Some(last) = words.last() {
        let word = &text[last.clone()];
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        if capital && !lex.is_demonym(word) {
            words.pop();
        } else {
            break;
        }
    }
    match (words.first(), words.last()) {
        (Some(first), Some(last)) => Unit::Named(text[first.start..last.end].to_string(), last.end),
        _ => Unit::None,
    }
}
