//! Where state lives: the state directory (`BRIEF_STATE_DIR`, else the
//! platform data directory) and one file per briefing in it, named from the
//! briefing's identity so the same briefing always finds its file.

use std::path::{Path, PathBuf};

use super::hash::fnv1a64;
use crate::briefing::{Folder, default_folder};
use crate::model::Briefing;

/// The environment variable that overrides the state directory.
pub const STATE_DIR_ENV: &str = "BRIEF_STATE_DIR";

/// The state directory, or why there is none.
pub fn state_dir() -> Result<PathBuf, String> {
    if let Some(dir) = std::env::var_os(STATE_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "brief")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .ok_or_else(|| format!("no home directory found; set {STATE_DIR_ENV}"))
}

/// Who a briefing is: for a folder, its canonical path; for a set of
/// files, their canonical paths (in any order); for standard input, its
/// text; for the embedded default, its name and files. `hash` names its
/// state file.
pub struct BriefingKey {
    /// Shown to humans (in the state file and messages).
    pub label: String,
    /// A short readable part of the file name.
    pub slug: String,
    pub hash: u64,
}

impl BriefingKey {
    pub fn of(briefing: &Briefing) -> Self {
        if !briefing.files.is_empty() {
            return files_key(briefing);
        }
        match &briefing.root {
            Some(root) => {
                let path = canonical(root);
                let slug = path
                    .file_name()
                    .map(|n| slug(&n.to_string_lossy()))
                    .unwrap_or_default();
                BriefingKey {
                    label: path.display().to_string(),
                    hash: fnv1a64([path.as_os_str().as_encoded_bytes()]),
                    slug,
                }
            }
            None => embedded_key(briefing),
        }
    }

    /// `<slug>-<16 hex digits>.json`.
    pub fn file_name(&self) -> String {
        if self.slug.is_empty() {
            format!("{:016x}.json", self.hash)
        } else {
            format!("{}-{:016x}.json", self.slug, self.hash)
        }
    }
}

/// The state file of `briefing` inside `state_dir`.
pub fn state_file(state_dir: &Path, briefing: &Briefing) -> PathBuf {
    state_dir
        .join("briefings")
        .join(BriefingKey::of(briefing).file_name())
}

/// A set of files is the same set whatever order it is named in; standard
/// input is known by what it says.
fn files_key(briefing: &Briefing) -> BriefingKey {
    let mut files: Vec<PathBuf> = briefing.files.iter().map(|f| canonical(f)).collect();
    files.sort();
    files.dedup();
    let stdin = files
        .iter()
        .any(|f| f.as_os_str() == crate::briefing::STDIN);
    let texts = briefing
        .sources
        .iter()
        .filter(|_| stdin)
        .map(|s| s.raw.as_bytes());
    let hash = fnv1a64(
        [b"files".as_slice()]
            .into_iter()
            .chain(files.iter().map(|f| f.as_os_str().as_encoded_bytes()))
            .chain(texts),
    );
    let first = files
        .first()
        .and_then(|f| f.file_stem())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    BriefingKey {
        label: files
            .iter()
            .map(|f| f.display().to_string())
            .collect::<Vec<_>>()
            .join(", "),
        slug: if stdin { "stdin".into() } else { slug(&first) },
        hash,
    }
}

/// The embedded briefing is hashed over its files' names and bytes: a build
/// that embeds different articles gets a different state file, while the
/// same articles keep theirs whatever the ingestion code does with them.
fn embedded_key(briefing: &Briefing) -> BriefingKey {
    let folder = default_folder();
    let (name, files): (&str, &[(&str, &[u8])]) = match &folder {
        Folder::Embedded { name, files } => (name, files),
        Folder::Disk(_) => ("", &[]),
    };
    let ids = briefing.sources.iter().map(|s| s.id.as_bytes());
    let contents = files
        .iter()
        .flat_map(|(file, bytes)| [file.as_bytes(), *bytes]);
    let hash = fnv1a64(
        [name.as_bytes(), briefing.title.as_bytes()]
            .into_iter()
            .chain(ids)
            .chain(contents),
    );
    BriefingKey {
        label: format!("(embedded) {name}"),
        slug: slug(name),
        hash,
    }
}

/// An absolute, symlink-free path when the file system gives one, so that
/// `brief -b x` and `brief -b ./x/` share state.
fn canonical(root: &Path) -> PathBuf {
    if root.as_os_str() == crate::briefing::STDIN {
        return root.to_path_buf();
    }
    root.canonicalize().unwrap_or_else(|_| {
        std::env::current_dir()
            .map(|cwd| cwd.join(root))
            .unwrap_or_else(|_| root.to_path_buf())
    })
}

/// Lowercase ASCII letters, digits and dashes, at most 40 characters.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if out.len() >= 40 {
            break;
        }
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_only_safe_characters() {
        assert_eq!(slug("Sahel Drought: 2024/25"), "sahel-drought-2024-25");
        assert_eq!(slug("../.."), "");
        assert_eq!(slug("Ünïcode"), "n-code");
    }

    #[test]
    fn different_spellings_of_one_folder_share_a_key() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let inner = dir.path().join("Crop Report");
        std::fs::create_dir(&inner)?;
        let via_dots = inner.join("..").join("Crop Report");
        let a = BriefingKey::of(&Briefing {
            root: Some(inner.clone()),
            ..Briefing::default()
        });
        let b = BriefingKey::of(&Briefing {
            root: Some(via_dots),
            ..Briefing::default()
        });
        assert_eq!(a.file_name(), b.file_name());
        assert!(a.file_name().starts_with("crop-report-"));
        let other = BriefingKey::of(&Briefing {
            root: Some(dir.path().to_path_buf()),
            ..Briefing::default()
        });
        assert_ne!(a.hash, other.hash);
        Ok(())
    }

    #[test]
    fn the_embedded_key_is_stable_and_depends_on_the_sources() {
        let one = Briefing {
            title: "t".into(),
            ..Briefing::default()
        };
        let mut two = one.clone();
        two.sources.push(crate::model::Source {
            id: "extra".into(),
            ..Default::default()
        });
        assert_eq!(embedded_key(&one).hash, embedded_key(&one.clone()).hash);
        assert_ne!(embedded_key(&one).hash, embedded_key(&two).hash);
    }

    #[test]
    fn a_set_of_files_is_keyed_by_its_files_in_any_order() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.html"));
        std::fs::write(&a, "x")?;
        std::fs::write(&b, "y")?;
        let key = |files: Vec<PathBuf>| {
            BriefingKey::of(&Briefing {
                files,
                ..Briefing::default()
            })
        };
        let ab = key(vec![a.clone(), b.clone()]);
        assert_eq!(ab.hash, key(vec![b.clone(), a.clone()]).hash);
        assert_ne!(ab.hash, key(vec![a.clone()]).hash);
        let folder = BriefingKey::of(&Briefing {
            root: Some(dir.path().to_path_buf()),
            ..Briefing::default()
        });
        assert_ne!(ab.hash, folder.hash);
        assert!(ab.file_name().starts_with("a-"));
        Ok(())
    }
}
