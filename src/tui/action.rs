//! Everything that can happen to the reader, as plain data: keys are mapped
//! to these by the keymap, terminal events by the event loop.

use super::search::SearchKey;
use crate::config::KeyAction;

/// One thing to do; [`super::update()`] applies it to the [`super::App`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// A keymap action (its stable name is [`KeyAction::name`]).
    Key(KeyAction),
    /// Open source `n` (0-based), from a digit key.
    JumpToSource(usize),
    /// The terminal is now this many columns and rows.
    Resize { width: u16, height: u16 },
    /// The mouse wheel turned over a cell: positive `lines` scrolls down.
    Wheel { column: u16, row: u16, lines: i32 },
    /// A left click on a cell.
    Click { column: u16, row: u16 },
    /// Typing into a text prompt (the bookmark note), which takes keys
    /// before the keymap does.
    Edit(Edit),
    /// A key typed into the open search bar.
    Search(SearchKey),
}

/// A key typed into a text prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Char(char),
    Backspace,
    Submit,
    Cancel,
    /// Move up or down a list under the prompt (the topic picker).
    Up,
    Down,
    /// Use the typed text as it is, not the selected row (Alt-Enter).
    SubmitTyped,
}
