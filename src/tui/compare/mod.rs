//! The comparison screen's state: the topic picker, the comparison on
//! screen and how its columns scroll. Plain data changed by [`update`] and
//! drawn by [`view`]; the layout both share lives in [`layout`].
//! Whether it is showing is [`crate::tui::Screen`]'s to say.

mod chart;
pub mod layout;
mod picker;
mod picker_view;
pub mod update;
pub mod view;

pub use picker::{PickerRow, current_rows, picker_rows};
pub use picker_view::draw as draw_picker;

use crate::compare::{Comparison, PassageIndex, Topic, topics};
use std::sync::Arc;

use crate::extract::Figure;
use crate::model::Briefing;

/// Everything the comparison needs: indexing the briefing is the costly
/// part, each topic's comparison is then cheap. Built by the shared
/// analysis ([`crate::tui::analysis`]) with the sidebar's figures.
#[derive(Debug, Clone)]
pub struct CompareData {
    pub index: PassageIndex,
    /// The briefing's topics (curated, else derived), in picker order.
    pub topics: Vec<Topic>,
}

impl CompareData {
    /// Extracts the figures itself: only when no analysis has them.
    pub fn new(briefing: &Briefing) -> CompareData {
        CompareData::with_figures(briefing, crate::cache::figures(briefing))
    }

    /// With the figures extraction already found.
    pub fn with_figures(briefing: &Briefing, figures: Vec<Figure>) -> CompareData {
        CompareData {
            index: PassageIndex::with_figures(briefing, figures),
            topics: topics(briefing),
        }
    }
}

/// The comparison on screen.
#[derive(Debug, Clone)]
pub struct CompareScreen {
    pub comparison: Comparison,
    /// Where the topic is in [`CompareData::topics`]; `None` for one typed.
    pub topic: Option<usize>,
    /// All columns scroll together (the default), else only the focused one.
    pub together: bool,
    /// The shared top row when scrolling together.
    pub scroll: usize,
    /// Each column's top row when scrolling one at a time.
    pub column_scroll: Vec<usize>,
    /// The focused column (an index into `comparison.sources`): Enter opens
    /// its passage, h/l move it, and the visible page follows it.
    pub focused: usize,
    /// The first column shown when not all fit (paged mode).
    pub first_column: usize,
}

impl CompareScreen {
    pub fn new(comparison: Comparison, topic: Option<usize>) -> CompareScreen {
        let columns = comparison.sources.len();
        CompareScreen {
            comparison,
            topic,
            together: true,
            scroll: 0,
            column_scroll: vec![0; columns],
            focused: 0,
            first_column: 0,
        }
    }

    /// The top row of column `column`.
    pub fn scroll_of(&self, column: usize) -> usize {
        if self.together {
            self.scroll
        } else {
            self.column_scroll.get(column).copied().unwrap_or(0)
        }
    }
}

/// The comparison part of the [`crate::tui::App`]; the comparison on
/// screen lives in [`crate::tui::Screen`].
#[derive(Default)]
pub struct CompareState {
    /// From the shared analysis, or built on the first comparison.
    pub data: Option<Arc<CompareData>>,
    /// `c` was pressed before the analysis had the data: the picker opens
    /// when it arrives.
    pub waiting: bool,
    /// `L` was pressed outside a comparison: the topic picked next opens
    /// the ledger.
    pub then_ledger: bool,
}
