//! The sidebar's state: the extracted entities and figures (from the
//! shared analysis, [`crate::tui::analysis`]), the tab, the selection and
//! the filter. [`update`] changes it (keys, the filter line, what selecting
//! a row does to the reader), [`view`] draws it.

pub mod update;
pub mod view;

use crate::extract::{Entity, EntityKind, Figure};
use crate::model::Briefing;
use crate::text::fold;

/// The name of the analysis thread, which extracts (the panic hook knows it).
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
#[derive(Debug, Clone, Default, PartialEq)]
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
    /// Running on the analysis thread ([`crate::tui::analysis`]).
    Running,
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
    pub extraction: Extraction,
}

impl Default for Sidebar {
    fn default() -> Self {
        Sidebar {
            shown: None,
            tab: SidebarTab::People,
            selected: 0,
            filter: String::new(),
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

    pub fn is_running(&self) -> bool {
        matches!(self.extraction, Extraction::Running)
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
