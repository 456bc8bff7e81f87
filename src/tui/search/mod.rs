//! Live search from the reader (`/`): the bar's query and results, where
//! to return on Esc, and the engine that runs each keystroke's query, inline
//! or on a worker thread so typing never waits for a search.
//!
//! Every query sent gets a new generation number; results come back tagged
//! with it and only the latest generation's results are kept, so a slow,
//! stale search can never overwrite a newer one. While the bar is open the
//! reader previews the selected hit; Esc puts the reader back as it was,
//! Enter hands every hit to the match cursor ([`super::matches`]) for `n`/`N`.

pub mod update;
pub mod view;

use std::sync::Arc;

use super::app::{Focus, Reader};
use super::jobs::{Inbox, Outbox, Worker};
use super::matches::MatchList;
use crate::model::{Briefing, Position, TextRef};
use crate::search::{Hit, Index, Query, Searcher};

/// The search worker's thread name: a panic there falls back to searching
/// inline instead of tearing the terminal down (see `run`'s panic hook).
pub const SEARCH_THREAD: &str = "brief-search";
/// At most this many hits are kept per query (the count says "10000+"
/// beyond it): enough for `n`/`N`, bounded so one keystroke's results stay cheap.
pub const HIT_LIMIT: usize = 10_000;

/// At most this many rows are listed under the bar.
pub const LISTED: usize = 200;

/// Where queries run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SearchMode {
    /// On the UI thread, before the key returns (tests, and before the
    /// event loop starts a worker).
    #[default]
    Inline,
    /// On a worker thread; results arrive as actions ([`App::poll_jobs`]).
    Background,
}

/// The results of one query.
#[derive(Debug, Clone, Default)]
pub struct Results {
    /// The generation of the query they answer.
    pub generation: u64,
    /// Best first, at most [`HIT_LIMIT`].
    pub hits: Vec<Hit>,
    /// Hits per source index, for sources with any, in source order.
    pub per_source: Vec<(usize, usize)>,
    /// Every hit is here (up to [`HIT_LIMIT`]), not only the first page
    /// the worker sends ahead.
    pub complete: bool,
    /// Every match of every hit, as the reader marks them.
    pub highlights: Vec<TextRef>,
}

impl Results {
    fn new(generation: u64, hits: Vec<Hit>, complete: bool) -> Results {
        let mut per_source: Vec<(usize, usize)> = Vec::new();
        let mut sources: Vec<usize> = hits.iter().map(|h| h.at.source).collect();
        sources.sort_unstable();
        for source in sources {
            match per_source.last_mut() {
                Some((s, n)) if *s == source => *n += 1,
                _ => per_source.push((source, 1)),
            }
        }
        Results {
            generation,
            highlights: hits.iter().flat_map(Hit::match_refs).collect(),
            hits,
            per_source,
            complete,
        }
    }

    /// Whether the limit cut the hits short.
    pub fn capped(&self) -> bool {
        self.hits.len() >= HIT_LIMIT
    }

    /// The count as shown: "342", or "200+" while more are on their way,
    /// or "10000+" past the limit.
    pub fn count_label(&self) -> String {
        let plus = if self.capped() || !self.complete {
            "+"
        } else {
            ""
        };
        format!("{}{plus}", self.hits.len())
    }
}

/// The reader as it was when the bar opened, to return to on Esc.
#[derive(Debug, Clone)]
struct BeforeSearch {
    reader: Reader,
    saved: Vec<Position>,
    focus: Focus,
    matches: Option<MatchList>,
}

/// What the search worker sends back.
#[derive(Debug)]
pub enum SearchReply {
    /// The index, built on the worker so start-up does not wait for it.
    Index(Arc<Index>),
    /// Hits for the query of the generation they are sent with.
    Hits { hits: Vec<Hit>, complete: bool },
}

/// Search state: the bar, its results and the engine behind them.
#[derive(Default)]
pub struct Search {
    pub query: String,
    /// Index into the results' hits.
    pub selected: usize,
    /// The generation of the last query sent.
    pub sent: u64,
    /// The latest results accepted (for `sent`, or older while a search
    /// runs, so the list does not flicker).
    pub results: Results,
    /// Searches run inline, and how many of them started from the previous
    /// query's candidates (typing narrowed it).
    pub inline_searches: usize,
    pub narrowed_searches: usize,
    mode: SearchMode,
    index: Option<Arc<Index>>,
    searcher: Searcher,
    /// The query the inline searcher last ran, to count narrowing.
    last_inline: Option<Query>,
    worker: Option<Worker<Query, SearchReply>>,
    before: Option<BeforeSearch>,
}

impl std::fmt::Debug for Search {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Search")
            .field("query", &self.query)
            .field("sent", &self.sent)
            .field("hits", &self.results.hits.len())
            .field("mode", &self.mode)
            .finish()
    }
}

impl Search {
    pub fn mode(&self) -> SearchMode {
        self.mode
    }

    /// Whether the list shows results of an older query than the one typed.
    pub fn pending(&self) -> bool {
        self.results.generation != self.sent
    }

    /// Whether every hit of the query typed is in.
    pub fn complete(&self) -> bool {
        !self.pending() && self.results.complete
    }

    /// Starts a worker thread that builds the index of `briefing` and then
    /// answers queries, newest first. Later searches run there.
    pub fn start_worker(&mut self, briefing: &Briefing) {
        let briefing = briefing.clone();
        let worker = Worker::spawn(SEARCH_THREAD, move |inbox, outbox| {
            serve(&briefing, inbox, &outbox)
        });
        // Without a thread, searching inline still works.
        if let Some(worker) = worker {
            self.worker = Some(worker);
            self.mode = SearchMode::Background;
        }
    }

    /// The index, building it here if no worker has sent one yet.
    fn index(&mut self, briefing: &Briefing) -> Arc<Index> {
        Arc::clone(
            self.index
                .get_or_insert_with(|| Arc::new(Index::build(briefing))),
        )
    }

    /// Runs `query` on this thread with the incremental searcher.
    fn search_inline(&mut self, briefing: &Briefing, query: &Query) -> Vec<Hit> {
        let index = self.index(briefing);
        self.inline_searches += 1;
        if self.last_inline.as_ref().is_some_and(|q| query.narrows(q)) {
            self.narrowed_searches += 1;
        }
        self.last_inline = Some(query.clone());
        self.searcher.search(&index, query, HIT_LIMIT)
    }
}

/// The worker: builds the index, then answers the newest pending query
/// with its own incremental searcher until the UI hangs up. A first page
/// goes out at once so the list shows quickly; every hit (for the count
/// and `n`/`N`) follows unless a newer query has come in meanwhile.
fn serve(briefing: &Briefing, mut inbox: Inbox<Query>, outbox: &Outbox<SearchReply>) {
    let index = Arc::new(Index::build(briefing));
    if !outbox.send(0, SearchReply::Index(Arc::clone(&index))) {
        return;
    }
    let mut searcher = Searcher::new();
    while let Some((generation, query)) = inbox.newest() {
        let page = searcher.search(&index, &query, LISTED);
        let complete = page.len() < LISTED;
        let reply = SearchReply::Hits {
            hits: page,
            complete,
        };
        if !outbox.send(generation, reply) {
            return;
        }
        if complete || inbox.superseded() {
            continue;
        }
        let hits = searcher.search(&index, &query, HIT_LIMIT);
        let reply = SearchReply::Hits {
            hits,
            complete: true,
        };
        if !outbox.send(generation, reply) {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Part;

    #[test]
    fn results_count_per_source_in_source_order() {
        let hit = |source: usize| Hit {
            at: TextRef {
                source,
                section: 0,
                part: Part::Block(0),
                range: 0..1,
            },
            tier: crate::search::Tier::WholeWord,
            score: 1,
            matches: std::iter::once(0..1).collect(),
        };
        let results = Results::new(3, vec![hit(2), hit(0), hit(2), hit(2)], true);
        assert_eq!(results.per_source, vec![(0, 1), (2, 3)]);
        assert_eq!(results.count_label(), "4");
        assert!(!results.capped());
        let first_page = Results::new(3, vec![hit(1)], false);
        assert_eq!(first_page.count_label(), "1+");
    }
}
