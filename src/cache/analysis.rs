//! Whole-briefing results kept beside the sources: the entities and the
//! figures, each in its own file, keyed by a hash of the briefing's
//! ingested text (what extraction reads), so that any edit recomputes them.

use std::path::PathBuf;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::file;
use crate::extract::{Entity, Figure};
use crate::model::{BlockKind, Briefing, MarkKind};

/// The entities of `briefing` ([`crate::extract::entities`]), from the cache
/// when it holds them for this very text, else computed and stored.
pub fn entities(briefing: &Briefing) -> Vec<Entity> {
    cached(briefing, "entities", crate::extract::entities)
}

/// The figures of `briefing` ([`crate::extract::figures`]), as [`entities`].
pub fn figures(briefing: &Briefing) -> Vec<Figure> {
    cached(briefing, "figures", crate::extract::figures)
}

fn cached<T: Serialize + DeserializeOwned>(
    briefing: &Briefing,
    what: &str,
    compute: impl FnOnce(&Briefing) -> Vec<T>,
) -> Vec<T> {
    let Some(target) = target(briefing, what) else {
        return compute(briefing);
    };
    let fingerprint = file::fingerprint();
    let key = content_key(briefing);
    // A damaged or stale file is simply recomputed: these files hold no
    // user data and the result is the same either way.
    if let Ok(Some((stored, list))) = file::read::<(u64, Vec<T>)>(&target, fingerprint)
        && stored == key
    {
        return list;
    }
    let list = compute(briefing);
    if let Ok(bytes) = file::to_bytes(&(key, &list), fingerprint) {
        // A cache that cannot be written costs time, never correctness.
        let _ = target
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| crate::state::atomic::write_atomic(&target, &bytes));
    }
    list
}

/// The file for `what` of `briefing`, when it is cached at all.
fn target(briefing: &Briefing, what: &str) -> Option<PathBuf> {
    if !super::enabled() {
        return None;
    }
    let root = briefing.root.as_deref()?;
    let bytes: usize = briefing.sources.iter().map(|s| s.raw.len()).sum();
    if bytes < super::MIN_CACHED_BYTES {
        return None;
    }
    let sources = super::cache_file(&super::cache_dir().ok()?, root);
    Some(sources.with_extension(what))
}

/// A hash of everything extraction reads: each source's id, title and
/// text, block by block with kinds and marks.
pub fn content_key(briefing: &Briefing) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    let mut put = |bytes: &[u8]| {
        h.update(&(bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    };
    for source in &briefing.sources {
        put(source.id.as_bytes());
        put(source.meta.title.as_bytes());
        for section in &source.sections {
            put(section.heading.as_deref().unwrap_or("\u{0}").as_bytes());
            for block in &section.blocks {
                let kind: u64 = match block.kind {
                    BlockKind::Paragraph => 0,
                    BlockKind::ListItem { ordered: None } => 1,
                    BlockKind::ListItem { ordered: Some(n) } => 2 + (u64::from(n) << 8),
                    BlockKind::Quote => 3,
                    BlockKind::Caption => 4,
                    BlockKind::Code => 5,
                };
                put(&kind.to_le_bytes());
                put(block.text.as_bytes());
                for mark in &block.marks {
                    let kind = match mark.kind {
                        MarkKind::Emphasis => 0u8,
                        MarkKind::Strong => 1,
                        MarkKind::Code => 2,
                        MarkKind::LinkUrl => 3,
                    };
                    put(&[kind]);
                    put(&(mark.range.start as u64).to_le_bytes());
                    put(&(mark.range.end as u64).to_le_bytes());
                }
                for citation in &block.citations {
                    put(citation.as_bytes());
                }
            }
        }
    }
    h.digest()
}
