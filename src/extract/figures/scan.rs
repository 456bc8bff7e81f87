//! Scanning normalised text for figures, in four stages that read top to
//! bottom, each in its own module:
//!
//! 1. tokens (`cursor`): the words next to a position, the sentence around;
//! 2. number phrases (`phrases`): every number, in digits or in words;
//! 3. context (`context`): markers after it (multiplier, percent, currency,
//!    unit), a currency, qualifier or fall before it, a second number that
//!    makes a range, the noun it counts;
//! 4. classification and filtering (`classify`): dates, names, chrome,
//!    clock times, codes, and the figure's kind.
//!
//! Vague magnitudes ("thousands of troops") and fractions in words ("a
//! third") are found by their own passes (`vague`, `fractions`).

use std::ops::Range;

use super::classify::{self, is_year, kind_of};
use super::context::{self, Markers, Unit};
use super::cursor::{self, sentence_around, word_after};
use super::number::Number;
use super::phrases;
use crate::extract::lexicon::Lexicon;
use crate::extract::types::{Bound, FigureKind};

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
    pub bound: Option<Bound>,
    pub unit: Option<String>,
    pub currency: Option<String>,
    pub vague: bool,
    pub sentence: Range<usize>,
}

impl Found {
    /// A figure of `kind` at `start..end`, with nothing else known yet
    /// (its sentence is set once the scan is done).
    pub fn new(start: usize, end: usize, kind: FigureKind) -> Found {
        Found {
            start,
            end,
            kind,
            value: None,
            low: None,
            high: None,
            qualifier: None,
            bound: None,
            unit: None,
            currency: None,
            vague: false,
            sentence: 0..0,
        }
    }
}

/// All figures of a normalised text, in order.
pub fn scan(text: &str, last_unit: &mut Option<String>) -> Vec<Found> {
    let lex = Lexicon::get();
    let w = &lex.figures;
    let numbers = phrases::numbers(w, text);
    let mut out = super::vague::vague_figures(lex, text);
    // "4 and a half": the half belongs to the number, not a share.
    out.extend(
        super::fractions::fraction_figures(w, text)
            .into_iter()
            .filter(|f| !numbers.iter().any(|n| n.start < f.start && f.start < n.end)),
    );
    // A range or a unit phrase may take in the numbers after it.
    let mut consumed = 0;
    for (k, n) in numbers.iter().enumerate() {
        if n.start < consumed {
            continue;
        }
        let Some(found) = figure_at(lex, text, n, numbers.get(k + 1), last_unit) else {
            continue;
        };
        consumed = found.end;
        if matches!(found.kind, FigureKind::Count | FigureKind::Measure)
            && let Some(unit) = &found.unit
        {
            *last_unit = Some(unit.clone());
        }
        out.push(found);
    }
    out.sort_by_key(|f| f.start);
    if out.is_empty() {
        return out;
    }
    let sentences = crate::text::sentences(text);
    for f in &mut out {
        f.sentence = sentence_around(&sentences, f.start, f.end);
    }
    out
}

/// The figure a number phrase starts, if it is one. `next` is the number
/// phrase after it, which may close a range.
fn figure_at(
    lex: &Lexicon,
    text: &str,
    n: &Number,
    next: Option<&Number>,
    last_unit: &Option<String>,
) -> Option<Found> {
    let w = &lex.figures;
    if n.code || n.joined {
        return None;
    }
    if let Some(decade) = classify::decade_at(text, n) {
        return Some(decade);
    }
    // Stage 3: what surrounds the number.
    let m = context::markers_after(w, text, n)?;
    let before_currency = context::currency_before(w, text, n.start);
    let mut start = before_currency.as_ref().map_or(n.start, |(s, _)| *s);
    let mut end = m.end;
    let mut currency = before_currency
        .map(|(_, c)| c)
        .or_else(|| m.currency.clone());
    // Stage 4: numbers that are not amounts.
    if classify::is_chrome(w, text, start, end)
        || classify::is_clock(w, text, end)
        || classify::is_code(w, text, start)
        || (n.spelled && !classify::spelled_may_count(text, n))
    {
        return None;
    }
    // "two thirds": a fraction, read by its own pass.
    if word_after(text, end).is_some_and(|r| w.fractions.contains_key(&text[r].to_lowercase())) {
        return None;
    }
    let value = n.times(m.multiplier.unwrap_or(1.0));
    if currency.is_none()
        && !m.percent
        && m.measure.is_none()
        && m.duration.is_none()
        && let Some(date) = classify::date_at(w, text, n, &m, next)
    {
        return Some(date);
    }
    let qualifier = context::qualifier_before(w, text, start);
    if qualifier.is_none()
        && currency.is_none()
        && !m.any()
        && classify::is_designation(text, start)
    {
        return None;
    }
    let falls = context::fall_before(w, text, qualifier.as_ref().map_or(start, |q| q.0));
    if let Some((q, _, _)) = &qualifier {
        start = *q;
    }
    let mut low = None;
    let mut high = None;
    let mut single = Some(value);
    let mut kind_markers = m.clone();
    let between = qualifier.as_ref().is_some_and(|q| q.2 == Bound::Between);
    // "dropped more than $11 billion to $106 billion": a one-sided bound
    // opens no range; what follows "to" is a new level.
    let one_sided = qualifier.as_ref().is_some_and(|q| {
        matches!(
            q.2,
            Bound::MoreThan | Bound::LessThan | Bound::AtLeast | Bound::AtMost
        )
    });
    if !one_sided
        && let Some(second) = next
        && let Some((m2, cur2, range_end)) = context::range_after(w, text, m.end, between, next)
    {
        let year1 = is_year(n, &m);
        let year2 = is_year(second, &m2);
        // "rose 35% to 22,000": a percent range writes the sign on its last end.
        let clash = year1 != year2
            || (m.percent && !m2.percent)
            || (currency.is_some() && cur2.is_some() && currency != cur2)
            || (m.any()
                && m2.any()
                && (m.percent != m2.percent || m.measure.is_some() != m2.measure.is_some()));
        if !clash {
            low = Some(n.times(first_end_multiplier(n, &m, second, &m2)));
            high = Some(second.times(m2.multiplier.unwrap_or(1.0)));
            single = None;
            end = range_end;
            kind_markers.percent |= m2.percent;
            kind_markers.measure = m.measure.clone().or(m2.measure.clone());
            kind_markers.duration = m.duration.clone().or(m2.duration.clone());
            currency = currency.or(cur2);
        }
    }
    let kind = kind_of(&kind_markers, currency.is_some());
    let unit = match kind {
        FigureKind::Measure => kind_markers.measure.clone(),
        FigureKind::Duration => kind_markers.duration.clone(),
        FigureKind::Count => match context::unit_after(lex, text, end) {
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
    // "seven people", "at least five", but not "one of them" or "one-time":
    // a number in words is a figure when it counts, measures or is qualified.
    if n.spelled {
        // "a family of five": a number after "of" counts the members.
        let members = cursor::word_before(text, n.start).is_some_and(|r| &text[r] == "of");
        let counted = unit.is_some() || kind != FigureKind::Count || qualifier.is_some() || members;
        let one = value == 1.0 && low.is_none() && qualifier.is_none() && kind == FigureKind::Count;
        if !counted || one {
            return None;
        }
    }
    // "down 7 percent", "fell 4%": a fall is a negative change; "lost 10%
    // of its volume" names a share of something.
    let share = text[end..].starts_with(" of ");
    let sign = if falls && kind == FigureKind::Percent && !share {
        -1.0
    } else {
        1.0
    };
    let (qualifier, bound) = match qualifier {
        Some((_, q, b)) => (Some(q), Some(b)),
        None => (None, None),
    };
    Some(Found {
        value: single.map(|v| v * sign),
        low: low.map(|v| v * sign),
        high: high.map(|v| v * sign),
        qualifier,
        bound,
        unit,
        currency,
        ..Found::new(start, end, kind)
    })
}

/// The multiplier of a range's first end: its own, or the second's when
/// it has none and is written shorter ("$3-5 million", "5-6,000 people").
fn first_end_multiplier(n: &Number, m: &Markers, second: &Number, m2: &Markers) -> f64 {
    if let Some(own) = m.multiplier {
        return own;
    }
    if let Some(mult) = m2.multiplier
        && n.times(1.0) < second.times(1.0)
    {
        return mult;
    }
    // "5-6,000": the first end is written without the thousands.
    if n.plain && !second.plain && second.decimals == 0 && n.mantissa >= 1.0 {
        let mut scale = 1.0;
        while n.mantissa * scale * 10.0 <= second.mantissa {
            scale *= 10.0;
        }
        let thousands = scale >= 1000.0 && (scale as i64) % 1000 == 0;
        if thousands && n.mantissa * scale < second.mantissa {
            return scale;
        }
    }
    1.0
}
