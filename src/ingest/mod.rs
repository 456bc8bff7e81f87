//! Ingestion: raw article bytes in, a clean structured source out.
//! Each step of the pipeline is its own module, run in order by [`ingest`].

mod decode;

pub use decode::{Decoded, decode};

use crate::model::{Block, BlockKind, Section, SourceMeta};

/// How a source file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
}

/// What ingestion makes of one article.
#[derive(Debug, Clone, Default)]
pub struct Ingested {
    pub meta: SourceMeta,
    pub sections: Vec<Section>,
    /// The sanitised text before cleaning, for `--raw`.
    pub raw: String,
}

/// Runs the pipeline over decoded text.
pub fn ingest(text: &str, _format: Format) -> Ingested {
    let raw = decode::sanitize(text);
    let mut lines = raw.lines().map(str::trim).filter(|l| !l.is_empty());
    let title = lines.next().unwrap_or_default().to_string();
    let blocks = lines.map(|l| Block::new(BlockKind::Paragraph, l)).collect();
    Ingested {
        meta: SourceMeta {
            title,
            ..SourceMeta::default()
        },
        sections: vec![Section {
            heading: None,
            blocks,
        }],
        raw,
    }
}
