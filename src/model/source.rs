use std::ops::Range;

/// One article of a briefing, cleaned and structured.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Source {
    /// Stable identifier (manifest `id`, or the file stem).
    pub id: String,
    /// Path of the file relative to the briefing folder.
    pub file: String,
    pub meta: SourceMeta,
    /// The lead (heading `None`) first when the article has one, then one
    /// section per heading, in reading order.
    pub sections: Vec<Section>,
    /// The sanitised text before structure detection and chrome removal:
    /// what `--raw` shows. Safe to print (no control characters).
    pub raw: String,
    /// Problems with this file that did not stop loading.
    pub warnings: Vec<String>,
}

/// What is known about a source: detected from the text, overridden by the manifest.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SourceMeta {
    pub title: String,
    pub subtitle: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    /// The language the page declares (`<html lang>`), for HTML sources.
    pub language: Option<String>,
    /// How the file was written.
    pub format: Format,
}

/// How a source file is written: it decides how it is read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Format {
    #[default]
    Text,
    Markdown,
    Html,
}

impl Format {
    /// The format a file's name says (`.md`, `.html`/`.htm`; anything else is text).
    pub fn of_file(name: &str) -> Format {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".md") {
            Format::Markdown
        } else if lower.ends_with(".html") || lower.ends_with(".htm") {
            Format::Html
        } else {
            Format::Text
        }
    }

    /// The name `brief sources --json` prints.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Section {
    /// `None` for the lead before the first heading.
    pub heading: Option<String>,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    /// The block's text, sanitised; the unit every byte range points into.
    pub text: String,
    /// Inline styling over byte ranges of `text` (emphasis, code, link URLs).
    pub marks: Vec<Mark>,
    /// Outlet tags that followed the paragraph ("The Korea Times"), kept out
    /// of `text` and shown dim after it.
    pub citations: Vec<String>,
}

impl Block {
    pub fn new(kind: BlockKind, text: impl Into<String>) -> Self {
        Block {
            kind,
            text: text.into(),
            marks: Vec::new(),
            citations: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum BlockKind {
    Paragraph,
    /// A list item; `ordered` holds its number for numbered lists.
    ListItem {
        ordered: Option<u32>,
    },
    Quote,
    /// An image caption or credit line.
    Caption,
    /// A preformatted block (Markdown code fence).
    Code,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Mark {
    pub range: Range<usize>,
    pub kind: MarkKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum MarkKind {
    Emphasis,
    Strong,
    Code,
    /// A link's URL, shown dim after the link text.
    LinkUrl,
}

impl Source {
    /// The title to show: the source's own, or its id when it has none.
    pub fn display_title(&self) -> &str {
        if self.meta.title.trim().is_empty() {
            &self.id
        } else {
            &self.meta.title
        }
    }

    /// Total words in headings and blocks.
    pub fn word_count(&self) -> usize {
        self.sections
            .iter()
            .map(|s| {
                s.heading
                    .as_deref()
                    .map_or(0, |h| h.split_whitespace().count())
                    + s.blocks
                        .iter()
                        .map(|b| b.text.split_whitespace().count())
                        .sum::<usize>()
            })
            .sum()
    }

    /// Reading time in whole minutes at 230 words a minute, at least one.
    pub fn reading_minutes(&self) -> usize {
        self.word_count().div_ceil(230).max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_display_title_falls_back_to_the_id() {
        let mut source = Source {
            id: "port-strike".into(),
            ..Source::default()
        };
        assert_eq!(source.display_title(), "port-strike");
        source.meta.title = " \t".into();
        assert_eq!(source.display_title(), "port-strike", "blank is no title");
        source.meta.title = "Dockers walk out".into();
        assert_eq!(source.display_title(), "Dockers walk out");
    }
}
