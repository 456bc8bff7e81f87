//! The terminal reader (ratatui + crossterm). The only module that touches
//! the terminal.
//!
//! One flow: a terminal event becomes an [`Action`] (keys through the
//! keymap), [`update()`] changes the plain state in [`App`], and [`view()`] draws
//! it. Results of background work ([`jobs`], [`analysis`]) arrive as actions
//! too. What shows is one [`Screen`] under a stack of [`Overlay`]s. The
//! comparison, search, sidebar and bookmarks each own a folder: state in
//! `mod.rs`, `update.rs` (its `key`/`edit` entry points), `view.rs`; `App`
//! and [`update()`] only route. Only [`run`]'s event loop talks to the
//! terminal, so everything else is tested without one.

pub mod action;
pub mod analysis;
pub mod app;
pub mod bookmarks;
pub mod compare;
pub mod jobs;
pub mod keys;
pub mod ledger;
pub mod list;
pub mod matches;
pub mod panes;
pub mod prompt;
mod reading_state;
mod run;
pub mod screen;
pub mod search;
pub mod sidebar;
pub mod theme;
pub mod timeline;
pub mod update;
pub mod view;

pub use action::{Action, Edit};
pub use app::{App, Focus, OutlineItem, Overlay};
pub use run::run;
pub use screen::Screen;
pub use theme::Styles;
pub use update::update;
pub use view::view;

/// Options from the command line.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub mouse: bool,
}

/// The terminal's width in columns, if stdout is a terminal.
pub fn terminal_width() -> Option<usize> {
    ratatui::crossterm::terminal::size()
        .ok()
        .map(|(w, _)| w as usize)
}
