//! The terminal reader (ratatui + crossterm). The only module that touches the terminal.

use crate::model::Briefing;

/// Options from the command line.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub mouse: bool,
}

/// Runs the reader until the user quits.
pub fn run(_briefing: Briefing, _options: Options) -> Result<(), String> {
    Err("the TUI is not built yet".into())
}

/// The terminal's width in columns, if stdout is a terminal.
pub fn terminal_width() -> Option<usize> {
    ratatui::crossterm::terminal::size()
        .ok()
        .map(|(w, _)| w as usize)
}
