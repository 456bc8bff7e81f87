//! The reader's side of the saved reading state: resuming where the reader
//! left off and read marks (bookmarks are [`super::bookmarks`]). A source counts as read
//! once its last line has been on screen (reaching the end, not merely
//! staying there); `toggle_read` flips the mark by hand either way.
//! Store errors never stop reading: they become status-bar messages.

use super::app::App;
use crate::model::Position;
use crate::state::StateStore;

impl App {
    /// Uses `store` for reading state (replacing the in-memory one) and
    /// reopens where the reader left off; `warnings` from opening it go to
    /// the status bar.
    pub fn attach_store(&mut self, store: StateStore, warnings: Vec<String>) {
        self.store = store;
        if let Some(last) = self.store.last_position(&self.briefing) {
            self.jump_to(last);
        }
        if !warnings.is_empty() {
            self.message = Some(warnings.join("; "));
        }
    }

    /// Records the current position and writes the state; on error the
    /// message says why.
    pub fn save_state(&mut self) -> Result<(), String> {
        let here = self.reading_position();
        self.store.set_last(&self.briefing, here);
        self.store.save().map_err(|e| e.to_string())
    }

    /// The paragraph at the top of the reader: the block there from its
    /// start, or the first block of a section whose heading is at the top.
    pub fn current_paragraph(&self) -> Position {
        let here = self.reading_position();
        let has_blocks = self
            .briefing
            .sources
            .get(here.source)
            .and_then(|s| s.sections.get(here.section))
            .is_some_and(|s| !s.blocks.is_empty());
        Position {
            block: here.block.or(has_blocks.then_some(0)),
            offset: 0,
            ..here
        }
    }

    /// Whether source `index` is marked read.
    pub fn is_read(&self, index: usize) -> bool {
        self.briefing
            .sources
            .get(index)
            .is_some_and(|s| self.store.state().is_read(&s.id))
    }

    /// Flips the read mark of the current source.
    pub fn toggle_read(&mut self) {
        let read = !self.is_read(self.reader.source);
        self.set_read(self.reader.source, read);
        self.message = Some(if read { "marked read" } else { "marked unread" }.into());
    }

    /// After each action: reaching the end of a source marks it read.
    pub fn note_progress(&mut self) {
        let at_end =
            !self.reader.raw && self.panes().is_some() && self.reader.scroll >= self.max_scroll();
        let source = self.reader.source;
        if at_end && self.end_seen != Some(source) && !self.is_read(source) {
            self.set_read(source, true);
            if self.message.is_none() {
                self.message = Some("end of source: marked read".into());
            }
        }
        self.end_seen = at_end.then_some(source);
    }

    fn set_read(&mut self, index: usize, read: bool) {
        let Some(id) = self.briefing.sources.get(index).map(|s| s.id.clone()) else {
            return;
        };
        if read {
            self.store.mark_read(&id);
        } else {
            self.store.mark_unread(&id);
        }
        if let Err(e) = self.store.save() {
            self.message = Some(e.to_string());
        }
        self.take_store_warnings();
    }

    pub(super) fn take_store_warnings(&mut self) {
        let warnings = self.store.take_warnings();
        if !warnings.is_empty() {
            self.message = Some(warnings.join("; "));
        }
    }
}
