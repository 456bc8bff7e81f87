//! The reader's whole state as plain data: which source and where in it
//! (a logical [`Position`]), focus, overlays, outline selection and the
//! cached layouts. No terminal code: `update` changes it, `view` draws it.

use std::collections::HashMap;
use std::rc::Rc;

use ratatui::layout::Rect;

use super::analysis::AnalysisWorker;
use super::compare::CompareState;
use super::matches::MatchList;
use super::panes::Panes;
use super::screen::Screen;
use super::search::Search;
use super::sidebar::Sidebar;
use super::theme::Styles;
use crate::config::Keymap;
use crate::layout::Document;
use crate::model::{Briefing, Position, Source, TextRef};
use crate::state::StateStore;

/// The pane that receives movement keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Outline,
    Reader,
    Sidebar,
}

impl Focus {
    pub fn name(self) -> &'static str {
        match self {
            Focus::Outline => "outline",
            Focus::Reader => "reader",
            Focus::Sidebar => "sidebar",
        }
    }
}

/// A layer over the [`Screen`]; the top one takes the keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help {
        scroll: usize,
    },
    /// The bookmarks list; `selected` indexes [`App::bookmark_rows`].
    Bookmarks {
        selected: usize,
    },
    /// Typing the note of a new bookmark at `at`.
    Note {
        at: Position,
        text: String,
    },
    /// Choosing a topic to compare on: `selected` indexes
    /// [`super::compare::picker_rows`] of `query`.
    TopicPicker {
        query: String,
        selected: usize,
    },
    /// The search bar and its results (state in [`App::search`]).
    Search,
    /// Typing the sidebar's filter line (drawn in the sidebar itself).
    SidebarFilter,
}

/// One row of the outline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutlineItem {
    Source(usize),
    Section { source: usize, section: usize },
}

/// What the reading pane shows and where.
#[derive(Debug, Clone)]
pub struct Reader {
    pub source: usize,
    /// Where the top of the pane is, logically: it survives re-wrapping.
    pub anchor: Position,
    /// The top row in the current layout (derived from `anchor` on relayout).
    pub scroll: usize,
    /// Showing `Source.raw` instead of the cleaned text.
    pub raw: bool,
    /// The section last jumped to. Near the end of a source its heading
    /// cannot reach the top row, yet it is the section being read; any
    /// scroll clears this.
    section_hint: Option<usize>,
    /// Where to return when raw mode is left.
    raw_return: Option<Position>,
    document: Rc<Document>,
}

/// Layouts are cached by source, width and raw/clean.
type LayoutKey = (usize, usize, bool);

pub struct App {
    pub briefing: Briefing,
    pub keymap: Keymap,
    pub styles: Styles,
    /// Mouse capture is on (`--mouse`).
    pub mouse: bool,
    pub focus: Focus,
    /// What fills the terminal: the panes or the comparison.
    pub screen: Screen,
    /// Layers over the screen, bottom first; the last one is on top.
    pub overlays: Vec<Overlay>,
    pub reader: Reader,
    /// Index into [`App::outline_items`].
    pub outline_selected: usize,
    /// A transient notice for the status bar, cleared by the next key.
    pub message: Option<String>,
    pub quit: bool,
    /// Reading state: last position, bookmarks, read marks. In memory
    /// unless the event loop attaches the briefing's saved store.
    pub store: StateStore,
    /// The comparison screen (`c`) and what it needs.
    pub compare: CompareState,
    /// The source whose end was on screen after the last action: reaching
    /// an end (not staying at it) marks the source read.
    pub(super) end_seen: Option<usize>,
    /// The entities & figures pane.
    pub sidebar: Sidebar,
    /// What `n`/`N` step through (an entity's mentions, search hits).
    pub matches: Option<MatchList>,
    /// The `/` search bar, its results and the engine behind them.
    pub search: Search,
    /// The shared analysis running on its thread, until it is done.
    pub analysis: Option<AnalysisWorker>,
    size: Rect,
    /// The last position in each source, to return to it.
    saved: Vec<Position>,
    /// Words and reading minutes per source, counted once.
    stats: Vec<(usize, usize)>,
    layouts: HashMap<LayoutKey, Rc<Document>>,
}

impl App {
    pub fn new(briefing: Briefing, keymap: Keymap, styles: Styles) -> App {
        let saved = (0..briefing.sources.len())
            .map(|source| Position {
                source,
                ..Position::default()
            })
            .collect();
        let stats = briefing
            .sources
            .iter()
            .map(|s| (s.word_count(), s.reading_minutes()))
            .collect();
        let store = StateStore::in_memory(&briefing);
        let mut app = App {
            store,
            compare: CompareState::default(),
            end_seen: None,
            sidebar: Sidebar::default(),
            matches: None,
            search: Search::default(),
            analysis: None,
            briefing,
            keymap,
            styles,
            mouse: false,
            focus: Focus::Reader,
            screen: Screen::Panes,
            overlays: Vec::new(),
            reader: Reader {
                source: 0,
                anchor: Position::default(),
                scroll: 0,
                raw: false,
                section_hint: None,
                raw_return: None,
                document: Rc::new(Document::of_source(0, &Default::default(), 1)),
            },
            outline_selected: 0,
            message: None,
            quit: false,
            size: Rect::new(0, 0, 80, 24),
            saved,
            stats,
            layouts: HashMap::new(),
        };
        app.relayout();
        app
    }

    /// The terminal area.
    pub fn size(&self) -> Rect {
        self.size
    }

    pub fn set_size(&mut self, width: u16, height: u16) {
        self.size = Rect::new(0, 0, width, height);
        // A pane that no longer fits cannot keep the focus.
        if !self.visible_focuses().contains(&self.focus) {
            self.focus = Focus::Reader;
        }
        self.relayout();
    }

    /// The pane areas, or `None` when the terminal is too small.
    pub fn panes(&self) -> Option<Panes> {
        Panes::of(self.size).map(|p| self.with_sidebar_choice(p))
    }

    /// The layout of what the reader shows at the current width.
    pub fn document(&self) -> &Document {
        &self.reader.document
    }

    /// Rows of text the reader shows at once (at least one).
    pub fn page_height(&self) -> usize {
        self.panes()
            .map_or(1, |p| usize::from(p.text_area().height))
            .max(1)
    }

    /// The width text is wrapped to.
    pub fn measure(&self) -> usize {
        self.panes()
            .map_or(1, |p| usize::from(p.text_area().width))
            .max(1)
    }

    /// The last top row that still fills the pane.
    pub fn max_scroll(&self) -> usize {
        self.document().len().saturating_sub(self.page_height())
    }

    /// How far through the source the reader is, 0–100.
    pub fn percent(&self) -> usize {
        match self.max_scroll() {
            0 => 100,
            max => self.reader.scroll.min(max) * 100 / max,
        }
    }

    /// The section at the top of the reader (`None` in raw mode, which has
    /// no sections).
    pub fn current_section(&self) -> Option<usize> {
        if self.reader.raw {
            return None;
        }
        Some(
            self.reader
                .section_hint
                .unwrap_or_else(|| self.document().section_at(self.reader.scroll)),
        )
    }

    /// Re-wraps for the current size, source and mode, keeping the logical
    /// position. Layouts are cached, so this is cheap when nothing changed.
    pub fn relayout(&mut self) {
        let key = (self.reader.source, self.measure(), self.reader.raw);
        let document = match self.layouts.get(&key) {
            Some(doc) => Rc::clone(doc),
            None => {
                // A window drag passes through many widths: keep only the
                // current width's layouts once the cache grows.
                if self.layouts.len() >= 16 {
                    self.layouts.retain(|&(_, width, _), _| width == key.1);
                }
                let doc = Rc::new(self.build_layout(key));
                self.layouts.insert(key, Rc::clone(&doc));
                doc
            }
        };
        self.reader.document = document;
        self.reader.scroll = self
            .document()
            .row_of(self.reader.anchor)
            .min(self.max_scroll());
        self.sync_outline();
    }

    fn build_layout(&self, (source, width, raw): LayoutKey) -> Document {
        match self.briefing.sources.get(source) {
            Some(s) if raw => Document::of_raw(source, s, width),
            Some(s) => Document::of_source(source, s, width),
            None => Document::of_source(source, &Default::default(), width),
        }
    }

    /// Scrolls so `row` is at the top (clamped), and remembers the logical
    /// position there.
    pub fn scroll_to_row(&mut self, row: usize) {
        self.reader.scroll = row.min(self.max_scroll());
        self.reader.section_hint = None;
        self.reader.anchor = self.document().position_at(self.reader.scroll);
        self.sync_outline();
    }

    pub fn scroll_by(&mut self, rows: isize) {
        let row = self.reader.scroll.saturating_add_signed(rows);
        self.scroll_to_row(row);
    }

    /// Shows `position` (opening its source if needed) at the top of the
    /// reader, or as near as the end of the source allows.
    pub fn jump_to(&mut self, position: Position) {
        if position.source >= self.briefing.sources.len() {
            return;
        }
        if position.source != self.reader.source || self.reader.raw {
            self.leave_source();
            self.reader.source = position.source;
        }
        self.reader.anchor = position;
        self.reader.section_hint = Some(position.section);
        self.relayout();
    }

    /// Where the reader is in the cleaned text, also while raw text is
    /// shown (where leaving raw mode returns to).
    pub fn reading_position(&self) -> Position {
        match (self.reader.raw, self.reader.raw_return) {
            (true, Some(back)) => back,
            _ => self.reader.anchor,
        }
    }

    /// What the reader marks: the search bar's matches while it has any,
    /// else the passage opened from the comparison, else the match list's.
    /// Derived on every call, so no one has to keep it in step.
    pub fn highlights(&self) -> &[TextRef] {
        if self.search_open() && !self.search.results.hits.is_empty() {
            return &self.search.results.highlights;
        }
        if let Some(marked) = self.screen.marked() {
            return marked;
        }
        self.matches
            .as_ref()
            .map_or(&[], |m| m.highlights.as_slice())
    }

    /// Whether the search bar is open (it is an overlay).
    pub fn search_open(&self) -> bool {
        self.overlays.contains(&Overlay::Search)
    }

    /// Shows the start of a text reference (a search hit, a mention).
    pub fn jump_to_ref(&mut self, target: &TextRef) {
        self.jump_to(target.position());
    }

    /// Opens source `index` where the reader last left it.
    pub fn open_source(&mut self, index: usize) {
        if let Some(&position) = self.saved.get(index) {
            self.jump_to(position);
        }
    }

    /// Leaves raw mode and remembers the place in the current source.
    fn leave_source(&mut self) {
        self.reader.section_hint = None;
        if self.reader.raw {
            self.reader.raw = false;
            self.reader.anchor = self.reader.raw_return.take().unwrap_or(self.reader.anchor);
        }
        if let Some(slot) = self.saved.get_mut(self.reader.source) {
            *slot = self.reader.anchor;
        }
    }

    /// Switches between the cleaned text and `Source.raw`, returning to the
    /// same place in the cleaned text afterwards.
    pub fn toggle_raw(&mut self) {
        if self.reader.raw {
            self.reader.raw = false;
            self.reader.section_hint = None;
            if let Some(back) = self.reader.raw_return.take() {
                self.reader.anchor = back;
            }
        } else {
            self.reader.raw = true;
            self.reader.section_hint = None;
            self.reader.raw_return = Some(self.reader.anchor);
            self.reader.anchor = Position {
                source: self.reader.source,
                ..Position::default()
            };
        }
        self.relayout();
    }

    /// The outline rows: every source, the one being read unfolded into
    /// its sections.
    pub fn outline_items(&self) -> Vec<OutlineItem> {
        let mut items = Vec::new();
        for (i, source) in self.briefing.sources.iter().enumerate() {
            items.push(OutlineItem::Source(i));
            if i == self.reader.source {
                items.extend(
                    (0..source.sections.len())
                        .map(|section| OutlineItem::Section { source: i, section }),
                );
            }
        }
        items
    }

    /// Points the outline selection at the section being read.
    fn sync_outline(&mut self) {
        let here = match self.current_section() {
            Some(section) => OutlineItem::Section {
                source: self.reader.source,
                section,
            },
            None => OutlineItem::Source(self.reader.source),
        };
        let items = self.outline_items();
        if let Some(i) = items.iter().position(|&item| item == here).or_else(|| {
            items
                .iter()
                .position(|&i| i == OutlineItem::Source(self.reader.source))
        }) {
            self.outline_selected = i;
        }
    }

    /// The first outline row shown in `inner` (the outline's inside): the
    /// outline scrolls so the selection is visible.
    pub fn outline_offset(&self, inner: Rect) -> usize {
        super::prompt::first_visible(self.outline_selected, usize::from(inner.height))
    }

    /// Panes that are on screen, in Tab order.
    pub fn visible_focuses(&self) -> Vec<Focus> {
        let Some(panes) = self.panes() else {
            return vec![Focus::Reader];
        };
        let mut focuses = Vec::new();
        if panes.outline.is_some() {
            focuses.push(Focus::Outline);
        }
        focuses.push(Focus::Reader);
        if panes.sidebar.is_some() {
            focuses.push(Focus::Sidebar);
        }
        focuses
    }

    /// The last position in each source (what the search bar restores).
    pub(super) fn saved_positions(&self) -> &[Position] {
        &self.saved
    }

    pub(super) fn restore_saved_positions(&mut self, saved: Vec<Position>) {
        if saved.len() == self.saved.len() {
            self.saved = saved;
        }
    }

    /// The source the reader shows (`None` only for an empty briefing).
    pub fn current_source(&self) -> Option<&Source> {
        self.briefing.sources.get(self.reader.source)
    }

    /// Words and reading minutes of source `index`.
    pub fn source_stats(&self, index: usize) -> (usize, usize) {
        self.stats.get(index).copied().unwrap_or((0, 0))
    }

    /// Warnings to show: the briefing's, then the current source's.
    pub fn warnings(&self) -> Vec<String> {
        let mut all: Vec<String> = self
            .briefing
            .warnings
            .iter()
            .map(|w| w.to_string())
            .collect();
        if let Some(source) = self.current_source() {
            all.extend(
                source
                    .warnings
                    .iter()
                    .map(|w| format!("{}: {w}", source.file)),
            );
        }
        all
    }
}
