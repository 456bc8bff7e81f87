//! Which screen is showing, as one value: the panes, the comparison, or a
//! passage opened from the comparison. Layers over it (help, prompts, the
//! search bar, the sidebar's filter line) are [`super::Overlay`]s on a stack;
//! the top one takes the keys. Everything that asks "what is on screen"
//! asks these two, never a flag of its own.

use super::compare::CompareScreen;
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
}

impl Screen {
    /// The comparison is what the terminal shows.
    pub fn is_compare(&self) -> bool {
        matches!(self, Screen::Compare(_))
    }

    /// The reader shows a passage opened from the comparison.
    pub fn is_passage(&self) -> bool {
        matches!(self, Screen::Passage { .. })
    }

    /// The comparison on screen or suspended behind a passage.
    pub fn comparison(&self) -> Option<&CompareScreen> {
        match self {
            Screen::Panes => None,
            Screen::Compare(c) | Screen::Passage { comparison: c, .. } => Some(c),
        }
    }

    pub fn comparison_mut(&mut self) -> Option<&mut CompareScreen> {
        match self {
            Screen::Panes => None,
            Screen::Compare(c) | Screen::Passage { comparison: c, .. } => Some(c),
        }
    }

    /// Back from a passage to its comparison (anything else stays).
    pub fn back_to_comparison(&mut self) {
        *self = match std::mem::take(self) {
            Screen::Passage { comparison, .. } => Screen::Compare(comparison),
            other => other,
        };
    }
}
