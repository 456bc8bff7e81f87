//! The user's `config.toml`: a keymap preset, per-action key overrides and
//! theme colours, layered over the defaults in `assets/`.
//!
//! ```toml
//! [keys]
//! preset = "vim"                       # default, vim or less
//! [keys.bindings]
//! scroll_down = ["j", "ctrl-e"]        # replaces that action's keys
//! [theme]
//! heading = "yellow"                   # a colour per role
//! ```

use super::error::ConfigError;
use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::keymap::layer_of;
use super::preset::Preset;
use super::toml_error;
use super::{Color, KeyAction, Keymap, Theme, ThemeRole};

/// Everything the reader takes from configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub preset: Preset,
    pub keymap: Keymap,
    pub theme: Theme,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    keys: Option<KeysSection>,
    #[serde(default)]
    theme: BTreeMap<Spanned<String>, Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KeysSection {
    #[serde(default)]
    preset: Option<Spanned<String>>,
    #[serde(default)]
    bindings: BTreeMap<Spanned<String>, Vec<Spanned<String>>>,
}

impl Config {
    /// The built-in configuration: the default preset and theme.
    pub fn default_config() -> Result<Config, ConfigError> {
        Ok(Config {
            preset: Preset::Default,
            keymap: Preset::Default.keymap()?,
            theme: Theme::default_theme()?,
        })
    }

    /// Parses a config file over the defaults. Errors are one line,
    /// `path:line:col: message`, naming the unknown action, key, role or
    /// colour.
    pub fn from_toml(text: &str, path: &str) -> Result<Config, ConfigError> {
        let file: ConfigFile =
            toml::from_str(text).map_err(|e| toml_error::from_de(path, text, &e))?;
        let keys = file.keys.unwrap_or(KeysSection {
            preset: None,
            bindings: BTreeMap::new(),
        });
        let preset = match keys.preset {
            None => Preset::Default,
            Some(name) => Preset::from_name(name.get_ref()).ok_or_else(|| {
                let known: Vec<&str> = Preset::ALL.iter().map(|p| p.name()).collect();
                toml_error::at(
                    path,
                    text,
                    name.span().start,
                    &format!(
                        "unknown preset `{}` (presets are: {})",
                        name.get_ref(),
                        known.join(", ")
                    ),
                )
            })?,
        };
        let entries = keys
            .bindings
            .into_iter()
            .map(|(name, keys)| (name, keys, None))
            .collect();
        let layer = layer_of(entries, text, path)?;
        let base = preset.keymap()?;
        // There must always be a way out: refuse a layer that leaves `quit`
        // no key, pointing at its own entry or the one that took its last key.
        let culprit = layer
            .iter()
            .find(|o| o.action == KeyAction::Quit)
            .or_else(|| {
                layer.iter().rev().find(|o| {
                    o.keys
                        .iter()
                        .any(|k| base.keys_of(KeyAction::Quit).contains(k))
                })
            })
            .map(|o| o.at);
        let keymap = base.overridden(layer);
        if keymap.keys_of(KeyAction::Quit).is_empty() {
            return Err(toml_error::at(
                path,
                text,
                culprit.unwrap_or(0),
                "this leaves `quit` with no key, and there must always be a way out; keep a key for it, e.g. quit = [\"q\"]",
            ));
        }

        let mut theme = Theme::default_theme()?;
        for (name, value) in file.theme {
            let role = ThemeRole::from_name(name.get_ref()).ok_or_else(|| {
                let known: Vec<&str> = ThemeRole::ALL.iter().map(|r| r.name()).collect();
                toml_error::at(
                    path,
                    text,
                    name.span().start,
                    &format!(
                        "unknown theme role `{}` (roles are: {})",
                        name.get_ref(),
                        known.join(", ")
                    ),
                )
            })?;
            let color = Color::parse(value.get_ref()).ok_or_else(|| {
                toml_error::at(
                    path,
                    text,
                    value.span().start,
                    &format!(
                        "unknown colour `{}` for `{}` (use a colour name, reset, or #rrggbb)",
                        value.get_ref(),
                        role.name()
                    ),
                )
            })?;
            theme.set(role, color);
        }
        Ok(Config {
            preset,
            keymap,
            theme,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{KeyAction, KeyChord};

    fn chord(text: &str) -> KeyChord {
        KeyChord::parse(text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn an_empty_file_is_the_default() {
        let config = Config::from_toml("", "c.toml").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(Some(config), Config::default_config().ok());
    }

    #[test]
    fn overrides_replace_an_actions_keys_and_steal_them_from_others() {
        let text = "[keys]\npreset = \"less\"\n[keys.bindings]\nscroll_down = [\"n\", \"ctrl-e\"]\nquit = [\"x\"]\n[theme]\nheading = \"#102030\"\n";
        let config = Config::from_toml(text, "c.toml").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(config.preset, Preset::Less);
        let keymap = &config.keymap;
        assert_eq!(
            keymap.keys_of(KeyAction::ScrollDown),
            [chord("n"), chord("ctrl-e")]
        );
        // `j` was scroll_down's and is now free; `x` left toggle_read.
        assert_eq!(keymap.action(&chord("j")), None);
        assert_eq!(keymap.action(&chord("x")), Some(KeyAction::Quit));
        assert!(keymap.keys_of(KeyAction::ToggleRead).is_empty());
        // The preset still applies to what was not overridden.
        assert_eq!(keymap.action(&chord("d")), Some(KeyAction::HalfPageDown));
        assert_eq!(
            config.theme.color(ThemeRole::Heading),
            Color::Rgb(16, 32, 48)
        );
        assert_eq!(config.theme.color(ThemeRole::Warning), Color::Ansi(9));
    }

    #[test]
    fn errors_name_the_file_line_column_and_the_bad_word() {
        let cases = [
            (
                "[keys]\npreset = \"emacs\"\n",
                "c.toml:2:10: unknown preset `emacs`",
            ),
            (
                "[keys.bindings]\nscroll_down = [\"j\"]\nfly = [\"f\"]\n",
                "c.toml:3:1: unknown action `fly`",
            ),
            (
                "[keys.bindings]\nquit = [\"q\", \"hyper-q\"]\n",
                "c.toml:2:14: unknown key `hyper-q`",
            ),
            (
                "\n[theme]\ntext = \"mauve\"\n",
                "c.toml:3:8: unknown colour `mauve`",
            ),
            (
                "[theme]\nshiny = \"red\"\n",
                "c.toml:2:1: unknown theme role `shiny`",
            ),
            ("[colours]\n", "c.toml:1:2: unknown field `colours`"),
            (
                "[keys.bindings]\nquit = []\n",
                "c.toml:2:1: this leaves `quit` with no key",
            ),
            (
                "[keys.bindings]\nhelp = [\"q\", \"ctrl-c\", \"?\"]\n",
                "c.toml:2:1: this leaves `quit` with no key",
            ),
            (
                "keys = \"vim\"\n",
                "c.toml:1:8: invalid type: string \"vim\", expected a table",
            ),
            (
                "[keys.bindings]\nquit = \"q\"\n",
                "c.toml:2:8: invalid type: string \"q\", expected a list",
            ),
        ];
        for (text, expected) in cases {
            let error = Config::from_toml(text, "c.toml")
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(error.starts_with(expected), "{text:?} gave {error:?}");
            assert!(!error.contains('\n'), "{error:?}");
        }
    }
}
