//! Text layout for any front end: wrapping to a display width, and whole
//! sources laid out as styled, position-aware rows ([`Document`]). No
//! terminal types: styling is a [`Role`] per byte range.

mod document;
mod keep;
mod role;
mod safe_text;
mod wrap;

pub use document::{Document, Line, LineOrigin, Markup, Span};
pub use keep::{wrap_keeping, wrap_keeping_lines};
pub use role::Role;
pub use safe_text::{display_safe, is_unsafe};
pub use wrap::{wrap, wrap_ranges};
