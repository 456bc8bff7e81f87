//! Entities: people, organisations and places named in a briefing, found by
//! capitalised-phrase chunking with cue words and a gazetteer, then merged
//! into one entity per real thing across all sources.

mod chunk;
mod merge;
mod tokens;

use std::collections::HashSet;

use super::key::name_key;
use super::lexicon::Lexicon;
use super::types::Entity;
use super::walk::{self, Piece};
use crate::model::{Briefing, TextRef};
use crate::text::{MappedText, normalize};
use chunk::PieceContext;
use merge::Located;

/// Every entity of the briefing, most mentioned first.
pub fn entities(briefing: &Briefing) -> Vec<Entity> {
    let lexicon = Lexicon::get();
    // Copyright lines are page chrome, whatever names they hold.
    // Titles first: a name in a headline is named in the article too, and
    // its mention there can be jumped to.
    let titles = walk::titles(briefing);
    let pieces: Vec<Piece<'_>> = titles
        .iter()
        .map(|(s, t)| walk::title_piece(*s, t))
        .chain(walk::pieces(briefing, None))
        .filter(|p| !is_copyright_line(p.text))
        .collect();
    let prepared: Vec<(MappedText, bool)> = pieces
        .iter()
        .map(|p| {
            (
                normalize(p.text),
                p.heading_like && walk::is_title_case(p.text),
            )
        })
        .collect();
    let mut tokenized: Vec<Vec<tokens::Token<'_>>> = prepared
        .iter()
        .map(|(n, _)| tokens::tokenize(&n.text))
        .collect();
    // After "The", "However" at a sentence start, the next word is still
    // not evidence of a name ("The Military-Security Alignment").
    for toks in &mut tokenized {
        for i in 1..toks.len() {
            if toks[i - 1].sentence_start && lexicon.never_alone.contains(&toks[i - 1].lower()) {
                toks[i].sentence_start = true;
            }
        }
    }
    let mut mid_sentence_caps = HashSet::new();
    let mut name_starts = HashSet::new();
    for (toks, (_, title_case)) in tokenized.iter().zip(&prepared) {
        if *title_case {
            continue;
        }
        for (i, t) in toks.iter().enumerate() {
            if t.is_capitalised() && !t.sentence_start {
                mid_sentence_caps.insert(name_key(t.core));
                if i == 0 || !toks[i - 1].is_capitalised() || toks[i - 1].closes {
                    name_starts.insert(name_key(t.core));
                }
            }
        }
    }
    let mut located = Vec::new();
    for ((piece, (normalized, title_case)), toks) in pieces.iter().zip(&prepared).zip(&tokenized) {
        let cx = PieceContext {
            lexicon,
            tokens: toks,
            mid_sentence_caps: &mid_sentence_caps,
            name_starts: &name_starts,
            title_case_heading: *title_case,
            text: &normalized.text,
        };
        let base = located.len();
        for mut candidate in chunk::candidates(&cx, &normalized.text) {
            // Within-piece indices become indices into `located`.
            candidate.abbreviates = candidate.abbreviates.map(|i| base + i);
            let l = locate(piece, normalized, candidate);
            if piece.skips(&l.at.range) {
                // Keep indices stable for `abbreviates`: an inert placeholder.
                located.push(Located { dropped: true, ..l });
            } else {
                located.push(l);
            }
        }
    }
    let lower_words: HashSet<&str> = tokenized
        .iter()
        .flatten()
        .filter(|t| t.core.starts_with(|c: char| c.is_lowercase()))
        .map(|t| t.core)
        .collect();
    merge::merge(lexicon, located, &lower_words)
}

fn locate(piece: &Piece<'_>, normalized: &MappedText, candidate: chunk::Candidate) -> Located {
    let range = normalized.to_original(candidate.start..candidate.end);
    let text = piece
        .text
        .get(range.clone())
        .unwrap_or_default()
        .to_string();
    Located {
        candidate,
        at: TextRef {
            source: piece.source,
            section: piece.section,
            part: piece.part,
            range,
        },
        text,
        dropped: false,
    }
}

fn is_copyright_line(text: &str) -> bool {
    let t = text.trim_start();
    t.starts_with('©')
        || t.get(..9)
            .is_some_and(|w| w.eq_ignore_ascii_case("copyright"))
        || t.starts_with("(c) ")
}
