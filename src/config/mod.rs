//! User-facing configuration parsed from TOML: the keymap (key chords →
//! actions, presets `default`/`vim`/`less` from `assets/`), the theme (colour
//! names per style role), and the user's `config.toml` layered over them.
//! Core code: no terminal types, so the TUI maps these onto its own types.

mod default_file;
mod error;
mod key_action;
mod key_chord;
mod keymap;
mod location;
mod preset;
mod theme;
mod toml_error;
mod user_config;

pub use default_file::default_config_text;
pub use error::ConfigError;
pub use key_action::KeyAction;
pub use key_chord::{KeyChord, KeyName};
pub use keymap::{Binding, Keymap, Override, parse_layer};
pub use location::{CONFIG_ENV, config_path, load};
pub use preset::Preset;
pub use theme::{Color, Theme, ThemeRole};
pub use toml_error::in_words as toml_in_words;
pub use user_config::Config;
