//! Helpers shared by the integration tests of every area: the one builder
//! for test briefings ([`build`]), the TUI's test briefing and key driving
//! ([`tui`]), a pseudo-terminal session ([`pty`]) and scoring against gold
//! ([`gold`]).

#![allow(dead_code)]

pub mod build;
pub mod gold;
pub mod pty;
pub mod tui;
