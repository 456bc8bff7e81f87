//! The topic picker overlay (`c`): a text input, then the briefing's topics
//! filtered as you type, and a row that compares on the typed text itself.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::{PickerRow, current_rows};
use crate::compare::TopicOrigin;
use crate::tui::app::App;
use crate::tui::prompt::first_visible;
use crate::tui::view::{centred_box, fit, typed_tail};

pub fn draw(app: &App, frame: &mut Frame, query: &str, selected: usize) {
    let area = frame.area();
    let styles = &app.styles;
    let rows = current_rows(app, query);
    let popup = centred_box(area, 80, (rows.len() + 4).max(6));
    let (width, height) = (popup.width, popup.height);
    let text_width = usize::from(width.saturating_sub(2));
    let visible = usize::from(height.saturating_sub(4)).max(1);
    let first = first_visible(selected, visible);
    let mut lines = vec![
        Line::from(vec![
            Span::styled(" Topic: ", styles.heading()),
            Span::styled(
                typed_tail(query, text_width.saturating_sub(10)),
                styles.text(),
            ),
            Span::styled("█", styles.dim()),
        ]),
        Line::from(Span::styled("─".repeat(text_width), styles.border(false))),
    ];
    if rows.is_empty() {
        lines.push(Line::styled(
            " No topics: type words to compare on",
            styles.dim(),
        ));
    }
    let data = app.compare.data.as_ref();
    for (i, row) in rows.iter().enumerate().skip(first).take(visible) {
        let (main, note) = match row {
            PickerRow::Typed(text) => (
                format!("Compare on “{text}”"),
                "typed, Alt-Enter".to_string(),
            ),
            PickerRow::Topic(t) => match data.and_then(|d| d.topics.get(*t)) {
                Some(topic) => (
                    topic.title.clone(),
                    match topic.origin {
                        TopicOrigin::Manifest => "curated".to_string(),
                        TopicOrigin::Derived => "derived".to_string(),
                        TopicOrigin::Query => "typed".to_string(),
                    },
                ),
                None => continue,
            },
        };
        let note = format!(" {note} ");
        let main = fit(&format!(" {main}"), text_width.saturating_sub(note.width()));
        let gap = text_width.saturating_sub(main.width() + note.width());
        let line = if i == selected {
            Line::styled(
                format!("{main}{}{note}", " ".repeat(gap)),
                styles.selection(true),
            )
        } else {
            Line::from(vec![
                Span::styled(main, styles.text()),
                Span::raw(" ".repeat(gap)),
                Span::styled(note, styles.dim()),
            ])
        };
        lines.push(line);
    }
    let block = Block::bordered()
        .title(fit(
            " Compare on a topic · type to filter · ↑/↓ · Enter · Esc ",
            text_width,
        ))
        .border_style(styles.border(true));
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
