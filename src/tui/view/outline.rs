//! The outline: every source, the one being read unfolded into its
//! sections, with the section at the top of the reader selected, and a
//! ✓ after the number of each source marked read.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::widgets::{Block, List, ListItem, ListState};

use super::{fit, section_label};
use crate::tui::app::{App, Focus, OutlineItem};
use crate::tui::panes::inner;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let styles = &app.styles;
    let focused = app.focus == Focus::Outline;
    let width = usize::from(inner(area).width);
    let items: Vec<ListItem> = app
        .outline_items()
        .into_iter()
        .filter_map(|item| {
            Some(match item {
                OutlineItem::Source(i) => {
                    let source = app.briefing.sources.get(i)?;
                    let title = source.display_title();
                    // A read source shows ✓ in place of the space after its number.
                    let mark = if app.is_read(i) { '✓' } else { ' ' };
                    let number = if i < 9 {
                        format!("{}{mark}", i + 1)
                    } else {
                        format!(" {mark}")
                    };
                    let style = if i == app.reader.source {
                        styles.heading()
                    } else if app.is_read(i) {
                        styles.dim()
                    } else {
                        styles.text()
                    };
                    ListItem::new(fit(&format!("{number}{title}"), width)).style(style)
                }
                OutlineItem::Section { source, section } => {
                    let label = section_label(app.briefing.sources.get(source)?, section);
                    ListItem::new(fit(&format!("  · {label}"), width)).style(styles.text())
                }
            })
        })
        .collect();
    let list = List::new(items)
        .block(
            Block::bordered()
                .title(" Outline ")
                .border_style(styles.border(focused)),
        )
        .highlight_style(styles.selection(focused).add_modifier(Modifier::empty()));
    let mut state = ListState::default()
        .with_offset(app.outline_offset(inner(area)))
        .with_selected(Some(app.outline_selected));
    frame.render_stateful_widget(list, area, &mut state);
}
