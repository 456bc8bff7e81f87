//! The reading state of one briefing, as kept in memory and in its file.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

/// The version written in every state file; any other is moved aside.
pub const STATE_VERSION: u32 = 1;

/// A place in a briefing, saved by source id (not index) so that a reordered
/// manifest still maps; see [`super::resolve`] to turn it back into a
/// [`crate::model::Position`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub struct SavedPosition {
    /// The source's id.
    pub source: String,
    pub section: usize,
    /// Block index within the section; `None` means the section heading.
    pub block: Option<usize>,
    /// Byte offset within that block's text (or the heading).
    pub offset: usize,
}

/// A bookmark: a saved position with a note and what the text said there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    /// Unique within the state file.
    pub id: String,
    #[serde(flatten)]
    pub at: SavedPosition,
    /// One line, possibly empty.
    #[serde(default)]
    pub note: String,
    /// When it was set, in seconds since the Unix epoch.
    #[serde(default)]
    pub created: u64,
    /// The start of the text at the bookmark when it was set, one line.
    #[serde(default)]
    pub excerpt: String,
}

/// Everything remembered about one briefing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReadingState {
    /// The briefing this state belongs to, for humans reading the file.
    pub briefing: String,
    /// Where the reader was last.
    pub last: Option<SavedPosition>,
    /// Ordered by creation time, then id.
    pub bookmarks: Vec<Bookmark>,
    /// Ids of the sources marked read.
    pub read: BTreeSet<String>,
}

impl ReadingState {
    pub fn bookmark(&self, id: &str) -> Option<&Bookmark> {
        self.bookmarks.iter().find(|b| b.id == id)
    }

    pub fn is_read(&self, source_id: &str) -> bool {
        self.read.contains(source_id)
    }

    /// Restores the documented order of bookmarks and drops repeated ids
    /// (the first kept), so every writer produces the same file.
    pub(super) fn tidy(&mut self) {
        let mut seen = BTreeSet::new();
        self.bookmarks.retain(|b| seen.insert(b.id.clone()));
        self.bookmarks
            .sort_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)));
    }
}
