//! An exclusive advisory lock on `<state file>.lock`, held around every
//! read-merge-write so that two instances never interleave. The lock file is
//! never deleted: deleting it would let two writers lock different files.

use std::fs::{File, OpenOptions};
use std::io::{ErrorKind, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use fs4::TryLockError;

use super::StateError;

/// How long to wait for another instance to finish writing. A write takes
/// milliseconds; waiting this long means a writer is stuck (stopped with
/// ^Z mid-write), and the reader should start without saving rather than hang.
const PATIENCE: Duration = Duration::from_secs(10);

/// Held while it lives; the lock is released when the file closes.
pub struct StateLock {
    _file: File,
}

pub fn lock_path(state_file: &Path) -> PathBuf {
    let mut name = state_file.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

/// Why the lock was not taken.
#[derive(Debug)]
pub enum LockError {
    /// The lock file cannot be created (a read-only folder): the state can
    /// still be read, as writers replace the file atomically.
    ReadOnly(StateError),
    /// Another process held the lock for all of [`PATIENCE`].
    Held(StateError),
    Other(StateError),
}

impl std::fmt::Display for LockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LockError::ReadOnly(e) | LockError::Held(e) | LockError::Other(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for LockError {}

impl From<LockError> for StateError {
    fn from(e: LockError) -> StateError {
        match e {
            LockError::ReadOnly(e) | LockError::Held(e) | LockError::Other(e) => e,
        }
    }
}

/// Waits (up to [`PATIENCE`]) until this process holds the lock of
/// `state_file`, then writes its process id into the lock file so that a
/// process kept waiting can say who holds it.
pub fn lock(state_file: &Path) -> Result<StateLock, LockError> {
    let path = lock_path(state_file);
    let mut file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(&path)
        .map_err(|e| {
            let error = StateError::new(&path, format!("cannot open lock file: {e}"));
            match e.kind() {
                ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => {
                    LockError::ReadOnly(error)
                }
                _ => LockError::Other(error),
            }
        })?;
    let deadline = Instant::now() + PATIENCE;
    let mut pause = Duration::from_millis(1);
    loop {
        match fs4::FileExt::try_lock(&file) {
            Ok(()) => {
                // Only a hint for others' messages: failing to write it is harmless.
                let _ = file
                    .set_len(0)
                    .and_then(|()| file.seek(SeekFrom::Start(0)))
                    .and_then(|_| write!(file, "{}", std::process::id()));
                return Ok(StateLock { _file: file });
            }
            Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(TryLockError::WouldBlock) => {
                let mut holder = String::new();
                let _ = file.read_to_string(&mut holder);
                let who = match holder.trim().parse::<u32>() {
                    Ok(pid) => format!("brief process {pid}"),
                    Err(_) => "another brief process".to_string(),
                };
                return Err(LockError::Held(StateError::new(
                    &path,
                    format!(
                        "locked by {who}; waited {}s for it (is it stopped with Ctrl-Z? resume it with `fg` or quit it)",
                        PATIENCE.as_secs()
                    ),
                )));
            }
            Err(TryLockError::Error(e)) => {
                return Err(LockError::Other(StateError::new(
                    &path,
                    format!("cannot lock: {e}"),
                )));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_waits_for_the_first_to_be_released() -> Result<(), Box<dyn std::error::Error>>
    {
        let dir = tempfile::tempdir()?;
        let target = dir.path().join("state.json");
        let first = lock(&target)?;
        let released = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = released.clone();
        let waiter = std::thread::spawn(move || {
            let got = lock(&target).is_ok();
            (got, flag.load(std::sync::atomic::Ordering::SeqCst))
        });
        std::thread::sleep(Duration::from_millis(50));
        released.store(true, std::sync::atomic::Ordering::SeqCst);
        drop(first);
        let (got, after_release) = waiter.join().map_err(|_| "waiter panicked")?;
        assert!(got);
        assert!(
            after_release,
            "the second lock was taken while the first was held"
        );
        Ok(())
    }
}
