//! Step 7: Markdown sources, through pulldown-cmark. Headings, paragraphs,
//! list items (numbered or not), quotes and code blocks become units;
//! emphasis, strong text and code spans become marks; a link keeps its text
//! and gets " (URL)" appended under a `LinkUrl` mark. Raw HTML and images
//! are dropped (an image is not text). A YAML front matter block gives
//! metadata (title, subtitle, author, date, outlet, url) and is not shown.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::unit::{Unit, UnitKind};
use crate::model::{MarkKind, SourceMeta};

#[derive(Default)]
struct Builder {
    units: Vec<Unit>,
    current: Option<Unit>,
    /// The next number of each open list (`None` for bulleted lists).
    lists: Vec<Option<u64>>,
    quote_depth: usize,
    /// Open inline styles and where they started in the current text.
    open_marks: Vec<(MarkKind, usize)>,
    /// URLs of open links.
    links: Vec<String>,
    image_depth: usize,
    /// Inside a front matter block, and its text so far.
    in_front_matter: bool,
    front_matter: String,
}

/// The units of a Markdown text, and the metadata its front matter gives.
pub fn parse(text: &str) -> (Vec<Unit>, SourceMeta) {
    let mut b = Builder::default();
    let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    for event in Parser::new_ext(text, options) {
        if b.in_front_matter {
            match event {
                Event::Text(t) => b.front_matter.push_str(&t),
                Event::End(TagEnd::MetadataBlock(_)) => b.in_front_matter = false,
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::MetadataBlock(_)) => b.in_front_matter = true,
            Event::Start(tag) => b.start(tag),
            Event::End(tag) => b.end(tag),
            Event::Text(t) => b.push_text(&t),
            Event::Code(t) => {
                let start = b.text_len();
                b.push_text(&t);
                b.mark(MarkKind::Code, start);
            }
            Event::InlineMath(t) | Event::DisplayMath(t) => b.push_text(&t),
            Event::SoftBreak => b.push_text(" "),
            Event::HardBreak => b.push_text("\n"),
            Event::Rule => b.flush(),
            Event::Html(_)
            | Event::InlineHtml(_)
            | Event::FootnoteReference(_)
            | Event::TaskListMarker(_) => {}
        }
    }
    b.flush();
    let meta = front_matter(&b.front_matter);
    (b.units, meta)
}

/// `key: value` lines of a YAML front matter; other YAML is ignored.
fn front_matter(text: &str) -> SourceMeta {
    let mut meta = SourceMeta::default();
    for line in text.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).trim();
        if value.is_empty() {
            continue;
        }
        let text = value.to_string();
        let value = Some(value.to_string());
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => meta.title = text,
            "subtitle" | "description" | "summary" => meta.subtitle = value,
            "author" | "authors" | "by" => meta.author = value,
            "date" | "published" | "pubdate" => meta.published = value,
            "outlet" | "site" | "publication" | "source" => meta.outlet = value,
            "url" | "link" | "canonical" | "canonical_url" => meta.url = value,
            _ => {}
        }
    }
    meta
}

impl Builder {
    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph => {
                let in_item =
                    matches!(&self.current, Some(u) if matches!(u.kind, UnitKind::Item { .. }));
                if in_item {
                    self.push_text(" ");
                } else {
                    self.begin(if self.quote_depth > 0 {
                        UnitKind::Quote
                    } else {
                        UnitKind::Text
                    });
                }
            }
            Tag::Heading { .. } => self.begin(UnitKind::Heading),
            Tag::BlockQuote(_) => {
                self.flush();
                self.quote_depth += 1;
            }
            Tag::CodeBlock(_) => self.begin(UnitKind::Code),
            Tag::List(first) => {
                self.flush();
                self.lists.push(first);
            }
            Tag::Item => {
                let ordered = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let this = u32::try_from(*n).unwrap_or(u32::MAX);
                        *n = n.saturating_add(1);
                        Some(this)
                    }
                    _ => None,
                };
                self.begin(UnitKind::Item { ordered });
            }
            Tag::Emphasis => self.open(MarkKind::Emphasis),
            Tag::Strong => self.open(MarkKind::Strong),
            Tag::Link { dest_url, .. } => {
                self.links.push(dest_url.to_string());
                self.open(MarkKind::LinkUrl);
            }
            Tag::Image { .. } => self.image_depth += 1,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => {
                let in_item =
                    matches!(&self.current, Some(u) if matches!(u.kind, UnitKind::Item { .. }));
                if !in_item {
                    self.flush();
                }
            }
            TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::Item => self.flush(),
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
            }
            TagEnd::Emphasis => self.close(MarkKind::Emphasis),
            TagEnd::Strong => self.close(MarkKind::Strong),
            TagEnd::Link => {
                let url = self.links.pop().unwrap_or_default();
                let start = self.take_open(MarkKind::LinkUrl);
                let shown = self
                    .current
                    .as_ref()
                    .map_or("", |u| &u.text[start.unwrap_or(0).min(u.text.len())..]);
                // Autolinks and in-page anchors say nothing a reader can use.
                if !url.is_empty() && !url.starts_with('#') && shown.trim() != url {
                    self.push_text(" ");
                    let at = self.text_len();
                    self.push_text(&format!("({url})"));
                    self.mark(MarkKind::LinkUrl, at);
                }
            }
            TagEnd::Image => self.image_depth = self.image_depth.saturating_sub(1),
            _ => {}
        }
    }

    fn begin(&mut self, kind: UnitKind) {
        self.flush();
        self.current = Some(Unit::new(kind, String::new()));
    }

    fn push_text(&mut self, text: &str) {
        if self.image_depth > 0 {
            return;
        }
        let kind = if self.quote_depth > 0 {
            UnitKind::Quote
        } else {
            UnitKind::Text
        };
        let unit = self
            .current
            .get_or_insert_with(|| Unit::new(kind, String::new()));
        if unit.kind != UnitKind::Code
            && text.chars().all(char::is_whitespace)
            && unit.text.is_empty()
        {
            return;
        }
        unit.text.push_str(text);
    }

    fn text_len(&self) -> usize {
        self.current.as_ref().map_or(0, |u| u.text.len())
    }

    fn open(&mut self, kind: MarkKind) {
        let at = self.text_len();
        self.open_marks.push((kind, at));
    }

    fn take_open(&mut self, kind: MarkKind) -> Option<usize> {
        let i = self.open_marks.iter().rposition(|(k, _)| *k == kind)?;
        Some(self.open_marks.remove(i).1)
    }

    fn close(&mut self, kind: MarkKind) {
        if let Some(start) = self.take_open(kind) {
            self.mark(kind, start);
        }
    }

    fn mark(&mut self, kind: MarkKind, start: usize) {
        if let Some(unit) = self.current.as_mut() {
            unit.mark_to_end(kind, start);
        }
    }

    fn flush(&mut self) {
        // Styles left open belong to the finished block only.
        for (kind, start) in std::mem::take(&mut self.open_marks) {
            self.mark(kind, start);
        }
        let Some(mut unit) = self.current.take() else {
            return;
        };
        if unit.kind == UnitKind::Code {
            let keep = unit.text.trim_end().len();
            unit.text.truncate(keep);
            clamp_marks(&mut unit);
        } else {
            trim(&mut unit);
        }
        if !unit.text.trim().is_empty() {
            self.units.push(unit);
        }
    }
}

/// Trims a unit's text, moving its marks with it.
pub fn trim(unit: &mut Unit) {
    let lead = unit.text.len() - unit.text.trim_start().len();
    let keep = unit.text.trim_end().len();
    unit.text = unit.text[lead..keep.max(lead)].to_string();
    for mark in &mut unit.marks {
        mark.range.start = mark.range.start.saturating_sub(lead);
        mark.range.end = mark.range.end.saturating_sub(lead);
    }
    clamp_marks(unit);
}

/// Keeps marks inside the text, dropping empty ones.
pub fn clamp_marks(unit: &mut Unit) {
    let len = unit.text.len();
    for mark in &mut unit.marks {
        mark.range.end = mark.range.end.min(len);
        mark.range.start = mark.range.start.min(mark.range.end);
    }
    unit.marks.retain(|m| !m.range.is_empty());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(units: &[Unit]) -> Vec<(UnitKind, &str)> {
        units.iter().map(|u| (u.kind, u.text.as_str())).collect()
    }

    #[test]
    fn blocks_from_markdown() {
        let (units, _) = parse(
            "# Title\n\nA *lead* paragraph\nover two lines.\n\n## Part\n\n1. one\n2. two\n\n- a\n- b\n\n> said\n\n```\ncode\n```\n",
        );
        assert_eq!(
            kinds(&units),
            vec![
                (UnitKind::Heading, "Title"),
                (UnitKind::Text, "A lead paragraph over two lines."),
                (UnitKind::Heading, "Part"),
                (UnitKind::Item { ordered: Some(1) }, "one"),
                (UnitKind::Item { ordered: Some(2) }, "two"),
                (UnitKind::Item { ordered: None }, "a"),
                (UnitKind::Item { ordered: None }, "b"),
                (UnitKind::Quote, "said"),
                (UnitKind::Code, "code"),
            ]
        );
    }

    #[test]
    fn marks_for_emphasis_strong_code_and_links() {
        let (units, _) = parse("Some **bold**, _it_, `x()` and [a site](https://example.org).");
        let u = &units[0];
        assert_eq!(
            u.text,
            "Some bold, it, x() and a site (https://example.org)."
        );
        let spans: Vec<(MarkKind, &str)> = u
            .marks
            .iter()
            .map(|m| (m.kind, &u.text[m.range.clone()]))
            .collect();
        assert_eq!(
            spans,
            vec![
                (MarkKind::Strong, "bold"),
                (MarkKind::Emphasis, "it"),
                (MarkKind::Code, "x()"),
                (MarkKind::LinkUrl, "(https://example.org)"),
            ]
        );
    }

    #[test]
    fn front_matter_gives_metadata_and_is_not_shown() {
        let (units, meta) = parse(
            "---\ntitle: \"Field notes\"\nauthor: Ana Lima\ndate: 2024-05-01\ntags: [a, b]\n---\n\nBody text.\n",
        );
        assert_eq!(meta.title, "Field notes");
        assert_eq!(meta.author.as_deref(), Some("Ana Lima"));
        assert_eq!(meta.published.as_deref(), Some("2024-05-01"));
        let texts: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(texts, vec!["Body text."]);
    }

    #[test]
    fn html_and_images_are_dropped_autolinks_not_repeated() {
        let (units, _) = parse("<div>x</div>\n\n![alt text](a.png) See <https://e.org>.");
        let texts: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(texts, vec!["See https://e.org."]);
    }
}
