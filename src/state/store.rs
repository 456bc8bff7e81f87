//! One briefing's reading state, kept in memory and in its file. Every write
//! re-reads the file under the lock and applies this instance's changes onto
//! it (see [`super::pending`]), so concurrent instances lose nothing.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use super::atomic::{WriteStage, remove_stale_temps, write_atomic_with};
use super::bookmark_id::{new_id, now_secs};
use super::excerpt::excerpt_at;
use super::location::{BriefingKey, state_dir, state_file};
use super::lock::LockError;
use super::parse::{ParseError, clean_line, parse_entries, serialize_state};
use super::pending::Pending;
use super::reading_state::{Bookmark, ReadingState, STATE_VERSION};
use super::{StateError, lock, resolve};
use crate::model::{Briefing, Position};

#[derive(Debug)]
pub struct StateStore {
    /// `None` when state cannot be saved (no state directory): the store
    /// still works, in memory.
    path: Option<PathBuf>,
    /// The briefing, as written into the file for humans.
    label: String,
    state: ReadingState,
    pending: Pending,
    /// Problems met while saving (a corrupt file moved aside), for the caller
    /// to show; see [`StateStore::take_warnings`].
    warnings: Vec<String>,
    /// Why the file is shown but never written (a newer brief's file, a
    /// read-only folder, a lock another process keeps).
    read_only: Option<String>,
}

impl StateStore {
    /// Opens the state of `briefing` in the state directory
    /// (`BRIEF_STATE_DIR`, else the platform data directory). Never fails:
    /// problems come back as warnings, and at worst the store only keeps
    /// state in memory.
    pub fn open(briefing: &Briefing) -> (StateStore, Vec<String>) {
        match state_dir() {
            Ok(dir) => StateStore::open_in(&dir, briefing),
            Err(why) => (
                StateStore::in_memory(briefing),
                vec![format!("reading state will not be saved: {why}")],
            ),
        }
    }

    /// [`StateStore::open`] with an explicit state directory. A file it
    /// may read but not write (written by a newer brief, in a read-only
    /// folder, locked by a process that does not let go) is shown
    /// read-only, with a warning saying why.
    pub fn open_in(dir: &Path, briefing: &Briefing) -> (StateStore, Vec<String>) {
        let path = state_file(dir, briefing);
        let mut store = StateStore::in_memory(briefing);
        let mut warnings = Vec::new();
        if let Err(e) = create_parent(&path) {
            warnings.push(format!("reading state will not be saved: {e}"));
            return (store, warnings);
        }
        let opened = match lock::lock(&path) {
            Ok(_lock) => read_state(&path, &mut warnings, Reading::Open),
            // Writers replace the file atomically: reading without the lock
            // sees a whole file, old or new.
            Err(LockError::ReadOnly(e) | LockError::Held(e)) => {
                let why = e.to_string();
                warnings.push(format!(
                    "{why}; reading state is shown read-only and changes will not be saved"
                ));
                store.read_only = Some(why);
                read_state(&path, &mut warnings, Reading::Open)
            }
            Err(LockError::Other(e)) => Err(e),
        };
        match opened {
            Ok(read) => {
                store.state = read.state;
                store.state.briefing = store.label.clone();
                store.path = Some(path);
                if let Some(why) = read.read_only {
                    store.read_only.get_or_insert(why);
                }
            }
            Err(e) => warnings.push(format!("reading state will not be saved: {e}")),
        }
        (store, warnings)
    }

    /// A store that saves nothing.
    pub fn in_memory(briefing: &Briefing) -> StateStore {
        let label = BriefingKey::of(briefing).label;
        StateStore {
            path: None,
            state: ReadingState {
                briefing: label.clone(),
                ..ReadingState::default()
            },
            label,
            pending: Pending::default(),
            warnings: Vec::new(),
            read_only: None,
        }
    }

    /// The state file, when state is saved.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Why changes cannot be saved, when they cannot: no state directory,
    /// or a file opened read-only.
    pub fn cannot_save(&self) -> Option<String> {
        match (&self.path, &self.read_only) {
            (_, Some(why)) => Some(why.clone()),
            (None, None) => Some("no state directory (see the warning above)".into()),
            (Some(_), None) => None,
        }
    }

    pub fn state(&self) -> &ReadingState {
        &self.state
    }

    /// Warnings met since the last call (a corrupt file moved aside while
    /// saving).
    pub fn take_warnings(&mut self) -> Vec<String> {
        std::mem::take(&mut self.warnings)
    }

    /// Adds a bookmark at `at` with a note (made one line) and writes it at
    /// once. On a write error the bookmark stays in memory and the next save
    /// retries it.
    pub fn add_bookmark(
        &mut self,
        briefing: &Briefing,
        at: Position,
        note: &str,
    ) -> Result<Bookmark, StateError> {
        let saved = resolve::save(briefing, at)
            .ok_or_else(|| self.error(format!("no source number {} to bookmark", at.source)))?;
        let mut id = new_id();
        while self.state.bookmark(&id).is_some() {
            id = new_id();
        }
        let bookmark = Bookmark {
            id,
            at: saved,
            note: clean_line(note),
            created: now_secs(),
            excerpt: excerpt_at(briefing, at),
        };
        self.pending.add(bookmark.clone());
        self.state = self.pending.apply_to(self.state.clone());
        self.save()?;
        Ok(bookmark)
    }

    /// Removes a bookmark and writes at once. `Ok(false)` when no bookmark
    /// has that id (nothing is written).
    pub fn remove_bookmark(&mut self, id: &str) -> Result<bool, StateError> {
        if self.state.bookmark(id).is_none() {
            return Ok(false);
        }
        self.pending.remove(id);
        self.state = self.pending.apply_to(self.state.clone());
        self.save()?;
        Ok(true)
    }

    /// Remembers where the reader is; written by the next [`save`](Self::save).
    /// Positions naming no source are ignored.
    pub fn set_last(&mut self, briefing: &Briefing, at: Position) {
        if let Some(saved) = resolve::save(briefing, at) {
            self.pending.set_last(saved.clone());
            self.state.last = Some(saved);
        }
    }

    /// Where the reader left off, resolved in `briefing` (clamped to what
    /// still exists).
    pub fn last_position(&self, briefing: &Briefing) -> Option<Position> {
        self.state
            .last
            .as_ref()
            .and_then(|l| resolve::resolve(briefing, l))
    }

    /// Marks a source read; written by the next [`save`](Self::save).
    pub fn mark_read(&mut self, source_id: &str) {
        self.set_read(source_id, true);
    }

    /// Marks a source unread; written by the next [`save`](Self::save).
    pub fn mark_unread(&mut self, source_id: &str) {
        self.set_read(source_id, false);
    }

    fn set_read(&mut self, source_id: &str, read: bool) {
        self.pending.set_read(source_id, read);
        if read {
            self.state.read.insert(source_id.to_string());
        } else {
            self.state.read.remove(source_id);
        }
    }

    /// Re-reads the file, to see what other instances wrote since (before
    /// showing the bookmarks list, say); this instance's unsaved changes stay
    /// applied on top. On error the state in memory is kept.
    pub fn reload(&mut self) -> Result<(), StateError> {
        let Some(path) = self.path.clone() else {
            return Ok(());
        };
        let _lock = match lock::lock(&path) {
            Ok(lock) => Some(lock),
            Err(_) if self.read_only.is_some() => None,
            Err(e) => return Err(e.into()),
        };
        let on_disk = read_state(&path, &mut self.warnings, Reading::Again)?.state;
        self.state = self.pending.apply_to(on_disk);
        self.state.briefing = self.label.clone();
        Ok(())
    }

    /// Writes this instance's changes, merged with the file as it is now.
    /// Does nothing when nothing changed or nothing is saved.
    pub fn save(&mut self) -> Result<(), StateError> {
        self.save_with(|_| Ok(()))
    }

    /// [`save`](Self::save) with a hook at each stage of the atomic write,
    /// so tests can stop it midway as a crash would.
    pub fn save_with(
        &mut self,
        hook: impl FnMut(WriteStage) -> std::io::Result<()>,
    ) -> Result<(), StateError> {
        let Some(path) = self.path.clone() else {
            self.pending = Pending::default();
            return Ok(());
        };
        // Read-only: changes stay in memory; opening said why.
        if self.pending.is_empty() || self.read_only.is_some() {
            return Ok(());
        }
        let _lock = lock::lock(&path)?;
        remove_stale_temps(&path);
        let on_disk = read_state(&path, &mut self.warnings, Reading::ToRewrite)?.state;
        let mut merged = self.pending.apply_to(on_disk);
        merged.briefing = self.label.clone();
        write_atomic_with(&path, &serialize_state(&merged), hook)
            .map_err(|e| StateError::new(&path, format!("cannot write: {e}")))?;
        self.state = merged;
        self.pending = Pending::default();
        Ok(())
    }

    fn error(&self, message: String) -> StateError {
        let path = self
            .path
            .clone()
            .unwrap_or_else(|| self.label.clone().into());
        StateError { path, message }
    }
}

fn create_parent(path: &Path) -> Result<(), StateError> {
    match path.parent() {
        Some(dir) => std::fs::create_dir_all(dir)
            .map_err(|e| StateError::new(dir, format!("cannot create directory: {e}"))),
        None => Ok(()),
    }
}

/// Why a state file is being read, which decides what its problems cost.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// When opening: warn about entries left out.
    Open,
    /// Again, to see what others wrote: opening already warned.
    Again,
    /// To write it back: entries left out would be lost, so they are
    /// written aside first.
    ToRewrite,
}

/// A state file as read, and why it must not be written, if so.
struct Read {
    state: ReadingState,
    read_only: Option<String>,
}

/// The state in `path` (empty when there is no file yet). A file that does
/// not parse is renamed to `<file>.corrupt-<unix time>` with a warning, and
/// the state starts empty; a file of a newer version is left alone and read
/// as far as it can be; malformed entries are left out, saying so. Call
/// with the lock held (or where no writer can be).
fn read_state(
    path: &Path,
    warnings: &mut Vec<String>,
    reading: Reading,
) -> Result<Read, StateError> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == ErrorKind::NotFound => {
            return Ok(Read {
                state: ReadingState::default(),
                read_only: None,
            });
        }
        Err(e) => return Err(StateError::new(path, format!("cannot read: {e}"))),
    };
    let (parsed, read_only) = match parse_entries(&bytes, false) {
        Ok(parsed) => (parsed, None),
        Err(ParseError::UnknownVersion(v)) if v > u64::from(STATE_VERSION) => {
            let why = format!(
                "{}: written by a newer brief (state version {v}; this one reads version {STATE_VERSION}); left as it is",
                path.display()
            );
            if reading == Reading::Open {
                warnings.push(format!("{why}, shown read-only: changes will not be saved"));
            }
            (parse_entries(&bytes, true).unwrap_or_default(), Some(why))
        }
        Err(why) => {
            let aside = move_aside(path)?;
            warnings.push(format!(
                "{}: {why}; moved to {} and starting with empty reading state",
                path.display(),
                aside.display()
            ));
            return Ok(Read {
                state: ReadingState::default(),
                read_only: None,
            });
        }
    };
    if !parsed.set_aside.is_empty() && read_only.is_none() {
        let entries: Vec<String> = parsed
            .set_aside
            .iter()
            .map(|s| format!("{} ({})", s.what, s.why))
            .collect();
        match reading {
            Reading::Open => warnings.push(format!(
                "{}: left out malformed {}; the rest is read",
                path.display(),
                entries.join(", ")
            )),
            Reading::Again => {}
            Reading::ToRewrite => {
                let kept: Vec<&serde_json::Value> =
                    parsed.set_aside.iter().map(|s| &s.entry).collect();
                let aside = write_aside(path, &kept)?;
                warnings.push(format!(
                    "{}: set malformed {} aside in {}",
                    path.display(),
                    entries.join(", "),
                    aside.display()
                ));
            }
        }
    }
    Ok(Read {
        state: parsed.state,
        read_only,
    })
}

/// Writes entries that could not be read to a file beside the state file,
/// so that rewriting the state file loses nothing.
fn write_aside(path: &Path, entries: &[&serde_json::Value]) -> Result<PathBuf, StateError> {
    let aside = aside_path(path, "malformed");
    let mut bytes = serde_json::to_vec_pretty(entries).unwrap_or_else(|_| b"[]".to_vec());
    bytes.push(b'\n');
    std::fs::write(&aside, bytes)
        .map_err(|e| StateError::new(&aside, format!("cannot set malformed entries aside: {e}")))?;
    Ok(aside)
}

/// A new name beside `path`: `<file>.<what>-<unix time>[-n]`.
fn aside_path(path: &Path, what: &str) -> PathBuf {
    let stem = format!("{}.{what}-{}", path.display(), now_secs());
    let mut aside = PathBuf::from(&stem);
    let mut n = 1;
    while aside.exists() {
        aside = PathBuf::from(format!("{stem}-{n}"));
        n += 1;
    }
    aside
}

/// Renames a bad state file out of the way, never over an earlier one.
fn move_aside(path: &Path) -> Result<PathBuf, StateError> {
    let aside = aside_path(path, "corrupt");
    std::fs::rename(path, &aside)
        .map_err(|e| StateError::new(path, format!("unreadable, and cannot move it aside: {e}")))?;
    Ok(aside)
}
