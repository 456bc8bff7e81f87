//! Text utilities shared by ingestion, extraction, search and comparison: a
//! copy of a text rewritten for matching that keeps a map back to the
//! original's byte offsets, and the one sentence splitter.

mod fold;
mod mapped;
mod months;
mod normalize;
mod ranges;
mod sentences;
mod words;

pub use fold::{fold, fold_char};
pub use mapped::MappedText;
pub use months::{MONTHS, month_number};
pub use normalize::{normalize, normalize_char};
pub use ranges::merge_ranges;
pub use sentences::{sentence_spans, sentences};
pub use words::{last_word_start, one_line};
