//! "thousands of troops", "tens of thousands of people": orders of
//! magnitude, not counts.

use super::context::{Unit, unit_after};
use super::cursor::{next_word, word_after};
use super::scan::Found;
use crate::extract::lexicon::Lexicon;
use crate::extract::types::FigureKind;

pub fn vague_figures(lex: &Lexicon, text: &str) -> Vec<Found> {
    let w = &lex.figures;
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
        let (unit, end) = match unit_after(lex, text, of.end) {
            Unit::Named(u, e) => (u, e),
            _ => continue,
        };
        let (kind, currency, unit) = match w.currency_words.get(&unit.to_lowercase()) {
            Some(code) => (FigureKind::Money, Some(code.clone()), None),
            None => (FigureKind::Count, None, Some(unit)),
        };
        out.push(Found {
            value: Some(value),
            unit,
            currency,
            vague: true,
            ..Found::new(start, end, kind)
        });
    }
    out
}
