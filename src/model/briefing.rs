use std::path::PathBuf;

use super::Source;

/// A folder of articles on one subject, loaded and ingested.
#[derive(Debug, Clone, Default)]
pub struct Briefing {
    pub title: String,
    pub description: Option<String>,
    /// The folder it was loaded from; `None` for the embedded default
    /// briefing and for a set of files.
    pub root: Option<PathBuf>,
    /// The files it was opened from (`brief FILE…`, canonical paths, or `-`
    /// for standard input); empty for a folder.
    pub files: Vec<PathBuf>,
    pub sources: Vec<Source>,
    /// Curated topics from the manifest (`[[topic]]`), in manifest order.
    pub topics: Vec<TopicDef>,
    /// Problems that did not stop loading (skipped files, lossy decoding).
    pub warnings: Vec<Warning>,
}

impl Briefing {
    pub fn source_index(&self, id: &str) -> Option<usize> {
        self.sources.iter().position(|s| s.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}

/// A curated topic from `briefing.toml`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicDef {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Terms of which at least one must occur for a passage to count.
    #[serde(default)]
    pub anchors: Vec<String>,
}

/// A non-fatal problem found while loading, tied to the file it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub file: String,
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}
