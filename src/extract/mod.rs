//! Extraction: the entities (people, organisations, places) and the figures
//! (numbers that measure something) of a briefing, each pointing into the
//! text with a [`crate::model::TextRef`].
//!
//! Rules are written from kinds of text (titles, verbs of saying, head
//! words, units, qualifiers); world knowledge (the gazetteer) and the word
//! lists live in `assets/`.

mod amount;
mod entities;
mod figures;
mod key;
mod lexicon;
mod types;
mod walk;

pub use entities::entities;
pub use figures::{figures, figures_in};
pub use key::name_key;
pub use types::{Bound, Entity, EntityKind, Figure, FigureKind, Mention};
