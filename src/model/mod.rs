//! The briefing model: Briefing → Source → Section → Block, and the addresses
//! that point into it. Plain data with no I/O and no terminal code; everything
//! else (ingestion, extraction, search, comparison, the TUI) reads these types.

mod address;
mod briefing;
mod source;

pub use address::{Part, Position, TextRef};
pub use briefing::{Briefing, TopicDef, Warning};
pub use source::{Block, BlockKind, Format, Mark, MarkKind, Section, Source, SourceMeta};
