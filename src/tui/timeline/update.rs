//! `t`: the briefing's timeline.

use crate::tui::app::App;
use crate::tui::screen::Screen;

pub fn open(app: &mut App) {
    let (timeline, _) = app.timeline_and_entities();
    let list = super::view::list(&app.briefing, &timeline);
    app.message = None;
    app.screen = Screen::List(Box::new(list));
}
