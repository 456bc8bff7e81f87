//! The timeline in the reader (`t`): every dated statement, earliest
//! first, drawn as a [`crate::tui::list`] whose entries open their
//! sentence. `update` builds it; `view` turns the timeline into lines.

pub mod update;
pub mod view;
