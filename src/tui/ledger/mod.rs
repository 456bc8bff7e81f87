//! The claim ledger in the reader (`L`): the ledger of the comparison's
//! topic (or of one picked first), drawn as a [`crate::tui::list`] whose
//! cell lines open their sentence. `update` builds it; `view` turns the
//! ledger into lines.

pub mod update;
pub mod view;
