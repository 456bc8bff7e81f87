//! Integration tests of the reader driven through `update` and drawn on a test backend (snapshots).
//!
//! One test binary per area (as ripgrep's `tests/tests.rs`): each file is a
//! module, so the suite links a handful of binaries, not one per file. Helpers
//! shared by every area are in `tests/support/`.

#[path = "../support/mod.rs"]
mod support;

mod compare;
mod compare_props;
mod layout_props;
mod ledger;
mod reading_state;
mod search;
mod sidebar;
mod snapshots;
mod update;
