//! Live search from the reader (`/`): the bar's query and results, where
//! to return on Esc, and the engine that runs each keystroke's query, inline
//! or on a worker thread so typing never waits for a search.
//!
//! Every query sent gets a new generation number; results come back tagged
//! with it and only the latest generation's results are kept, so a slow,
//! stale search can never overwrite a newer one. While the bar is open the
//! reader previews the selected hit; Esc puts the reader back as it was,
//! Enter hands every hit to the match cursor ([`super::matches`]) for `n`/`N`.

use std::ops::Range;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::thread;

use super::action::Edit;
use super::app::{App, Focus, Overlay, Reader};
use super::matches::MatchList;
use super::prompt::{apply_text_edit, move_selection};
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
    /// On a worker thread; results arrive through [`App::poll_search`].
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
struct Origin {
    reader: Reader,
    saved: Vec<Position>,
    focus: Focus,
    matches: Option<MatchList>,
}

/// A query for the worker.
struct Request {
    generation: u64,
    query: Query,
}

/// What the worker sends back.
enum Reply {
    /// The index, built on the worker so start-up does not wait for it.
    Index(Arc<Index>),
    Hits {
        generation: u64,
        hits: Vec<Hit>,
        complete: bool,
    },
}

/// The worker thread's ends of the channels.
struct Worker {
    requests: Sender<Request>,
    replies: Receiver<Reply>,
}

/// Search state: the bar, its results and the engine behind them.
#[derive(Default)]
pub struct Search {
    /// The bar is open (the top overlay is [`Overlay::Search`]).
    pub open: bool,
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
    worker: Option<Worker>,
    origin: Option<Origin>,
}

impl std::fmt::Debug for Search {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Search")
            .field("open", &self.open)
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
        let (requests, inbox) = mpsc::channel::<Request>();
        let (outbox, replies) = mpsc::channel::<Reply>();
        let briefing = briefing.clone();
        let spawned = thread::Builder::new()
            .name(SEARCH_THREAD.into())
            .spawn(move || serve(&briefing, &inbox, &outbox));
        // Without a thread, searching inline still works.
        if spawned.is_ok() {
            self.worker = Some(Worker { requests, replies });
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
fn serve(briefing: &Briefing, inbox: &Receiver<Request>, outbox: &Sender<Reply>) {
    let index = Arc::new(Index::build(briefing));
    if outbox.send(Reply::Index(Arc::clone(&index))).is_err() {
        return;
    }
    let mut searcher = Searcher::new();
    let mut next: Option<Request> = None;
    loop {
        let mut request = match next.take() {
            Some(request) => request,
            None => match inbox.recv() {
                Ok(request) => request,
                Err(_) => return,
            },
        };
        // Queries typed while the last one ran: only the newest matters.
        if newest(inbox, &mut request).is_none() {
            return;
        }
        let generation = request.generation;
        let page = searcher.search(&index, &request.query, LISTED);
        let complete = page.len() < LISTED;
        let reply = Reply::Hits {
            generation,
            hits: page,
            complete,
        };
        if outbox.send(reply).is_err() {
            return;
        }
        if complete {
            continue;
        }
        match inbox.try_recv() {
            Ok(newer) => {
                next = Some(newer);
                continue;
            }
            Err(TryRecvError::Empty) => {}
            Err(TryRecvError::Disconnected) => return,
        }
        let hits = searcher.search(&index, &request.query, HIT_LIMIT);
        let reply = Reply::Hits {
            generation,
            hits,
            complete: true,
        };
        if outbox.send(reply).is_err() {
            return;
        }
    }
}

/// Replaces `request` with the newest one waiting; `None` once the UI is gone.
fn newest(inbox: &Receiver<Request>, request: &mut Request) -> Option<()> {
    loop {
        match inbox.try_recv() {
            Ok(newer) => *request = newer,
            Err(TryRecvError::Empty) => return Some(()),
            Err(TryRecvError::Disconnected) => return None,
        }
    }
}

impl App {
    /// `/`: opens the search bar, remembering where the reader is.
    pub fn open_search(&mut self) {
        // The overlay is the truth: whatever cleared it closed the bar.
        if self.overlays.contains(&Overlay::Search) {
            return;
        }
        self.search.origin = Some(Origin {
            reader: self.reader.clone(),
            saved: self.saved_positions().to_vec(),
            focus: self.focus,
            matches: self.matches.clone(),
        });
        self.search.open = true;
        self.overlays.push(Overlay::Search);
        // A new search starts empty, as in less; anything still on its way
        // from the last one is stale.
        self.search.query.clear();
        self.search.selected = 0;
        self.search.sent += 1;
        self.search.results = Results {
            generation: self.search.sent,
            complete: true,
            ..Results::default()
        };
    }

    /// A key typed into the open bar: the query changes (and is searched
    /// again), the selection moves, or the bar closes.
    pub fn search_edit(&mut self, edit: Edit) {
        if !self.search.open {
            return;
        }
        match edit {
            Edit::Char(_) | Edit::Backspace | Edit::DeleteWord | Edit::ClearLine => {
                if apply_text_edit(&mut self.search.query, edit) {
                    self.send_query();
                }
            }
            Edit::Up | Edit::Down | Edit::PageUp | Edit::PageDown => {
                let page = (self.page_height() / 2).max(1);
                let count = self.search.results.hits.len().min(LISTED);
                self.search.selected = move_selection(self.search.selected, edit, page, count);
                self.preview_selected();
            }
            // Hits are the only rows: there is no typed text to take instead.
            Edit::Submit | Edit::SubmitTyped => self.submit_search(),
            Edit::Cancel => self.cancel_search(),
        }
    }

    /// Sends the typed query under a new generation: inline, the results
    /// are in before this returns; in the background they arrive later.
    fn send_query(&mut self) {
        self.search.sent += 1;
        let generation = self.search.sent;
        let query = Query::parse(&self.search.query);
        if query.is_empty() {
            // Nothing to search: no need to bother the worker.
            self.receive_search(generation, Vec::new(), true);
            return;
        }
        if let Some(worker) = &self.search.worker {
            let request = Request {
                generation,
                query: query.clone(),
            };
            if worker.requests.send(request).is_ok() {
                return;
            }
            // The worker is gone: search here from now on.
            self.search.worker = None;
            self.search.mode = SearchMode::Inline;
        }
        let hits = self.search.search_inline(&self.briefing, &query);
        self.receive_search(generation, hits, true);
    }

    /// Takes whatever the worker has sent. Returns whether anything changed
    /// on screen.
    pub fn poll_search(&mut self) -> bool {
        let mut changed = false;
        loop {
            let Some(worker) = &self.search.worker else {
                return changed;
            };
            match worker.replies.try_recv() {
                Ok(Reply::Index(index)) => self.search.index = Some(index),
                Ok(Reply::Hits {
                    generation,
                    hits,
                    complete,
                }) => {
                    changed |= self.receive_search(generation, hits, complete);
                }
                Err(TryRecvError::Empty) => return changed,
                Err(TryRecvError::Disconnected) => {
                    self.search.worker = None;
                    self.search.mode = SearchMode::Inline;
                    // Answer the query the worker never did.
                    if self.search.open && !self.search.complete() {
                        self.send_query();
                    }
                    return true;
                }
            }
        }
    }

    /// Results for query `generation` (`complete`: every hit, not only a
    /// first page): kept only if that is the query last sent (anything
    /// older is stale and dropped). Returns whether kept. All the hits
    /// after a first page keep the selection where the user moved it.
    pub fn receive_search(&mut self, generation: u64, hits: Vec<Hit>, complete: bool) -> bool {
        if generation != self.search.sent || !self.search.open {
            return false;
        }
        let same_query = self.search.results.generation == generation;
        let was = self.selected_ref();
        self.search.results = Results::new(generation, hits, complete);
        if same_query {
            let last = self.search.results.hits.len().min(LISTED).saturating_sub(1);
            self.search.selected = self.search.selected.min(last);
        } else {
            self.search.selected = 0;
        }
        if !same_query || self.selected_ref() != was {
            self.preview_selected();
        } else {
            // Same place; the highlights now cover every hit.
            self.reader.highlights = match_refs(&self.search.results.hits);
        }
        true
    }

    fn selected_ref(&self) -> Option<TextRef> {
        let hit = self.search.results.hits.get(self.search.selected)?;
        Some(hit.at.clone())
    }

    /// Whether the event loop should wake up soon for a result.
    pub fn search_waiting(&self) -> bool {
        // Only for an open bar: after Esc or Enter nothing on screen waits.
        self.search.worker.is_some() && self.search.open && !self.search.complete()
    }

    /// Shows the selected hit in the reader with every match highlighted,
    /// or the reader as it was when nothing matches.
    fn preview_selected(&mut self) {
        let target = self
            .search
            .results
            .hits
            .get(self.search.selected)
            .map(|h| h.at.clone());
        match target {
            Some(at) => {
                self.jump_to_ref(&at);
                self.reader.highlights = match_refs(&self.search.results.hits);
            }
            None => self.restore_origin(false),
        }
    }

    /// Puts the reader back as it was when the bar opened; `forget` drops
    /// the origin, else it stays for a later restore.
    fn restore_origin(&mut self, forget: bool) {
        let origin = if forget {
            self.search.origin.take()
        } else {
            self.search.origin.clone()
        };
        if let Some(origin) = origin {
            self.reader = origin.reader;
            self.restore_saved_positions(origin.saved);
            self.focus = origin.focus;
            self.matches = origin.matches;
            self.relayout();
        }
    }

    fn close_bar(&mut self) {
        self.search.open = false;
        self.overlays.retain(|o| *o != Overlay::Search);
    }

    /// Esc in the bar: back to where the reader was, nothing changed.
    fn cancel_search(&mut self) {
        self.close_bar();
        self.restore_origin(true);
        // The results of a later answer must not move the reader now.
        self.search.sent += 1;
    }

    /// Enter: the reader opens the selected hit, every hit becomes the
    /// match list for `n`/`N`, and every match stays highlighted.
    fn submit_search(&mut self) {
        // Results still on their way: search here, so Enter opens what was
        // typed and `n`/`N` reach every hit.
        if !self.search.complete() {
            let query = Query::parse(&self.search.query);
            let generation = self.search.sent;
            let hits = if query.is_empty() {
                Vec::new()
            } else {
                self.search.search_inline(&self.briefing, &query)
            };
            self.receive_search(generation, hits, true);
        }
        let hits = std::mem::take(&mut self.search.results.hits);
        let selected = hits.get(self.search.selected).map(|h| h.at.clone());
        self.search.results.hits = hits;
        self.close_bar();
        // Start from the reader as it was, so the places remembered per
        // source are the user's, not the preview's.
        self.restore_origin(true);
        let query = self.search.query.trim().to_string();
        let Some(selected) = selected else {
            self.message = Some(if query.is_empty() {
                "no search".into()
            } else {
                format!("no matches for {query}")
            });
            return;
        };
        let hits = &self.search.results.hits;
        let mut list = MatchList::new(
            format!("/{query}"),
            "match",
            hits.iter().map(|h| h.at.clone()).collect(),
        );
        list.current = list.refs.iter().position(|r| *r == selected).or(Some(0));
        let highlights = match_refs(hits);
        self.focus = Focus::Reader;
        self.set_matches(list);
        self.reader.highlights = highlights;
    }
}

/// Every match of every hit as a text reference into its heading or block:
/// what the reader highlights.
fn match_refs(hits: &[Hit]) -> Vec<TextRef> {
    hits.iter()
        .flat_map(|hit| {
            hit.block_matches().into_iter().map(|range| TextRef {
                source: hit.at.source,
                section: hit.at.section,
                part: hit.at.part,
                range,
            })
        })
        .collect()
}

/// Where in `text` a row of `width` columns starts so the first match is
/// visible: at the start if the match fits in its first two thirds, else
/// at a word a little before the match (more when the rest is short, so
/// the row stays full).
pub fn snippet_window(text: &str, first_match: Option<&Range<usize>>, width: usize) -> usize {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    let Some(first) = first_match else { return 0 };
    let (Some(before), Some(after)) = (text.get(..first.start), text.get(first.start..)) else {
        return 0;
    };
    if before.width() <= width * 2 / 3 {
        return 0;
    }
    // One column goes to the leading ellipsis.
    let context = (width / 4).max(width.saturating_sub(after.width() + 1));
    let mut used = 0;
    let mut start = first.start;
    for (i, c) in before.char_indices().rev() {
        used += c.width().unwrap_or(0);
        if used > context {
            break;
        }
        start = i;
    }
    // Begin at a word, not inside one, when there is one before the match.
    let cut_word = before[..start]
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace());
    if cut_word && let Some(space) = before[start..].find(char::is_whitespace) {
        start += space + 1;
    }
    start
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

    #[test]
    fn the_window_keeps_the_first_match_on_the_row() {
        let text = "a ".repeat(100) + "target" + &" and more".repeat(20);
        let start = snippet_window(&text, Some(&(200..206)), 40);
        assert!(start > 0 && start < 200);
        assert!(200 - start <= 10, "a little context before the match");
        assert_eq!(text.as_bytes()[start - 1], b' ', "starts at a word");
        // A short rest leaves room for more context before the match.
        let long_before = "word ".repeat(40) + "end";
        let start = snippet_window(&long_before, Some(&(200..203)), 40);
        assert!(200 - start > 30, "{start}");
        assert_eq!(snippet_window("short target", Some(&(6..12)), 40), 0);
        assert_eq!(snippet_window("no match", None, 40), 0);
    }
}
