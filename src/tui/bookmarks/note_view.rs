//! The prompt for a new bookmark's note, at the bottom of the screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::tui::app::App;
use crate::tui::view::{fit, typed_tail};

pub fn draw(app: &App, frame: &mut Frame, text: &str) {
    let area = frame.area();
    let height = 3.min(area.height);
    let popup = Rect {
        x: area.x,
        y: area.y + area.height - height,
        width: area.width,
        height,
    };
    let room = usize::from(area.width.saturating_sub(3));
    let shown = typed_tail(text, room.saturating_sub(1));
    let block = Block::bordered()
        .title(fit(
            " Bookmark note (optional) · Enter saves · Esc cancels ",
            room,
        ))
        .border_style(app.styles.border(true));
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(format!("{shown}▏"))
            .style(app.styles.text())
            .block(block),
        popup,
    );
}
