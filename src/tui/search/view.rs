//! The search overlay (`/`): the bar (query, "k/N", hits per source) over a
//! scrolling list of hits, each "source § section: snippet" with the matched
//! characters highlighted and the selected row reversed. It sits at the
//! bottom, so the reader above it previews the selected hit.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::LISTED;
use crate::layout::is_unsafe;
use crate::search::Hit;
use crate::tui::app::App;
use crate::tui::prompt::first_visible;
use crate::tui::view::{fit, section_label, typed_tail};

/// What the bar says when nothing is typed: the query syntax in brief.
const SYNTAX_HINT: &str =
    "words match fuzzily · 'word or \"a phrase\" exactly · a capital: case-sensitive";

pub fn draw(app: &App, frame: &mut Frame) {
    let Some(panes) = app.panes() else { return };
    let area = frame.area();
    let search = &app.search;
    let listed = search.results.hits.len().min(LISTED);
    // Above the status bar, at most half the screen: the reader keeps the top.
    let room = panes.status.y.saturating_sub(area.y);
    let wanted = 3 + listed.max(1) as u16;
    let height = wanted.min((room / 2).max(4)).min(room);
    if height < 3 {
        return;
    }
    let popup = Rect {
        x: area.x,
        y: panes.status.y - height,
        width: area.width,
        height,
    };
    let styles = &app.styles;
    let width = usize::from(area.width.saturating_sub(2));
    let block = Block::bordered()
        .title(fit(" Search ", width))
        .title_bottom(fit(
            " ↑↓ select · Enter open · Esc back · Ctrl-u clear ",
            width,
        ))
        .border_style(styles.border(true));
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);

    let mut lines = vec![bar_line(app, width)];
    let rows = usize::from(inner.height.saturating_sub(1));
    let query_typed = !search.query.trim().is_empty();
    if listed == 0 {
        let note = if !query_typed {
            SYNTAX_HINT
        } else if search.pending() {
            "searching…"
        } else {
            "no matches"
        };
        lines.push(Line::styled(fit(note, width), styles.dim()));
    }
    // Scroll so the selection is on screen.
    let first = first_visible(search.selected, rows);
    for (i, hit) in search
        .results
        .hits
        .iter()
        .enumerate()
        .take(listed)
        .skip(first)
        .take(rows)
    {
        lines.push(hit_line(app, hit, width, i == search.selected));
    }
    frame.render_widget(Paragraph::new(lines).style(styles.text()), inner);
}

/// "/query▏" on the left; "k/N │ source n · source n" on the right, cut
/// first when the row is short.
fn bar_line(app: &App, width: usize) -> Line<'static> {
    let search = &app.search;
    let styles = &app.styles;
    // The query and its two marks take at most half the row.
    let shown = typed_tail(&search.query, (width / 2).saturating_sub(2));
    let left = format!("/{shown}▏");
    let results = &search.results;
    let mut right = String::new();
    if !results.hits.is_empty() {
        right = format!("{}/{}", search.selected + 1, results.count_label());
        let counts: Vec<String> = results
            .per_source
            .iter()
            .map(|&(source, n)| {
                let id = app.briefing.sources.get(source).map_or("?", |s| &s.id);
                format!("{id} {n}")
            })
            .collect();
        if !counts.is_empty() {
            right.push_str(" │ ");
            right.push_str(&counts.join(" · "));
        }
    }
    let right = fit(&right, width.saturating_sub(left.width() + 2));
    let gap = width.saturating_sub(left.width() + right.width());
    Line::from(vec![
        Span::styled(left, styles.text().add_modifier(Modifier::BOLD)),
        Span::raw(" ".repeat(gap)),
        Span::styled(right, styles.text()),
    ])
}

/// One hit: "source § section: " then the snippet, its matches highlighted.
fn hit_line(app: &App, hit: &Hit, width: usize, selected: bool) -> Line<'static> {
    let styles = &app.styles;
    let source = app.briefing.sources.get(hit.at.source);
    let id = source.map_or("?", |s| s.id.as_str());
    let section = source.map_or_else(String::new, |s| section_label(s, hit.at.section));
    let label = fit(&format!("{id} § {section}: "), width / 2);
    let text = hit.at.text(&app.briefing).unwrap_or_default();
    let room = width.saturating_sub(label.width());
    let start = snippet_window(text, hit.matches.first(), room);
    let mut spans = vec![Span::styled(label, styles.dim())];
    spans.extend(snippet_spans(
        text,
        &hit.matches,
        start,
        room,
        styles.text(),
        styles.highlight(),
    ));
    let mut line = Line::from(spans);
    if selected {
        line = line.patch_style(styles.selection(true));
        // Fill the row so the whole selection shows.
        let used = line.width();
        line.spans.push(Span::styled(
            " ".repeat(width.saturating_sub(used)),
            styles.selection(true),
        ));
    }
    line
}

/// `text` from byte `start`, made safe and cut to `width` columns, with
/// the bytes in `matches` in `highlight` style; "…" marks a cut.
fn snippet_spans(
    text: &str,
    matches: &[Range<usize>],
    start: usize,
    width: usize,
    base: Style,
    highlight: Style,
) -> Vec<Span<'static>> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    if start > 0 && width > 0 {
        spans.push(Span::styled("…", base));
        used += 1;
    }
    let mut piece = String::new();
    let mut lit = false;
    let tail = text.get(start..).unwrap_or_default();
    let mut chars = tail.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let c = if is_unsafe(c) || c.is_whitespace() {
            ' '
        } else {
            c
        };
        let w = c.width().unwrap_or(0);
        // Leave a column for the ellipsis unless this is the last char.
        let reserve = usize::from(chars.peek().is_some());
        if used + w + reserve > width {
            flush(&mut spans, &mut piece, lit, base, highlight);
            if used < width {
                spans.push(Span::styled("…", base));
            }
            return spans;
        }
        let at = start + i;
        let in_match = matches.iter().any(|r| r.start <= at && at < r.end);
        if in_match != lit {
            flush(&mut spans, &mut piece, lit, base, highlight);
            lit = in_match;
        }
        piece.push(c);
        used += w;
    }
    flush(&mut spans, &mut piece, lit, base, highlight);
    spans
}

fn flush(spans: &mut Vec<Span<'static>>, piece: &mut String, lit: bool, base: Style, hl: Style) {
    if piece.is_empty() {
        return;
    }
    let style = if lit { base.patch(hl) } else { base };
    spans.push(Span::styled(std::mem::take(piece), style));
}

/// Where in `text` a row of `width` columns starts so the first match is
/// visible: at the start if the match fits in its first two thirds, else
/// at a word a little before the match (more when the rest is short, so
/// the row stays full).
pub fn snippet_window(text: &str, first_match: Option<&Range<usize>>, width: usize) -> usize {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    let Some(first) = first_match else { return 0 };
    let (Some(before), Some(after)) = (text.get(..first.start), text.get(first.start..)) else {
        return 0;
    };
    if before.width() <= width * 2 / 3 {
        return 0;
    }
    // One column goes to the leading ellipsis.
    let context = (width / 4).max(width.saturating_sub(after.width() + 1));
    let mut used = 0;
    let mut start = first.start;
    for (i, c) in before.char_indices().rev() {
        used += c.width().unwrap_or(0);
        if used > context {
            break;
        }
        start = i;
    }
    // Begin at a word, not inside one, when there is one before the match.
    let cut_word = before[..start]
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace());
    if cut_word && let Some(space) = before[start..].find(char::is_whitespace) {
        start += space + 1;
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(spans: &[Span]) -> String {
        spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn snippets_highlight_matched_bytes_and_fit_the_width() {
        let hl = Style::new().add_modifier(Modifier::REVERSED);
        let reefs = std::slice::from_ref(&(6..11));
        let spans = snippet_spans("coral reefs bleach", reefs, 0, 40, Style::new(), hl);
        assert_eq!(plain(&spans), "coral reefs bleach");
        let lit: Vec<&str> = spans
            .iter()
            .filter(|s| s.style == hl)
            .map(|s| s.content.as_ref())
            .collect();
        assert_eq!(lit, vec!["reefs"]);

        let cut = snippet_spans("coral reefs bleach", reefs, 0, 8, Style::new(), hl);
        assert_eq!(plain(&cut), "coral r…");
        assert!(plain(&cut).width() <= 8);

        let from = snippet_spans("coral reefs bleach", reefs, 6, 40, Style::new(), hl);
        assert_eq!(plain(&from), "…reefs bleach");
    }

    #[test]
    fn snippets_drop_control_characters_and_keep_wide_text_in_width() {
        let spans = snippet_spans(
            "bad\u{1b}[2J\nline 北朝鮮とロシア",
            &[],
            0,
            14,
            Style::new(),
            Style::new(),
        );
        let shown = plain(&spans);
        assert!(!shown.chars().any(|c| c.is_control()), "{shown:?}");
        assert!(shown.width() <= 14, "{shown:?}");
    }

    #[test]
    fn the_window_keeps_the_first_match_on_the_row() {
        let text = "a ".repeat(100) + "target" + &" and more".repeat(20);
        let start = snippet_window(&text, Some(&(200..206)), 40);
        assert!(start > 0 && start < 200);
        assert!(200 - start <= 10, "a little context before the match");
        assert_eq!(text.as_bytes()[start - 1], b' ', "starts at a word");
        // A short rest leaves room for more context before the match.
        let long_before = "word ".repeat(40) + "end";
        let start = snippet_window(&long_before, Some(&(200..203)), 40);
        assert!(200 - start > 30, "{start}");
        assert_eq!(snippet_window("short target", Some(&(6..12)), 40), 0);
        assert_eq!(snippet_window("no match", None, 40), 0);
    }
}
