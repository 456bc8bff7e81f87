//! The persistent analysis cache: a briefing's ingested sources, kept in
//! one file per briefing folder (and its entities and figures beside it,
//! see [`entities`]) in the platform cache directory
//! (`BRIEF_CACHE_DIR` overrides), so that a process only ingests the
//! articles that were added or edited since the last run. Each source is
//! keyed by a hash of its bytes, id, file name and manifest entry
//! ([`crate::briefing::source_key`]); the file by the build that wrote it.
//! A damaged file is reported as a warning, discarded and rewritten; writes
//! are atomic ([`crate::state::atomic`]).

mod analysis;
mod file;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

pub use analysis::{content_key, entities, figures};
pub use file::ANALYSIS_VERSION;
use file::{Payload, PayloadRef, Unusable};

use crate::briefing::{self, LoadError};
use crate::model::{Briefing, Source, Warning};
use crate::state::location::BriefingKey;

/// Briefings whose articles hold fewer bytes than this load as fast as
/// the cache would (a few milliseconds) and are not cached, so that a
/// folder of a few articles leaves nothing behind.
pub const MIN_CACHED_BYTES: usize = 256 * 1024;

/// Cleared by `--no-cache`: then nothing is read from or written to the cache.
static ENABLED: AtomicBool = AtomicBool::new(true);

/// Turns the cache on or off for this process (`--no-cache`).
pub fn set_enabled(on: bool) {
    ENABLED.store(on, Ordering::Relaxed);
}

pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// The environment variable that overrides the cache directory.
pub const CACHE_DIR_ENV: &str = "BRIEF_CACHE_DIR";

/// The cache directory, or why there is none.
pub fn cache_dir() -> Result<PathBuf, String> {
    if let Some(dir) = std::env::var_os(CACHE_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "brief")
        .map(|dirs| dirs.cache_dir().to_path_buf())
        .ok_or_else(|| format!("no home directory found; set {CACHE_DIR_ENV}"))
}

/// The cache file of the briefing folder `root` inside `dir`.
pub fn cache_file(dir: &Path, root: &Path) -> PathBuf {
    let key = BriefingKey::of(&Briefing {
        root: Some(root.to_path_buf()),
        ..Briefing::default()
    });
    dir.join("briefings")
        .join(Path::new(&key.file_name()).with_extension("cache"))
}

/// The cache file of the briefing at `path` (a folder or its manifest), if
/// it is a folder on disk: the embedded briefing is not cached.
pub fn file_for(path: Option<&Path>) -> Result<Option<PathBuf>, String> {
    let Some(path) = path else {
        return Ok(None);
    };
    // One article file has no folder to keep a cache for.
    let Some(root) = briefing::root_of(path).map_err(|e| e.to_string())? else {
        return Ok(None);
    };
    Ok(Some(cache_file(&cache_dir()?, &root)))
}

/// How a load used the cache.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct LoadStats {
    /// Sources taken from the cache.
    pub reused: usize,
    /// Sources ingested (new, edited, or no usable cache).
    pub ingested: usize,
    /// Whether the cache file was (re)written.
    pub written: bool,
}

/// Loads the briefing at `path` as [`briefing::load`] does, through the
/// cache: unchanged sources come from it, the others are ingested and the
/// cache rewritten. Cache problems become warnings on the briefing, never
/// errors: the briefing loads as it would without a cache.
pub fn load(path: Option<&Path>) -> Result<(Briefing, LoadStats), LoadError> {
    if !enabled() {
        return briefing::load(path).map(|b| (b, LoadStats::default()));
    }
    let target = match file_for(path) {
        Ok(Some(target)) => target,
        Ok(None) => return briefing::load(path).map(|b| (b, LoadStats::default())),
        Err(message) => {
            let mut b = briefing::load(path)?;
            b.warnings.push(Warning {
                file: "analysis cache".into(),
                message: format!("{message}; not cached"),
            });
            return Ok((b, LoadStats::default()));
        }
    };
    load_with(path, &target)
}

/// [`load`] with the cache file given.
pub fn load_with(path: Option<&Path>, target: &Path) -> Result<(Briefing, LoadStats), LoadError> {
    let fingerprint = file::fingerprint();
    let mut warnings = Vec::new();
    let cached = match file::read(target, fingerprint) {
        Ok(payload) => payload.unwrap_or_default(),
        Err(Unusable::OtherBuild) => Payload::default(),
        Err(Unusable::Corrupt(why)) => {
            warnings.push(Warning {
                file: target.display().to_string(),
                message: format!("analysis cache {why}; discarded and rebuilt"),
            });
            Payload::default()
        }
    };
    let cached_keys: Vec<u64> = cached.sources.iter().map(|(k, _)| *k).collect();
    let mut by_key: HashMap<u64, Source> = cached.sources.into_iter().collect();
    let mut stats = LoadStats::default();
    let mut reuse = |key: u64| {
        let found = by_key.remove(&key);
        if found.is_some() {
            stats.reused += 1;
        } else {
            stats.ingested += 1;
        }
        found
    };
    let (mut briefing, keys) = briefing::load_reusing(path, &mut reuse)?;
    drop(by_key);
    let bytes: usize = briefing.sources.iter().map(|s| s.raw.len()).sum();
    if keys != cached_keys && bytes >= MIN_CACHED_BYTES {
        match save(target, &briefing, &keys, fingerprint) {
            Ok(()) => stats.written = true,
            Err(e) => warnings.push(Warning {
                file: target.display().to_string(),
                message: format!("could not write the analysis cache: {e}"),
            }),
        }
    }
    briefing.warnings.extend(warnings);
    Ok((briefing, stats))
}

fn save(target: &Path, briefing: &Briefing, keys: &[u64], fingerprint: u64) -> Result<(), String> {
    let payload = PayloadRef {
        sources: keys.iter().copied().zip(&briefing.sources).collect(),
    };
    let bytes = file::to_bytes(&payload, fingerprint)?;
    if let Some(dir) = target.parent() {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    crate::state::atomic::write_atomic(target, &bytes).map_err(|e| e.to_string())
}

/// What `brief cache --stats` reports of a cache file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    pub path: String,
    pub exists: bool,
    pub bytes: u64,
    /// Sources held; `None` when the file is unreadable or from another build.
    pub sources: Option<usize>,
    /// Why the file would not be used, if it would not.
    pub problem: Option<String>,
}

/// Reads the cache file at `target` and describes it.
pub fn stats(target: &Path) -> Stats {
    let bytes = std::fs::metadata(target).map(|m| m.len()).ok();
    let (sources, problem) = match file::read::<Payload>(target, file::fingerprint()) {
        Ok(Some(p)) => (Some(p.sources.len()), None),
        Ok(None) => (None, None),
        Err(Unusable::OtherBuild) => (None, Some("written by another build of brief".into())),
        Err(Unusable::Corrupt(why)) => (None, Some(why)),
    };
    Stats {
        path: target.display().to_string(),
        exists: bytes.is_some(),
        bytes: bytes.unwrap_or(0),
        sources,
        problem,
    }
}

/// Deletes the cache file at `target`; `Ok(false)` when there was none.
pub fn clear(target: &Path) -> std::io::Result<bool> {
    match std::fs::remove_file(target) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}
