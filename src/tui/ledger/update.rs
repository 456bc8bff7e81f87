//! `L`: the ledger of the comparison on screen; from the reader, the topic
//! picker first, then the ledger of the topic chosen.

use crate::tui::app::App;
use crate::tui::screen::Screen;

/// Opens the ledger of the comparison on screen, or asks for a topic.
pub fn open(app: &mut App) {
    let Some(comparison) = app.screen.comparison().map(|c| c.comparison.clone()) else {
        app.compare.then_ledger = true;
        crate::tui::compare::update::open_picker(app);
        return;
    };
    let ledger = {
        let (timeline, entities) = app.timeline_and_entities();
        crate::ledger::build(&app.briefing, &comparison, &timeline, &entities)
    };
    let list = super::view::list(&app.briefing, &ledger);
    app.message = None;
    app.screen = Screen::List(Box::new(list));
}
