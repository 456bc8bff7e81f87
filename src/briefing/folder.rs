use std::path::{Component, Path, PathBuf};

use super::{LoadError, load::MAX_FILE_BYTES};
use crate::model::Format;

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
        check_name(rel).map_err(invalid)?;
        let path = Path::new(rel);
        match self {
            Folder::Disk(root) => {
                let full = root.join(path);
                if let Err(e) = std::fs::metadata(&full) {
                    let link =
                        std::fs::symlink_metadata(&full).is_ok_and(|m| m.file_type().is_symlink());
                    return Err(invalid(match e.raw_os_error() {
                        Some(code) if link && code == ELOOP => {
                            "is a loop of symbolic links".to_string()
                        }
                        _ if link && e.kind() == std::io::ErrorKind::NotFound => {
                            "is a symbolic link to a file that does not exist".to_string()
                        }
                        _ if e.kind() == std::io::ErrorKind::NotFound => "file not found".into(),
                        _ => e.to_string(),
                    }));
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

/// The errno of "too many levels of symbolic links".
#[cfg(target_os = "linux")]
const ELOOP: i32 = 40;
#[cfg(not(target_os = "linux"))]
const ELOOP: i32 = 62;

/// Refuses a file name that is empty or does not stay inside the folder.
pub(super) fn check_name(rel: &str) -> Result<(), String> {
    let path = Path::new(rel);
    if rel.trim().is_empty() {
        return Err(
            "empty `file`: give the article's file name, relative to the briefing folder".into(),
        );
    }
    if path.is_absolute() || path.has_root() {
        return Err("is an absolute path; source files must be inside the briefing folder".into());
    }
    if path.components().any(|c| matches!(c, Component::ParentDir)) {
        return Err("leaves the briefing folder (`..`)".into());
    }
    Ok(())
}

pub(super) fn check_size(size: u64) -> Result<(), String> {
    if size > MAX_FILE_BYTES {
        return Err(format!(
            "file is {} bytes; brief reads files of at most {} bytes (16 MiB)",
            grouped(size),
            grouped(MAX_FILE_BYTES)
        ));
    }
    Ok(())
}

/// `16777217` as `16,777,217`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// A file brief can read as an article, by its extension: `.txt`, `.md`,
/// `.html` or `.htm`.
pub fn is_article_file(name: &str) -> bool {
    Format::of_file(name) != Format::Text || name.to_ascii_lowercase().ends_with(".txt")
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_over_the_limit_are_given_exactly() {
        let error = check_size(MAX_FILE_BYTES + 1).err().unwrap_or_default();
        assert!(error.contains("16,777,217 bytes"), "{error}");
        assert!(check_size(MAX_FILE_BYTES).is_ok());
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
    }
}
