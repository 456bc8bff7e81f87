//! Everything that can happen to the reader, as plain data: keys are mapped
//! to these by the keymap, terminal events by the event loop, and results
//! of background work ([`super::jobs`]) arrive as these too.

use super::analysis::Analysed;
use super::jobs::Shared;
use crate::config::KeyAction;
use crate::search::{Hit, Index};

/// One thing to do; [`super::update()`] applies it to the [`super::App`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A key typed into the text prompt on top (search bar, topic picker,
    /// bookmark note, sidebar filter), which takes keys before the keymap.
    Edit(Edit),
    /// A part of the shared analysis is ready.
    Analysed(Analysed),
    /// The search worker's index is built.
    SearchIndexed(Shared<Index>),
    /// Hits for the query sent as `generation` (`complete`: all of them,
    /// not only a first page).
    Searched {
        generation: u64,
        hits: Vec<Hit>,
        complete: bool,
    },
    /// The search worker stopped.
    SearchWorkerGone,
}

/// A key typed into a text prompt. Every prompt gets the same edits; each
/// uses the ones it has a meaning for and ignores the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// Type a character.
    Char(char),
    /// Delete the last character.
    Backspace,
    /// Ctrl-w: delete the last word.
    DeleteWord,
    /// Ctrl-u: clear the line.
    ClearLine,
    /// Move up or down the list under the prompt, by a row or a page.
    Up,
    Down,
    PageUp,
    PageDown,
    /// Enter: take the selected row (or the text, without a list).
    Submit,
    /// Alt-Enter: take the typed text as it is, not the selected row.
    SubmitTyped,
    /// Esc or Ctrl-c: close the prompt.
    Cancel,
}
