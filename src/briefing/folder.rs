use std::path::{Component, Path, PathBuf};

use super::{LoadError, load::MAX_FILE_BYTES};

/// Where a briefing's files live: a folder on disk, or the default briefing
/// compiled into the binary. Both are read through the same checks.
#[derive(Debug, Clone)]
pub enum Folder {
    Disk(PathBuf),
    Embedded {
        name: &'static str,
        files: &'static [(&'static str, &'static [u8])],
    },
}

pub(super) const MANIFEST: &str = "briefing.toml";

impl Folder {
    /// How a file of this folder is named in messages.
    pub fn display(&self, rel: &str) -> String {
        match self {
            Folder::Disk(root) => root.join(rel).display().to_string(),
            Folder::Embedded { name, .. } => format!("{name}/{rel}"),
        }
    }

    /// The manifest's bytes, if the folder has one.
    pub(super) fn manifest(&self) -> Result<Option<Vec<u8>>, LoadError> {
        match self {
            Folder::Disk(root) => {
                let path = root.join(MANIFEST);
                if !path.exists() {
                    return Ok(None);
                }
                std::fs::read(&path).map(Some).map_err(|e| LoadError::Io {
                    path: path.display().to_string(),
                    message: e.to_string(),
                })
            }
            Folder::Embedded { files, .. } => Ok(files
                .iter()
                .find(|(name, _)| *name == MANIFEST)
                .map(|(_, bytes)| bytes.to_vec())),
        }
    }

    /// Every article file directly in the folder, ordered by name, and
    /// the names (shown lossily) of files skipped because their names are
    /// not valid UTF-8.
    pub(super) fn article_files(&self) -> Result<(Vec<String>, Vec<String>), LoadError> {
        let mut unreadable = Vec::new();
        let mut names: Vec<String> = match self {
            Folder::Disk(root) => std::fs::read_dir(root)
                .map_err(|e| LoadError::Io {
                    path: root.display().to_string(),
                    message: e.to_string(),
                })?
                .filter_map(|entry| entry.ok())
                .filter(|entry| entry.path().is_file())
                .filter_map(|entry| {
                    let name = entry.file_name();
                    let text = name.to_str().map(str::to_string);
                    if text.is_none() {
                        unreadable.push(name.to_string_lossy().into_owned());
                    }
                    text
                })
                .collect(),
            Folder::Embedded { files, .. } => files.iter().map(|(n, _)| n.to_string()).collect(),
        };
        names.retain(|n| is_article_name(n));
        names.sort();
        unreadable.sort();
        Ok((names, unreadable))
    }

    /// Reads one file named relative to the folder, refusing paths that leave
    /// it (absolute, `..`, or a symlink pointing out) and files over the limit.
    pub(super) fn read(&self, rel: &str) -> Result<Vec<u8>, LoadError> {
        let invalid = |message: String| LoadError::Invalid {
            path: self.display(rel),
            message,
        };
        let path = Path::new(rel);
        if rel.trim().is_empty() {
            return Err(invalid("empty file name".into()));
        }
        if path.is_absolute() || path.has_root() {
            return Err(invalid(
                "is an absolute path; source files must be inside the briefing folder".into(),
            ));
        }
        if path.components().any(|c| matches!(c, Component::ParentDir)) {
            return Err(invalid("leaves the briefing folder (`..`)".into()));
        }
        match self {
            Folder::Disk(root) => {
                let full = root.join(path);
                if !full.exists() {
                    return Err(invalid("file not found".into()));
                }
                let canon_root = root.canonicalize().map_err(|e| invalid(e.to_string()))?;
                let canon = full.canonicalize().map_err(|e| invalid(e.to_string()))?;
                if !canon.starts_with(&canon_root) {
                    return Err(invalid(
                        "is a link that points outside the briefing folder".into(),
                    ));
                }
                if !canon.is_file() {
                    return Err(invalid("is not a file".into()));
                }
                let size = canon.metadata().map_err(|e| invalid(e.to_string()))?.len();
                check_size(size).map_err(invalid)?;
                std::fs::read(&canon).map_err(|e| invalid(e.to_string()))
            }
            Folder::Embedded { files, .. } => files
                .iter()
                .find(|(name, _)| *name == rel)
                .map(|(_, bytes)| bytes.to_vec())
                .ok_or_else(|| invalid("file not found".into())),
        }
    }
}

pub(super) fn check_size(size: u64) -> Result<(), String> {
    if size > MAX_FILE_BYTES {
        let mib = size as f64 / (1024.0 * 1024.0);
        return Err(format!(
            "file is {mib:.1} MiB; brief reads files of at most 16 MiB"
        ));
    }
    Ok(())
}

/// A file brief can read as an article, by its extension: `.txt`, `.md`,
/// `.html` or `.htm`.
pub fn is_article_file(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".txt", ".md", ".html", ".htm"]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

/// An article in a folder without a manifest: an article file that is not
/// hidden and not the folder's own README or LICENSE (a manifest may still
/// list those).
pub fn is_article_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let about_the_folder = ["readme", "license", "licence"]
        .iter()
        .any(|p| lower.starts_with(p));
    !name.starts_with('.') && !about_the_folder && is_article_file(name)
}
