use std::path::Path;

use super::folder::{Folder, MANIFEST, is_article_name};
use super::{LoadError, Manifest, parse_manifest};
use crate::ingest::{self, Decoded};
use crate::model::{Briefing, Format, Source, Warning};

/// Largest source file brief reads.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Sources ingested before (what the analysis cache hands back), asked for
/// by [`source_key`]: `None` means ingest the file.
pub type Reuse<'a> = &'a mut dyn FnMut(u64) -> Option<Source>;

/// Loads the briefing at `path` (a folder, its `briefing.toml`, or one
/// article file), or the embedded default briefing when `path` is `None`.
pub fn load(path: Option<&Path>) -> Result<Briefing, LoadError> {
    load_reusing(path, &mut |_| None).map(|(briefing, _)| briefing)
}

/// [`load`], taking already-ingested sources from `reuse`; also returns
/// each source's [`source_key`], in the order of `briefing.sources`. A
/// single article file is read afresh (it has no folder to cache for).
pub fn load_reusing(
    path: Option<&Path>,
    reuse: Reuse<'_>,
) -> Result<(Briefing, Vec<u64>), LoadError> {
    match path {
        None => load_folder_reusing(&super::default_folder(), reuse),
        Some(path) => match root_of(path)? {
            Some(root) => load_folder_reusing(&Folder::Disk(root), reuse),
            None => super::files::load_files(&[path.to_path_buf()]).map(|b| (b, Vec::new())),
        },
    }
}

/// The folder of the briefing at `path` (a folder, or its `briefing.toml`);
/// `None` when `path` is one article file.
pub fn root_of(path: &Path) -> Result<Option<std::path::PathBuf>, LoadError> {
    let io = |message: String| LoadError::Io {
        path: path.display().to_string(),
        message,
    };
    let meta = std::fs::metadata(path).map_err(|e| io(e.to_string()))?;
    if meta.is_dir() {
        Ok(Some(path.to_path_buf()))
    } else if path.file_name().is_some_and(|n| n == MANIFEST) {
        Ok(Some(match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => ".".into(),
        }))
    } else if is_article_name(&path.to_string_lossy()) {
        Ok(None)
    } else {
        Err(io(format!(
            "expected a folder, its {MANIFEST}, or an article (.txt, .md, .html)"
        )))
    }
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

/// A file's contents as read, before ingestion.
pub(super) enum Body {
    Text(String),
    /// A web page: bytes, decoded from the character set it declares.
    Html(Vec<u8>),
}

/// A file read and checked, before ingestion.
pub(super) struct Pending {
    /// [`source_key`] of the file.
    pub key: u64,
    pub id: String,
    /// The file as the source records it (relative to the folder).
    pub file: String,
    /// The file as messages name it.
    pub shown: String,
    pub entry: Option<super::SourceEntry>,
    pub body: Body,
    pub format: Format,
    pub warnings: Vec<String>,
}

impl Pending {
    fn warning(&self, message: &str) -> Warning {
        Warning {
            file: self.shown.clone(),
            message: message.into(),
        }
    }

    /// Checks one file's bytes (empty, binary, not UTF-8); `None` when it is
    /// skipped, with the warning saying why.
    pub fn new(
        id: String,
        file: String,
        shown: String,
        entry: Option<super::SourceEntry>,
        bytes: Vec<u8>,
        format: Format,
        warnings: &mut Vec<Warning>,
    ) -> Option<Pending> {
        let skip = |warnings: &mut Vec<Warning>, message: &str| {
            warnings.push(Warning {
                file: shown.clone(),
                message: message.into(),
            });
            None
        };
        let key = source_key(&id, &file, entry.as_ref(), &bytes);
        let mut file_warnings = Vec::new();
        let body = match (ingest::decode(&bytes), format) {
            (Decoded::Empty, _) => return skip(warnings, "empty file, skipped"),
            // UTF-16 pages are full of NUL bytes and are text all the same.
            (Decoded::Binary, Format::Html) if ingest::html::is_utf16(&bytes) => Body::Html(bytes),
            (Decoded::Binary, _) => return skip(warnings, "binary file, skipped"),
            (Decoded::Text { .. }, Format::Html) => Body::Html(bytes),
            (
                Decoded::Text {
                    text,
                    lossy,
                    controls,
                },
                _,
            ) => {
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
                Body::Text(text)
            }
        };
        Some(Pending {
            key,
            id,
            file,
            shown,
            entry,
            body,
            format,
            warnings: file_warnings,
        })
    }
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
        let format = Format::of_file(&file);
        pending.extend(Pending::new(
            id,
            file,
            shown,
            entry,
            bytes,
            format,
            &mut warnings,
        ));
    }
    let (sources, keys) = ingest_reusing(pending, reuse, &mut warnings);
    if sources.is_empty() {
        return Err(LoadError::Invalid {
            path: folder.display(""),
            message: "no readable sources (.txt, .md or .html files)".into(),
        });
    }
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
        ..Briefing::default()
    };
    Ok((briefing, keys))
}

/// The sources, from `reuse` or ingested, in manifest order, with their
/// keys (a page that holds no article has neither).
fn ingest_reusing(
    pending: Vec<Pending>,
    reuse: Reuse<'_>,
    warnings: &mut Vec<Warning>,
) -> (Vec<Source>, Vec<u64>) {
    let mut slots: Vec<(u64, Option<Source>)> =
        pending.iter().map(|p| (p.key, reuse(p.key))).collect();
    let missing: Vec<Pending> = pending
        .into_iter()
        .zip(&slots)
        .filter(|(_, (_, r))| r.is_none())
        .map(|(p, _)| p)
        .collect();
    let mut fresh = ingest_each(&missing, warnings).into_iter();
    for slot in slots.iter_mut().filter(|(_, r)| r.is_none()) {
        slot.1 = fresh.next().flatten();
    }
    slots
        .into_iter()
        .filter_map(|(key, source)| source.map(|s| (s, key)))
        .unzip()
}

/// Ingests the sources on up to two threads (the machines brief targets have
/// two cores), keeping manifest order. A page that holds no article is
/// skipped, with a warning.
pub(super) fn ingest_all(pending: Vec<Pending>, warnings: &mut Vec<Warning>) -> Vec<Source> {
    ingest_each(&pending, warnings)
        .into_iter()
        .flatten()
        .collect()
}

/// [`ingest_all`], one slot per pending file (`None` where it was skipped).
fn ingest_each(pending: &[Pending], warnings: &mut Vec<Warning>) -> Vec<Option<Source>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 4);
    let chunk = pending.len().div_ceil(threads).max(1);
    let results: Vec<Ingested> = if threads == 1 || pending.len() < 8 {
        pending.iter().map(ingest_one).collect()
    } else {
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
    };
    let mut sources = Vec::new();
    for (source, found) in results {
        warnings.extend(found);
        sources.push(source);
    }
    sources
}

/// One source (none when skipped) and the warnings found while ingesting it.
type Ingested = (Option<Source>, Option<Warning>);

fn ingest_one(p: &Pending) -> Ingested {
    let mut file_warnings = p.warnings.clone();
    let mut found = None;
    let ingested = match &p.body {
        Body::Text(text) => ingest::ingest(text, p.format),
        Body::Html(bytes) => match ingest::ingest_html(bytes) {
            Ok(ingested) => {
                if ingested.lossy {
                    let message = "bytes invalid in the page's character set replaced with U+FFFD";
                    file_warnings.push(message.into());
                    found = Some(p.warning(message));
                }
                ingested
            }
            Err(reason) => return (None, Some(p.warning(&format!("{reason}; skipped")))),
        },
    };
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
    let source = Source {
        id: p.id.clone(),
        file: p.file.clone(),
        meta,
        sections: ingested.sections,
        raw: ingested.raw,
        warnings: file_warnings,
    };
    (Some(source), found)
}

pub(super) fn file_stem(file: &str) -> String {
    Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.to_string())
}
