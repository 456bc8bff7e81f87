//! Replacing a file so that a crash at any moment leaves either the old or
//! the new contents, never a mix: write a temporary file beside it, flush it
//! to disk, rename it over the target, then flush the directory.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The points of an atomic write at which a test can stop it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteStage {
    /// The temporary file is written and synced; the target is untouched.
    TempWritten,
    /// The rename has happened; the directory is not yet synced.
    Renamed,
}

/// The temporary file names used beside `target` start with this.
pub fn temp_prefix(target: &Path) -> String {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!("{name}.tmp-")
}

/// Atomically replaces `target` with `bytes`.
pub fn write_atomic(target: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(target, bytes, |_| Ok(()))
}

/// [`write_atomic`] that calls `hook` at each [`WriteStage`]; an error from
/// the hook stops the write there, as a crash would (the temporary file is
/// left behind, as a crash would leave it).
pub fn write_atomic_with(
    target: &Path,
    bytes: &[u8],
    mut hook: impl FnMut(WriteStage) -> io::Result<()>,
) -> io::Result<()> {
    // A symlinked file (state kept in a dotfiles repository) is written
    // through: the link stays, its target gets the new contents.
    let target = &link_target(target)?;
    let dir = parent_dir(target);
    let temp = temp_path(target);
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    drop(file);
    if let Err(e) = written {
        // A failed write (disk full) is not a crash: tidy up.
        let _ = std::fs::remove_file(&temp);
        return Err(e);
    }
    hook(WriteStage::TempWritten)?;
    if let Err(e) = std::fs::rename(&temp, target) {
        let _ = std::fs::remove_file(&temp);
        return Err(e);
    }
    hook(WriteStage::Renamed)?;
    sync_dir(&dir)
}

/// Where writing `path` must go: `path` itself, or the file its chain of
/// symbolic links ends at (which need not exist yet).
pub fn link_target(path: &Path) -> io::Result<PathBuf> {
    let mut at = path.to_path_buf();
    // As many hops as the kernel follows before it calls it a loop.
    for _ in 0..40 {
        match std::fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let next = std::fs::read_link(&at)?;
                at = if next.is_absolute() {
                    next
                } else {
                    parent_dir(&at).join(next)
                };
            }
            _ => return Ok(at),
        }
    }
    Err(io::Error::other(format!(
        "{} is a loop of symbolic links",
        path.display()
    )))
}

/// Removes temporary files that crashed writers left beside `target`. Only
/// call this while holding the lock that every writer takes, or a live
/// writer's temporary file could go.
pub fn remove_stale_temps(target: &Path) {
    let target = &link_target(target).unwrap_or_else(|_| target.to_path_buf());
    let prefix = temp_prefix(target);
    let Ok(entries) = std::fs::read_dir(parent_dir(target)) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn parent_dir(target: &Path) -> PathBuf {
    match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// A name no other writer uses at the same time: the process id keeps
/// processes apart, the counter keeps threads of one process apart.
fn temp_path(target: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    parent_dir(target).join(format!("{}{}-{n}", temp_prefix(target), std::process::id()))
}

/// Makes the rename itself durable. Directories cannot be opened for syncing
/// on every platform (Windows); there the rename is as durable as it gets.
fn sync_dir(dir: &Path) -> io::Result<()> {
    match File::open(dir).and_then(|d| d.sync_all()) {
        Ok(()) => Ok(()),
        Err(_) if cfg!(windows) => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_contents_and_leaves_no_temporary_file() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let target = dir.path().join("state.json");
        std::fs::write(&target, b"old")?;
        write_atomic(&target, b"new")?;
        assert_eq!(std::fs::read(&target)?, b"new");
        assert_eq!(std::fs::read_dir(dir.path())?.count(), 1);
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn a_symlinked_file_is_written_through_to_its_target() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let real = dir.path().join("real").join("state.json");
        std::fs::create_dir(dir.path().join("real"))?;
        std::fs::write(&real, b"old")?;
        let link = dir.path().join("state.json");
        std::os::unix::fs::symlink("real/state.json", &link)?;
        write_atomic(&link, b"new")?;
        assert!(std::fs::symlink_metadata(&link)?.file_type().is_symlink());
        assert_eq!(std::fs::read(&real)?, b"new");
        let looped = dir.path().join("loop");
        std::os::unix::fs::symlink("loop", &looped)?;
        let error = write_atomic(&looped, b"x").err().map(|e| e.to_string());
        assert!(error.is_some_and(|e| e.contains("loop")));
        Ok(())
    }

    #[test]
    fn a_write_stopped_before_the_rename_leaves_the_old_file_intact() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let target = dir.path().join("state.json");
        std::fs::write(&target, b"old contents")?;
        let result = write_atomic_with(&target, b"new contents", |stage| match stage {
            WriteStage::TempWritten => Err(io::Error::other("simulated crash")),
            WriteStage::Renamed => Ok(()),
        });
        assert!(result.is_err());
        assert_eq!(std::fs::read(&target)?, b"old contents");
        // The crash left its temporary file, which a later writer removes.
        assert_eq!(std::fs::read_dir(dir.path())?.count(), 2);
        remove_stale_temps(&target);
        assert_eq!(std::fs::read_dir(dir.path())?.count(), 1);
        Ok(())
    }
}
