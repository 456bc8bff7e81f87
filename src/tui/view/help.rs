//! The `?` overlay: every binding, generated from the keymap so it never
//! drifts from what the keys do.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::{centred_box, fit};
use crate::tui::app::App;

/// The help rows: keys and what they do, one action per row.
pub fn rows(app: &App) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = app
        .keymap
        .bindings()
        .iter()
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(|k| k.to_string()).collect();
            (keys.join(" "), b.description.clone())
        })
        .collect();
    if app.mouse {
        rows.push(("wheel".into(), "Scroll the pane under the pointer".into()));
        rows.push(("click".into(), "Focus a pane; open an outline item".into()));
    }
    rows
}

pub fn draw(app: &App, frame: &mut Frame, scroll: usize) {
    let area = frame.area();
    let rows = rows(app);
    let key_width = rows
        .iter()
        .map(|(k, _)| k.width())
        .max()
        .unwrap_or(0)
        .min(20);
    let popup = centred_box(area, 76, rows.len() + 2);
    let (width, height) = (popup.width, popup.height);
    let visible = usize::from(height.saturating_sub(2));
    let scroll = scroll.min(rows.len().saturating_sub(visible));
    let text_width = usize::from(width.saturating_sub(2));
    let styles = &app.styles;
    let lines: Vec<Line> = rows
        .iter()
        .skip(scroll)
        .take(visible)
        .map(|(keys, description)| {
            let keys = format!(" {:<key_width$}  ", fit(keys, key_width));
            let room = text_width.saturating_sub(keys.width());
            Line::from(vec![
                Span::styled(keys, styles.heading()),
                Span::styled(fit(description, room), styles.text()),
            ])
        })
        .collect();
    let more = if scroll + visible < rows.len() {
        " j/k more "
    } else {
        ""
    };
    let block = Block::bordered()
        .title(" Keys · Esc closes ")
        .title_bottom(more)
        .border_style(styles.border(true));
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
