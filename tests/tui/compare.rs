//! The comparison screen, driven through `update` without a terminal: the
//! topic picker, choosing and typing topics, scrolling modes, paging narrow
//! terminals, opening a passage in the reader and coming back; and
//! snapshots of the screens. The briefing is the harbour-strike fixture
//! (three outlets on a dockworkers' strike), not the default one.

use crate::support::tui as tui_support;

use tui_support::drive::{edit, key, screen, type_text};

use std::path::Path;

use brief::compare::TopicOrigin;
use brief::config::{KeyAction, Keymap};
use brief::tui::compare::PickerRow;
use brief::tui::compare::current_rows;
use brief::tui::compare::layout::{all_rows, geometry};
use brief::tui::{Action, App, Edit, Overlay, Styles, update};

fn app(width: u16, height: u16) -> App {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/briefings/harbour-strike");
    let briefing = brief::briefing::load(Some(&path)).unwrap_or_else(|e| panic!("{e}"));
    let keymap = Keymap::default_keymap().unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new(briefing, keymap, Styles::monochrome());
    update(&mut app, Action::Resize { width, height });
    app
}

fn picker(app: &App) -> (String, usize) {
    match app.overlays.last() {
        Some(Overlay::TopicPicker { query, selected }) => (query.clone(), *selected),
        other => panic!("no picker on top: {other:?}"),
    }
}

fn topic_id(app: &App) -> String {
    match app.screen.comparison() {
        Some(screen) => screen.comparison.topic.id.clone(),
        None => panic!("no comparison"),
    }
}

/// Opens the comparison on the topic typed as `query` (Enter picks the
/// best match).
fn compare_on(app: &mut App, query: &str) {
    key(app, KeyAction::Compare);
    type_text(app, query);
    edit(app, Edit::Submit);
}

#[test]
fn c_opens_a_picker_listing_the_topics() {
    let mut app = app(160, 48);
    assert!(app.compare.data.is_none(), "indexing waits for the first c");
    key(&mut app, KeyAction::Compare);
    assert_eq!(picker(&app), (String::new(), 0));
    let rows = current_rows(&app, "");
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| matches!(r, PickerRow::Topic(_))));
    edit(&mut app, Edit::Down);
    edit(&mut app, Edit::Down);
    edit(&mut app, Edit::Down);
    assert_eq!(picker(&app).1, 2, "the selection stops at the last row");
    edit(&mut app, Edit::Cancel);
    assert!(app.overlays.is_empty());
    assert!(!app.screen.is_compare());
}

#[test]
fn typing_filters_and_enter_picks_the_best_match() {
    let mut app = app(160, 48);
    key(&mut app, KeyAction::Compare);
    type_text(&mut app, "ships");
    let (query, selected) = picker(&app);
    assert_eq!(query, "ships");
    let rows = current_rows(&app, &query);
    assert_eq!(rows[0], PickerRow::Typed("ships".into()));
    assert!(rows.len() >= 2 && selected == 1, "{rows:?}");
    edit(&mut app, Edit::Submit);
    assert!(app.overlays.is_empty());
    assert!(app.screen.is_compare());
    assert_eq!(topic_id(&app), "ship-queue");
    let screen = app.screen.comparison().map(|s| &s.comparison);
    let covered: Vec<bool> = screen
        .map(|c| c.sources.iter().map(|s| s.covered).collect())
        .unwrap_or_default();
    assert!(
        covered.contains(&false),
        "one outlet is silent on the queue"
    );
}

#[test]
fn typed_text_with_no_match_is_an_ad_hoc_topic() {
    let mut app = app(160, 48);
    compare_on(&mut app, "port fees");
    let screen = app
        .screen
        .comparison()
        .map(|s| (s.topic, s.comparison.topic.origin));
    assert_eq!(screen, Some((None, TopicOrigin::Query)));
    // Alt-Enter uses the text even when a topic matches it.
    key(&mut app, KeyAction::Compare);
    type_text(&mut app, "wage");
    assert_eq!(picker(&app).1, 1, "a topic matches");
    edit(&mut app, Edit::SubmitTyped);
    assert_eq!(topic_id(&app), "wage");
    // Backspacing to nothing and Enter does nothing but say so.
    key(&mut app, KeyAction::Compare);
    type_text(&mut app, "x");
    edit(&mut app, Edit::Backspace);
    edit(&mut app, Edit::Up);
    edit(&mut app, Edit::SubmitTyped);
    assert!(matches!(
        app.overlays.last(),
        Some(Overlay::TopicPicker { .. })
    ));
    assert!(app.message.is_some());
}

#[test]
fn brackets_step_through_the_topics() {
    let mut app = app(160, 48);
    compare_on(&mut app, "strikers");
    assert_eq!(topic_id(&app), "strikers");
    key(&mut app, KeyAction::NextSection);
    assert_eq!(topic_id(&app), "ship-queue");
    key(&mut app, KeyAction::NextSection);
    key(&mut app, KeyAction::NextSection);
    assert_eq!(topic_id(&app), "wages");
    assert_eq!(app.message.as_deref(), Some("last topic"));
    key(&mut app, KeyAction::PreviousSection);
    assert_eq!(topic_id(&app), "ship-queue");
    // From a typed topic, ] starts at the first.
    compare_on(&mut app, "harbour fees");
    key(&mut app, KeyAction::NextSection);
    assert_eq!(topic_id(&app), "strikers");
}

#[test]
fn columns_scroll_together_or_one_at_a_time() {
    let mut app = app(80, 16);
    compare_on(&mut app, "strikers");
    let scroll = |app: &App| {
        let s = app.screen.comparison().unwrap_or_else(|| panic!("open"));
        (0..3).map(|c| s.scroll_of(c)).collect::<Vec<_>>()
    };
    let body = geometry(&app).map_or(0, |g| g.body_height());
    let longest = all_rows(&app).iter().map(Vec::len).max().unwrap_or(0);
    assert!(longest > body + 2, "the fixture must overflow a column");
    key(&mut app, KeyAction::ScrollDown);
    key(&mut app, KeyAction::ScrollDown);
    assert_eq!(scroll(&app), [2, 2, 2]);
    key(&mut app, KeyAction::ToggleColumnScroll);
    key(&mut app, KeyAction::MoveRight);
    let before = scroll(&app);
    assert_eq!(
        before[1], 2,
        "switching modes keeps the column where it was"
    );
    key(&mut app, KeyAction::ScrollUp);
    let after = scroll(&app);
    assert_eq!(
        after,
        [before[0], 1, before[2]],
        "only the focused column moves"
    );
    key(&mut app, KeyAction::Bottom);
    let rows = all_rows(&app);
    let max = rows[1].len().saturating_sub(body);
    assert_eq!(scroll(&app)[1], max, "never past the column's end");
    key(&mut app, KeyAction::ToggleColumnScroll);
    key(&mut app, KeyAction::Top);
    assert_eq!(scroll(&app), [0, 0, 0]);
}

#[test]
fn narrow_terminals_page_the_columns() {
    let mut app = app(70, 24);
    compare_on(&mut app, "strikers");
    let visible = |app: &App| geometry(app).map(|g| g.visible);
    assert_eq!(visible(&app), Some(0..2));
    key(&mut app, KeyAction::MoveRight);
    assert_eq!(
        visible(&app),
        Some(0..2),
        "focus moves within the page first"
    );
    key(&mut app, KeyAction::MoveRight);
    assert_eq!(visible(&app), Some(1..3));
    key(&mut app, KeyAction::MoveRight);
    assert_eq!(visible(&app), Some(1..3), "no column past the last");
    update(&mut app, Action::JumpToSource(0));
    assert_eq!(visible(&app), Some(0..2), "a digit focuses that column");
    assert!(screen(&app).contains("narrow: 1–2 of 3, h/l"));
}

#[test]
fn enter_opens_the_passage_in_the_reader_and_esc_comes_back() {
    let mut app = app(160, 48);
    compare_on(&mut app, "strikers");
    key(&mut app, KeyAction::MoveRight);
    let expected = app.screen.comparison().and_then(|s| {
        let col = &s.comparison.sources[1];
        let first = brief::tui::compare::layout::reading_order(col)[0];
        Some((col.source, col.passages.get(first)?.at.clone()))
    });
    let Some((source, at)) = expected else {
        panic!("the wire covers the strike")
    };
    key(&mut app, KeyAction::Open);
    assert!(app.screen.is_passage());
    let here = app.reading_position();
    assert_eq!(
        (here.source, here.section, here.block),
        (source, at.section, Some(at.blocks.start))
    );
    assert!(!app.highlights().is_empty(), "the passage is marked");
    // The reader's keys work as usual, then Esc returns.
    key(&mut app, KeyAction::ScrollDown);
    key(&mut app, KeyAction::Close);
    assert!(app.screen.is_compare());
    assert!(app.highlights().is_empty());
    assert_eq!(topic_id(&app), "strikers");
    // Esc in the comparison closes it; Esc again does nothing more.
    key(&mut app, KeyAction::Close);
    assert!(app.screen.comparison().is_none());
    key(&mut app, KeyAction::Close);
    assert!(!app.screen.is_compare());
}

#[test]
fn the_screen_shows_coverage_badges_and_the_disagreement() {
    let mut app = app(160, 48);
    compare_on(&mut app, "strikers");
    let text = screen(&app);
    assert!(text.contains("DISAGREE"), "{text}");
    assert!(text.contains("possible · according to"), "{text}");
    assert!(
        text.contains('●') || text.contains('━'),
        "the chart draws claims"
    );
    compare_on(&mut app, "ships");
    assert!(screen(&app).contains("NOT COVERED"));
}

#[test]
fn help_says_what_the_keys_do_in_the_comparison() {
    let mut app = app(160, 48);
    compare_on(&mut app, "strikers");
    key(&mut app, KeyAction::Help);
    let text = screen(&app);
    assert!(text.contains("next topic in the comparison"), "{text}");
    assert!(
        text.contains("scroll all columns or the focused one"),
        "{text}"
    );
    key(&mut app, KeyAction::Close);
    assert!(app.screen.is_compare());
}

#[test]
fn snapshot_comparison_160x48() {
    let mut app = app(160, 48);
    compare_on(&mut app, "strikers");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn snapshot_comparison_paged_80x24() {
    let mut app = app(80, 24);
    compare_on(&mut app, "strikers");
    key(&mut app, KeyAction::MoveRight);
    key(&mut app, KeyAction::MoveRight);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn snapshot_topic_picker() {
    let mut app = app(80, 24);
    key(&mut app, KeyAction::Compare);
    type_text(&mut app, "wor");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn an_empty_briefing_compares_without_panicking() {
    let keymap = Keymap::default_keymap().unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new(
        brief::model::Briefing::default(),
        keymap,
        Styles::monochrome(),
    );
    update(
        &mut app,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    compare_on(&mut app, "anything at all");
    assert!(app.screen.is_compare());
    for action in [
        KeyAction::ScrollDown,
        KeyAction::MoveRight,
        KeyAction::ToggleColumnScroll,
        KeyAction::Open,
        KeyAction::NextSection,
    ] {
        key(&mut app, action);
        let _ = screen(&app);
    }
    assert!(app.screen.is_compare());
}

#[test]
fn tiny_and_odd_sizes_never_panic() {
    let mut app = app(80, 24);
    compare_on(&mut app, "strikers");
    for (w, h) in [(30, 8), (31, 9), (45, 12), (200, 10), (30, 60), (1, 1)] {
        update(
            &mut app,
            Action::Resize {
                width: w,
                height: h,
            },
        );
        key(&mut app, KeyAction::PageDown);
        key(&mut app, KeyAction::MoveRight);
        let _ = screen(&app);
    }
}

#[test]
fn the_picker_deletes_words_and_lines_and_pages_its_list() {
    let mut app = app(160, 48);
    key(&mut app, KeyAction::Compare);
    type_text(&mut app, "dock ships");
    edit(&mut app, Edit::DeleteWord);
    assert_eq!(picker(&app).0, "dock ", "Ctrl-w takes the last word");
    edit(&mut app, Edit::ClearLine);
    assert_eq!(picker(&app), (String::new(), 0), "Ctrl-u clears the line");
    let last = current_rows(&app, "").len() - 1;
    edit(&mut app, Edit::PageDown);
    assert_eq!(picker(&app).1, last, "a page down stops at the last row");
    edit(&mut app, Edit::PageUp);
    assert_eq!(picker(&app).1, 0);
}

#[test]
fn a_long_topic_shows_its_end_where_the_typing_is() {
    let mut app = app(60, 20);
    key(&mut app, KeyAction::Compare);
    type_text(
        &mut app,
        "a typed topic far longer than the picker is wide: qrs",
    );
    let shown = screen(&app);
    assert!(shown.contains("wide: qrs█"), "{shown}");
    assert!(!shown.contains("Topic: a typed"), "{shown}");
}
