//! Incremental search for typing: when the new query only narrows the last
//! one (a longer word, one more word), only the last query's candidates are
//! searched again.

use super::hit::Hit;
use super::index::Index;
use super::query::Query;

/// Holds the last query and the units that passed its prefilter. One
/// `Searcher` per search box; it notices when used with another index.
#[derive(Debug, Default, Clone)]
pub struct Searcher {
    last: Option<(u64, Query)>,
    candidates: Vec<u32>,
}

impl Searcher {
    pub fn new() -> Searcher {
        Searcher::default()
    }

    /// Same results as [`Index::search`], reusing the last query's work
    /// when `query` narrows it.
    pub fn search(&mut self, index: &Index, query: &Query, limit: usize) -> Vec<Hit> {
        let among = match &self.last {
            Some((id, previous)) if *id == index.id && query.narrows(previous) => {
                Some(self.candidates.as_slice())
            }
            _ => None,
        };
        let (hits, passed) = index.run(query, limit, among);
        self.last = Some((index.id, query.clone()));
        self.candidates = passed;
        hits
    }

    /// Forgets the last query (the next search scans every unit).
    pub fn reset(&mut self) {
        self.last = None;
        self.candidates.clear();
    }

    /// How many units the next narrowing search starts from.
    pub fn candidates(&self) -> usize {
        self.candidates.len()
    }
}
