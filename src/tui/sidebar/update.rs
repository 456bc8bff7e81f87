//! What the sidebar does (its `update`): showing and hiding it, its keys
//! while focused, typing its filter line, and opening a row (an entity's
//! mentions or a figure) in the reader.

use super::{SIDEBAR_WIDTH, SidebarRow};
use crate::config::KeyAction;
use crate::extract::Entity;
use crate::tui::action::Edit;
use crate::tui::app::{App, Focus, Overlay};
use crate::tui::matches::MatchList;
use crate::tui::panes::{Panes, inner};
use crate::tui::prompt::{ListEdit, list_edit};

impl App {
    /// The panes with the sidebar shown or hidden as `e` asked. Shown at a
    /// width that has no room for it by default, it takes the outline's
    /// place (the reader keeps its width as far as possible).
    pub(in crate::tui) fn with_sidebar_choice(&self, panes: Panes) -> Panes {
        let wanted = self.sidebar.shown.unwrap_or(panes.sidebar.is_some());
        match (wanted, panes.sidebar) {
            (false, Some(side)) => Panes {
                reader: ratatui::layout::Rect {
                    width: panes.reader.width + side.width,
                    ..panes.reader
                },
                sidebar: None,
                ..panes
            },
            (true, None) => {
                let left = panes.outline.unwrap_or(panes.reader).x;
                let total = panes.reader.right() - left;
                let width = SIDEBAR_WIDTH.min(total / 2);
                let reader = ratatui::layout::Rect {
                    x: left,
                    width: total - width,
                    ..panes.reader
                };
                let sidebar = ratatui::layout::Rect {
                    x: reader.right(),
                    width,
                    ..panes.reader
                };
                Panes {
                    outline: None,
                    reader,
                    sidebar: Some(sidebar),
                    ..panes
                }
            }
            _ => panes,
        }
    }

    /// `e`: shows the sidebar (and focuses it) or hides it.
    pub fn toggle_sidebar(&mut self) {
        let visible = self.panes().is_some_and(|p| p.sidebar.is_some());
        self.sidebar.shown = Some(!visible);
        if visible {
            self.overlays.retain(|o| *o != Overlay::SidebarFilter);
            if self.focus == Focus::Sidebar {
                self.focus = Focus::Reader;
            }
        } else if self.panes().is_some_and(|p| p.sidebar.is_some()) {
            self.focus = Focus::Sidebar;
        }
        if !self.visible_focuses().contains(&self.focus) {
            self.focus = Focus::Reader;
        }
        self.relayout();
    }

    /// Rows of the sidebar list on screen (for paging).
    pub fn sidebar_page(&self) -> usize {
        self.panes()
            .and_then(|p| p.sidebar)
            .map_or(1, |area| usize::from(inner(area).height) / 2)
            .max(1)
    }

    fn close_filter(&mut self) {
        self.overlays.retain(|o| *o != Overlay::SidebarFilter);
    }

    /// Whether the filter line is being typed.
    pub fn editing_filter(&self) -> bool {
        self.overlays.last() == Some(&Overlay::SidebarFilter)
    }

    /// Enter on a row: an entity highlights all its mentions and goes to the
    /// first one at or after the reader; a figure goes to its sentence.
    pub fn open_sidebar_row(&mut self) {
        let Some(&row) = self.sidebar.rows().get(self.sidebar.selected) else {
            return;
        };
        let Some(data) = self.sidebar.extracted() else {
            return;
        };
        let list = match row {
            SidebarRow::Entity(i) => {
                let Some(entity) = data.entities.get(i) else {
                    return;
                };
                let refs = entity.mentions.iter().map(|m| m.at.clone()).collect();
                let mut list = MatchList::new(entity.name.clone(), "mention", refs);
                list.start_at(self.reading_position());
                list
            }
            SidebarRow::Figure(i) => {
                let Some(figure) = data.figures.get(i) else {
                    return;
                };
                MatchList::new(figure.text.clone(), "figure", vec![figure.at.clone()])
            }
        };
        self.set_matches(list);
    }

    /// One flag per source: does `entity` appear in it?
    pub fn sources_of(&self, entity: &Entity) -> Vec<bool> {
        let mut present = vec![false; self.briefing.sources.len()];
        for mention in &entity.mentions {
            if let Some(flag) = present.get_mut(mention.at.source) {
                *flag = true;
            }
        }
        present
    }

    /// The sections with text on screen (none in raw mode).
    pub fn sections_on_screen(&self) -> Option<std::ops::RangeInclusive<usize>> {
        let first = self.current_section()?;
        let bottom = (self.reader.scroll + self.page_height() - 1)
            .min(self.document().len().saturating_sub(1));
        let last = self.document().section_at(bottom).max(first);
        Some(first..=last)
    }

    /// Is `entity` named in a section the reader shows?
    pub fn on_screen(&self, entity: &Entity) -> bool {
        let Some(sections) = self.sections_on_screen() else {
            return false;
        };
        entity
            .mentions
            .iter()
            .any(|m| m.at.source == self.reader.source && sections.contains(&m.at.section))
    }
}

/// A key while the sidebar has focus; false when the sidebar does not
/// use it (the reader's meaning applies).
pub fn key(app: &mut App, key: KeyAction) -> bool {
    let selected = app.sidebar.selected;
    let page = app.sidebar_page();
    match key {
        KeyAction::ScrollDown => app.sidebar.select(selected + 1),
        KeyAction::ScrollUp => app.sidebar.select(selected.saturating_sub(1)),
        KeyAction::PageDown | KeyAction::HalfPageDown => app.sidebar.select(selected + page),
        KeyAction::PageUp | KeyAction::HalfPageUp => {
            app.sidebar.select(selected.saturating_sub(page))
        }
        KeyAction::Top => app.sidebar.select(0),
        KeyAction::Bottom => app.sidebar.select(usize::MAX),
        KeyAction::MoveRight => app.sidebar.switch_tab(1),
        KeyAction::MoveLeft => app.sidebar.switch_tab(-1),
        KeyAction::Search => app.overlays.push(Overlay::SidebarFilter),
        KeyAction::Close if !app.sidebar.filter.is_empty() => {
            app.sidebar.filter.clear();
            app.sidebar.selected = 0;
        }
        KeyAction::Open => app.open_sidebar_row(),
        _ => return false,
    }
    true
}

/// Typing into the sidebar's filter line: the list narrows as you
/// type (from its first row), arrows move through it, Enter keeps the
/// filter and the selection, Esc clears the filter.
pub fn edit(app: &mut App, edit: Edit) {
    let page = app.sidebar_page();
    let sidebar = &mut app.sidebar;
    let count = sidebar.rows().len();
    match list_edit(
        &mut sidebar.filter,
        &mut sidebar.selected,
        edit,
        page,
        || count,
    ) {
        // The list narrows from its first row.
        ListEdit::Typed | ListEdit::Unchanged => sidebar.selected = 0,
        ListEdit::Moved => {}
        // The row moved to stays selected, for Enter to open next.
        ListEdit::Submit | ListEdit::SubmitTyped => app.close_filter(),
        ListEdit::Cancel => {
            app.close_filter();
            app.sidebar.filter.clear();
            app.sidebar.selected = 0;
        }
    }
}
