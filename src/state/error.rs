//! The error type of reading-state I/O.

use std::fmt;
use std::path::{Path, PathBuf};

/// Why reading state could not be read or written. Displays as one line that
/// names the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateError {
    pub path: PathBuf,
    pub message: String,
}

impl StateError {
    pub fn new(path: &Path, message: impl fmt::Display) -> Self {
        StateError {
            path: path.to_path_buf(),
            message: message.to_string(),
        }
    }
}

impl fmt::Display for StateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for StateError {}
