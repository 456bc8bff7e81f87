//! An exclusive advisory lock on `<state file>.lock`, held around every
//! read-merge-write so that two instances never interleave. The lock file is
//! never deleted: deleting it would let two writers lock different files.

use std::fs::{File, OpenOptions};
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

/// Waits (up to [`PATIENCE`]) until this process holds the lock of
/// `state_file`.
pub fn lock(state_file: &Path) -> Result<StateLock, StateError> {
    let path = lock_path(state_file);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| StateError::new(&path, format!("cannot open lock file: {e}")))?;
    let deadline = Instant::now() + PATIENCE;
    let mut pause = Duration::from_millis(1);
    loop {
        match fs4::FileExt::try_lock(&file) {
            Ok(()) => return Ok(StateLock { _file: file }),
            Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(TryLockError::WouldBlock) => {
                return Err(StateError::new(
                    &path,
                    format!(
                        "still locked by another brief process after {}s",
                        PATIENCE.as_secs()
                    ),
                ));
            }
            Err(TryLockError::Error(e)) => {
                return Err(StateError::new(&path, format!("cannot lock: {e}")));
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
