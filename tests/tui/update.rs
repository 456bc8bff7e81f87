//! The reader's state machine, driven through `update` without a terminal.

use crate::support::tui as tui_support;

use tui_support::drive::key;

use brief::config::KeyAction;
use brief::model::{Part, Position, TextRef};
use brief::tui::matches::MatchList;
use brief::tui::prompt::Prompt;
use brief::tui::{Action, App, Edit, Focus, OutlineItem, Overlay, update};

fn top_text(app: &App) -> String {
    app.document().lines()[app.reader.scroll].text.clone()
}

#[test]
fn scrolling_moves_by_lines_pages_and_half_pages_within_bounds() {
    let mut app = tui_support::app(80, 24);
    let page = app.page_height();
    assert!(
        app.max_scroll() > page,
        "the fixture must be longer than two pages"
    );
    key(&mut app, KeyAction::ScrollDown);
    key(&mut app, KeyAction::ScrollDown);
    assert_eq!(app.reader.scroll, 2);
    key(&mut app, KeyAction::ScrollUp);
    assert_eq!(app.reader.scroll, 1);
    key(&mut app, KeyAction::PageDown);
    assert_eq!(app.reader.scroll, 1 + page - 1);
    key(&mut app, KeyAction::HalfPageUp);
    assert_eq!(app.reader.scroll, page - page / 2);
    key(&mut app, KeyAction::Bottom);
    assert_eq!(app.reader.scroll, app.max_scroll());
    assert_eq!(app.percent(), 100);
    key(&mut app, KeyAction::ScrollDown);
    assert_eq!(app.reader.scroll, app.max_scroll(), "never past the end");
    key(&mut app, KeyAction::Top);
    assert_eq!(app.reader.scroll, 0);
    assert_eq!(app.percent(), 0);
    key(&mut app, KeyAction::ScrollUp);
    assert_eq!(app.reader.scroll, 0, "never before the start");
}

#[test]
fn section_keys_walk_the_sections_and_the_outline_follows() {
    let mut app = tui_support::app(160, 48);
    assert_eq!(app.current_section(), Some(0));
    key(&mut app, KeyAction::NextSection);
    assert_eq!(app.current_section(), Some(1));
    assert_eq!(top_text(&app), "Bleaching on record");
    let selected = app.outline_items()[app.outline_selected];
    assert_eq!(
        selected,
        OutlineItem::Section {
            source: 0,
            section: 1
        }
    );
    key(&mut app, KeyAction::NextSection);
    key(&mut app, KeyAction::NextSection);
    // The last sections cannot reach the top row, yet they are current.
    assert_eq!(app.current_section(), Some(3));
    key(&mut app, KeyAction::NextSection);
    assert_eq!(app.current_section(), Some(3));
    assert_eq!(app.message.as_deref(), Some("last section"));
    key(&mut app, KeyAction::PreviousSection);
    assert_eq!(app.current_section(), Some(2));
    // Scrolling a little into a section, [ goes back to its start first.
    key(&mut app, KeyAction::Top);
    key(&mut app, KeyAction::NextSection);
    key(&mut app, KeyAction::ScrollDown);
    key(&mut app, KeyAction::PreviousSection);
    assert_eq!(top_text(&app), "Bleaching on record");
    key(&mut app, KeyAction::PreviousSection);
    assert_eq!(app.current_section(), Some(0));
}

#[test]
fn a_resize_keeps_the_logical_position() {
    let mut app = tui_support::app(160, 48);
    key(&mut app, KeyAction::NextSection);
    for _ in 0..5 {
        key(&mut app, KeyAction::ScrollDown);
    }
    let before = app.reader.anchor;
    let first_words: String = top_text(&app)
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    update(
        &mut app,
        Action::Resize {
            width: 70,
            height: 20,
        },
    );
    assert_eq!(app.reader.anchor, before);
    let row_position = app.document().position_at(app.reader.scroll);
    assert!(row_position <= before);
    // The same text is still at (or just above) the top.
    let shown: String = app.document().lines()[app.reader.scroll..]
        .iter()
        .take(3)
        .map(|l| l.text.clone())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        shown.contains(&first_words),
        "{first_words:?} not in {shown:?}"
    );
    // And back: the same row as before.
    update(
        &mut app,
        Action::Resize {
            width: 160,
            height: 48,
        },
    );
    assert_eq!(app.reader.anchor, before);
}

#[test]
fn sources_switch_by_braces_and_digits_and_remember_their_place() {
    let mut app = tui_support::app(80, 24);
    key(&mut app, KeyAction::PageDown);
    let place = app.reader.scroll;
    key(&mut app, KeyAction::NextSource);
    assert_eq!(app.reader.source, 1);
    assert_eq!(app.reader.scroll, 0);
    update(&mut app, Action::JumpToSource(2));
    assert_eq!(app.reader.source, 2);
    key(&mut app, KeyAction::NextSource);
    assert_eq!(app.reader.source, 2);
    assert_eq!(app.message.as_deref(), Some("last source"));
    update(&mut app, Action::JumpToSource(8));
    assert_eq!(app.reader.source, 2);
    assert_eq!(app.message.as_deref(), Some("no source 9"));
    update(&mut app, Action::JumpToSource(0));
    assert_eq!(app.reader.source, 0);
    assert_eq!(app.reader.scroll, place);
    key(&mut app, KeyAction::PreviousSource);
    assert_eq!(app.message.as_deref(), Some("first source"));
}

#[test]
fn focus_cycles_through_visible_panes_and_the_outline_opens_items() {
    let mut app = tui_support::app(80, 24);
    assert_eq!(app.focus, Focus::Reader);
    key(&mut app, KeyAction::FocusNext);
    // No sidebar at 80 columns: back round to the outline.
    assert_eq!(app.focus, Focus::Outline);
    key(&mut app, KeyAction::FocusPrevious);
    assert_eq!(app.focus, Focus::Reader);
    key(&mut app, KeyAction::FocusPrevious);
    assert_eq!(app.focus, Focus::Outline);

    // j/k move the outline selection, not the text; Enter opens and reads.
    let items = app.outline_items();
    let target = items
        .iter()
        .position(|&i| {
            i == OutlineItem::Section {
                source: 0,
                section: 2,
            }
        })
        .unwrap_or_else(|| panic!("{items:?}"));
    while app.outline_selected < target {
        key(&mut app, KeyAction::ScrollDown);
    }
    assert_eq!(app.reader.scroll, 0);
    key(&mut app, KeyAction::Open);
    assert_eq!(app.focus, Focus::Reader);
    assert_eq!(app.current_section(), Some(2));

    // Shrinking until the outline is hidden hands the focus to the reader.
    key(&mut app, KeyAction::FocusPrevious);
    assert_eq!(app.focus, Focus::Outline);
    update(
        &mut app,
        Action::Resize {
            width: 50,
            height: 20,
        },
    );
    assert_eq!(app.focus, Focus::Reader);

    let mut wide = tui_support::app(160, 48);
    for expected in [Focus::Sidebar, Focus::Outline, Focus::Reader] {
        key(&mut wide, KeyAction::FocusNext);
        assert_eq!(wide.focus, expected);
    }
}

#[test]
fn the_help_overlay_takes_keys_until_closed() {
    let mut app = tui_support::app(80, 24);
    key(&mut app, KeyAction::Help);
    assert_eq!(app.overlays, [Overlay::Help { scroll: 0 }]);
    key(&mut app, KeyAction::ScrollDown);
    assert_eq!(
        app.reader.scroll, 0,
        "the reader does not move under the overlay"
    );
    assert_eq!(app.overlays, [Overlay::Help { scroll: 1 }]);
    key(&mut app, KeyAction::NextSource);
    assert_eq!(app.reader.source, 0);
    key(&mut app, KeyAction::Close);
    assert!(app.overlays.is_empty());
    key(&mut app, KeyAction::Help);
    key(&mut app, KeyAction::Help);
    assert!(app.overlays.is_empty(), "? toggles");
    key(&mut app, KeyAction::Help);
    key(&mut app, KeyAction::Quit);
    assert!(app.quit, "q quits even under an overlay");
}

#[test]
fn quit_works_on_the_too_small_screen() {
    let mut app = tui_support::app(10, 3);
    assert!(app.panes().is_none());
    key(&mut app, KeyAction::ScrollDown);
    key(&mut app, KeyAction::Quit);
    assert!(app.quit);
}

#[test]
fn raw_mode_shows_the_raw_text_and_returns_to_the_same_place() {
    let mut app = tui_support::app(80, 24);
    key(&mut app, KeyAction::NextSection);
    let place = app.reader.anchor;
    key(&mut app, KeyAction::ToggleRaw);
    assert!(app.reader.raw);
    assert_eq!(app.current_section(), None);
    let raw: Vec<&str> = app
        .document()
        .lines()
        .iter()
        .map(|l| l.text.as_str())
        .collect();
    assert!(raw.contains(&"Share this article"), "{raw:?}");
    assert!(app.message.is_some());
    key(&mut app, KeyAction::ToggleRaw);
    assert!(!app.reader.raw);
    assert_eq!(app.reader.anchor, place);
    // Switching source leaves raw mode.
    key(&mut app, KeyAction::ToggleRaw);
    key(&mut app, KeyAction::NextSource);
    assert!(!app.reader.raw);
    update(&mut app, Action::JumpToSource(0));
    assert_eq!(app.reader.anchor, place);
}

#[test]
fn jump_to_a_text_reference_and_highlights_resolve_on_screen() {
    let mut app = tui_support::app(80, 24);
    let text = &app.briefing.sources[1].sections[1].blocks[0].text;
    let start = text.find("weekend").unwrap_or_else(|| panic!("{text}"));
    let hit = TextRef {
        source: 1,
        section: 1,
        part: Part::Block(0),
        range: start..start + "weekend".len(),
    };
    app.set_matches(MatchList::new("weekend", "match", vec![hit.clone()]));
    assert_eq!(app.reader.source, 1);
    let doc = app.document();
    let rows: Vec<String> = (0..doc.len())
        .flat_map(|row| {
            doc.highlights(row, app.highlights())
                .into_iter()
                .map(move |r| doc.lines()[row].text[r].to_string())
        })
        .collect();
    assert_eq!(rows, ["weekend"]);
    // A jump to a source that does not exist is ignored.
    app.jump_to(Position {
        source: 99,
        ..Position::default()
    });
    assert_eq!(app.reader.source, 1);
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer_and_clicks_focus() {
    let mut app = tui_support::app(160, 48);
    let panes = app.panes().unwrap_or_else(|| panic!("big enough"));
    let reader = panes.reader;
    update(
        &mut app,
        Action::Wheel {
            column: reader.x + 5,
            row: reader.y + 5,
            lines: 3,
        },
    );
    assert_eq!(app.reader.scroll, 3);
    let outline = panes.outline.unwrap_or_else(|| panic!("outline shown"));
    let before = app.outline_selected;
    update(
        &mut app,
        Action::Wheel {
            column: outline.x + 2,
            row: outline.y + 2,
            lines: 1,
        },
    );
    assert_eq!(app.outline_selected, before + 1);
    assert_eq!(app.reader.scroll, 3, "the reader did not move");
    // Click the row of the second source in the outline: it opens.
    let row = app
        .outline_items()
        .iter()
        .position(|&i| i == OutlineItem::Source(1))
        .unwrap_or_else(|| panic!("source listed"));
    update(
        &mut app,
        Action::Click {
            column: outline.x + 3,
            row: outline.y + 1 + row as u16,
        },
    );
    assert_eq!(app.reader.source, 1);
    let sidebar = panes.sidebar.unwrap_or_else(|| panic!("sidebar shown"));
    update(
        &mut app,
        Action::Click {
            column: sidebar.x + 3,
            row: sidebar.y + 3,
        },
    );
    assert_eq!(app.focus, Focus::Sidebar);
}

#[test]
fn warnings_reach_the_status_bar_state() {
    let mut app = tui_support::app(80, 24);
    assert_eq!(app.warnings(), ["notes.doc: skipped: not a text file"]);
    update(&mut app, Action::JumpToSource(1));
    assert_eq!(app.warnings().len(), 2);
    assert!(app.warnings()[1].starts_with("buses.txt: "));
}

#[test]
fn any_sequence_of_actions_at_any_size_keeps_state_in_bounds() {
    use brief::config::KeyAction as K;
    let actions = [
        Action::Key(K::ScrollDown),
        Action::Key(K::PageDown),
        Action::Key(K::Bottom),
        Action::Key(K::NextSection),
        Action::Key(K::PreviousSection),
        Action::Key(K::NextSource),
        Action::Key(K::ToggleRaw),
        Action::Key(K::FocusNext),
        Action::Key(K::Open),
        Action::Key(K::Help),
        Action::Key(K::Close),
        Action::JumpToSource(2),
        Action::Resize {
            width: 1,
            height: 1,
        },
        Action::Resize {
            width: 45,
            height: 12,
        },
        Action::Resize {
            width: 200,
            height: 60,
        },
        Action::Wheel {
            column: 50,
            row: 5,
            lines: -3,
        },
        Action::Click { column: 3, row: 3 },
    ];
    // A deterministic pseudo-random walk through the actions.
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut app = tui_support::app(80, 24);
    for _ in 0..2000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        update(
            &mut app,
            actions[(state % actions.len() as u64) as usize].clone(),
        );
        assert!(app.reader.scroll <= app.max_scroll());
        assert!(app.outline_selected < app.outline_items().len());
        assert!(app.reader.source < app.briefing.sources.len());
    }
}

#[test]
fn the_prompt_on_top_takes_the_edits() {
    let mut app = tui_support::app(120, 40);
    assert_eq!(app.prompt(), None);
    // With no prompt open an edit goes nowhere: `q` typed does not quit.
    update(&mut app, Action::Edit(Edit::Char('q')));
    update(&mut app, Action::Edit(Edit::Submit));
    assert!(!app.quit && app.overlays.is_empty());

    let opened = [
        (KeyAction::Search, Prompt::Search),
        (KeyAction::Bookmark, Prompt::Note),
        (KeyAction::Compare, Prompt::TopicPicker),
    ];
    for (open, prompt) in opened {
        key(&mut app, open);
        assert_eq!(app.prompt(), Some(prompt), "{open:?}");
        update(&mut app, Action::Edit(Edit::Cancel));
        assert_eq!(app.prompt(), None, "Esc closes the {prompt:?} prompt");
        assert!(app.overlays.is_empty(), "{prompt:?}");
    }

    app.overlays.push(Overlay::SidebarFilter);
    assert_eq!(app.prompt(), Some(Prompt::SidebarFilter));
    // An overlay over the filter line takes the keys instead.
    key(&mut app, KeyAction::Help);
    assert_eq!(app.prompt(), None);
    key(&mut app, KeyAction::Close);
    update(&mut app, Action::Edit(Edit::Char('x')));
    assert_eq!(app.sidebar.filter, "x");
    update(&mut app, Action::Edit(Edit::Cancel));
    assert_eq!(app.prompt(), None);
    assert!(app.sidebar.filter.is_empty());
}
