//! What keys do in the comparison (its `update`): the topic picker
//! (typing, moving, choosing), then the screen (scrolling together or one column at a time,
//! focusing and paging columns, next/previous topic, opening a passage in
//! the reader and coming back).

use super::layout::{Row, all_rows, geometry, passage_at_top};
use super::picker::{current_rows, default_row};
use super::{CompareScreen, PickerRow};
use crate::compare::{Topic, resolve};
use crate::config::KeyAction;
use crate::tui::action::Edit;
use crate::tui::app::{App, Focus, Overlay};
use crate::tui::prompt::{ListEdit, list_edit};
use crate::tui::screen::Screen;

/// `c`: opens the topic picker. The analysis worker builds what it
/// needs; until it has, the picker waits for it (see
/// [`crate::tui::analysis`]); without a worker it is built here.
pub fn open_picker(app: &mut App) {
    if app.compare.data.is_none() && app.analysing() {
        app.compare.waiting = true;
        app.message = Some("analysing the briefing…".into());
        return;
    }
    app.compare_data_inline();
    app.overlays.push(Overlay::TopicPicker {
        query: String::new(),
        selected: 0,
    });
}

/// Typing into the picker: characters filter, Up/Down move, Enter picks
/// the selected row, Alt-Enter the typed text, Esc closes.
pub fn picker_edit(app: &mut App, edit: Edit) {
    let Some(Overlay::TopicPicker { query, selected }) = app.overlays.last() else {
        return;
    };
    let (mut query, mut selected) = (query.clone(), *selected);
    let page = (app.page_height() / 2).max(1);
    // The topics are few: listing them again per key costs nothing.
    let count = current_rows(app, &query).len();
    match list_edit(&mut query, &mut selected, edit, page, || count) {
        // What is typed changes the rows: the best match is selected again.
        ListEdit::Typed | ListEdit::Unchanged => {
            selected = default_row(&current_rows(app, &query));
        }
        ListEdit::Moved => {}
        ListEdit::Cancel => {
            app.overlays.pop();
            app.compare.then_ledger = false;
            return;
        }
        ListEdit::Submit => {
            let row = current_rows(app, &query).get(selected).cloned();
            return choose(app, row);
        }
        ListEdit::SubmitTyped => return choose(app, Some(PickerRow::Typed(query))),
    }
    if let Some(Overlay::TopicPicker {
        query: q,
        selected: s,
    }) = app.overlays.last_mut()
    {
        *q = query;
        *s = selected;
    }
}

/// Mapped keys that reach the picker (when the event loop did not send
/// edits): move, choose, close.
pub fn picker_key(app: &mut App, key: KeyAction) {
    match key {
        KeyAction::Quit => app.quit = true,
        KeyAction::Close => picker_edit(app, Edit::Cancel),
        KeyAction::Open => picker_edit(app, Edit::Submit),
        KeyAction::ScrollDown => picker_edit(app, Edit::Down),
        KeyAction::ScrollUp => picker_edit(app, Edit::Up),
        _ => {}
    }
}

/// Compares on the chosen row and shows the comparison.
fn choose(app: &mut App, row: Option<PickerRow>) {
    let chosen = match row {
        Some(PickerRow::Topic(i)) => app
            .compare
            .data
            .as_ref()
            .and_then(|d| d.topics.get(i).cloned())
            .map(|t| (t, Some(i))),
        Some(PickerRow::Typed(text)) if !text.trim().is_empty() => {
            let topic = resolve(&app.briefing, &text);
            // A typed title or id is that topic: ]/[ then step from it.
            let index = app
                .compare
                .data
                .as_ref()
                .and_then(|d| d.topics.iter().position(|t| *t == topic));
            Some((topic, index))
        }
        _ => None,
    };
    let Some((topic, index)) = chosen else {
        app.message = Some("type a topic, or pick one from the list".into());
        return;
    };
    app.overlays.pop();
    show_topic(app, &topic, index);
}

/// Shows the comparison on `topic`, keeping the scroll mode and focus of
/// the one before.
pub fn show_topic(app: &mut App, topic: &Topic, index: Option<usize>) {
    let comparison = app.compare_data_inline().index.compare(topic);
    let mut screen = CompareScreen::new(comparison, index);
    if let Some(old) = app.screen.comparison() {
        screen.together = old.together;
        screen.focused = old
            .focused
            .min(screen.comparison.sources.len().saturating_sub(1));
        screen.first_column = old.first_column;
    }
    app.message = Some(format!(
        "{}: covered by {} of {}",
        screen.comparison.topic.title,
        screen.comparison.covered_count(),
        screen.comparison.sources.len()
    ));
    app.screen = Screen::Compare(Box::new(screen));
    keep_focus_visible(app);
    // `L` in the reader asked for a topic: its ledger, not its comparison.
    if std::mem::take(&mut app.compare.then_ledger) {
        crate::tui::ledger::update::open(app);
    }
}

/// Keys while the comparison is on screen.
pub fn key(app: &mut App, key: KeyAction) {
    let body = geometry(app).map_or(1, |g| g.body_height()) as isize;
    match key {
        KeyAction::Quit => app.quit = true,
        KeyAction::Help => app.overlays.push(Overlay::Help { scroll: 0 }),
        KeyAction::Close => app.screen = Screen::Panes,
        KeyAction::Compare => open_picker(app),
        KeyAction::ScrollDown => scroll(app, 1),
        KeyAction::ScrollUp => scroll(app, -1),
        KeyAction::PageDown => scroll(app, (body - 1).max(1)),
        KeyAction::PageUp => scroll(app, -(body - 1).max(1)),
        KeyAction::HalfPageDown => scroll(app, (body / 2).max(1)),
        KeyAction::HalfPageUp => scroll(app, -(body / 2).max(1)),
        KeyAction::Top => scroll(app, isize::MIN),
        KeyAction::Bottom => scroll(app, isize::MAX),
        KeyAction::NextSection => step_topic(app, 1),
        KeyAction::PreviousSection => step_topic(app, -1),
        KeyAction::MoveRight | KeyAction::FocusNext => step_column(app, 1),
        KeyAction::MoveLeft | KeyAction::FocusPrevious => step_column(app, -1),
        KeyAction::ToggleColumnScroll => toggle_scroll_mode(app),
        KeyAction::Open => open_passage(app),
        KeyAction::Ledger => crate::tui::ledger::update::open(app),
        KeyAction::Timeline => crate::tui::timeline::update::open(app),
        _ => {}
    }
}

/// A digit focuses that source's column.
pub fn focus_column(app: &mut App, column: usize) {
    let Some(screen) = app.screen.comparison_mut() else {
        return;
    };
    if column < screen.comparison.sources.len() {
        screen.focused = column;
        keep_focus_visible(app);
    } else {
        app.message = Some(format!("no source {}", column + 1));
    }
}

/// Scrolls all columns, or the focused one, by `rows` (clamped).
pub fn scroll(app: &mut App, rows: isize) {
    let Some(g) = geometry(app) else { return };
    let columns = all_rows(app);
    let body = g.body_height();
    let max_of = |rows: &Vec<Row>| rows.len().saturating_sub(body);
    let Some(screen) = app.screen.comparison_mut() else {
        return;
    };
    if screen.together {
        let max = columns.iter().map(max_of).max().unwrap_or(0);
        screen.scroll = screen.scroll.saturating_add_signed(rows).min(max);
    } else {
        let max = columns.get(screen.focused).map_or(0, max_of);
        if let Some(top) = screen.column_scroll.get_mut(screen.focused) {
            *top = top.saturating_add_signed(rows).min(max);
        }
    }
}

/// Switches between scrolling together and one column at a time, keeping
/// what is on screen where it is.
fn toggle_scroll_mode(app: &mut App) {
    let Some(screen) = app.screen.comparison_mut() else {
        return;
    };
    if screen.together {
        screen
            .column_scroll
            .iter_mut()
            .for_each(|s| *s = screen.scroll);
        screen.together = false;
        app.message = Some("scrolling one column at a time (h/l choose it)".into());
    } else {
        screen.scroll = screen.scroll_of(screen.focused);
        screen.together = true;
        app.message = Some("scrolling all columns together".into());
    }
    // The focused column's top may be past another column's end.
    scroll(app, 0);
}

fn step_column(app: &mut App, step: isize) {
    let Some(screen) = app.screen.comparison_mut() else {
        return;
    };
    let last = screen.comparison.sources.len().saturating_sub(1);
    screen.focused = screen.focused.saturating_add_signed(step).min(last);
    keep_focus_visible(app);
}

/// Pages the columns so the focused one is on screen.
fn keep_focus_visible(app: &mut App) {
    let size = app.size();
    let Some(screen) = app.screen.comparison_mut() else {
        return;
    };
    let count = screen.comparison.sources.len();
    let per_page = super::layout::columns_per_page(size.width, count);
    if screen.focused < screen.first_column {
        screen.first_column = screen.focused;
    } else if screen.focused >= screen.first_column + per_page {
        screen.first_column = screen.focused + 1 - per_page;
    }
    screen.first_column = screen.first_column.min(count.saturating_sub(per_page));
}

/// `]`/`[`: the next or previous topic of the list (from a typed topic,
/// the first or last).
fn step_topic(app: &mut App, step: isize) {
    let Some(screen) = app.screen.comparison() else {
        return;
    };
    let count = app.compare.data.as_ref().map_or(0, |d| d.topics.len());
    if count == 0 {
        app.message = Some("this briefing has no topics: press c to type one".into());
        return;
    }
    let next = match screen.topic {
        None if step > 0 => Some(0),
        None => Some(count - 1),
        Some(i) => i.checked_add_signed(step).filter(|&n| n < count),
    };
    let Some(next) = next else {
        app.message = Some(
            if step > 0 {
                "last topic"
            } else {
                "first topic"
            }
            .into(),
        );
        return;
    };
    let topic = app
        .compare
        .data
        .as_ref()
        .and_then(|d| d.topics.get(next).cloned());
    if let Some(topic) = topic {
        show_topic(app, &topic, Some(next));
    }
}

/// Enter: the passage at the top of the focused column, in the reader,
/// highlighted; Esc there comes back.
fn open_passage(app: &mut App) {
    let columns = all_rows(app);
    let Some(screen) = app.screen.comparison() else {
        return;
    };
    let column = screen.focused;
    let top = screen.scroll_of(column);
    let chosen = columns
        .get(column)
        .and_then(|rows| passage_at_top(rows, top))
        .and_then(|i| {
            let col = screen.comparison.sources.get(column)?;
            Some((col.source, col.passages.get(i)?.at.clone()))
        });
    let Some((source, at)) = chosen else {
        app.message = Some("no passage in this column".into());
        return;
    };
    let marked = at.text_refs(&app.briefing, source);
    app.screen = match std::mem::take(&mut app.screen) {
        Screen::Compare(comparison) | Screen::Passage { comparison, .. } => {
            Screen::Passage { comparison, marked }
        }
        other => other,
    };
    app.overlays.clear();
    app.focus = Focus::Reader;
    app.jump_to(at.position(source));
    app.message = Some("Esc: back to the comparison".into());
}

/// Esc in the reader after Enter: back to the comparison as it was.
pub fn resume(app: &mut App) {
    app.screen.back_to_comparison();
}
