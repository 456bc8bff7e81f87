//! Which screen is showing, as one value: the panes, the comparison, or a
//! passage opened from the comparison. Layers over it (help, prompts, the
//! search bar, the sidebar's filter line) are [`super::Overlay`]s on a stack;
//! the top one takes the keys. Everything that asks "what is on screen"
//! asks these two, never a flag of its own.

use super::compare::CompareScreen;
use super::list::ListScreen;
use crate::model::TextRef;

/// What fills the terminal under the overlays.
#[derive(Debug, Clone, Default)]
pub enum Screen {
    /// Outline, reader and sidebar.
    #[default]
    Panes,
    /// The comparison, in place of the panes.
    Compare(Box<CompareScreen>),
    /// The reader, showing a passage opened from the comparison (marked);
    /// Esc goes back to the comparison as it was.
    Passage {
        comparison: Box<CompareScreen>,
        marked: Vec<TextRef>,
    },
    /// The ledger or the timeline, in place of the panes.
    List(Box<ListScreen>),
    /// The reader, showing a sentence opened from the ledger or the
    /// timeline (marked); Esc goes back to the list as it was.
    Sentence {
        list: Box<ListScreen>,
        marked: Vec<TextRef>,
    },
}

impl Screen {
    /// The comparison is what the terminal shows.
    pub fn is_compare(&self) -> bool {
        matches!(self, Screen::Compare(_))
    }

    /// The reader shows a passage opened from the comparison, or a
    /// sentence opened from the ledger or the timeline.
    pub fn is_passage(&self) -> bool {
        matches!(self, Screen::Passage { .. } | Screen::Sentence { .. })
    }

    /// The comparison on screen or suspended behind a passage.
    pub fn comparison(&self) -> Option<&CompareScreen> {
        match self {
            Screen::Compare(c) | Screen::Passage { comparison: c, .. } => Some(c),
            Screen::Panes | Screen::List(_) | Screen::Sentence { .. } => None,
        }
    }

    pub fn comparison_mut(&mut self) -> Option<&mut CompareScreen> {
        match self {
            Screen::Compare(c) | Screen::Passage { comparison: c, .. } => Some(c),
            Screen::Panes | Screen::List(_) | Screen::Sentence { .. } => None,
        }
    }

    /// Back from a passage to its comparison, or from a sentence to its
    /// list (anything else stays).
    pub fn back_to_comparison(&mut self) {
        *self = match std::mem::take(self) {
            Screen::Passage { comparison, .. } => Screen::Compare(comparison),
            Screen::Sentence { list, .. } => Screen::List(list),
            other => other,
        };
    }

    /// The ledger or the timeline is what the terminal shows.
    pub fn is_list(&self) -> bool {
        matches!(self, Screen::List(_))
    }

    /// The text the reader marks for the screen: a passage or a sentence opened.
    pub fn marked_mut(&mut self) -> Option<&mut Vec<TextRef>> {
        match self {
            Screen::Passage { marked, .. } | Screen::Sentence { marked, .. } => Some(marked),
            _ => None,
        }
    }

    pub fn marked(&self) -> Option<&[TextRef]> {
        match self {
            Screen::Passage { marked, .. } | Screen::Sentence { marked, .. } => Some(marked),
            _ => None,
        }
    }
}
