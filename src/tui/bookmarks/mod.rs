//! Bookmarks (`m` adds one with a note, `'` lists them): the App's side of
//! the saved bookmarks. [`update`] is what keys do in the list and the note
//! prompt, [`view`] draws the list and `note_view` the prompt.

mod note_view;
pub mod update;
pub mod view;

pub use note_view::draw as draw_note;

use crate::model::Position;
use crate::state::{Bookmark, resolve};
use crate::tui::app::{App, Overlay};

impl App {
    /// `m`: asks for a note for a bookmark at the current paragraph.
    pub fn start_bookmark(&mut self) {
        if self.briefing.sources.is_empty() {
            self.message = Some("nothing to bookmark".into());
            return;
        }
        let at = self.current_paragraph();
        self.overlays.push(Overlay::Note {
            at,
            text: String::new(),
        });
    }

    /// Saves a bookmark at `at` with `note`, and says so.
    pub fn add_bookmark(&mut self, at: Position, note: &str) {
        let result = self.store.add_bookmark(&self.briefing, at, note);
        self.message = Some(match result {
            Ok(_) => "bookmarked".into(),
            Err(e) => format!("bookmark kept for this session only: {e}"),
        });
        self.take_store_warnings();
    }

    /// The bookmarks in reading order, each with where it points now
    /// (`None` when its source is gone from the briefing).
    pub fn bookmark_rows(&self) -> Vec<(Option<Position>, Bookmark)> {
        resolve::in_reading_order(&self.briefing, &self.store.state().bookmarks)
            .into_iter()
            .map(|(at, b)| (at, b.clone()))
            .collect()
    }

    /// `'`: shows the bookmarks, re-read from disk so other instances'
    /// bookmarks appear, with the one nearest above the reader selected.
    pub fn show_bookmarks(&mut self) {
        if let Err(e) = self.store.reload() {
            self.message = Some(e.to_string());
        }
        let here = self.reading_position();
        let selected = self
            .bookmark_rows()
            .iter()
            .rposition(|(at, _)| at.is_some_and(|at| at <= here))
            .unwrap_or(0);
        self.overlays.push(Overlay::Bookmarks { selected });
    }

    /// Deletes the bookmark at `index` of [`App::bookmark_rows`].
    pub fn delete_bookmark(&mut self, index: usize) {
        let Some((_, bookmark)) = self.bookmark_rows().into_iter().nth(index) else {
            return;
        };
        self.message = Some(match self.store.remove_bookmark(&bookmark.id) {
            Ok(_) => "bookmark deleted".into(),
            Err(e) => e.to_string(),
        });
        self.take_store_warnings();
    }
}
