//! Driving an `App` in tests as a user would: keys, typed text, and the
//! screen it draws on ratatui's `TestBackend`.

use brief::config::KeyAction;
use brief::tui::{Action, App, Edit, update, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Presses the key bound to `action`.
pub fn key(app: &mut App, action: KeyAction) {
    update(app, Action::Key(action));
}

/// One edit in the prompt on top (search bar, topic picker, note, filter).
pub fn edit(app: &mut App, edit: Edit) {
    update(app, Action::Edit(edit));
}

/// Types `text` into the prompt on top, one character at a time.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        edit(app, Edit::Char(c));
    }
}

/// The whole screen as text, at the app's size.
pub fn screen(app: &App) -> String {
    let area = app.size();
    let mut terminal =
        Terminal::new(TestBackend::new(area.width, area.height)).unwrap_or_else(|e| panic!("{e}"));
    terminal
        .draw(|frame| view(app, frame))
        .unwrap_or_else(|e| panic!("{e}"));
    terminal.backend().to_string()
}
