//! Search across every source of a briefing: fuzzy, typo-tolerant, ranked,
//! with highlight ranges. Owns the search form of text ([`fold`]), query
//! parsing ([`Query`]), the [`Index`] of units (headings, captions, list
//! items, paragraphs cut into sentences) and the incremental [`Searcher`]
//! that narrows the previous results while the user types.
//!
//! Ranking: whole-word and contiguous matches before fuzzy ones, fuzzy before
//! typos ([`Tier`]), then SkimMatcherV2 score, then reading order.

mod fold;
mod hit;
mod index;
mod matching;
mod query;
mod searcher;
mod sentences;
mod typo;
mod vocabulary;

pub use fold::{search_fold, search_fold_text, search_fold_text_cased};
pub use hit::Hit;
pub use index::Index;
pub use matching::Tier;
pub use query::{Query, Term};
pub use searcher::Searcher;
pub use sentences::sentence_ranges;
