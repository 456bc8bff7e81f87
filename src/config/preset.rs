//! Keymap presets: `default` (assets/keymap.toml), and `vim` and `less`,
//! each a layer of changes over the default (assets/keymap_<name>.toml).

use super::error::ConfigError;
use super::keymap::{Keymap, parse_layer};

/// A named starting keymap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Preset {
    #[default]
    Default,
    Vim,
    Less,
}

impl Preset {
    pub const ALL: [Preset; 3] = [Preset::Default, Preset::Vim, Preset::Less];

    /// The name a config file uses.
    pub fn name(self) -> &'static str {
        match self {
            Preset::Default => "default",
            Preset::Vim => "vim",
            Preset::Less => "less",
        }
    }

    pub fn from_name(name: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.name() == name)
    }

    /// The preset's layer over the default keymap, and its asset name.
    fn layer(self) -> Option<(&'static str, &'static str)> {
        match self {
            Preset::Default => None,
            Preset::Vim => Some((
                include_str!("../../assets/keymap_vim.toml"),
                "assets/keymap_vim.toml",
            )),
            Preset::Less => Some((
                include_str!("../../assets/keymap_less.toml"),
                "assets/keymap_less.toml",
            )),
        }
    }

    /// The keymap of this preset. Errors only if an asset is broken.
    pub fn keymap(self) -> Result<Keymap, ConfigError> {
        let base = Keymap::default_keymap()?;
        match self.layer() {
            None => Ok(base),
            Some((text, path)) => Ok(base.overridden(parse_layer(text, path)?)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{KeyAction, KeyChord};

    fn action_of(preset: Preset, key: &str) -> Option<KeyAction> {
        let keymap = preset.keymap().unwrap_or_else(|e| panic!("{e}"));
        let chord = KeyChord::parse(key).unwrap_or_else(|e| panic!("{e}"));
        keymap.action(&chord)
    }

    #[test]
    fn presets_follow_their_programs() {
        assert_eq!(
            action_of(Preset::Vim, "ctrl-e"),
            Some(KeyAction::ScrollDown)
        );
        assert_eq!(action_of(Preset::Vim, "ctrl-f"), Some(KeyAction::PageDown));
        assert_eq!(action_of(Preset::Vim, "ctrl-b"), Some(KeyAction::PageUp));
        assert_eq!(action_of(Preset::Less, "e"), Some(KeyAction::ScrollDown));
        assert_eq!(action_of(Preset::Less, "y"), Some(KeyAction::ScrollUp));
        assert_eq!(action_of(Preset::Less, "d"), Some(KeyAction::HalfPageDown));
        assert_eq!(action_of(Preset::Less, "u"), Some(KeyAction::HalfPageUp));
        assert_eq!(action_of(Preset::Less, "<"), Some(KeyAction::Top));
        assert_eq!(action_of(Preset::Less, ">"), Some(KeyAction::Bottom));
        // `d` moved to scrolling, so deleting moved to `D`.
        assert_eq!(action_of(Preset::Less, "D"), Some(KeyAction::Delete));
        assert_eq!(action_of(Preset::Default, "d"), Some(KeyAction::Delete));
        // `e` shows the sidebar; less scrolls with it, so there it is `E`.
        assert_eq!(
            action_of(Preset::Default, "e"),
            Some(KeyAction::ToggleSidebar)
        );
        assert_eq!(action_of(Preset::Less, "E"), Some(KeyAction::ToggleSidebar));
    }

    #[test]
    fn every_preset_keeps_every_action_bound() {
        for preset in Preset::ALL {
            let keymap = preset.keymap().unwrap_or_else(|e| panic!("{e}"));
            for action in KeyAction::ALL {
                assert!(
                    !keymap.keys_of(action).is_empty(),
                    "{}: {} unbound",
                    preset.name(),
                    action.name()
                );
            }
        }
    }
}
