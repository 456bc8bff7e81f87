//! Extraction: the entities (people, organisations, places) and the figures
//! (numbers that measure something) of a briefing, each pointing into the text.

mod types;

pub use types::{Entity, EntityKind, Figure, FigureKind, Mention};
