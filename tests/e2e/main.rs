//! Integration tests of the real binary in a pseudo-terminal.
//!
//! One test binary per area (as ripgrep's `tests/tests.rs`): each file is a
//! module, so the suite links a handful of binaries, not one per file. Helpers
//! shared by every area are in `tests/support/`.

#[path = "../support/mod.rs"]
mod support;

mod compare;
mod ledger;
mod reader;
mod search;
mod search_colours;
mod sidebar;
mod state;
