//! The screen shown when the terminal is below the minimum size.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::layout::wrap;
use crate::tui::panes::{MIN_HEIGHT, MIN_WIDTH};

pub fn draw(frame: &mut Frame) {
    let area = frame.area();
    let message = format!("terminal too small (need {MIN_WIDTH}×{MIN_HEIGHT})");
    let lines: Vec<Line> = wrap(&message, usize::from(area.width))
        .into_iter()
        .map(Line::from)
        .collect();
    // Centre vertically: as many rows as the wrapped message needs.
    let rows = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .min(area.height);
    let top = area.y + (area.height - rows) / 2;
    let paragraph = Paragraph::new(lines).alignment(Alignment::Center);
    frame.render_widget(paragraph, Rect::new(area.x, top, area.width, rows));
}
