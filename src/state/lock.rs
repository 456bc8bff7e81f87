//! An exclusive advisory lock on `<state file>.lock`, held around every
//! read-merge-write so that two instances never interleave. The lock file is
//! never deleted: deleting it would let two writers lock different files.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use super::StateError;

/// Held while it lives; the lock is released when the file closes.
pub struct StateLock {
    _file: File,
}

pub fn lock_path(state_file: &Path) -> PathBuf {
    let mut name = state_file.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

/// Blocks until this process holds the lock of `state_file`.
pub fn lock(state_file: &Path) -> Result<StateLock, StateError> {
    let path = lock_path(state_file);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| StateError::new(&path, format!("cannot open lock file: {e}")))?;
    fs4::FileExt::lock(&file).map_err(|e| StateError::new(&path, format!("cannot lock: {e}")))?;
    Ok(StateLock { _file: file })
}
