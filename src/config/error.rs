//! The error type of configuration: a bad keymap, theme or `config.toml`,
//! or a config file that cannot be read. Displays as one line that names
//! the file, with line and column when the problem has a place.

use std::fmt;

use crate::text::one_line;

/// Why a configuration could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigError {
    /// A problem at a place in a TOML file (line and column from 1).
    At {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// A problem with a whole file: unreadable, not UTF-8, or a TOML error
    /// the parser could not place.
    File { path: String, message: String },
    /// There is no config directory to look in.
    NoConfigDir,
}

impl ConfigError {
    /// A problem with the whole file at `path`.
    pub fn file(path: impl fmt::Display, message: impl fmt::Display) -> ConfigError {
        ConfigError::File {
            path: path.to_string(),
            message: one_line(&message.to_string()),
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::At {
                path,
                line,
                column,
                message,
            } => write!(f, "{path}:{line}:{column}: {message}"),
            ConfigError::File { path, message } => write!(f, "{path}: {message}"),
            ConfigError::NoConfigDir => {
                write!(f, "no home directory found; set {}", super::CONFIG_ENV)
            }
        }
    }
}

impl std::error::Error for ConfigError {}

/// The CLI reports errors as text.
impl From<ConfigError> for String {
    fn from(e: ConfigError) -> String {
        e.to_string()
    }
}
