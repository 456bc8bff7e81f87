//! Scanning normalised text for figures: a number, the words around it that
//! say what it is (currency, multiplier, percent, unit, month), a qualifier
//! before it, a second number after it that makes a range, and the noun it
//! counts. Page chrome ("7 min read", "© 2026") is skipped.

use std::ops::Range;

use super::number::{self, Number};
use crate::extract::lexicon::{FigureWords, Lexicon};
use crate::extract::types::FigureKind;

/// A figure found in normalised text (byte ranges of that text).
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: FigureKind,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Option<String>,
    pub unit: Option<String>,
    pub currency: Option<String>,
    pub vague: bool,
    pub sentence: Range<usize>,
}

/// The next word after `pos` (one run of spaces skipped, no line break).
fn word_after(text: &str, pos: usize) -> Option<Range<usize>> {
    let rest = text.get(pos..)?;
    let skipped = rest.len() - rest.trim_start_matches(' ').len();
    let start = pos + skipped;
    let len: usize = text[start..]
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '-' || *c == '\'')
        .map(char::len_utf8)
        .sum();
    let word = &text[start..start + len];
    let word = word.trim_end_matches(['-', '\'']);
    (!word.is_empty()).then(|| start..start + word.len())
}

/// The word that ends just before `pos` (spaces skipped).
fn word_before(text: &str, pos: usize) -> Option<Range<usize>> {
    let head = text.get(..pos)?.trim_end_matches(' ');
    let len: usize = head
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic() || *c == '.' || *c == '©')
        .map(char::len_utf8)
        .sum();
    (len > 0).then(|| head.len() - len..head.len())
}

/// What follows a number and says what it is.
#[derive(Debug, Clone, Default)]
struct Markers {
    end: usize,
    multiplier: Option<f64>,
    percent: bool,
    currency: Option<String>,
    measure: Option<String>,
    duration: Option<String>,
}

impl Markers {
    fn any(&self) -> bool {
        self.multiplier.is_some()
            || self.percent
            || self.currency.is_some()
            || self.measure.is_some()
            || self.duration.is_some()
    }
}

/// Reads the markers after a number; `None` when the number is part of a
/// word or code ("5G", "1st", "24/7", "10:30").
fn markers_after(w: &FigureWords, text: &str, n: &Number) -> Option<Markers> {
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
fn currency_before(w: &FigureWords, text: &str, pos: usize) -> Option<(usize, String)> {
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

/// "Apollo 11", "Chang'e 6", "Article 5": a number right after a
/// capitalised word (not at a sentence start, not a possessive) is part of
/// a name.
fn is_designation(text: &str, pos: usize) -> bool {
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

/// A qualifier written just before `pos`, as (start, lower-case text).
fn qualifier_before(w: &FigureWords, text: &str, pos: usize) -> Option<(usize, String)> {
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
            return Some((start, q.clone()));
        }
    }
    None
}

fn is_year(n: &Number, m: &Markers) -> bool {
    n.plain && n.digits == 4 && (1000.0..=2100.0).contains(&n.mantissa) && !m.any()
}

/// The noun a count counts: up to three words after the number, stopping at
/// function words and punctuation. "Of them" reuses the previous unit.
enum Unit {
    Named(String, usize),
    Previous(usize),
    None,
}

fn unit_after(w: &FigureWords, text: &str, pos: usize) -> Unit {
    let mut words: Vec<Range<usize>> = Vec::new();
    let mut p = pos;
    while words.len() < 3 {
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
    match (words.first(), words.last()) {
        (Some(first), Some(last)) => Unit::Named(text[first.start..last.end].to_string(), last.end),
        _ => Unit::None,
    }
}

/// The sentence around a range: from after the last sentence end before
/// it to the next one after it.
pub(super) fn sentence_around(text: &str, start: usize, end: usize) -> Range<usize> {
    let b = text.as_bytes();
    let is_end = |k: usize| -> bool {
        match b[k] {
            b'\n' => true,
            b'.' | b'!' | b'?' => {
                let next_space = b.get(k + 1).is_none_or(|c| c.is_ascii_whitespace());
                // "U.S. officials": a dot after a single capital is an abbreviation.
                let abbreviation = b[k] == b'.'
                    && k >= 2
                    && b[k - 1].is_ascii_uppercase()
                    && (b[k - 2] == b'.' || b[k - 2] == b' ');
                next_space && !abbreviation
            }
            _ => false,
        }
    };
    let from = (0..start.min(b.len()))
        .rev()
        .find(|&k| is_end(k))
        .map_or(0, |k| k + 1);
    let to = (end..b.len())
        .find(|&k| is_end(k))
        .map_or(b.len(), |k| if b[k] == b'\n' { k } else { k + 1 });
    let mut from = from;
    while from < to && !text.is_char_boundary(from) {
        from += 1;
    }
    from..to
}

/// Skips the rest of an alphanumeric run (a number inside a word or code).
fn skip_word(b: &[u8], mut i: usize) -> usize {
    while i < b.len()
        && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'-' | b'/' | b':' | b'.' | b','))
    {
        if matches!(b[i], b'.' | b',') && !b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
            break;
        }
        i += 1;
    }
    i
}

fn is_chrome(w: &FigureWords, text: &str, start: usize, end: usize) -> bool {
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
    let chrome_after = w.chrome_after.iter().any(|c| {
        after.starts_with(c.as_str())
            && after[c.len()..]
                .chars()
                .next()
                .is_none_or(|ch| !ch.is_alphanumeric())
    });
    chrome_before || chrome_after
}

/// All figures of a normalised text, in order.
pub fn scan(text: &str, last_unit: &mut Option<String>) -> Vec<Found> {
    let w = &Lexicon::get().figures;
    let b = text.as_bytes();
    let mut out = vague_figures(w, text);
    out.extend(super::fractions::fraction_figures(w, text));
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let prev = text[..i].chars().next_back();
        let prev2 = text[..i].chars().rev().nth(1);
        let in_word = prev.is_some_and(char::is_alphanumeric)
            || (prev == Some('-') && prev2.is_some_and(char::is_alphabetic));
        if in_word {
            i = skip_word(b, i);
            continue;
        }
        let Some(n) = number::parse(text, i) else {
            i += 1;
            continue;
        };
        i = n.end.max(i + 1);
        let Some(found) = figure_at(w, text, &n, last_unit) else {
            i = skip_word(b, n.end);
            continue;
        };
        i = i.max(found.end);
        if matches!(found.kind, FigureKind::Count | FigureKind::Measure)
            && let Some(unit) = &found.unit
        {
            *last_unit = Some(unit.clone());
        }
        out.push(found);
    }
    out.sort_by_key(|f| f.start);
    out
}

fn figure_at(w: &FigureWords, text: &str, n: &Number, last_unit: &Option<String>) -> Option<Found> {
    if let Some(decade) = decade_at(text, n) {
        return Some(decade);
    }
    let m = markers_after(w, text, n)?;
    let before_currency = currency_before(w, text, n.start);
    let mut start = before_currency.as_ref().map_or(n.start, |(s, _)| *s);
    let mut end = m.end;
    let mut currency = before_currency
        .map(|(_, c)| c)
        .or_else(|| m.currency.clone());
    if is_chrome(w, text, start, end) {
        return None;
    }
    let value = n.times(m.multiplier.unwrap_or(1.0));
    // Dates: a month next to the number, or a bare year.
    if currency.is_none()
        && !m.percent
        && m.measure.is_none()
        && m.duration.is_none()
        && let Some(date) = date_at(w, text, n, &m)
    {
        return Some(date);
    }
    let qualifier = qualifier_before(w, text, start);
    if qualifier.is_none() && currency.is_none() && !m.any() && is_designation(text, start) {
        return None;
    }
    if let Some((q, _)) = &qualifier {
        start = *q;
    }
    let mut low = None;
    let mut high = None;
    let mut single = Some(value);
    let mut kind_markers = m.clone();
    let between = qualifier.as_ref().is_some_and(|(_, q)| q == "between");
    if let Some((second, m2, cur2, range_end)) = range_after(w, text, m.end, between) {
        let year1 = is_year(n, &m);
        let year2 = is_year(&second, &m2);
        // "rose 35% to 22,000": a percent range writes the sign on its last end.
        let clash = year1 != year2
            || (m.percent && !m2.percent)
            || (currency.is_some() && cur2.is_some() && currency != cur2)
            || (m.any()
                && m2.any()
                && (m.percent != m2.percent || m.measure.is_some() != m2.measure.is_some()));
        if !clash {
            // "$3-5 million": the first end takes the second's multiplier.
            let mult1 = match (m.multiplier, m2.multiplier) {
                (None, Some(mult)) if n.times(1.0) < second.times(1.0) => mult,
                (own, _) => own.unwrap_or(1.0),
            };
            low = Some(n.times(mult1));
            high = Some(second.times(m2.multiplier.unwrap_or(1.0)));
            single = None;
            end = range_end;
            kind_markers.percent |= m2.percent;
            kind_markers.measure = m.measure.clone().or(m2.measure.clone());
            kind_markers.duration = m.duration.clone().or(m2.duration.clone());
            currency = currency.or(cur2);
        }
    }
    Some(finish(
        w,
        text,
        start,
        end,
        single,
        low,
        high,
        qualifier.map(|q| q.1),
        currency,
        kind_markers,
        last_unit,
    ))
}

#[allow(clippy::too_many_arguments)]
fn finish(
    w: &FigureWords,
    text: &str,
    start: usize,
    mut end: usize,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    qualifier: Option<String>,
    currency: Option<String>,
    m: Markers,
    last_unit: &Option<String>,
) -> Found {
    let kind = if currency.is_some() {
        FigureKind::Money
    } else if m.percent {
        FigureKind::Percent
    } else if m.measure.is_some() {
        FigureKind::Measure
    } else if m.duration.is_some() {
        FigureKind::Duration
    } else {
        FigureKind::Count
    };
    let unit = match kind {
        FigureKind::Measure => m.measure.clone(),
        FigureKind::Duration => m.duration.clone(),
        FigureKind::Count => match unit_after(w, text, end) {
            Unit::Named(unit, unit_end) => {
                end = unit_end;
                Some(unit)
            }
            Unit::Previous(unit_end) => {
                end = unit_end;
                last_unit.clone()
            }
            Unit::None => None,
        },
        _ => None,
    };
    Found {
        start,
        end,
        kind,
        value,
        low,
        high,
        qualifier,
        unit,
        currency,
        vague: false,
        sentence: sentence_around(text, start, end),
    }
}

/// A second number making a range with the first: "to", a dash, or "and"
/// after "between".
fn range_after(
    w: &FigureWords,
    text: &str,
    pos: usize,
    between: bool,
) -> Option<(Number, Markers, Option<String>, usize)> {
    let rest = &text[pos..];
    let trimmed = rest.trim_start_matches(' ');
    let connector = ["–", "—", "-", "to ", "and "]
        .into_iter()
        .find(|c| trimmed.starts_with(c))?;
    if connector == "and " && !between {
        return None;
    }
    if matches!(connector, "to " | "and ") && trimmed.len() == rest.len() {
        return None;
    }
    let after = &trimmed[connector.len()..];
    let second_text = after.trim_start_matches(' ');
    let mut at = pos + (rest.len() - second_text.len());
    let currency = currency_prefix(w, second_text);
    if let Some((len, _)) = &currency {
        at += len;
    }
    if !text[at..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let second = number::parse(text, at)?;
    let m2 = markers_after(w, text, &second)?;
    let end = m2.end;
    let cur = currency.map(|(_, c)| c).or_else(|| m2.currency.clone());
    Some((second, m2, cur, end))
}

fn currency_prefix(w: &FigureWords, text: &str) -> Option<(usize, String)> {
    w.currency_symbols
        .iter()
        .filter(|(s, _)| text.starts_with(s.as_str()))
        .max_by_key(|(s, _)| s.len())
        .map(|(s, c)| (s.len(), c.clone()))
}

/// "October 2023", "3 October 2023", "June 12, 2024", "in 2010": a date,
/// valued by its year (or its day when no year is written).
/// "the 1990s", "late 2020s", "1960's": a decade, dated as its ten years.
fn decade_at(text: &str, n: &Number) -> Option<Found> {
    let rest = &text[n.end..];
    let suffix = ["s", "'s", "’s"].iter().find(|s| rest.starts_with(*s))?;
    let end = n.end + suffix.len();
    let closed = !text[end..].starts_with(char::is_alphanumeric);
    let year = n.plain && n.digits == 4 && (1000.0..=2100.0).contains(&n.mantissa);
    (closed && year && n.mantissa % 10.0 == 0.0).then(|| Found {
        start: n.start,
        end,
        kind: FigureKind::Date,
        value: None,
        low: Some(n.mantissa),
        high: Some(n.mantissa + 9.0),
        qualifier: None,
        unit: None,
        currency: None,
        vague: false,
        sentence: sentence_around(text, n.start, end),
    })
}

fn date_at(w: &FigureWords, text: &str, n: &Number, m: &Markers) -> Option<Found> {
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
    let mut value = n.mantissa;
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
            value = year.mantissa;
        }
    } else if is_year(n, m) {
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
        // "between 2025 and 2030", "2022–2024": a range of years.
        let between = cue.as_deref() == Some("between");
        if let Some((second, m2, None, range_end)) = range_after(w, text, n.end, between)
            && is_year(&second, &m2)
            && second.mantissa > n.mantissa
        {
            if between && let Some(r) = word_before(text, n.start) {
                start = r.start;
            }
            return Some(Found {
                start,
                end: range_end,
                kind: FigureKind::Date,
                value: None,
                low: Some(n.mantissa),
                high: Some(second.mantissa),
                qualifier: between.then(|| "between".to_string()),
                unit: None,
                currency: None,
                vague: false,
                sentence: sentence_around(text, start, range_end),
            });
        }
    } else {
        return None;
    }
    Some(Found {
        start,
        end,
        kind: FigureKind::Date,
        value: Some(value),
        low: None,
        high: None,
        qualifier: None,
        unit: None,
        currency: None,
        vague: false,
        sentence: sentence_around(text, start, end),
    })
}

/// "thousands of troops", "tens of thousands of people": orders of
/// magnitude, not counts.
fn vague_figures(w: &FigureWords, text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(r) = next_word(text, pos) {
        pos = r.end;
        let word = text[r.clone()].to_lowercase();
        let Some(&magnitude) = w.vague.get(&word) else {
            continue;
        };
        let mut start = r.start;
        let mut value = magnitude;
        // "tens of thousands": a multiplier before.
        let before = text[..r.start].to_lowercase();
        for (prefix, times) in [("tens of ", 10.0), ("hundreds of ", 100.0)] {
            if before.ends_with(prefix)
                && r.start >= prefix.len()
                && text.is_char_boundary(r.start - prefix.len())
            {
                start = r.start - prefix.len();
                value *= times;
            }
        }
        if out.last().is_some_and(|f: &Found| f.end > start) {
            continue;
        }
        let Some(of) =
            word_after(text, r.end).filter(|o| text[o.clone()].eq_ignore_ascii_case("of"))
        else {
            continue;
        };
        // "hundreds of thousands of …": the outer word multiplies the inner.
        if word_after(text, of.end).is_some_and(|n| w.vague.contains_key(&text[n].to_lowercase())) {
            continue;
        }
        let (unit, end) = match unit_after(w, text, of.end) {
            Unit::Named(u, e) => (u, e),
            _ => continue,
        };
        let (kind, currency, unit) = match w.currency_words.get(&unit.to_lowercase()) {
            Some(code) => (FigureKind::Money, Some(code.clone()), None),
            None => (FigureKind::Count, None, Some(unit)),
        };
        out.push(Found {
            start,
            end,
            kind,
            value: Some(value),
            low: None,
            high: None,
            qualifier: None,
            unit,
            currency,
            vague: true,
            sentence: sentence_around(text, start, end),
        });
    }
    out
}

fn next_word(text: &str, pos: usize) -> Option<Range<usize>> {
    let rest = text.get(pos..)?;
    let offset = rest.find(|c: char| c.is_alphabetic())?;
    let start = pos + offset;
    let len: usize = text[start..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum();
    Some(start..start + len)
}
