//! `update(&mut App, Action)`: the only place the reader's state changes.

use ratatui::layout::{Position as Cell, Rect};

use super::action::Action;
use super::app::{App, Focus, OutlineItem, Overlay};
use super::jobs::Shared;
use super::prompt::Prompt;
use super::{bookmarks, compare, search, sidebar};
use crate::config::KeyAction;
use crate::model::Position;

/// Applies one action.
pub fn update(app: &mut App, action: Action) {
    match action {
        Action::Resize { width, height } => app.set_size(width, height),
        Action::Wheel { column, row, lines } => wheel(app, Cell::new(column, row), lines),
        Action::Click { column, row } => click(app, Cell::new(column, row)),
        Action::JumpToSource(n) if app.screen.is_compare() && app.overlays.is_empty() => {
            app.message = None;
            compare::update::focus_column(app, n);
        }
        Action::JumpToSource(n) => {
            app.message = None;
            if n < app.briefing.sources.len() {
                app.overlays.clear();
                app.open_source(n);
            } else {
                app.message = Some(format!("no source {}", n + 1));
            }
        }
        Action::Key(key) => {
            app.message = None;
            // The sidebar's filter line takes edits, not mapped keys: those
            // go on to the screen under it.
            let on_top = app
                .overlays
                .last()
                .filter(|o| **o != Overlay::SidebarFilter);
            if on_top.is_some() {
                overlay_key(app, key);
            } else if app.screen.is_compare() {
                compare::update::key(app, key);
            } else if app.screen.is_list() {
                super::list::key(app, key);
            } else {
                key_action(app, key);
            }
        }
        Action::Edit(edit) => match app.prompt() {
            Some(Prompt::Search) => search::update::edit(app, edit),
            Some(Prompt::TopicPicker) => compare::update::picker_edit(app, edit),
            Some(Prompt::Note) => bookmarks::update::note_edit(app, edit),
            Some(Prompt::SidebarFilter) => sidebar::update::edit(app, edit),
            None => {}
        },
        Action::Analysed(part) => app.analysed(part),
        Action::SearchIndexed(Shared(index)) => app.search_indexed(index),
        Action::Searched {
            generation,
            hits,
            complete,
        } => {
            app.receive_search(generation, hits, complete);
        }
        Action::SearchWorkerGone => app.search_worker_gone(),
    }
    // The search preview moves the reader; only where it settles counts.
    if !app.search_open() {
        app.note_progress();
    }
}

fn key_action(app: &mut App, key: KeyAction) {
    let page = app.page_height() as isize;
    // The focused sidebar takes the keys it has a use for.
    if app.focus == Focus::Sidebar && sidebar::update::key(app, key) {
        return;
    }
    match key {
        KeyAction::Quit => app.quit = true,
        KeyAction::Help => app.overlays.push(Overlay::Help { scroll: 0 }),
        KeyAction::Close if app.screen.is_passage() => compare::update::resume(app),
        KeyAction::Close => app.clear_matches(),
        KeyAction::Compare => compare::update::open_picker(app),
        KeyAction::Ledger => super::ledger::update::open(app),
        KeyAction::Timeline => super::timeline::update::open(app),
        // Only the comparison has columns to scroll one at a time.
        KeyAction::ToggleColumnScroll => {}
        KeyAction::FocusNext => cycle_focus(app, 1),
        KeyAction::FocusPrevious => cycle_focus(app, -1),
        KeyAction::ScrollDown | KeyAction::ScrollUp if app.focus == Focus::Outline => {
            let step = if key == KeyAction::ScrollDown { 1 } else { -1 };
            move_outline(app, step);
        }
        KeyAction::ScrollDown => app.scroll_by(1),
        KeyAction::ScrollUp => app.scroll_by(-1),
        // Keep a line of context when paging, as less does not but most
        // readers do: the eye finds its place again.
        KeyAction::PageDown => app.scroll_by((page - 1).max(1)),
        KeyAction::PageUp => app.scroll_by(-(page - 1).max(1)),
        KeyAction::HalfPageDown => app.scroll_by((page / 2).max(1)),
        KeyAction::HalfPageUp => app.scroll_by(-(page / 2).max(1)),
        KeyAction::Top => app.scroll_to_row(0),
        KeyAction::Bottom => app.scroll_to_row(usize::MAX),
        KeyAction::NextSection => next_section(app),
        KeyAction::PreviousSection => previous_section(app),
        KeyAction::NextSource => step_source(app, 1),
        KeyAction::PreviousSource => step_source(app, -1),
        // Digits arrive as `Action::JumpToSource`; nothing to do without one.
        KeyAction::JumpToSource => {}
        KeyAction::Open => open_selected(app),
        KeyAction::Bookmark => app.start_bookmark(),
        KeyAction::Bookmarks => app.show_bookmarks(),
        KeyAction::ToggleRead => app.toggle_read(),
        KeyAction::ToggleSidebar => app.toggle_sidebar(),
        KeyAction::NextMatch => app.next_match(),
        KeyAction::PreviousMatch => app.prev_match(),
        // With the sidebar focused, `/` filters it (handled above).
        KeyAction::Search => app.open_search(),
        // Tabs belong to the sidebar and columns to the comparison (handled above).
        KeyAction::MoveRight | KeyAction::MoveLeft => {}
        // Deletes only in a list.
        KeyAction::Delete => {}
        KeyAction::ToggleRaw => {
            app.toggle_raw();
            if app.reader.raw {
                app.message = Some("raw text: press r to return".into());
            }
        }
    }
}

/// Keys while an overlay is on top: it takes them all.
fn overlay_key(app: &mut App, key: KeyAction) {
    match app.overlays.last() {
        Some(Overlay::Help { .. }) => help_key(app, key),
        Some(Overlay::Bookmarks { selected }) => {
            let selected = *selected;
            bookmarks::update::key(app, key, selected);
        }
        // Prompts get `Action::Edit`s; a mapped key only arrives if the
        // event loop did not know a prompt was open.
        Some(Overlay::Note { .. } | Overlay::Search | Overlay::SidebarFilter) | None => {}
        Some(Overlay::TopicPicker { .. }) => compare::update::picker_key(app, key),
    }
}

fn help_key(app: &mut App, key: KeyAction) {
    let page = app.page_height();
    let Some(Overlay::Help { scroll }) = app.overlays.last_mut() else {
        return;
    };
    match key {
        KeyAction::Quit => app.quit = true,
        KeyAction::Close | KeyAction::Help => {
            app.overlays.pop();
        }
        KeyAction::ScrollDown => *scroll = scroll.saturating_add(1),
        KeyAction::ScrollUp => *scroll = scroll.saturating_sub(1),
        KeyAction::PageDown | KeyAction::HalfPageDown => *scroll = scroll.saturating_add(page / 2),
        KeyAction::PageUp | KeyAction::HalfPageUp => *scroll = scroll.saturating_sub(page / 2),
        KeyAction::Top => *scroll = 0,
        _ => {}
    }
}

fn cycle_focus(app: &mut App, step: isize) {
    let order = app.visible_focuses();
    let here = order.iter().position(|&f| f == app.focus).unwrap_or(0);
    let next = (here as isize + step).rem_euclid(order.len() as isize) as usize;
    app.focus = order.get(next).copied().unwrap_or(Focus::Reader);
}

fn move_outline(app: &mut App, step: isize) {
    let last = app.outline_items().len().saturating_sub(1);
    app.outline_selected = app.outline_selected.saturating_add_signed(step).min(last);
}

/// Enter: open what the outline selects, and read it.
fn open_selected(app: &mut App) {
    if app.focus != Focus::Outline {
        return;
    }
    let Some(&item) = app.outline_items().get(app.outline_selected) else {
        return;
    };
    open_item(app, item);
    app.focus = Focus::Reader;
}

fn open_item(app: &mut App, item: OutlineItem) {
    match item {
        OutlineItem::Source(source) => app.jump_to(Position {
            source,
            ..Position::default()
        }),
        OutlineItem::Section { source, section } => app.jump_to(Position {
            source,
            section,
            block: None,
            offset: 0,
        }),
    }
}

fn next_section(app: &mut App) {
    let Some(current) = app.current_section() else {
        return;
    };
    let doc = app.document();
    let count = app.current_source().map_or(0, |s| s.sections.len());
    let scroll = app.reader.scroll;
    // The next section that starts below the top row.
    let target = (current + 1..count)
        .map(|s| (s, doc.section_row(s)))
        .find(|&(_, row)| row > scroll);
    match target {
        Some((section, _)) => jump_to_section(app, section),
        None => app.message = Some("last section".into()),
    }
}

fn previous_section(app: &mut App) {
    let Some(current) = app.current_section() else {
        return;
    };
    // Back to the start of this section first, then to the one before.
    if app.document().section_row(current) < app.reader.scroll {
        jump_to_section(app, current);
    } else if current > 0 {
        jump_to_section(app, current - 1);
    } else {
        app.message = Some("first section".into());
    }
}

fn jump_to_section(app: &mut App, section: usize) {
    app.jump_to(Position {
        source: app.reader.source,
        section,
        block: None,
        offset: 0,
    });
}

fn step_source(app: &mut App, step: isize) {
    let count = app.briefing.sources.len();
    let next = app.reader.source.saturating_add_signed(step);
    if next < count && next != app.reader.source {
        app.open_source(next);
    } else {
        app.message = Some(
            if step > 0 {
                "last source"
            } else {
                "first source"
            }
            .into(),
        );
    }
}

/// The wheel scrolls the pane under the pointer.
fn wheel(app: &mut App, at: Cell, lines: i32) {
    let Some(panes) = app.panes() else { return };
    match app.overlays.last_mut() {
        Some(Overlay::Help { scroll }) => {
            *scroll = scroll.saturating_add_signed(lines as isize);
            return;
        }
        // The sidebar's filter line leaves the wheel to the panes.
        Some(Overlay::SidebarFilter) | None if app.screen.is_compare() => {
            compare::update::scroll(app, lines as isize);
            return;
        }
        None if app.screen.is_list() => {
            super::list::scroll(app, lines as isize);
            return;
        }
        Some(Overlay::SidebarFilter) | None => {}
        Some(_) => return,
    }
    if contains(panes.outline, at) {
        move_outline(app, lines as isize);
    } else if panes.reader.contains(at) {
        app.scroll_by(lines as isize);
    } else if contains(panes.sidebar, at) {
        let to = app.sidebar.selected.saturating_add_signed(lines as isize);
        app.sidebar.select(to);
    }
}

/// A click focuses the pane under it; on an outline row it opens that item.
fn click(app: &mut App, at: Cell) {
    let Some(panes) = app.panes() else { return };
    let covered = app.overlays.iter().any(|o| *o != Overlay::SidebarFilter);
    if covered || app.screen.is_compare() || app.screen.is_list() {
        return;
    }
    if let Some(outline) = panes.outline.filter(|r| r.contains(at)) {
        app.focus = Focus::Outline;
        let inner = super::panes::inner(outline);
        if inner.contains(at) {
            let row = usize::from(at.y - inner.y) + app.outline_offset(inner);
            if let Some(&item) = app.outline_items().get(row) {
                app.outline_selected = row;
                open_item(app, item);
            }
        }
    } else if panes.reader.contains(at) {
        app.focus = Focus::Reader;
    } else if contains(panes.sidebar, at) {
        app.focus = Focus::Sidebar;
    }
}

fn contains(area: Option<Rect>, at: Cell) -> bool {
    area.is_some_and(|r| r.contains(at))
}
