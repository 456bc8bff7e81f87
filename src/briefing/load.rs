use std::path::Path;

use super::folder::{Folder, MANIFEST};
use super::{LoadError, Manifest, parse_manifest};
use crate::ingest::{self, Decoded, Format};
use crate::model::{Briefing, Source, Warning};

/// Largest source file brief reads.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Sources ingested before (what the analysis cache hands back), asked for
/// by [`source_key`]: `None` means ingest the file.
pub type Reuse<'a> = &'a mut dyn FnMut(u64) -> Option<Source>;

/// Loads the briefing at `path` (a folder, or its `briefing.toml`), or the
/// embedded default briefing when `path` is `None`.
pub fn load(path: Option<&Path>) -> Result<Briefing, LoadError> {
    load_reusing(path, &mut |_| None).map(|(briefing, _)| briefing)
}

/// [`load`], taking already-ingested sources from `reuse`; also returns
/// each source's [`source_key`], in the order of `briefing.sources`.
pub fn load_reusing(
    path: Option<&Path>,
    reuse: Reuse<'_>,
) -> Result<(Briefing, Vec<u64>), LoadError> {
    match path {
        None => load_folder_reusing(&super::default_folder(), reuse),
        Some(path) => load_folder_reusing(&Folder::Disk(root_of(path)?), reuse),
    }
}

/// The folder of the briefing at `path` (a folder, or its `briefing.toml`).
pub fn root_of(path: &Path) -> Result<std::path::PathBuf, LoadError> {
    let io = |message: String| LoadError::Io {
        path: path.display().to_string(),
        message,
    };
    let meta = std::fs::metadata(path).map_err(|e| io(e.to_string()))?;
    let root = if meta.is_dir() {
        path.to_path_buf()
    } else if path.extension().is_some_and(|e| e == "toml") {
        match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => ".".into(),
        }
    } else {
        return Err(io("not a briefing folder or a briefing.toml".into()));
    };
    if meta.is_file() && path.file_name().is_some_and(|n| n != MANIFEST) {
        return Err(io(format!("expected a folder or a file named {MANIFEST}")));
    }
    Ok(root)
}

/// What identifies a source's analysis: its id, file name, manifest entry
/// and bytes (xxh3). Equal keys, equal ingested sources (for one build).
pub fn source_key(id: &str, file: &str, entry: Option<&super::SourceEntry>, bytes: &[u8]) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for part in [
        id.as_bytes(),
        file.as_bytes(),
        format!("{entry:?}").as_bytes(),
    ] {
        h.update(&(part.len() as u64).to_le_bytes());
        h.update(part);
    }
    h.update(bytes);
    h.digest()
}

/// A file read and decoded, before ingestion.
struct Pending {
    key: u64,
    id: String,
    file: String,
    entry: Option<super::SourceEntry>,
    text: String,
    warnings: Vec<String>,
}

/// Loads and ingests every source of `folder`.
pub fn load_folder(folder: &Folder) -> Result<Briefing, LoadError> {
    load_folder_reusing(folder, &mut |_| None).map(|(briefing, _)| briefing)
}

fn load_folder_reusing(
    folder: &Folder,
    reuse: Reuse<'_>,
) -> Result<(Briefing, Vec<u64>), LoadError> {
    let manifest = match folder.manifest()? {
        Some(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            parse_manifest(&text, &folder.display(MANIFEST))?
        }
        None => Manifest::default(),
    };
    let mut warnings = Vec::new();
    let listed: Vec<(String, String, Option<super::SourceEntry>)> = if manifest.sources.is_empty() {
        let (files, unreadable) = folder.article_files()?;
        for name in unreadable {
            warnings.push(Warning {
                file: folder.display(&ingest::sanitize(&name)),
                message: "file name is not valid UTF-8, skipped".into(),
            });
        }
        let mut seen = std::collections::HashMap::new();
        let mut listed = Vec::new();
        for file in files {
            let id = file_stem(&file);
            if let Some(other) = seen.insert(id.clone(), file.clone()) {
                return Err(LoadError::Invalid {
                    path: folder.display(&file),
                    message: format!("duplicate source id `{id}` (also {other})"),
                });
            }
            listed.push((id, file, None));
        }
        listed
    } else {
        manifest
            .sources
            .iter()
            .map(|e| (e.id.clone(), e.file.clone(), Some(e.clone())))
            .collect()
    };

    let mut pending = Vec::new();
    for (id, file, entry) in listed {
        let bytes = folder.read(&file)?;
        let shown = folder.display(&file);
        match ingest::decode(&bytes) {
            Decoded::Empty => warnings.push(Warning {
                file: shown,
                message: "empty file, skipped".into(),
            }),
            Decoded::Binary => warnings.push(Warning {
                file: shown,
                message: "binary file, skipped".into(),
            }),
            Decoded::Text {
                text,
                lossy,
                controls,
            } => {
                let mut file_warnings = Vec::new();
                if lossy {
                    file_warnings
                        .push("not valid UTF-8; invalid bytes replaced with U+FFFD".to_string());
                }
                if controls > 0 {
                    let plural = if controls == 1 { "" } else { "s" };
                    file_warnings.push(format!("{controls} stray control byte{plural} removed"));
                }
                for message in &file_warnings {
                    warnings.push(Warning {
                        file: shown.clone(),
                        message: message.clone(),
                    });
                }
                pending.push(Pending {
                    key: source_key(&id, &file, entry.as_ref(), &bytes),
                    id,
                    file,
                    entry,
                    text,
                    warnings: file_warnings,
                });
            }
        }
    }
    if pending.is_empty() {
        return Err(LoadError::Invalid {
            path: folder.display(""),
            message: "no readable sources (.txt or .md files)".into(),
        });
    }

    let keys = pending.iter().map(|p| p.key).collect();
    let sources = ingest_all(pending, reuse);
    let briefing = Briefing {
        title: manifest
            .title
            .clone()
            .or_else(|| match folder {
                Folder::Disk(root) => root
                    .canonicalize()
                    .ok()
                    .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned())),
                Folder::Embedded { name, .. } => Some(name.to_string()),
            })
            .unwrap_or_else(|| "briefing".into()),
        description: manifest.description.clone(),
        root: match folder {
            Folder::Disk(root) => Some(root.clone()),
            Folder::Embedded { .. } => None,
        },
        sources,
        topics: manifest.topics,
        warnings,
    };
    Ok((briefing, keys))
}

/// The sources, from `reuse` or ingested, in manifest order.
fn ingest_all(pending: Vec<Pending>, reuse: Reuse<'_>) -> Vec<Source> {
    let mut reused: Vec<Option<Source>> = pending.iter().map(|p| reuse(p.key)).collect();
    let missing: Vec<Pending> = pending
        .into_iter()
        .zip(&reused)
        .filter(|(_, r)| r.is_none())
        .map(|(p, _)| p)
        .collect();
    let mut fresh = ingest_each(missing).into_iter();
    for slot in reused.iter_mut().filter(|r| r.is_none()) {
        *slot = fresh.next();
    }
    reused.into_iter().flatten().collect()
}

/// Ingests the sources on up to two threads (the machines brief targets have
/// two cores), keeping manifest order.
fn ingest_each(pending: Vec<Pending>) -> Vec<Source> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 4);
    let chunk = pending.len().div_ceil(threads).max(1);
    let ingest_one = |p: &Pending| {
        let format = if p.file.to_ascii_lowercase().ends_with(".md") {
            Format::Markdown
        } else {
            Format::Text
        };
        let ingested = ingest::ingest(&p.text, format);
        let mut meta = ingested.meta;
        if let Some(e) = &p.entry {
            let set = |field: &mut Option<String>, value: &Option<String>| {
                if value.is_some() {
                    field.clone_from(value);
                }
            };
            if let Some(t) = &e.title {
                meta.title = t.clone();
            }
            set(&mut meta.outlet, &e.outlet);
            set(&mut meta.author, &e.author);
            set(&mut meta.published, &e.published);
            set(&mut meta.url, &e.url);
        }
        if meta.title.trim().is_empty() {
            meta.title = p.id.clone();
        }
        Source {
            id: p.id.clone(),
            file: p.file.clone(),
            meta,
            sections: ingested.sections,
            raw: ingested.raw,
            warnings: p.warnings.clone(),
        }
    };
    if threads == 1 || pending.len() < 8 {
        return pending.iter().map(ingest_one).collect();
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = pending
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(ingest_one).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

fn file_stem(file: &str) -> String {
    Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.to_string())
}
