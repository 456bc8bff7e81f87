//! A source laid out for reading at one width: every wrapped line with its
//! styling (as byte ranges and [`Role`]s) and the logical [`Position`] it
//! starts at, so a front end can scroll by rows yet remember its place as a
//! position that survives re-wrapping.

use std::ops::Range;

use super::role::Role;
use super::safe_text::display_safe;
use super::wrap::wrap_ranges;
use crate::model::{Block, BlockKind, MarkKind, Part, Position, Source, TextRef};
use unicode_width::UnicodeWidthStr;

/// A styled byte range of a [`Line`]'s text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub range: Range<usize>,
    pub role: Role,
}

/// Where a line's text comes from in the source, so byte ranges of a heading
/// or block (search hits, mentions) can be found on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineOrigin {
    pub section: usize,
    pub part: Part,
    /// The bytes of the heading or block text this line shows...
    pub range: Range<usize>,
    /// ...starting at this byte of the line's text (after any bullet or bar).
    pub at: usize,
}

/// One wrapped row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// What to draw: never contains a control character.
    pub text: String,
    /// The style of the whole line; `spans` are drawn on top of it.
    pub role: Role,
    pub spans: Vec<Span>,
    /// The logical position at the start of the line. Positions never
    /// decrease down the document.
    pub position: Position,
    /// `None` for the title block, blank lines and raw text.
    pub origin: Option<LineOrigin>,
}

/// How structure is marked in the text of the lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Markup {
    /// For the reader: bullets `•`, quote bars `│`, headings by role only.
    #[default]
    Reader,
    /// Markdown-like plain text (`brief read`): `# title`, `## heading`,
    /// `- ` list items, `> ` quotes, indented code.
    Markdown,
}

/// A whole source wrapped to one width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    source: usize,
    width: usize,
    lines: Vec<Line>,
}

impl Document {
    /// Lays out the cleaned source `source` (its index is `index`) at `width`
    /// columns: title, subtitle, byline, then each section's heading and
    /// blocks with blank lines between them.
    pub fn of_source(index: usize, source: &Source, width: usize) -> Document {
        Self::of_source_with(index, source, width, Markup::Reader)
    }

    /// Like [`Document::of_source`], with structure marked as `markup` says.
    pub fn of_source_with(index: usize, source: &Source, width: usize, markup: Markup) -> Document {
        let mut builder = Builder::new(index, width, markup);
        builder.title_block(source);
        for (s, section) in source.sections.iter().enumerate() {
            if let Some(heading) = &section.heading {
                builder.blank();
                let part = Piece {
                    section: s,
                    part: Part::Heading,
                    text: heading,
                    role: Role::Heading,
                    first: builder.markup.heading_prefix(),
                    rest: "",
                };
                builder.piece(&part, &[], &[]);
            }
            let mut previous: Option<BlockKind> = None;
            for (b, block) in section.blocks.iter().enumerate() {
                let in_list = matches!(block.kind, BlockKind::ListItem { .. })
                    && matches!(previous, Some(BlockKind::ListItem { .. }));
                if !in_list {
                    builder.blank();
                }
                builder.block(s, b, block);
                previous = Some(block.kind);
            }
        }
        builder.finish()
    }

    /// Lays out `Source.raw` as plain wrapped text. Here a position's
    /// `offset` is a byte offset into `raw` (section 0, no block).
    pub fn of_raw(index: usize, source: &Source, width: usize) -> Document {
        let width = width.max(1);
        let safe = display_safe(&source.raw);
        let lines = wrap_ranges(&safe, width)
            .into_iter()
            .map(|r| Line {
                text: safe[r.clone()].to_string(),
                role: Role::Text,
                spans: Vec::new(),
                position: Position {
                    source: index,
                    section: 0,
                    block: None,
                    offset: r.start,
                },
                origin: None,
            })
            .collect();
        Document {
            source: index,
            width,
            lines,
        }
    }

    pub fn source(&self) -> usize {
        self.source
    }

    /// The width the text was wrapped to: no line is wider.
    pub fn width(&self) -> usize {
        self.width
    }

    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The row showing `position`: the line it falls in, or, when several
    /// rows start at the same position, the first of them.
    pub fn row_of(&self, position: Position) -> usize {
        let after = self.lines.partition_point(|l| l.position <= position);
        let Some(line) = after.checked_sub(1).and_then(|i| self.lines.get(i)) else {
            return 0;
        };
        let start = line.position;
        self.lines.partition_point(|l| l.position < start)
    }

    /// The logical position at the start of `row` (clamped to the document).
    pub fn position_at(&self, row: usize) -> Position {
        let last = self.lines.len().saturating_sub(1);
        self.lines
            .get(row.min(last))
            .map_or(self.start(), |l| l.position)
    }

    /// The section `row` is in.
    pub fn section_at(&self, row: usize) -> usize {
        self.position_at(row).section
    }

    /// The first row of `section`'s heading (or of its first block when it
    /// has no heading).
    pub fn section_row(&self, section: usize) -> usize {
        self.row_of(Position {
            source: self.source,
            section,
            block: None,
            offset: 0,
        })
    }

    /// The byte ranges of `row`'s text covered by any of `refs`.
    pub fn highlights(&self, row: usize, refs: &[TextRef]) -> Vec<Range<usize>> {
        let Some(origin) = self.lines.get(row).and_then(|l| l.origin.as_ref()) else {
            return Vec::new();
        };
        refs.iter()
            .filter(|r| r.source == self.source && r.section == origin.section)
            .filter(|r| r.part == origin.part)
            .filter_map(|r| {
                let start = r.range.start.max(origin.range.start);
                let end = r.range.end.min(origin.range.end);
                (start < end).then(|| {
                    origin.at + start - origin.range.start..origin.at + end - origin.range.start
                })
            })
            .collect()
    }

    fn start(&self) -> Position {
        Position {
            source: self.source,
            ..Position::default()
        }
    }
}

/// `range` clamped to `text` and widened to character boundaries: marks
/// come from other code and must not split a character or reach past the text.
fn snap(text: &str, range: &Range<usize>) -> Range<usize> {
    let mut start = range.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = range.end.clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// A heading or block to wrap, with the prefixes of its first and later lines.
struct Piece<'a> {
    section: usize,
    part: Part,
    text: &'a str,
    role: Role,
    first: &'a str,
    rest: &'a str,
}

impl Markup {
    fn heading_prefix(self) -> &'static str {
        match self {
            Markup::Reader => "",
            Markup::Markdown => "## ",
        }
    }

    /// The first-line and continuation prefixes of a block (an empty
    /// continuation means: indent to the width of the first).
    fn block_prefixes(self, kind: BlockKind) -> (&'static str, &'static str) {
        match (self, kind) {
            (
                _,
                BlockKind::Paragraph
                | BlockKind::Caption
                | BlockKind::ListItem { ordered: Some(_) },
            ) => ("", ""),
            (Markup::Reader, BlockKind::Quote) => ("│ ", "│ "),
            (Markup::Reader, BlockKind::Code) => ("  ", "  "),
            (Markup::Reader, BlockKind::ListItem { ordered: None }) => ("• ", "  "),
            (Markup::Markdown, BlockKind::Quote) => ("> ", "> "),
            (Markup::Markdown, BlockKind::Code) => ("    ", "    "),
            (Markup::Markdown, BlockKind::ListItem { ordered: None }) => ("- ", "  "),
        }
    }
}

struct Builder {
    source: usize,
    width: usize,
    markup: Markup,
    lines: Vec<Line>,
}

impl Builder {
    fn new(source: usize, width: usize, markup: Markup) -> Self {
        Builder {
            source,
            width: width.max(1),
            markup,
            lines: Vec::new(),
        }
    }

    fn start(&self) -> Position {
        Position {
            source: self.source,
            ..Position::default()
        }
    }

    /// Title, subtitle and byline, all at the start position.
    fn title_block(&mut self, source: &Source) {
        let title = source.display_title();
        match self.markup {
            Markup::Reader => self.plain(title, Role::Title),
            Markup::Markdown => self.plain(&format!("# {title}"), Role::Title),
        }
        if let Some(subtitle) = &source.meta.subtitle {
            self.plain(subtitle, Role::Subtitle);
        }
        let byline: Vec<&str> = [
            &source.meta.author,
            &source.meta.outlet,
            &source.meta.published,
        ]
        .into_iter()
        .filter_map(|f| f.as_deref())
        .collect();
        if !byline.is_empty() {
            self.plain(&byline.join(" · "), Role::Byline);
        }
    }

    fn plain(&mut self, text: &str, role: Role) {
        let safe = display_safe(text);
        for r in wrap_ranges(&safe, self.width) {
            self.lines.push(Line {
                text: safe[r].to_string(),
                role,
                spans: Vec::new(),
                position: self.start(),
                origin: None,
            });
        }
    }

    /// An empty row, at the position where the previous row ends.
    fn blank(&mut self) {
        let Some(previous) = self.lines.last() else {
            return;
        };
        let mut position = previous.position;
        if let Some(origin) = &previous.origin {
            position.offset = origin.range.end;
        }
        self.lines.push(Line {
            text: String::new(),
            role: Role::Text,
            spans: Vec::new(),
            position,
            origin: None,
        });
    }

    fn block(&mut self, section: usize, index: usize, block: &Block) {
        let number;
        let role = match block.kind {
            BlockKind::Paragraph | BlockKind::ListItem { .. } => Role::Text,
            BlockKind::Caption => Role::Caption,
            BlockKind::Quote => Role::Quote,
            BlockKind::Code => Role::Code,
        };
        let (mut first, rest) = self.markup.block_prefixes(block.kind);
        if let BlockKind::ListItem { ordered: Some(n) } = block.kind {
            number = format!("{n}. ");
            first = number.as_str();
        }
        let indent = " ".repeat(first.width());
        let rest = if rest.is_empty() { &indent } else { rest };
        let piece = Piece {
            section,
            part: Part::Block(index),
            text: &block.text,
            role,
            first,
            rest,
        };
        let marks: Vec<Span> = block
            .marks
            .iter()
            .map(|m| Span {
                range: snap(&block.text, &m.range),
                role: match m.kind {
                    MarkKind::Emphasis => Role::Emphasis,
                    MarkKind::Strong => Role::Strong,
                    MarkKind::Code => Role::Code,
                    MarkKind::LinkUrl => Role::LinkUrl,
                },
            })
            .collect();
        self.piece(&piece, &marks, &block.citations);
    }

    /// Wraps a heading or block (plus its citations, dim, after the text)
    /// and pushes its lines.
    fn piece(&mut self, piece: &Piece, marks: &[Span], citations: &[String]) {
        let text_len = piece.text.len();
        let mut full = piece.text.to_string();
        for citation in citations {
            full.push_str(&format!(" [{citation}]"));
        }
        let safe = display_safe(&full);
        let prefix_width = piece.first.width().max(piece.rest.width());
        // Too narrow for a bullet and a wide character: drop the bullet.
        let (first, rest) = if prefix_width + 2 <= self.width {
            (piece.first, piece.rest)
        } else {
            ("", "")
        };
        let inner = self.width.saturating_sub(first.width().max(rest.width()));
        for (i, r) in wrap_ranges(&safe, inner).into_iter().enumerate() {
            let prefix = if i == 0 { first } else { rest };
            let at = prefix.len();
            let mut spans = Vec::new();
            if !prefix.trim().is_empty() {
                spans.push(Span {
                    range: 0..at,
                    role: Role::Marker,
                });
            }
            let clip = |range: &Range<usize>, role: Role| {
                let start = range.start.max(r.start);
                let end = range.end.min(r.end);
                (start < end).then(|| Span {
                    range: at + start - r.start..at + end - r.start,
                    role,
                })
            };
            spans.extend(marks.iter().filter_map(|m| clip(&m.range, m.role)));
            spans.extend(clip(&(text_len..full.len()), Role::Citation));
            let shown = r.start.min(text_len)..r.end.min(text_len);
            self.lines.push(Line {
                text: format!("{prefix}{}", &safe[r.clone()]),
                role: piece.role,
                spans,
                position: Position {
                    source: self.source,
                    section: piece.section,
                    block: match piece.part {
                        Part::Heading | Part::Title => None,
                        Part::Block(b) => Some(b),
                    },
                    offset: shown.start,
                },
                origin: Some(LineOrigin {
                    section: piece.section,
                    part: piece.part,
                    range: shown,
                    at,
                }),
            });
        }
    }

    fn finish(self) -> Document {
        Document {
            source: self.source,
            width: self.width,
            lines: self.lines,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Mark, Section, SourceMeta};

    /// An article on another subject and in another style than the default
    /// briefing: headings, a list, a quote, marks and citations.
    fn glacier() -> Source {
        let mut cited = Block::new(
            BlockKind::Paragraph,
            "Meltwater from the Thwaites glacier raised sea levels by 4 per cent of the global total in 2023.",
        );
        cited.citations = vec!["Nature Geoscience".into()];
        let at = cited.text.find("Thwaites").unwrap_or(0);
        cited.marks = vec![Mark {
            range: at..at + "Thwaites".len(),
            kind: MarkKind::Emphasis,
        }];
        Source {
            id: "glacier".into(),
            meta: SourceMeta {
                title: "The glacier that keeps scientists up at night".into(),
                author: Some("A. Writer".into()),
                outlet: Some("Polar Weekly".into()),
                ..SourceMeta::default()
            },
            sections: vec![
                Section {
                    heading: None,
                    blocks: vec![cited],
                },
                Section {
                    heading: Some("What the sensors found".into()),
                    blocks: vec![
                        Block::new(
                            BlockKind::ListItem { ordered: None },
                            "Warm water under the ice shelf, flowing in from the deep ocean.",
                        ),
                        Block::new(
                            BlockKind::ListItem { ordered: None },
                            "Cracks widening by 2.5 km a year.",
                        ),
                        Block::new(
                            BlockKind::Quote,
                            "We have never seen anything change this fast.",
                        ),
                    ],
                },
                Section {
                    heading: Some("Next steps".into()),
                    blocks: vec![Block::new(BlockKind::Paragraph, "More drilling in 2025.")],
                },
            ],
            ..Source::default()
        }
    }

    #[test]
    fn no_line_is_wider_than_the_width_and_positions_never_decrease() {
        let source = glacier();
        for width in [1, 5, 12, 30, 80] {
            let doc = Document::of_source(0, &source, width);
            for line in doc.lines() {
                assert!(line.text.width() <= width, "{width}: {:?}", line.text);
            }
            for pair in doc.lines().windows(2) {
                assert!(pair[0].position <= pair[1].position);
            }
        }
    }

    #[test]
    fn headings_lists_quotes_and_citations_are_styled() {
        let doc = Document::of_source(0, &glacier(), 30);
        let texts: Vec<&str> = doc.lines().iter().map(|l| l.text.as_str()).collect();
        assert_eq!(doc.lines()[0].role, Role::Title);
        assert!(texts.contains(&"A. Writer · Polar Weekly"));
        let heading = doc.lines().iter().find(|l| l.role == Role::Heading);
        assert_eq!(
            heading.map(|l| l.text.as_str()),
            Some("What the sensors found")
        );
        // A list item: bullet then a hanging indent.
        let bullet = texts.iter().position(|t| t.starts_with("• Warm"));
        let bullet = bullet.unwrap_or_else(|| panic!("{texts:#?}"));
        assert!(texts[bullet + 1].starts_with("  ") && !texts[bullet + 1].starts_with("   "));
        // Consecutive items have no blank line between them.
        assert!(texts.iter().any(|t| t.starts_with("• Cracks")));
        let items: Vec<usize> = texts
            .iter()
            .enumerate()
            .filter(|(_, t)| t.starts_with("• "))
            .map(|(i, _)| i)
            .collect();
        assert!(
            items
                .windows(2)
                .all(|w| texts[w[0]..w[1]].iter().all(|t| !t.is_empty()))
        );
        assert!(texts.iter().any(|t| t.starts_with("│ We have")));
        // The citation is styled dim, and the emphasis lands on "Thwaites".
        let cited: Vec<&Line> = doc
            .lines()
            .iter()
            .filter(|l| l.spans.iter().any(|s| s.role == Role::Citation))
            .collect();
        assert!(!cited.is_empty());
        let citation_text: String = cited
            .iter()
            .flat_map(|l| {
                l.spans
                    .iter()
                    .filter(|s| s.role == Role::Citation)
                    .map(|s| l.text[s.range.clone()].to_string())
            })
            .collect::<Vec<_>>()
            .join(" ");
        assert!(citation_text.contains("Nature"), "{citation_text}");
        let emphasis: Vec<&str> = doc
            .lines()
            .iter()
            .flat_map(|l| {
                l.spans
                    .iter()
                    .filter(|s| s.role == Role::Emphasis)
                    .map(|s| &l.text[s.range.clone()])
            })
            .collect();
        assert_eq!(emphasis.concat(), "Thwaites");
    }

    #[test]
    fn positions_survive_rewrapping() {
        let source = glacier();
        let narrow = Document::of_source(0, &source, 20);
        let wide = Document::of_source(0, &source, 70);
        for row in 0..narrow.len() {
            let position = narrow.position_at(row);
            let there = wide.row_of(position);
            let back = wide.position_at(there);
            // The wide row starts at or before the position, and the next
            // row (if any) starts after it.
            assert!(back <= position, "{row}: {back:?} > {position:?}");
            if let Some(next) = wide.lines().get(there + 1) {
                assert!(next.position > position || next.position == back);
            }
            // Same width: a row's position leads back to the first row at it.
            assert!(narrow.row_of(position) <= row);
            assert_eq!(narrow.position_at(narrow.row_of(position)), position);
        }
    }

    #[test]
    fn sections_are_found_by_row_and_row_by_section() {
        let doc = Document::of_source(0, &glacier(), 40);
        let second = doc.section_row(1);
        assert_eq!(doc.lines()[second].text, "What the sensors found");
        assert_eq!(doc.section_at(second), 1);
        assert_eq!(doc.section_at(0), 0);
        assert_eq!(doc.section_at(doc.len() - 1), 2);
        assert_eq!(doc.lines()[doc.section_row(2)].text, "Next steps");
    }

    #[test]
    fn highlights_map_text_ranges_to_line_bytes() {
        let source = glacier();
        let doc = Document::of_source(0, &source, 25);
        let text = &source.sections[1].blocks[1].text;
        let start = text.find("2.5 km").unwrap_or(0);
        let hit = TextRef {
            source: 0,
            section: 1,
            part: Part::Block(1),
            range: start..start + "2.5 km".len(),
        };
        let doc = &doc;
        let found: Vec<String> = (0..doc.len())
            .flat_map(|row| {
                doc.highlights(row, std::slice::from_ref(&hit))
                    .into_iter()
                    .map(move |r| doc.lines()[row].text[r].to_string())
            })
            .collect();
        // The hit may be split across two rows at its space.
        assert_eq!(found.join(" "), "2.5 km");
        let elsewhere = TextRef { source: 1, ..hit };
        assert!((0..doc.len()).all(|row| {
            doc.highlights(row, std::slice::from_ref(&elsewhere))
                .is_empty()
        }));
    }

    #[test]
    fn hostile_text_is_made_safe_and_raw_text_wraps() {
        let mut source = glacier();
        source.sections[0].blocks[0].text =
            "evil\u{1b}]0;title\u{7}text 北朝鮮とロシアの関係は深まっている".into();
        source.raw = "line one\n\nline\u{1b} three is longer".into();
        let doc = Document::of_source(0, &source, 8);
        for line in doc.lines() {
            assert!(
                !line.text.chars().any(super::super::is_unsafe),
                "{:?}",
                line.text
            );
            assert!(line.text.width() <= 8);
        }
        let raw = Document::of_raw(0, &source, 10);
        let texts: Vec<&str> = raw.lines().iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts[0], "line one");
        assert_eq!(texts[1], "");
        assert!(raw.lines().iter().all(|l| !l.text.contains('\u{1b}')));
        assert_eq!(raw.position_at(2).offset, "line one\n\n".len());
    }

    #[test]
    fn an_empty_source_still_has_a_title_row() {
        let source = Source {
            id: "empty".into(),
            ..Source::default()
        };
        let doc = Document::of_source(3, &source, 40);
        assert_eq!(doc.lines()[0].text, "empty");
        assert_eq!(doc.row_of(Position::default()), 0);
        assert_eq!(doc.position_at(99).source, 3);
    }
}
