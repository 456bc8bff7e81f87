//! The cache file: a fixed header (magic, build fingerprint, payload length,
//! xxh3 checksum of the payload) and the payload in postcard (chosen by
//! measurement over bitcode; bincode is unmaintained: see BENCHMARKS.md). Anything that
//! does not check out is reported, never trusted.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::model::{Block, BlockKind, Section, Source, SourceMeta};

/// Bump when ingestion or analysis changes what a source's entry holds
/// without changing the binary's layout (the fingerprint also covers the
/// build, so a rebuilt binary starts a fresh cache anyway).
pub const ANALYSIS_VERSION: u32 = 1;

const MAGIC: &[u8; 8] = b"BRIEFAC\x01";
const HEADER: usize = 8 + 8 + 8 + 8;

/// What the cache holds for one briefing.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Payload {
    /// Every source with its [`crate::briefing::source_key`], in briefing order.
    pub sources: Vec<(u64, Source)>,
}

/// [`Payload`] borrowed, to write without cloning the sources.
#[derive(Serialize)]
pub struct PayloadRef<'a> {
    pub sources: Vec<(u64, &'a Source)>,
}

/// Why a cache file was not used.
#[derive(Debug, PartialEq, Eq)]
pub enum Unusable {
    /// Written by another build of brief: silently replaced.
    OtherBuild,
    /// Damaged: replaced, with a warning naming the problem.
    Corrupt(String),
}

/// Identifies what wrote a cache: the analysis version, brief's version,
/// the serialised layout of a source, and the executable itself (size and
/// modification time), so no build ever reads another build's analysis.
pub fn fingerprint() -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(&ANALYSIS_VERSION.to_le_bytes());
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    h.update(&encode(&layout_sample()).unwrap_or_default());
    if let Some(meta) = std::env::current_exe()
        .ok()
        .and_then(|exe| std::fs::metadata(exe).ok())
    {
        h.update(&meta.len().to_le_bytes());
        if let Some(since) = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        {
            h.update(&since.as_nanos().to_le_bytes());
        }
    }
    h.digest()
}

/// A source with every field set: its encoding changes whenever a field is
/// added, removed or retyped.
fn layout_sample() -> Payload {
    let mut block = Block::new(BlockKind::ListItem { ordered: Some(1) }, "text");
    block.citations.push("outlet".into());
    Payload {
        sources: vec![(
            1,
            Source {
                id: "id".into(),
                file: "file".into(),
                meta: SourceMeta {
                    title: "title".into(),
                    subtitle: Some(String::new()),
                    outlet: Some(String::new()),
                    author: Some(String::new()),
                    published: Some(String::new()),
                    url: Some(String::new()),
                    language: Some(String::new()),
                    format: crate::model::Format::Html,
                },
                sections: vec![Section {
                    heading: Some("heading".into()),
                    blocks: vec![block],
                }],
                raw: "raw".into(),
                warnings: vec!["warning".into()],
            },
        )],
    }
}

fn encode(payload: &impl Serialize) -> Result<Vec<u8>, String> {
    postcard::to_allocvec(payload).map_err(|e| e.to_string())
}

/// The file's bytes: header and payload.
pub fn to_bytes(payload: &impl Serialize, fingerprint: u64) -> Result<Vec<u8>, String> {
    let body = encode(payload)?;
    let mut out = Vec::with_capacity(HEADER + body.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&fingerprint.to_le_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&xxhash_rust::xxh3::xxh3_64(&body).to_le_bytes());
    out.extend_from_slice(&body);
    Ok(out)
}

/// The payload of a cache file's bytes, if they check out.
pub fn from_bytes<T: DeserializeOwned>(bytes: &[u8], fingerprint: u64) -> Result<T, Unusable> {
    let word = |at: usize| -> u64 {
        let mut b = [0u8; 8];
        b.copy_from_slice(&bytes[at..at + 8]);
        u64::from_le_bytes(b)
    };
    if bytes.len() < HEADER || &bytes[..8] != MAGIC {
        return Err(Unusable::Corrupt("not a brief cache file".into()));
    }
    if word(8) != fingerprint {
        return Err(Unusable::OtherBuild);
    }
    let body = &bytes[HEADER..];
    let expected = word(16);
    if body.len() as u64 != expected {
        return Err(Unusable::Corrupt(format!(
            "truncated ({} of {expected} bytes)",
            body.len()
        )));
    }
    if xxhash_rust::xxh3::xxh3_64(body) != word(24) {
        return Err(Unusable::Corrupt("checksum mismatch".into()));
    }
    match postcard::take_from_bytes::<T>(body) {
        Ok((payload, [])) => Ok(payload),
        Ok(_) => Err(Unusable::Corrupt("trailing bytes".into())),
        Err(e) => Err(Unusable::Corrupt(format!("undecodable: {e}"))),
    }
}

/// Reads the cache file at `path`: `Ok(None)` when there is none.
pub fn read<T: DeserializeOwned>(path: &Path, fingerprint: u64) -> Result<Option<T>, Unusable> {
    match std::fs::read(path) {
        Ok(bytes) => from_bytes(&bytes, fingerprint).map(Some),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Unusable::Corrupt(e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (Vec<u8>, Payload) {
        let payload = layout_sample();
        let borrowed = PayloadRef {
            sources: payload.sources.iter().map(|(k, s)| (*k, s)).collect(),
        };
        let bytes = to_bytes(&borrowed, 7).unwrap_or_default();
        (bytes, payload)
    }

    #[test]
    fn round_trips() {
        let (bytes, payload) = sample();
        let back = from_bytes::<Payload>(&bytes, 7).map_err(|e| format!("{e:?}"));
        let back = back.as_ref().map(|p| &p.sources[0].1.sections);
        assert_eq!(back, Ok(&payload.sources[0].1.sections));
    }

    #[test]
    fn damage_of_every_kind_is_caught() {
        let (bytes, _) = sample();
        let read = |bytes: &[u8], fingerprint| from_bytes::<Payload>(bytes, fingerprint).err();
        assert_eq!(read(&bytes, 8), Some(Unusable::OtherBuild));
        for cut in [0, 5, HEADER, bytes.len() - 1] {
            assert!(
                matches!(read(&bytes[..cut], 7), Some(Unusable::Corrupt(_))),
                "cut at {cut}"
            );
        }
        let mut flipped = bytes.clone();
        let last = flipped.len() - 3;
        flipped[last] ^= 0x20;
        assert_eq!(
            read(&flipped, 7),
            Some(Unusable::Corrupt("checksum mismatch".into()))
        );
    }
}
