//! Text layout for any front end: wrapping to a display width.

mod wrap;

pub use wrap::wrap;
