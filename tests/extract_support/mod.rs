//! Kept only so that test files written before the tests were grouped
//! (`mod extract_support;` in a top-level `tests/*.rs`) still build while
//! they are merged. New tests go in `tests/core/` and use
//! `crate::support::gold`.

#![allow(dead_code, unused_imports)]

#[path = "../support/mod.rs"]
mod support;

pub use support::gold::*;
