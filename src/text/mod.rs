//! Text utilities shared by ingestion, extraction and search: a copy of a text
//! rewritten for matching that keeps a map back to the original's byte offsets.

mod fold;
mod mapped;
mod normalize;
mod ranges;
mod words;

pub use fold::{fold, fold_char};
pub use mapped::MappedText;
pub use normalize::{normalize, normalize_char};
pub use ranges::merge_ranges;
pub use words::last_word_start;
