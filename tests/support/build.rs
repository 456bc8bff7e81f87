//! The one builder for test briefings: a source is its id and its sections,
//! each a heading (or none) and paragraphs, in a line of code; tests set
//! anything else (metadata, block kinds) on what comes back.

use brief::model::{Block, BlockKind, Briefing, Section, Source};

/// A paragraph block.
pub fn paragraph(text: &str) -> Block {
    Block::new(BlockKind::Paragraph, text)
}

/// Source `id` (file `id.txt`): one `(heading, paragraphs)` per section.
pub fn source<S: AsRef<str>>(id: &str, sections: Vec<(Option<&str>, Vec<S>)>) -> Source {
    Source {
        id: id.into(),
        file: format!("{id}.txt"),
        sections: sections
            .into_iter()
            .map(|(heading, blocks)| Section {
                heading: heading.map(str::to_string),
                blocks: blocks.iter().map(|t| paragraph(t.as_ref())).collect(),
            })
            .collect(),
        ..Source::default()
    }
}

/// A briefing titled "test" of `sources`.
pub fn briefing(sources: Vec<Source>) -> Briefing {
    Briefing {
        title: "test".into(),
        sources,
        ..Briefing::default()
    }
}
