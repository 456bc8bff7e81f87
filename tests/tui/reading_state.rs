//! Bookmarks, resume and read marks in the reader, driven through `update`
//! with an in-memory reading-state store (nothing touches the disk).

use crate::support::tui as tui_support;

use tui_support::drive::{key, type_text};

use brief::config::KeyAction;
use brief::model::Position;
use brief::state::StateStore;
use brief::tui::{Action, App, Edit, Overlay, update};

fn notes(app: &App) -> Vec<String> {
    app.store
        .state()
        .bookmarks
        .iter()
        .map(|b| b.note.clone())
        .collect()
}

#[test]
fn m_bookmarks_the_paragraph_at_the_top_with_a_typed_note() {
    let mut app = tui_support::app(80, 24);
    for _ in 0..12 {
        key(&mut app, KeyAction::ScrollDown);
    }
    let here = app.reader.anchor;
    key(&mut app, KeyAction::Bookmark);
    assert!(matches!(app.overlays.last(), Some(Overlay::Note { .. })));
    // Typed keys are text, even ones the keymap binds (q quits elsewhere).
    type_text(&mut app, "check qx");
    update(&mut app, Action::Edit(Edit::Backspace));
    update(&mut app, Action::Edit(Edit::Submit));
    assert!(app.overlays.is_empty());
    assert!(!app.quit);
    assert_eq!(notes(&app), ["check q"]);
    assert_eq!(app.message.as_deref(), Some("bookmarked"));
    let saved = &app.store.state().bookmarks[0].at;
    assert_eq!(saved.source, app.briefing.sources[here.source].id);
    assert_eq!(saved.section, here.section);
    // The paragraph from its start, whatever row of it was at the top.
    assert_eq!(saved.offset, 0);
    assert!(saved.block.is_some());
    if here.block.is_some() {
        assert_eq!(saved.block, here.block);
    }
}

#[test]
fn esc_in_the_note_prompt_adds_nothing() {
    let mut app = tui_support::app(80, 24);
    key(&mut app, KeyAction::Bookmark);
    type_text(&mut app, "never mind");
    update(&mut app, Action::Edit(Edit::Cancel));
    assert!(app.overlays.is_empty());
    assert!(notes(&app).is_empty());
}

#[test]
fn the_list_jumps_to_a_bookmark_and_deletes_it() {
    let mut app = tui_support::app(80, 24);
    // One bookmark in the second source, then read elsewhere.
    update(&mut app, Action::JumpToSource(1));
    key(&mut app, KeyAction::Bookmark);
    type_text(&mut app, "buses");
    update(&mut app, Action::Edit(Edit::Submit));
    update(&mut app, Action::JumpToSource(0));
    key(&mut app, KeyAction::Bookmark);
    update(&mut app, Action::Edit(Edit::Submit));
    key(&mut app, KeyAction::Bottom);
    assert_eq!(app.reader.source, 0);

    key(&mut app, KeyAction::Bookmarks);
    // Reading order: the reefs bookmark (source 0) first.
    assert_eq!(
        app.overlays.last(),
        Some(&Overlay::Bookmarks { selected: 0 })
    );
    key(&mut app, KeyAction::ScrollDown);
    key(&mut app, KeyAction::ScrollDown);
    assert_eq!(
        app.overlays.last(),
        Some(&Overlay::Bookmarks { selected: 1 })
    );
    key(&mut app, KeyAction::Open);
    assert!(app.overlays.is_empty());
    assert_eq!(app.reader.source, 1);

    key(&mut app, KeyAction::Bookmarks);
    assert_eq!(
        app.overlays.last(),
        Some(&Overlay::Bookmarks { selected: 1 })
    );
    key(&mut app, KeyAction::Delete);
    assert_eq!(notes(&app), [""]);
    // The selection stays inside the shorter list.
    assert_eq!(
        app.overlays.last(),
        Some(&Overlay::Bookmarks { selected: 0 })
    );
    key(&mut app, KeyAction::Close);
    assert!(app.overlays.is_empty());
}

#[test]
fn reaching_the_end_marks_a_source_read_and_the_key_toggles_it() {
    let mut app = tui_support::app(80, 24);
    assert!(app.max_scroll() > 0, "the fixture's first source is long");
    assert!(!app.is_read(0));
    key(&mut app, KeyAction::PageDown);
    assert!(!app.is_read(0), "half way is not read");
    key(&mut app, KeyAction::Bottom);
    assert!(app.is_read(0));
    // Unmarking at the end sticks until the end is reached again.
    key(&mut app, KeyAction::ToggleRead);
    assert!(!app.is_read(0));
    key(&mut app, KeyAction::Bottom);
    assert!(!app.is_read(0));
    key(&mut app, KeyAction::Top);
    key(&mut app, KeyAction::Bottom);
    assert!(app.is_read(0));
    // Toggling marks a source read without reaching its end.
    key(&mut app, KeyAction::ToggleRead);
    key(&mut app, KeyAction::Top);
    assert!(!app.is_read(0));
    key(&mut app, KeyAction::ToggleRead);
    assert!(app.is_read(0));
    // A source that fits on one screen is read once opened.
    assert!(!app.is_read(2));
    update(&mut app, Action::JumpToSource(2));
    assert_eq!(app.max_scroll(), 0);
    assert!(app.is_read(2));
}

#[test]
fn an_attached_store_reopens_where_the_reader_left_off() {
    let mut app = tui_support::app(80, 24);
    let mut store = StateStore::in_memory(&app.briefing);
    let at = Position {
        source: 0,
        section: 1,
        block: Some(5),
        offset: 0,
    };
    store.set_last(&app.briefing, at);
    app.attach_store(store, vec!["a warning".into()]);
    assert_eq!(app.reader.source, 0);
    assert_eq!(app.current_paragraph(), at);
    assert_eq!(app.message.as_deref(), Some("a warning"));

    // Saving records the position again, from the logical anchor.
    key(&mut app, KeyAction::ScrollDown);
    assert!(app.save_state().is_ok());
    let last = app.store.state().last.clone();
    assert_eq!(last.map(|l| l.section), Some(1));
}

#[test]
fn the_note_prompt_deletes_words_and_lines() {
    let mut app = tui_support::app(80, 24);
    key(&mut app, KeyAction::Bookmark);
    type_text(&mut app, "reread the figures");
    update(&mut app, Action::Edit(Edit::DeleteWord));
    update(&mut app, Action::Edit(Edit::DeleteWord));
    // Moving has no list to move in a note: it changes nothing.
    update(&mut app, Action::Edit(Edit::Down));
    match app.overlays.last() {
        Some(Overlay::Note { text, .. }) => assert_eq!(text, "reread "),
        other => panic!("the note prompt is gone: {other:?}"),
    }
    update(&mut app, Action::Edit(Edit::ClearLine));
    type_text(&mut app, "later");
    update(&mut app, Action::Edit(Edit::Submit));
    assert_eq!(notes(&app), ["later"]);
}
