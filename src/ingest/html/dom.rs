//! The extracted article's DOM to units: `h1`–`h6` become headings,
//! paragraphs and other blocks text, `li` list items (numbered in an `ol`),
//! `blockquote` quotes, `pre` code, `figcaption` captions, and each table
//! row one line with its cells parted by " | ". Inline `em`/`strong`/`code`
//! become marks, and a link keeps its text with " (URL)" after it under a
//! `LinkUrl` mark, as in Markdown. Images, scripts and forms are dropped.

use dom_query::NodeRef;

use crate::ingest::markdown::trim;
use crate::ingest::sanitize;
use crate::ingest::unit::{Unit, UnitKind};
use crate::model::{Mark, MarkKind};

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "button", "select", "input",
    "textarea", "iframe", "object", "embed", "canvas", "video", "audio", "head", "form",
];

/// Elements that start and end a block of text.
const BLOCKS: &[&str] = &[
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "address",
    "figure", "details", "summary", "dl", "dt", "dd", "center", "body", "html", "hgroup",
    "caption",
];

/// How deep the walk goes; deeper nesting (hostile pages) is flattened.
const MAX_DEPTH: usize = 256;

#[derive(Default)]
struct Builder {
    units: Vec<Unit>,
    current: Option<Unit>,
    /// The next number of each open list (`None` for bulleted lists).
    lists: Vec<Option<u32>>,
    quote_depth: usize,
    caption_depth: usize,
    pre_depth: usize,
    /// Open inline styles and where they started in the current text.
    open_marks: Vec<(MarkKind, usize)>,
}

/// The units of an article's content (an HTML fragment's root).
pub fn units(root: &NodeRef) -> Vec<Unit> {
    let mut b = Builder::default();
    b.walk(root, 0);
    b.flush();
    b.units
}

impl Builder {
    fn walk(&mut self, node: &NodeRef, depth: usize) {
        for child in node.children_it(false) {
            if child.is_text() {
                self.text(&child.text());
            } else if child.is_element() {
                if depth >= MAX_DEPTH {
                    self.text(&child.text());
                } else {
                    self.element(&child, depth + 1);
                }
            }
        }
    }

    fn element(&mut self, el: &NodeRef, depth: usize) {
        let Some(name) = el.node_name() else {
            return;
        };
        let name = name.to_ascii_lowercase();
        let name = name.as_str();
        if SKIPPED.contains(&name) || el.has_attr("hidden") {
            return;
        }
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.begin(UnitKind::Heading);
                self.walk(el, depth);
                self.flush();
            }
            "li" => {
                let ordered = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let this = *n;
                        *n = n.saturating_add(1);
                        Some(this)
                    }
                    _ => None,
                };
                self.begin(UnitKind::Item { ordered });
                self.walk(el, depth);
                self.flush();
            }
            "ul" | "ol" | "menu" => {
                self.flush();
                let start = el
                    .attr("start")
                    .and_then(|s| s.trim().parse::<u32>().ok())
                    .unwrap_or(1);
                self.lists.push((name == "ol").then_some(start));
                self.walk(el, depth);
                self.flush();
                self.lists.pop();
            }
            "blockquote" => {
                self.flush();
                self.quote_depth += 1;
                self.walk(el, depth);
                self.flush();
                self.quote_depth -= 1;
            }
            "figcaption" => {
                self.flush();
                self.caption_depth += 1;
                self.walk(el, depth);
                self.flush();
                self.caption_depth -= 1;
            }
            "pre" => {
                self.begin(UnitKind::Code);
                self.pre_depth += 1;
                self.walk(el, depth);
                self.pre_depth -= 1;
                self.flush();
            }
            "table" | "thead" | "tbody" | "tfoot" => {
                self.flush();
                self.walk(el, depth);
                self.flush();
            }
            "tr" => self.row(el, depth),
            "br" => self.push_text("\n"),
            "hr" => self.flush(),
            "img" | "picture" | "source" | "track" | "wbr" => {}
            "a" => self.link(el, depth),
            "em" | "i" | "cite" | "dfn" => self.inline(el, depth, MarkKind::Emphasis),
            "strong" | "b" => self.inline(el, depth, MarkKind::Strong),
            "code" | "kbd" | "samp" | "tt" if self.pre_depth == 0 => {
                self.inline(el, depth, MarkKind::Code)
            }
            _ if BLOCKS.contains(&name) => {
                self.flush();
                self.walk(el, depth);
                self.flush();
            }
            _ => self.walk(el, depth),
        }
    }

    /// A table row: its cells' text on one line.
    fn row(&mut self, el: &NodeRef, depth: usize) {
        self.flush();
        let mut cells = Vec::new();
        for cell in el.element_children() {
            let Some(name) = cell.node_name() else {
                continue;
            };
            if !name.eq_ignore_ascii_case("td") && !name.eq_ignore_ascii_case("th") {
                continue;
            }
            // Each cell is read on its own, then joined.
            let mut inner = Builder::default();
            inner.walk(&cell, depth);
            inner.flush();
            let text = inner
                .units
                .iter()
                .map(|u| crate::ingest::unit::one_line(&u.text))
                .collect::<Vec<_>>()
                .join(" ");
            cells.push(text);
        }
        let cells: Vec<String> = cells.into_iter().filter(|c| !c.is_empty()).collect();
        if !cells.is_empty() {
            self.begin(self.block_kind());
            self.push_text(&cells.join(" | "));
            self.flush();
        }
    }

    fn link(&mut self, el: &NodeRef, depth: usize) {
        let start = self.text_len();
        self.walk(el, depth);
        let Some(href) = el.attr("href") else {
            return;
        };
        let url = href.trim();
        let shown = self
            .current
            .as_ref()
            .map_or("", |u| &u.text[start.min(u.text.len())..]);
        // Only a full address can be followed from a terminal; in-page
        // anchors and relative paths say nothing a reader can use.
        let usable = url.starts_with("http://") || url.starts_with("https://");
        // Headings carry no marks: an address in one would read as words.
        let in_heading = self
            .current
            .as_ref()
            .is_some_and(|u| u.kind == UnitKind::Heading);
        if usable
            && !in_heading
            && !shown.trim().is_empty()
            && shown.trim() != url
            && self.pre_depth == 0
        {
            self.push_text(" ");
            let at = self.text_len();
            self.push_text(&format!("({})", sanitize(url)));
            self.mark(MarkKind::LinkUrl, at);
        }
    }

    fn inline(&mut self, el: &NodeRef, depth: usize, kind: MarkKind) {
        self.open_marks.push((kind, self.text_len()));
        self.walk(el, depth);
        if let Some(i) = self.open_marks.iter().rposition(|(k, _)| *k == kind) {
            let (_, start) = self.open_marks.remove(i);
            self.mark(kind, start);
        }
    }

    /// The kind of a block started here: a quote inside `blockquote`, a
    /// caption inside `figcaption`, else running text.
    fn block_kind(&self) -> UnitKind {
        if self.caption_depth > 0 {
            UnitKind::Caption
        } else if self.quote_depth > 0 {
            UnitKind::Quote
        } else {
            UnitKind::Text
        }
    }

    fn begin(&mut self, kind: UnitKind) {
        self.flush();
        self.current = Some(Unit::new(kind, String::new()));
    }

    /// A text node: white space collapses, as a browser shows it, except
    /// inside `pre`.
    fn text(&mut self, text: &str) {
        if self.pre_depth > 0 {
            self.push_text(&sanitize(text));
            return;
        }
        let mut collapsed = String::with_capacity(text.len());
        let mut space = false;
        for c in text.chars() {
            if c.is_whitespace() && c != '\u{a0}' {
                space = true;
            } else {
                if space {
                    collapsed.push(' ');
                }
                space = false;
                collapsed.push(c);
            }
        }
        if space {
            collapsed.push(' ');
        }
        let collapsed = sanitize(&collapsed).replace('\u{a0}', " ");
        let ends_in_space = self
            .current
            .as_ref()
            .is_none_or(|u| u.text.is_empty() || u.text.ends_with([' ', '\n']));
        let collapsed = if ends_in_space {
            collapsed.trim_start()
        } else {
            collapsed.as_str()
        };
        if !collapsed.is_empty() {
            self.push_text(collapsed);
        }
    }

    fn push_text(&mut self, text: &str) {
        if self.current.is_none() {
            if text.trim().is_empty() {
                return;
            }
            self.current = Some(Unit::new(self.block_kind(), String::new()));
        }
        if let Some(unit) = self.current.as_mut() {
            unit.text.push_str(text);
        }
    }

    fn text_len(&self) -> usize {
        self.current.as_ref().map_or(0, |u| u.text.len())
    }

    fn mark(&mut self, kind: MarkKind, start: usize) {
        if let Some(unit) = self.current.as_mut()
            && start < unit.text.len()
        {
            unit.marks.push(Mark {
                range: start..unit.text.len(),
                kind,
            });
        }
    }

    fn flush(&mut self) {
        // Styles left open continue into the next block.
        let open: Vec<MarkKind> = self.open_marks.iter().map(|(k, _)| *k).collect();
        for (kind, start) in std::mem::take(&mut self.open_marks) {
            self.mark(kind, start);
        }
        let Some(mut unit) = self.current.take() else {
            self.open_marks = open.into_iter().map(|k| (k, 0)).collect();
            return;
        };
        if unit.kind == UnitKind::Code {
            let lead = unit.text.len() - unit.text.trim_start_matches('\n').len();
            let keep = unit.text.trim_end().len();
            unit.text = unit.text[lead..keep.max(lead)].to_string();
            for mark in &mut unit.marks {
                mark.range.start = mark.range.start.saturating_sub(lead);
                mark.range.end = mark.range.end.saturating_sub(lead);
            }
            crate::ingest::markdown::clamp_marks(&mut unit);
        } else {
            // Line breaks at the edges or doubled say nothing.
            if unit.text.contains('\n') {
                tidy_breaks(&mut unit);
            }
            trim(&mut unit);
        }
        if !unit.text.trim().is_empty() {
            self.units.push(unit);
        }
        self.open_marks = open.into_iter().map(|k| (k, 0)).collect();
    }
}

/// Spaces around a line break go; marks are kept only when nothing moves.
fn tidy_breaks(unit: &mut Unit) {
    let mut out = String::with_capacity(unit.text.len());
    for (i, line) in unit.text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(line.trim());
    }
    while out.contains("\n\n") {
        out = out.replace("\n\n", "\n");
    }
    let out = out.trim_matches('\n').to_string();
    if out != unit.text {
        unit.marks.clear();
        unit.text = out;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dom_query::Document;

    fn read(html: &str) -> Vec<(UnitKind, String)> {
        let doc = Document::fragment(html);
        units(&doc.root())
            .into_iter()
            .map(|u| (u.kind, u.text))
            .collect()
    }

    #[test]
    fn structure_becomes_units() {
        let got = read(
            "<h2>Part  one</h2><p>Some <em>text</em>\n here.</p><ol start=3><li>a</li><li>b</li></ol>\
             <ul><li>x</li></ul><blockquote><p>said</p></blockquote>\
             <figure><img src=a.png><figcaption>A dam. Photo: AP</figcaption></figure>\
             <pre>let x = 1;\n  y</pre><table><tr><th>Year</th><th>Tons</th></tr><tr><td>2024</td><td>5</td></tr></table>",
        );
        assert_eq!(
            got,
            vec![
                (UnitKind::Heading, "Part one".into()),
                (UnitKind::Text, "Some text here.".into()),
                (UnitKind::Item { ordered: Some(3) }, "a".into()),
                (UnitKind::Item { ordered: Some(4) }, "b".into()),
                (UnitKind::Item { ordered: None }, "x".into()),
                (UnitKind::Quote, "said".into()),
                (UnitKind::Caption, "A dam. Photo: AP".into()),
                (UnitKind::Code, "let x = 1;\n  y".into()),
                (UnitKind::Text, "Year | Tons".into()),
                (UnitKind::Text, "2024 | 5".into()),
            ]
        );
    }

    #[test]
    fn links_keep_text_and_full_addresses_only() {
        let doc = Document::fragment(
            "<p>See <a href=\"https://e.org/a\">the report</a>, <a href=\"/rel\">this</a> and <a href=\"#n\">note</a>.</p>",
        );
        let units = units(&doc.root());
        let u = &units[0];
        assert_eq!(u.text, "See the report (https://e.org/a), this and note.");
        let spans: Vec<(MarkKind, &str)> = u
            .marks
            .iter()
            .map(|m| (m.kind, &u.text[m.range.clone()]))
            .collect();
        assert_eq!(spans, vec![(MarkKind::LinkUrl, "(https://e.org/a)")]);
    }

    #[test]
    fn hostile_text_is_sanitised_and_scripts_dropped() {
        let got =
            read("<p>a\u{1b}[31mred&#27;]0;x&#7; b</p><script>alert(1)</script><p hidden>no</p>");
        assert_eq!(got, vec![(UnitKind::Text, "ared b".into())]);
    }

    #[test]
    fn line_breaks_and_nested_blocks() {
        let got = read("<div>One<br>two <br><br> three<div>inner</div>tail</div>");
        assert_eq!(
            got,
            vec![
                (UnitKind::Text, "One\ntwo\nthree".into()),
                (UnitKind::Text, "inner".into()),
                (UnitKind::Text, "tail".into()),
            ]
        );
    }
}
