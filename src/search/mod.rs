//! Search across every source of a briefing: fuzzy, typo-tolerant, ranked,
//! with highlight ranges. Owns the search form of text ([`fold`]), query
//! parsing ([`Query`]), the [`Index`] of units (headings, captions, list
//! items, paragraphs cut into sentences) and the incremental [`Searcher`]
//! that narrows the previous results while the user types.
//!
//! Ranking: whole-word and contiguous matches before fuzzy ones, fuzzy before
//! typos ([`Tier`]), then SkimMatcherV2 score, then reading order.
//!
//! Use from a front end:
//! ```
//! use brief::search::{Index, Query, Searcher};
//! let briefing = brief::briefing::load(None).expect("the default briefing loads");
//! let index = Index::build(&briefing); // Send + Sync: share it with a worker thread
//! let mut searcher = Searcher::new(); // one per search box
//! for typed in ["p", "py", "pyongang"] {
//!     let hits = searcher.search(&index, &Query::parse(typed), 50);
//!     for hit in &hits {
//!         // hit.at: the unit (sentence, heading…); hit.matches: byte ranges
//!         // into index.snippet(hit) == hit.at.text(&briefing).
//!         assert_eq!(index.snippet(hit), hit.at.text(&briefing));
//!     }
//! }
//! ```
//! To highlight every match in visible text, [`Index::matches_in`] takes a
//! [`crate::model::TextRef`] of a heading or block (or part of one).

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
pub use query::{MAX_QUERY_CHARS, Query, Term, too_long};
pub use searcher::Searcher;
pub use sentences::sentence_ranges;
