//! Reading state that survives between runs: where the reader left off,
//! bookmarks, and which sources have been read, one file per briefing.
//!
//! - [`ReadingState`] is the data, saved as versioned JSON ([`parse_state`]
//!   reads it back and never panics on any input);
//! - [`StateStore`] owns one briefing's file: it opens it (moving a corrupt
//!   file aside), and writes it atomically, merging with what other instances
//!   wrote, under a file lock;
//! - [`location`] finds the state directory and names the file of a briefing;
//! - [`resolve`] maps saved positions (by source id) back onto a loaded
//!   briefing, clamped to what still exists.

pub mod atomic;
mod bookmark_id;
mod error;
mod excerpt;
mod hash;
pub mod location;
mod lock;
mod parse;
mod pending;
mod reading_state;
pub mod resolve;
mod store;

pub use error::StateError;
pub use excerpt::excerpt_at;
pub use parse::{ParseError, parse_state};
pub use reading_state::{Bookmark, ReadingState, STATE_VERSION, SavedPosition};
pub use store::StateStore;
