//! What keys do in the bookmarks list and the note prompt.

use crate::config::KeyAction;
use crate::tui::action::Edit;
use crate::tui::app::{App, Focus, Overlay};
use crate::tui::prompt::apply_text_edit;

/// The bookmarks list: move, Enter jumps, `delete` deletes.
pub fn key(app: &mut App, key: KeyAction, selected: usize) {
    let page = (app.page_height() / 2).max(1);
    let select = |app: &mut App, to: usize| {
        let count = app.store.state().bookmarks.len();
        if let Some(Overlay::Bookmarks { selected }) = app.overlays.last_mut() {
            *selected = to.min(count.saturating_sub(1));
        }
    };
    match key {
        KeyAction::Quit => app.quit = true,
        KeyAction::Close | KeyAction::Bookmarks => {
            app.overlays.pop();
        }
        KeyAction::ScrollDown => select(app, selected.saturating_add(1)),
        KeyAction::ScrollUp => select(app, selected.saturating_sub(1)),
        KeyAction::PageDown | KeyAction::HalfPageDown => select(app, selected + page),
        KeyAction::PageUp | KeyAction::HalfPageUp => select(app, selected.saturating_sub(page)),
        KeyAction::Top => select(app, 0),
        KeyAction::Bottom => select(app, usize::MAX),
        KeyAction::Open => match app.bookmark_rows().get(selected) {
            Some((Some(at), _)) => {
                let at = *at;
                app.overlays.clear();
                app.focus = Focus::Reader;
                app.jump_to(at);
            }
            Some((None, _)) => app.message = Some("its source is no longer in the briefing".into()),
            None => {}
        },
        KeyAction::Delete => {
            app.delete_bookmark(selected);
            select(app, selected);
        }
        _ => {}
    }
}

/// Typing the note of a new bookmark: Enter saves it, Esc cancels.
pub fn note_edit(app: &mut App, edit: Edit) {
    let Some(Overlay::Note { at, text }) = app.overlays.last_mut() else {
        return;
    };
    match edit {
        Edit::Cancel => {
            app.overlays.pop();
            app.message = Some("no bookmark added".into());
        }
        // The note is one line with no list under it: the text is all there is.
        Edit::Submit | Edit::SubmitTyped => {
            let (at, note) = (*at, std::mem::take(text));
            app.overlays.pop();
            app.add_bookmark(at, &note);
        }
        _ => {
            apply_text_edit(text, edit);
        }
    }
}
