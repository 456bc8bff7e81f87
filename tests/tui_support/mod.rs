//! Kept only so that test files written before the tests were grouped
//! (`mod tui_support;` in a top-level `tests/*.rs`) still build while they
//! are merged. New tests go in `tests/tui/` and use `crate::support::tui`.

#![allow(dead_code, unused_imports)]

#[path = "../support/mod.rs"]
mod support;

pub use support::tui::*;
