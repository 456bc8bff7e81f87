//! The intermediate form every step works on: one block-sized piece of the
//! article (a line, a paragraph, a list item) and what is known about it.

use crate::model::{BlockKind, Mark};

/// What a unit is, as far as the steps have decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    /// Running text: a paragraph, or a heading not yet recognised.
    Text,
    Item {
        ordered: Option<u32>,
    },
    Quote,
    Code,
    Caption,
    /// A section heading (from Markdown, or recognised in plain text).
    Heading,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub kind: UnitKind,
    /// Trimmed text, list marker removed.
    pub text: String,
    pub marks: Vec<Mark>,
    /// A blank line (or the start of the text) comes before it.
    pub gap_before: bool,
    /// A blank line (or the end of the text) comes after it.
    pub gap_after: bool,
    /// The source line was indented (page chrome often is, when pasted).
    pub indented: bool,
}

impl Unit {
    pub fn new(kind: UnitKind, text: impl Into<String>) -> Self {
        Unit {
            kind,
            text: text.into(),
            marks: Vec::new(),
            gap_before: true,
            gap_after: true,
            indented: false,
        }
    }

    pub fn words(&self) -> usize {
        self.text.split_whitespace().count()
    }

    /// The model's block kind; headings never become blocks.
    pub fn block_kind(&self) -> BlockKind {
        match self.kind {
            UnitKind::Item { ordered } => BlockKind::ListItem { ordered },
            UnitKind::Quote => BlockKind::Quote,
            UnitKind::Code => BlockKind::Code,
            UnitKind::Caption => BlockKind::Caption,
            UnitKind::Text | UnitKind::Heading => BlockKind::Paragraph,
        }
    }
}

/// Text on one line: line breaks (Markdown hard breaks) become spaces. For
/// titles, headings and metadata, which are shown on one line.
pub fn one_line(text: &str) -> String {
    if text.contains('\n') {
        text.split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        text.to_string()
    }
}
