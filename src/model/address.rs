use std::ops::Range;

/// Which part of a section a [`TextRef`] points into.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Part {
    /// The source's title (`SourceMeta::title`), shown above its first
    /// section; `section` is 0. Only extraction points here.
    Title,
    Heading,
    Block(usize),
}

/// A byte range of one piece of text: a section heading or a block.
/// Search hits, entity mentions and figures all point into the text this way.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct TextRef {
    pub source: usize,
    pub section: usize,
    pub part: Part,
    pub range: Range<usize>,
}

/// A logical reading position: never a wrapped-row number, so that a resize
/// (which changes the wrapping) keeps the reader on the same text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Position {
    pub source: usize,
    pub section: usize,
    /// Block index within the section; `None` means the section heading.
    pub block: Option<usize>,
    /// Byte offset within that block's text (or the heading).
    pub offset: usize,
}

/// Reading order: source, section, heading before blocks, then offset.
impl Ord for TextRef {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (
            self.source,
            self.section,
            self.part,
            self.range.start,
            self.range.end,
        )
            .cmp(&(
                other.source,
                other.section,
                other.part,
                other.range.start,
                other.range.end,
            ))
    }
}

impl PartialOrd for TextRef {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl TextRef {
    /// The text this reference points into, if it exists in `briefing`.
    pub fn text<'a>(&self, briefing: &'a super::Briefing) -> Option<&'a str> {
        if self.part == Part::Title {
            let title = &briefing.sources.get(self.source)?.meta.title;
            return title.get(self.range.clone());
        }
        let section = briefing
            .sources
            .get(self.source)?
            .sections
            .get(self.section)?;
        let whole = match self.part {
            Part::Heading => section.heading.as_deref()?,
            Part::Block(b) => section.blocks.get(b)?.text.as_str(),
            Part::Title => return None,
        };
        whole.get(self.range.clone())
    }

    /// Another range of the same heading or block.
    pub fn with_range(&self, range: Range<usize>) -> TextRef {
        TextRef {
            range,
            ..self.clone()
        }
    }

    /// The reading position at the start of this reference (the top of the
    /// article for its title).
    pub fn position(&self) -> Position {
        if self.part == Part::Title {
            return Position {
                source: self.source,
                ..Position::default()
            };
        }
        Position {
            source: self.source,
            section: self.section,
            block: match self.part {
                Part::Heading | Part::Title => None,
                Part::Block(b) => Some(b),
            },
            offset: self.range.start,
        }
    }
}
