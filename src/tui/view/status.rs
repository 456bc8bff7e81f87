//! The status bar: where you are (source, section, percent), which pane has
//! focus, warnings, and a transient message slot.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{fit, section_label};
use crate::tui::app::App;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let styles = &app.styles;
    let bar = styles.status();
    let width = usize::from(area.width);
    let source = app.current_source();
    let id = source.map_or("", |s| s.id.as_str());
    let section = match (source, app.current_section()) {
        (Some(s), Some(section)) => section_label(s, section),
        _ => "raw text".into(),
    };
    // The match cursor ("Jane Doe 3/12") stays even when a message is long.
    let cursor = app
        .matches
        .as_ref()
        .map(|list| format!("│ {} {} ", fit(&list.label, 20), list.count()));
    let id = format!(" {} ", fit(id, 30));
    let percent = format!("│ {}% ", app.percent());
    let focus = format!("│ {} ", app.focus.name());
    // The section label gives way to the match cursor on narrow screens.
    let others =
        id.width() + percent.width() + focus.width() + cursor.as_ref().map_or(0, |c| c.width());
    let section_room = 40.min(width.saturating_sub(others + 12)).max(8);
    let mut spans = vec![
        Span::styled(id, bar.add_modifier(Modifier::BOLD)),
        Span::styled(format!("│ {} ", fit(&section, section_room)), bar),
        Span::styled(percent, bar),
        Span::styled(focus, bar),
    ];
    if let Some(cursor) = cursor {
        spans.push(Span::styled(cursor, bar.add_modifier(Modifier::BOLD)));
    }
    let kept = spans.len();
    let warnings = app.warnings();
    if let Some(first) = warnings.first() {
        let count = match warnings.len() {
            1 => "1 warning".to_string(),
            n => format!("{n} warnings"),
        };
        spans.push(Span::styled(
            format!("│ ⚠ {count}: {} ", fit(first, width)),
            bar.patch(styles.warning()),
        ));
    }
    let used: usize = spans.iter().map(|s| s.content.width()).sum();
    // The message goes on the right; when space is short it wins over warnings.
    let right = match &app.message {
        Some(message) => format!(" {} ", fit(message, width.saturating_sub(2))),
        None => " ? help ".to_string(),
    };
    if used + right.width() > width && app.message.is_some() {
        spans.truncate(kept);
    }
    let used: usize = spans.iter().map(|s| s.content.width()).sum();
    let gap = width.saturating_sub(used + right.width());
    spans.push(Span::styled(" ".repeat(gap), bar));
    spans.push(Span::styled(right, bar.add_modifier(Modifier::BOLD)));
    let line = Line::from(spans);
    frame.render_widget(Paragraph::new(line).style(bar), area);
}
