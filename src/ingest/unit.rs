//! The intermediate form every step works on: one block-sized piece of the
//! article (a line, a paragraph, a list item) and what is known about it.

use std::cell::OnceCell;

use super::vocabulary::key;
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

#[derive(Debug, Clone)]
pub struct Unit {
    pub kind: UnitKind,
    /// Trimmed text, list marker removed.
    pub text: String,
    pub marks: Vec<Mark>,
    /// Outlet tags taken off the end of the text (see `citations`).
    pub citations: Vec<String>,
    /// A blank line (or the start of the text) comes before it.
    pub gap_before: bool,
    /// A blank line (or the end of the text) comes after it.
    pub gap_after: bool,
    /// The source line was indented (page chrome often is, when pasted).
    pub indented: bool,
    /// The 1-based line of the sanitised text the unit starts on (0 when
    /// not known, as for Markdown); see [`super::trace`].
    pub line: usize,
    /// The comparison key of `text`, computed once (see [`Unit::key`]).
    key: OnceCell<String>,
    /// The number of words of `text`, computed once.
    words: OnceCell<usize>,
}

/// Equal when everything but the cached key is equal.
impl PartialEq for Unit {
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind
            && self.text == other.text
            && self.marks == other.marks
            && self.citations == other.citations
            && self.gap_before == other.gap_before
            && self.gap_after == other.gap_after
            && self.indented == other.indented
            && self.line == other.line
    }
}

impl Eq for Unit {}

impl Unit {
    pub fn new(kind: UnitKind, text: impl Into<String>) -> Self {
        Unit {
            kind,
            text: text.into(),
            marks: Vec::new(),
            citations: Vec::new(),
            gap_before: true,
            gap_after: true,
            indented: false,
            line: 0,
            key: OnceCell::new(),
            words: OnceCell::new(),
        }
    }

    /// The folded, trimmed form the rules compare (see [`key`]); computed on
    /// first use, so `text` must not change after it (use [`Unit::set_text`]).
    pub fn key(&self) -> &str {
        self.key.get_or_init(|| key(&self.text))
    }

    pub fn set_text(&mut self, text: String) {
        self.text = text;
        self.key = OnceCell::new();
        self.words = OnceCell::new();
    }

    pub fn words(&self) -> usize {
        *self
            .words
            .get_or_init(|| self.text.split_whitespace().count())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_joins_broken_lines() {
        assert_eq!(
            one_line("A title\nover two lines "),
            "A title over two lines"
        );
        assert_eq!(one_line("plain"), "plain");
    }

    #[test]
    fn cached_key_and_words_follow_set_text() {
        let mut unit = Unit::new(UnitKind::Text, "Share THIS");
        assert_eq!((unit.key(), unit.words()), ("share this", 2));
        unit.set_text("Read more now".into());
        assert_eq!((unit.key(), unit.words()), ("read more now", 3));
    }
}
