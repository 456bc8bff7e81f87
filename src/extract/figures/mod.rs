//! Figures: every number that measures something, with its kind, value or
//! range, qualifier ("more than"), counted unit ("shipping containers"),
//! currency, and whether it is vague ("thousands of troops").

mod classify;
mod context;
mod cursor;
mod fractions;
mod number;
mod phrases;
mod scan;
mod vague;

use super::types::Figure;
use super::walk;
use crate::model::{Briefing, Part, TextRef};
use crate::text::normalize;

/// Every figure of the briefing, in reading order. "Of them" takes the unit
/// of the figure before it in the same source.
pub fn figures(briefing: &Briefing) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut last_unit: Option<(usize, String)> = None;
    for piece in walk::pieces(briefing, None) {
        let mut unit = last_unit
            .as_ref()
            .filter(|(s, _)| *s == piece.source)
            .map(|(_, u)| u.clone());
        let at = TextRef {
            source: piece.source,
            section: piece.section,
            part: piece.part,
            range: 0..0,
        };
        for figure in scan_text(piece.text, &at, &mut unit) {
            if !piece.skips(&figure.at.range) {
                out.push(figure);
            }
        }
        last_unit = unit.map(|u| (piece.source, u));
    }
    out
}

/// The figures of one text. Their `at` ranges are byte ranges of `text`
/// (with source 0, section 0, block 0).
pub fn figures_in(text: &str) -> Vec<Figure> {
    let at = TextRef {
        source: 0,
        section: 0,
        part: Part::Block(0),
        range: 0..0,
    };
    scan_text(text, &at, &mut None)
}

fn scan_text(text: &str, at: &TextRef, last_unit: &mut Option<String>) -> Vec<Figure> {
    let normalized = normalize(text);
    scan::scan(&normalized.text, last_unit)
        .into_iter()
        .map(|f| {
            let range = normalized.to_original(f.start..f.end);
            let sentence = trimmed(text, normalized.to_original(f.sentence.clone()));
            Figure {
                at: TextRef {
                    range: range.clone(),
                    ..at.clone()
                },
                text: text.get(range).unwrap_or_default().to_string(),
                kind: f.kind,
                value: f.value,
                low: f.low,
                high: f.high,
                qualifier: f.qualifier,
                bound: f.bound,
                unit: f.unit,
                currency: f.currency,
                vague: f.vague,
                sentence: text.get(sentence.clone()).unwrap_or_default().to_string(),
                sentence_range: sentence,
            }
        })
        .collect()
}

/// The range without the white space at its ends.
fn trimmed(text: &str, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let Some(inner) = text.get(range.clone()) else {
        return range.start..range.start;
    };
    let start = range.start + (inner.len() - inner.trim_start().len());
    let end = range.end - (inner.len() - inner.trim_end().len());
    start..end.max(start)
}
