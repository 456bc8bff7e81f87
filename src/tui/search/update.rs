//! What the search bar does (its `update`): opening it where the reader
//! is, each keystroke's query (inline or sent to the worker), results as
//! they arrive (latest generation only), previewing the selected hit, and
//! Esc (back as it was) or Enter (every hit to the match cursor).

use std::sync::Arc;

use super::{BeforeSearch, LISTED, Results, SearchMode, SearchReply};
use crate::model::TextRef;
use crate::search::{Hit, Index, Query};
use crate::tui::action::{Action, Edit};
use crate::tui::app::{App, Focus, Overlay};
use crate::tui::jobs::{Polled, Shared};
use crate::tui::matches::MatchList;
use crate::tui::prompt::{ListEdit, list_edit};

impl App {
    /// `/`: opens the search bar, remembering where the reader is.
    pub fn open_search(&mut self) {
        // The overlay is the truth: whatever cleared it closed the bar.
        if self.overlays.contains(&Overlay::Search) {
            return;
        }
        self.search.before = Some(BeforeSearch {
            reader: self.reader.clone(),
            saved: self.saved_positions().to_vec(),
            focus: self.focus,
            matches: self.matches.clone(),
        });
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
            if worker.send(generation, query.clone()) {
                return;
            }
            // The worker is gone: search here from now on.
            self.search.worker = None;
            self.search.mode = SearchMode::Inline;
        }
        let hits = self.search.search_inline(&self.briefing, &query);
        self.receive_search(generation, hits, true);
    }

    /// What the search worker has sent since the last look, as actions.
    pub(in crate::tui) fn poll_search(&mut self) -> Vec<Action> {
        let Some(worker) = &self.search.worker else {
            return Vec::new();
        };
        let (replies, gone) = match worker.poll() {
            Polled::Replies(r) => (r, false),
            Polled::Gone(r) => (r, true),
        };
        let mut actions: Vec<Action> = replies
            .into_iter()
            .map(|(generation, reply)| match reply {
                SearchReply::Index(index) => Action::SearchIndexed(Shared(index)),
                SearchReply::Hits { hits, complete } => Action::Searched {
                    generation,
                    hits,
                    complete,
                },
            })
            .collect();
        if gone {
            actions.push(Action::SearchWorkerGone);
        }
        actions
    }

    /// The search worker stopped (it panicked): search here from now on,
    /// answering the query it never did.
    pub(in crate::tui) fn search_worker_gone(&mut self) {
        self.search.worker = None;
        self.search.mode = SearchMode::Inline;
        if self.search_open() && !self.search.complete() {
            self.send_query();
        }
    }

    /// The worker's index arrived: inline searches use it too.
    pub(in crate::tui) fn search_indexed(&mut self, index: Arc<Index>) {
        self.search.index = Some(index);
    }

    /// Results for query `generation` (`complete`: every hit, not only a
    /// first page): kept only if that is the query last sent (anything
    /// older is stale and dropped). Returns whether kept. All the hits
    /// after a first page keep the selection where the user moved it.
    pub fn receive_search(&mut self, generation: u64, hits: Vec<Hit>, complete: bool) -> bool {
        if generation != self.search.sent || !self.search_open() {
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
        // Same place, nothing to move: the highlights follow the results.
        if !same_query || self.selected_ref() != was {
            self.preview_selected();
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
        self.search.worker.is_some() && self.search_open() && !self.search.complete()
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
            Some(at) => self.jump_to_ref(&at),
            None => self.restore_before(false),
        }
    }

    /// Puts the reader back as it was when the bar opened; `forget` drops
    /// what was saved, else it stays for a later restore.
    fn restore_before(&mut self, forget: bool) {
        let before = if forget {
            self.search.before.take()
        } else {
            self.search.before.clone()
        };
        if let Some(before) = before {
            self.reader = before.reader;
            self.restore_saved_positions(before.saved);
            self.focus = before.focus;
            self.matches = before.matches;
            self.relayout();
        }
    }

    fn close_bar(&mut self) {
        self.overlays.retain(|o| *o != Overlay::Search);
    }

    /// Esc in the bar: back to where the reader was, nothing changed.
    fn cancel_search(&mut self) {
        self.close_bar();
        self.restore_before(true);
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
        self.restore_before(true);
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
        let list = list.with_highlights(self.search.results.highlights.clone());
        self.focus = Focus::Reader;
        self.set_matches(list);
    }
}

/// A key typed into the open bar: the query changes (and is searched
/// again), the selection moves, or the bar closes.
pub fn edit(app: &mut App, edit: Edit) {
    if !app.search_open() {
        return;
    }
    let page = (app.page_height() / 2).max(1);
    let search = &mut app.search;
    let count = || search.results.hits.len().min(LISTED);
    match list_edit(&mut search.query, &mut search.selected, edit, page, count) {
        ListEdit::Typed => app.send_query(),
        ListEdit::Moved => app.preview_selected(),
        // Hits are the only rows: there is no typed text to take instead.
        ListEdit::Submit | ListEdit::SubmitTyped => app.submit_search(),
        ListEdit::Cancel => app.cancel_search(),
        ListEdit::Unchanged => {}
    }
}
