//! The sidebar's state: the extracted entities and figures (computed once,
//! on a background thread when the event loop starts it), the tab, the
//! selection and the filter; and what selecting a row does to the reader.

use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::action::Edit;
use super::app::{App, Focus};
use super::matches::MatchList;
use super::panes::{Panes, inner};
use super::prompt::{apply_text_edit, move_selection};
use crate::config::KeyAction;
use crate::extract::{Entity, EntityKind, Figure};
use crate::model::Briefing;
use crate::text::fold;

/// The name of the background extraction thread (the panic hook knows it).
pub const EXTRACTION_THREAD: &str = "brief-extract";

/// The sidebar's widest width; narrow terminals give it at most half.
const SIDEBAR_WIDTH: u16 = 30;

/// The tabs, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SidebarTab {
    People,
    Organisations,
    Places,
    Figures,
}

impl SidebarTab {
    pub const ALL: [SidebarTab; 4] = [
        SidebarTab::People,
        SidebarTab::Organisations,
        SidebarTab::Places,
        SidebarTab::Figures,
    ];

    /// The short name on the tab bar.
    pub fn title(self) -> &'static str {
        match self {
            SidebarTab::People => "People",
            SidebarTab::Organisations => "Orgs",
            SidebarTab::Places => "Places",
            SidebarTab::Figures => "Figures",
        }
    }

    /// The kind of entity the tab lists (`None` for figures).
    pub fn kind(self) -> Option<EntityKind> {
        match self {
            SidebarTab::People => Some(EntityKind::Person),
            SidebarTab::Organisations => Some(EntityKind::Organization),
            SidebarTab::Places => Some(EntityKind::Place),
            SidebarTab::Figures => None,
        }
    }

    fn step(self, by: isize) -> SidebarTab {
        let here = SidebarTab::ALL.iter().position(|&t| t == self).unwrap_or(0);
        let next = (here as isize + by).rem_euclid(SidebarTab::ALL.len() as isize) as usize;
        SidebarTab::ALL[next]
    }
}

/// What extraction found in the briefing, with what the list needs on
/// every frame worked out once: the entities in list order and the folded
/// text the filter looks in.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    pub entities: Vec<Entity>,
    pub figures: Vec<Figure>,
    /// Entity indices by mentions (most first), then name.
    entity_order: Vec<usize>,
    /// Figure indices in reading order.
    figure_order: Vec<usize>,
    /// Per entity: its folded name and aliases, one per line.
    entity_keys: Vec<String>,
    /// Per figure: its folded text and unit.
    figure_keys: Vec<String>,
}

impl Extracted {
    pub fn of(briefing: &Briefing) -> Extracted {
        Extracted::new(
            crate::cache::entities(briefing),
            crate::cache::figures(briefing),
        )
    }

    pub fn new(entities: Vec<Entity>, figures: Vec<Figure>) -> Extracted {
        let mut entity_order: Vec<usize> = (0..entities.len()).collect();
        entity_order.sort_by(|&a, &b| {
            let (a, b) = (&entities[a], &entities[b]);
            b.mentions
                .len()
                .cmp(&a.mentions.len())
                .then_with(|| a.name.cmp(&b.name))
        });
        let mut figure_order: Vec<usize> = (0..figures.len()).collect();
        figure_order.sort_by(|&a, &b| figures[a].at.cmp(&figures[b].at));
        let entity_keys = entities
            .iter()
            .map(|e| search_key(std::iter::once(&e.name).chain(&e.aliases)))
            .collect();
        let figure_keys = figures
            .iter()
            .map(|f| search_key(std::iter::once(&f.text).chain(&f.unit)))
            .collect();
        Extracted {
            entities,
            figures,
            entity_order,
            figure_order,
            entity_keys,
            figure_keys,
        }
    }
}

/// Folded names, one per line, so a filter (which has no newline) matches
/// within one name only.
fn search_key<'a>(names: impl Iterator<Item = &'a String>) -> String {
    names
        .map(|n| fold(&n.replace('\n', " ")).text)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where extraction is.
#[derive(Debug)]
pub enum Extraction {
    /// Not started (the App was built without it).
    NotStarted,
    /// Running on a background thread.
    Running(Receiver<Extracted>),
    Ready(Extracted),
    /// The thread died (extraction panicked): the sidebar says so.
    Failed,
}

/// One row of the sidebar list: an index into the extracted entities or
/// figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SidebarRow {
    Entity(usize),
    Figure(usize),
}

/// The sidebar: visibility, tab, selection, filter, and the data.
#[derive(Debug)]
pub struct Sidebar {
    /// `e` sets this; `None` follows the terminal width.
    pub shown: Option<bool>,
    pub tab: SidebarTab,
    /// Index into [`Sidebar::rows`].
    pub selected: usize,
    pub filter: String,
    /// The filter line takes the keys.
    pub editing: bool,
    pub extraction: Extraction,
}

impl Default for Sidebar {
    fn default() -> Self {
        Sidebar {
            shown: None,
            tab: SidebarTab::People,
            selected: 0,
            filter: String::new(),
            editing: false,
            extraction: Extraction::NotStarted,
        }
    }
}

impl Sidebar {
    pub fn extracted(&self) -> Option<&Extracted> {
        match &self.extraction {
            Extraction::Ready(data) => Some(data),
            _ => None,
        }
    }

    /// Takes the background result if it has arrived; true when the state
    /// changed (the screen needs a redraw).
    pub fn poll(&mut self) -> bool {
        let Extraction::Running(receiver) = &self.extraction else {
            return false;
        };
        self.extraction = match receiver.try_recv() {
            Ok(data) => Extraction::Ready(data),
            Err(TryRecvError::Empty) => return false,
            Err(TryRecvError::Disconnected) => Extraction::Failed,
        };
        true
    }

    pub fn is_running(&self) -> bool {
        matches!(self.extraction, Extraction::Running(_))
    }

    /// The rows of the current tab that pass the filter (case- and
    /// accent-insensitive substring of a name or alias): entities by
    /// mentions (most first, then by name), figures in reading order.
    pub fn rows(&self) -> Vec<SidebarRow> {
        let Some(data) = self.extracted() else {
            return Vec::new();
        };
        let filter = fold(self.filter.trim()).text;
        let passes = |keys: &[String], i: usize| {
            filter.is_empty() || keys.get(i).is_some_and(|k| k.contains(&filter))
        };
        match self.tab.kind() {
            Some(kind) => data
                .entity_order
                .iter()
                .copied()
                .filter(|&i| data.entities.get(i).is_some_and(|e| e.kind == kind))
                .filter(|&i| passes(&data.entity_keys, i))
                .map(SidebarRow::Entity)
                .collect(),
            None => data
                .figure_order
                .iter()
                .copied()
                .filter(|&i| passes(&data.figure_keys, i))
                .map(SidebarRow::Figure)
                .collect(),
        }
    }

    /// Moves the selection, kept within the rows.
    pub fn select(&mut self, to: usize) {
        let count = self.rows().len();
        self.selected = to.min(count.saturating_sub(1));
    }

    pub fn switch_tab(&mut self, by: isize) {
        self.tab = self.tab.step(by);
        self.selected = 0;
    }
}

impl App {
    /// Extracts entities and figures now, on this thread (tests, small
    /// briefings).
    pub fn extract_now(&mut self) {
        self.sidebar.extraction = Extraction::Ready(Extracted::of(&self.briefing));
    }

    /// Starts extraction on a background thread; [`Sidebar::poll`] takes
    /// the result. The sidebar shows "extracting…" meanwhile.
    pub fn extract_in_background(&mut self) {
        let briefing = self.briefing.clone();
        let (sender, receiver) = channel();
        let spawned = std::thread::Builder::new()
            .name(EXTRACTION_THREAD.into())
            .spawn(move || {
                // The receiver may be gone if the reader quit first.
                let _ = sender.send(Extracted::of(&briefing));
            });
        self.sidebar.extraction = match spawned {
            Ok(_) => Extraction::Running(receiver),
            // No thread to be had: do it here rather than not at all.
            Err(_) => Extraction::Ready(Extracted::of(&self.briefing)),
        };
    }

    /// The panes with the sidebar shown or hidden as `e` asked. Shown at a
    /// width that has no room for it by default, it takes the outline's
    /// place (the reader keeps its width as far as possible).
    pub(super) fn with_sidebar_choice(&self, panes: Panes) -> Panes {
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
            self.sidebar.editing = false;
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

    /// A key while the sidebar has focus; false when the sidebar does not
    /// use it (the reader's meaning applies).
    pub fn sidebar_key(&mut self, key: KeyAction) -> bool {
        let selected = self.sidebar.selected;
        let page = self.sidebar_page();
        match key {
            KeyAction::ScrollDown => self.sidebar.select(selected + 1),
            KeyAction::ScrollUp => self.sidebar.select(selected.saturating_sub(1)),
            KeyAction::PageDown | KeyAction::HalfPageDown => self.sidebar.select(selected + page),
            KeyAction::PageUp | KeyAction::HalfPageUp => {
                self.sidebar.select(selected.saturating_sub(page))
            }
            KeyAction::Top => self.sidebar.select(0),
            KeyAction::Bottom => self.sidebar.select(usize::MAX),
            KeyAction::MoveRight => self.sidebar.switch_tab(1),
            KeyAction::MoveLeft => self.sidebar.switch_tab(-1),
            KeyAction::Search => {
                self.sidebar.editing = true;
            }
            KeyAction::Close if !self.sidebar.filter.is_empty() => {
                self.sidebar.filter.clear();
                self.sidebar.selected = 0;
            }
            KeyAction::Open => self.open_sidebar_row(),
            _ => return false,
        }
        true
    }

    /// Typing into the sidebar's filter line: the list narrows as you
    /// type (from its first row), arrows move through it, Enter keeps the
    /// filter and the selection, Esc clears the filter.
    pub fn edit_filter(&mut self, edit: Edit) {
        match edit {
            Edit::Char(_) | Edit::Backspace | Edit::DeleteWord | Edit::ClearLine => {
                apply_text_edit(&mut self.sidebar.filter, edit);
                self.sidebar.selected = 0;
            }
            Edit::Up | Edit::Down | Edit::PageUp | Edit::PageDown => {
                let (page, count) = (self.sidebar_page(), self.sidebar.rows().len());
                self.sidebar.selected = move_selection(self.sidebar.selected, edit, page, count);
            }
            // The row moved to stays selected, for Enter to open next.
            Edit::Submit | Edit::SubmitTyped => self.sidebar.editing = false,
            Edit::Cancel => {
                self.sidebar.editing = false;
                self.sidebar.filter.clear();
                self.sidebar.selected = 0;
            }
        }
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
