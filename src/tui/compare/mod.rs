//! The comparison screen's state: the topic picker, the comparison on
//! screen, how its columns scroll, and the way back from the reader. Plain
//! data changed by [`keys`] and drawn by `view::compare`; the layout both
//! share lives in [`layout`].

pub mod keys;
pub mod layout;
mod picker;

pub use picker::{PickerRow, picker_rows};

use crate::compare::{Comparison, Index, Topic, topics};
use crate::model::Briefing;

/// Everything the comparison needs, built on the first `c`: indexing the
/// briefing is the costly part, each topic's comparison is then cheap.
pub struct CompareData {
    pub index: Index,
    /// The briefing's topics (curated, else derived), in picker order.
    pub topics: Vec<Topic>,
}

impl CompareData {
    pub fn new(briefing: &Briefing) -> CompareData {
        CompareData {
            index: Index::new(briefing),
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

/// The comparison part of the [`crate::tui::App`].
#[derive(Default)]
pub struct CompareState {
    /// Built lazily on the first comparison.
    pub data: Option<CompareData>,
    /// The comparison, while it is open or suspended for the reader.
    pub screen: Option<CompareScreen>,
    /// A passage was opened in the reader: the comparison is hidden and
    /// Esc in the reader comes back to it.
    pub in_reader: bool,
}

impl CompareState {
    /// The comparison screen is what the terminal shows.
    pub fn is_open(&self) -> bool {
        self.screen.is_some() && !self.in_reader
    }

    /// The reader shows a passage opened from the comparison.
    pub fn can_return(&self) -> bool {
        self.screen.is_some() && self.in_reader
    }

    /// The data, built now if this is the first comparison.
    pub fn data(&mut self, briefing: &Briefing) -> &CompareData {
        self.data.get_or_insert_with(|| CompareData::new(briefing))
    }
}
