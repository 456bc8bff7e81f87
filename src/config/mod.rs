//! User-facing configuration models parsed from TOML in `assets/`: the keymap
//! (key chords → actions) and the theme (colour names per style role). Core
//! code: no terminal types, so the TUI maps these onto its own types.

mod key_action;
mod key_chord;
mod keymap;
mod theme;
mod toml_error;

pub use key_action::KeyAction;
pub use key_chord::{KeyChord, KeyName};
pub use keymap::{Binding, Keymap};
pub use theme::{Color, Theme, ThemeRole};
