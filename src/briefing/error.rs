use std::fmt;

/// Why a briefing could not be loaded. Displays as one line that names the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The path given does not exist or cannot be read.
    Io { path: String, message: String },
    /// `briefing.toml` is not valid, with the 1-based line and column of the problem.
    Manifest {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// Anything else about one file or the briefing as a whole.
    Invalid { path: String, message: String },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io { path, message } | LoadError::Invalid { path, message } => {
                write!(f, "{path}: {message}")
            }
            LoadError::Manifest {
                path,
                line,
                column,
                message,
            } => write!(f, "{path}:{line}:{column}: {message}"),
        }
    }
}

impl std::error::Error for LoadError {}
