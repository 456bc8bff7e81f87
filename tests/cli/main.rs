//! Integration tests of the command line: every command run as the real binary, text and JSON.
//!
//! One test binary per area (as ripgrep's `tests/tests.rs`): each file is a
//! module, so the suite links a handful of binaries, not one per file. Helpers
//! shared by every area are in `tests/support/`.

#[path = "../support/mod.rs"]
mod support;

mod add;
mod cache;
mod commands;
mod compare;
mod config;
mod export_bookmarks;
mod export_compare;
mod extract;
mod ledger;
mod search;
mod state;
