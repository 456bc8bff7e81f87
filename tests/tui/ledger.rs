//! The ledger (`L`) and the timeline (`t`) in the reader, driven through
//! `update` on the default briefing: opening them from the reader and from
//! the comparison, moving between cells, Enter opening the sentence marked
//! in the reader, Esc coming back; snapshots at 80×24 and 200×50.

use crate::support::tui as tui_support;

use tui_support::drive::{edit, key, screen, type_text};

use brief::config::{KeyAction, Keymap};
use brief::tui::{Action, App, Edit, Screen, Styles, update};

fn app(width: u16, height: u16) -> App {
    let briefing = brief::briefing::load(None).unwrap_or_else(|e| panic!("{e}"));
    let keymap = Keymap::default_keymap().unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new(briefing, keymap, Styles::monochrome());
    update(&mut app, Action::Resize { width, height });
    app
}

fn ledger_on_troops(width: u16, height: u16) -> App {
    let mut app = app(width, height);
    key(&mut app, KeyAction::Compare);
    type_text(&mut app, "troop-deployment");
    edit(&mut app, Edit::Submit);
    key(&mut app, KeyAction::Ledger);
    app
}

#[test]
fn l_in_the_comparison_opens_its_topics_ledger_and_enter_opens_a_cell() {
    let mut app = ledger_on_troops(120, 40);
    let Screen::List(list) = &app.screen else {
        panic!("no ledger: {:?}", app.screen);
    };
    assert_eq!(list.title, "Ledger: Troop deployment");
    let text = screen(&app);
    assert!(
        text.contains("DIFFERS") && text.contains("SILENT"),
        "{text}"
    );
    // The cursor starts on the first stating cell of the most contested row.
    let first = list.selected;
    key(&mut app, KeyAction::ScrollDown);
    let Screen::List(list) = &app.screen else {
        panic!("the ledger closed");
    };
    assert!(list.selected > first);
    let target = list.lines[list.selected].target.clone();
    key(&mut app, KeyAction::Open);
    assert!(
        matches!(app.screen, Screen::Sentence { .. }),
        "{:?}",
        app.screen
    );
    let Some(target) = target else {
        panic!("the cursor is on a line without a sentence");
    };
    assert_eq!(app.highlights(), std::slice::from_ref(&target));
    assert_eq!(app.reader.source, target.source);
    key(&mut app, KeyAction::Close);
    assert!(app.screen.is_list(), "Esc goes back to the ledger");
    key(&mut app, KeyAction::Close);
    assert!(matches!(app.screen, Screen::Panes));
}

#[test]
fn l_in_the_reader_asks_for_a_topic_first() {
    let mut app = app(120, 40);
    key(&mut app, KeyAction::Ledger);
    assert!(!app.overlays.is_empty(), "the topic picker opens");
    type_text(&mut app, "treaty");
    edit(&mut app, Edit::Submit);
    let Screen::List(list) = &app.screen else {
        panic!("no ledger: {:?}", app.screen);
    };
    assert_eq!(list.title, "Ledger: The mutual-defence treaty");
    // Cancelling a picker opened by L leaves the next c a comparison.
    key(&mut app, KeyAction::Close);
    key(&mut app, KeyAction::Ledger);
    edit(&mut app, Edit::Cancel);
    key(&mut app, KeyAction::Compare);
    type_text(&mut app, "kursk");
    edit(&mut app, Edit::Submit);
    assert!(app.screen.is_compare());
}

#[test]
fn t_opens_the_timeline_earliest_first() {
    let mut app = app(120, 40);
    key(&mut app, KeyAction::Timeline);
    let Screen::List(list) = &app.screen else {
        panic!("no timeline: {:?}", app.screen);
    };
    let text = screen(&app);
    let at = |needle: &str| {
        text.find(needle)
            .unwrap_or_else(|| panic!("{needle}: {text}"))
    };
    assert!(at("2023 ") < at("2024-06 ") && at("2024-06 ") < at("2024-07–2024-12"));
    assert!(list.lines.iter().filter(|l| l.target.is_some()).count() >= 10);
    key(&mut app, KeyAction::Bottom);
    key(&mut app, KeyAction::Open);
    assert!(matches!(app.screen, Screen::Sentence { .. }));
    key(&mut app, KeyAction::Close);
    key(&mut app, KeyAction::Ledger);
    assert!(
        !app.overlays.is_empty(),
        "L from the timeline asks for a topic"
    );
}

#[test]
fn ledger_80x24() {
    let app = ledger_on_troops(80, 24);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn ledger_200x50() {
    let app = ledger_on_troops(200, 50);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn timeline_80x24() {
    let mut app = app(80, 24);
    key(&mut app, KeyAction::Timeline);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn timeline_200x50() {
    let mut app = app(200, 50);
    key(&mut app, KeyAction::Timeline);
    insta::assert_snapshot!(screen(&app));
}
