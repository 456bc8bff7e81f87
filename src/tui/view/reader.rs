//! The reading pane: only the visible rows of the cached layout, styled by
//! role, with highlights and a scrollbar.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Margin;
use ratatui::style::Style;
use ratatui::symbols::scrollbar;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use super::fit;
use crate::layout::{self, is_unsafe};
use crate::tui::app::{App, Focus};
use crate::tui::panes::Panes;
use crate::tui::theme::Styles;

pub fn draw(app: &App, frame: &mut Frame, panes: &Panes) {
    let styles = &app.styles;
    let doc = app.document();
    let source_count = app.briefing.sources.len();
    let id = app.current_source().map_or("", |s| s.id.as_str());
    let mode = if app.reader.raw { " · raw" } else { "" };
    let title_width = usize::from(panes.reader.width.saturating_sub(4));
    let title = fit(
        &format!(" {}/{source_count} {id}{mode} ", app.reader.source + 1),
        title_width,
    );
    let block = Block::bordered()
        .title(title)
        .border_style(styles.border(app.focus == Focus::Reader));
    frame.render_widget(block, panes.reader);

    let area = panes.text_area();
    let rows = doc
        .lines()
        .iter()
        .enumerate()
        .skip(app.reader.scroll)
        .take(usize::from(area.height))
        .map(|(row, line)| {
            let highlights = doc.highlights(row, app.highlights());
            styled_line(line, &highlights, styles)
        })
        .collect::<Vec<_>>();
    frame.render_widget(Paragraph::new(rows), area);

    if doc.len() > usize::from(area.height) {
        let mut state = ScrollbarState::new(app.max_scroll())
            .position(app.reader.scroll)
            .viewport_content_length(usize::from(area.height));
        let bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .symbols(scrollbar::VERTICAL)
            .begin_symbol(None)
            .end_symbol(None)
            .style(styles.border(app.focus == Focus::Reader));
        frame.render_stateful_widget(
            bar,
            panes.reader.inner(Margin {
                vertical: 1,
                horizontal: 0,
            }),
            &mut state,
        );
    }
}

/// One laid-out row as styled spans: the line's role, its spans' roles on
/// top, then the highlights on top of everything.
fn styled_line(line: &layout::Line, highlights: &[Range<usize>], styles: &Styles) -> Line<'static> {
    let text = line.text.as_str();
    let mut cuts = vec![0, text.len()];
    for range in line.spans.iter().map(|s| &s.range).chain(highlights) {
        cuts.extend([range.start, range.end]);
    }
    cuts.retain(|&c| c <= text.len() && text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let base = styles.role(line.role);
    let spans = cuts
        .windows(2)
        .filter_map(|cut| {
            let (a, b) = (cut[0], cut[1]);
            let piece = text.get(a..b)?;
            let covers = |r: &Range<usize>| r.start <= a && b <= r.end;
            let mut style: Style = base;
            for span in line.spans.iter().filter(|s| covers(&s.range)) {
                style = style.patch(styles.role(span.role));
            }
            if highlights.iter().any(covers) {
                style = style.patch(styles.highlight());
            }
            // The layout already made the text safe; never trust that alone.
            let piece: String = piece
                .chars()
                .map(|c| if is_unsafe(c) { ' ' } else { c })
                .collect();
            Some(Span::styled(piece, style))
        })
        .collect::<Vec<_>>();
    Line::from(spans)
}
