//! This instance's changes not yet written. Saving applies them onto
//! whatever the file holds *now* (re-read under the lock), which is how two
//! instances merge: each writes only what it changed, so neither undoes the
//! other's bookmarks, deletions or read marks.

use std::collections::{BTreeMap, BTreeSet};

use super::reading_state::{Bookmark, ReadingState, SavedPosition};

#[derive(Debug, Clone, Default)]
pub struct Pending {
    added: Vec<Bookmark>,
    removed: BTreeSet<String>,
    last: Option<SavedPosition>,
    /// Source id → read (true) or unread (false), the latest change wins.
    read: BTreeMap<String, bool>,
}

impl Pending {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.last.is_none()
            && self.read.is_empty()
    }

    pub fn add(&mut self, bookmark: Bookmark) {
        self.removed.remove(&bookmark.id);
        self.added.push(bookmark);
    }

    pub fn remove(&mut self, id: &str) {
        self.added.retain(|b| b.id != id);
        self.removed.insert(id.to_string());
    }

    pub fn set_last(&mut self, at: SavedPosition) {
        self.last = Some(at);
    }

    pub fn set_read(&mut self, source: &str, read: bool) {
        self.read.insert(source.to_string(), read);
    }

    /// `base` with these changes made to it. Added bookmarks keep their ids
    /// (already on `base` when an earlier write got through).
    pub fn apply_to(&self, mut base: ReadingState) -> ReadingState {
        for bookmark in &self.added {
            if base.bookmark(&bookmark.id).is_none() {
                base.bookmarks.push(bookmark.clone());
            }
        }
        base.bookmarks.retain(|b| !self.removed.contains(&b.id));
        if let Some(last) = &self.last {
            base.last = Some(last.clone());
        }
        for (source, &read) in &self.read {
            if read {
                base.read.insert(source.clone());
            } else {
                base.read.remove(source);
            }
        }
        base.tidy();
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bookmark(id: &str, created: u64) -> Bookmark {
        Bookmark {
            id: id.into(),
            at: SavedPosition::default(),
            note: String::new(),
            created,
            excerpt: String::new(),
        }
    }

    #[test]
    fn changes_from_two_instances_both_survive() {
        // Both opened a file holding `old`; each changed it differently.
        let start = ReadingState {
            bookmarks: vec![bookmark("old", 1), bookmark("shared", 2)],
            read: ["a".to_string()].into_iter().collect(),
            ..ReadingState::default()
        };
        let mut first = Pending::default();
        first.add(bookmark("mine", 3));
        first.remove("old");
        first.set_read("b", true);
        let mut second = Pending::default();
        second.add(bookmark("yours", 4));
        second.set_read("a", false);
        second.set_last(SavedPosition {
            source: "b".into(),
            ..SavedPosition::default()
        });

        let after_first = first.apply_to(start);
        let after_both = second.apply_to(after_first);
        let ids: Vec<&str> = after_both.bookmarks.iter().map(|b| b.id.as_str()).collect();
        assert_eq!(ids, ["shared", "mine", "yours"]);
        assert_eq!(after_both.read.iter().collect::<Vec<_>>(), ["b"]);
        assert_eq!(after_both.last.map(|l| l.source), Some("b".to_string()));
    }

    #[test]
    fn applying_twice_changes_nothing_more() {
        let mut pending = Pending::default();
        pending.add(bookmark("x", 1));
        let once = pending.apply_to(ReadingState::default());
        assert_eq!(pending.apply_to(once.clone()), once);
        assert!(!pending.is_empty());
    }

    #[test]
    fn removing_an_unsaved_bookmark_forgets_it() {
        let mut pending = Pending::default();
        pending.add(bookmark("x", 1));
        pending.remove("x");
        assert!(
            pending
                .apply_to(ReadingState::default())
                .bookmarks
                .is_empty()
        );
    }
}
