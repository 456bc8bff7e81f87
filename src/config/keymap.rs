//! The keymap: which key chords trigger which [`KeyAction`], with the
//! description the help overlay shows. The default lives in
//! `assets/keymap.toml`; the help overlay is generated from it.

use super::error::ConfigError;
use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;
use toml::Spanned;

use super::toml_error;
use super::{KeyAction, KeyChord};

const DEFAULT_KEYMAP: &str = include_str!("../../assets/keymap.toml");

/// One action with its keys, in keymap-file order of keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub action: KeyAction,
    pub keys: Vec<KeyChord>,
    pub description: String,
}

/// Key chords → actions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    /// In [`KeyAction::ALL`] order, for the help overlay.
    bindings: Vec<Binding>,
    lookup: HashMap<KeyChord, KeyAction>,
}

/// One action's new keys in a layer over a keymap (a preset, a user's
/// `[keys.bindings]`). Empty `keys` unbinds the action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Override {
    pub action: KeyAction,
    pub keys: Vec<KeyChord>,
    pub description: Option<String>,
    /// Byte offset of the action's name in its file, for error messages.
    pub at: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    keys: Vec<Spanned<String>>,
    #[serde(default)]
    description: Option<String>,
}

impl Keymap {
    /// The built-in keymap (`assets/keymap.toml`).
    pub fn default_keymap() -> Result<Keymap, ConfigError> {
        Keymap::from_toml(DEFAULT_KEYMAP, "assets/keymap.toml")
    }

    /// Parses a keymap file; errors are one line, `path:line:col: message`.
    pub fn from_toml(text: &str, path: &str) -> Result<Keymap, ConfigError> {
        let layer = parse_layer(text, path)?;
        if let Some(empty) = layer.iter().find(|o| o.keys.is_empty()) {
            return Err(toml_error::at(
                path,
                text,
                empty.at,
                &format!("action `{}` has no keys", empty.action.name()),
            ));
        }
        Ok(Keymap::empty().overridden(layer))
    }

    fn empty() -> Keymap {
        Keymap {
            bindings: Vec::new(),
            lookup: HashMap::new(),
        }
    }

    /// This keymap with `layer` on top: each override replaces its action's
    /// keys (and description, when it gives one), and takes its keys away
    /// from any other action that had them, so a user can rebind a key
    /// without first unbinding it elsewhere.
    pub fn overridden(mut self, layer: Vec<Override>) -> Keymap {
        for Override {
            action,
            keys,
            description,
            ..
        } in layer
        {
            for binding in &mut self.bindings {
                binding.keys.retain(|k| !keys.contains(k));
            }
            match self.bindings.iter_mut().find(|b| b.action == action) {
                Some(binding) => {
                    binding.keys = keys;
                    if let Some(description) = description {
                        binding.description = description;
                    }
                }
                None => self.bindings.push(Binding {
                    action,
                    keys,
                    description: description.unwrap_or_else(|| action.name().replace('_', " ")),
                }),
            }
        }
        // An action left with no keys is unbound: the help does not list it.
        self.bindings.retain(|b| !b.keys.is_empty());
        self.bindings.sort_by_key(|b| b.action);
        self.lookup = self
            .bindings
            .iter()
            .flat_map(|b| b.keys.iter().map(move |k| (*k, b.action)))
            .collect();
        self
    }

    /// The action bound to `chord`, if any.
    pub fn action(&self, chord: &KeyChord) -> Option<KeyAction> {
        self.lookup.get(chord).copied()
    }

    /// Every bound action with its keys and description, in help order.
    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }

    /// The keys of one action (empty when unbound).
    pub fn keys_of(&self, action: KeyAction) -> &[KeyChord] {
        self.bindings
            .iter()
            .find(|b| b.action == action)
            .map_or(&[], |b| b.keys.as_slice())
    }
}

/// Parses a keymap-format file (one table per action) into overrides,
/// checking action names, keys, and that no key is bound twice in it.
pub fn parse_layer(text: &str, path: &str) -> Result<Vec<Override>, ConfigError> {
    let tables: BTreeMap<Spanned<String>, Spanned<Entry>> =
        toml::from_str(text).map_err(|e| toml_error::from_de(path, text, &e))?;
    let entries = tables
        .into_iter()
        .map(|(name, entry)| {
            let entry = entry.into_inner();
            (name, entry.keys, entry.description)
        })
        .collect();
    layer_of(entries, text, path)
}

/// An action name, its keys as written (with spans) and a description.
pub(super) type LayerEntry = (Spanned<String>, Vec<Spanned<String>>, Option<String>);

/// Action names and key lists (as written, with their spans) to checked
/// overrides, in file order so a duplicate is reported where it appears
/// second.
pub(super) fn layer_of(
    mut entries: Vec<LayerEntry>,
    text: &str,
    path: &str,
) -> Result<Vec<Override>, ConfigError> {
    entries.sort_by_key(|(name, _, _)| name.span().start);
    let mut seen: HashMap<KeyChord, KeyAction> = HashMap::new();
    let mut layer = Vec::new();
    for (name, keys, description) in entries {
        let action = action_named(&name, text, path)?;
        let mut chords = Vec::new();
        for key in &keys {
            let at = |message: &str| toml_error::at(path, text, key.span().start, message);
            let chord = KeyChord::parse(key.get_ref()).map_err(|e| at(&e))?;
            match seen.insert(chord, action) {
                Some(other) if other == action => {
                    return Err(at(&format!(
                        "key `{chord}` is listed twice for `{}`",
                        action.name()
                    )));
                }
                Some(other) => {
                    return Err(at(&format!(
                        "key `{chord}` is bound to both `{}` and `{}`",
                        other.name(),
                        action.name()
                    )));
                }
                None => {}
            }
            chords.push(chord);
        }
        layer.push(Override {
            action,
            keys: chords,
            description,
            at: name.span().start,
        });
    }
    Ok(layer)
}

fn action_named(name: &Spanned<String>, text: &str, path: &str) -> Result<KeyAction, ConfigError> {
    KeyAction::from_name(name.get_ref()).ok_or_else(|| {
        let known: Vec<&str> = KeyAction::ALL.iter().map(|a| a.name()).collect();
        toml_error::at(
            path,
            text,
            name.span().start,
            &format!(
                "unknown action `{}` (actions are: {})",
                name.get_ref(),
                known.join(", ")
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::KeyName;

    #[test]
    fn the_default_keymap_binds_every_action() {
        let keymap = Keymap::default_keymap().unwrap_or_else(|e| panic!("{e}"));
        for action in KeyAction::ALL {
            assert!(
                !keymap.keys_of(action).is_empty(),
                "{} unbound",
                action.name()
            );
        }
        let down = KeyChord::plain(KeyName::Down);
        assert_eq!(keymap.action(&down), Some(KeyAction::ScrollDown));
        let ctrl_c = KeyChord::new(KeyName::Char('c'), true, false, false);
        assert_eq!(keymap.action(&ctrl_c), Some(KeyAction::Quit));
    }

    #[test]
    fn help_order_follows_the_action_list_not_the_file() {
        let text =
            "[quit]\nkeys = [\"x\"]\n[scroll_down]\nkeys = [\"n\"]\ndescription = \"Down\"\n";
        let keymap = Keymap::from_toml(text, "k.toml").unwrap_or_else(|e| panic!("{e}"));
        let actions: Vec<KeyAction> = keymap.bindings().iter().map(|b| b.action).collect();
        assert_eq!(actions, [KeyAction::ScrollDown, KeyAction::Quit]);
        assert_eq!(keymap.bindings()[0].description, "Down");
        assert_eq!(keymap.bindings()[1].description, "quit");
    }

    #[test]
    fn unknown_action_is_named_with_its_line_and_column() {
        let text = "[quit]\nkeys = [\"q\"]\n\n[fly_away]\nkeys = [\"f\"]\n";
        let error = Keymap::from_toml(text, "k.toml")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            error.starts_with("k.toml:4:2: unknown action `fly_away`"),
            "{error}"
        );
        assert!(!error.contains('\n'));
    }

    #[test]
    fn bad_keys_duplicates_and_syntax_errors_are_located() {
        let bad_key = "[quit]\nkeys = [\"q\", \"hyperspace\"]\n";
        let error = Keymap::from_toml(bad_key, "k.toml")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            error.starts_with("k.toml:2:14: unknown key `hyperspace`"),
            "{error}"
        );

        let duplicate = "[quit]\nkeys = [\"q\"]\n[help]\nkeys = [\"q\"]\n";
        let error = Keymap::from_toml(duplicate, "k.toml")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(error.starts_with("k.toml:4:"), "{error}");
        assert!(error.contains("`quit` and `help`"), "{error}");

        let syntax = "[quit\nkeys = [\"q\"]\n";
        let error = Keymap::from_toml(syntax, "k.toml")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(error.starts_with("k.toml:1:"), "{error}");
        assert!(!error.contains('\n'), "{error}");

        let empty = "[quit]\nkeys = []\n";
        let error = Keymap::from_toml(empty, "k.toml")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(error.contains("`quit` has no keys"), "{error}");
    }
}
