//! Key chords as the keymap writes them ("ctrl-d", "shift-tab", "G", "?"),
//! independent of any terminal library.

use std::fmt;

/// A key without its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyName {
    /// A printable character, as typed (`G` is the character, not shift-g).
    Char(char),
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Enter,
    Esc,
    Tab,
    Backspace,
    Delete,
    Insert,
    F(u8),
}

/// A key with modifiers. For characters, shift is part of the character
/// itself and is never set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyChord {
    pub code: KeyName,
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
}

const NAMED: [(&str, KeyName); 14] = [
    ("up", KeyName::Up),
    ("down", KeyName::Down),
    ("left", KeyName::Left),
    ("right", KeyName::Right),
    ("pgup", KeyName::PageUp),
    ("pgdn", KeyName::PageDown),
    ("home", KeyName::Home),
    ("end", KeyName::End),
    ("enter", KeyName::Enter),
    ("esc", KeyName::Esc),
    ("tab", KeyName::Tab),
    ("backspace", KeyName::Backspace),
    ("delete", KeyName::Delete),
    ("insert", KeyName::Insert),
];

impl KeyChord {
    /// A chord with no modifiers, normalised like a parsed one.
    pub fn plain(code: KeyName) -> Self {
        KeyChord::new(code, false, false, false)
    }

    /// A chord; for characters shift is dropped (it is already in the
    /// character) and ctrl/alt letters are lowercased, as terminals send them.
    pub fn new(code: KeyName, ctrl: bool, alt: bool, shift: bool) -> Self {
        match code {
            KeyName::Char(c) => KeyChord {
                code: KeyName::Char(if ctrl || alt {
                    c.to_ascii_lowercase()
                } else {
                    c
                }),
                ctrl,
                alt,
                shift: false,
            },
            code => KeyChord {
                code,
                ctrl,
                alt,
                shift,
            },
        }
    }

    /// Parses "j", "G", "?", "space", "pgdn", "ctrl-d", "alt-shift-tab", "f5".
    pub fn parse(text: &str) -> Result<KeyChord, String> {
        let (mut ctrl, mut alt, mut shift) = (false, false, false);
        let mut rest = text;
        // A trailing "-" alone is the minus key, so only strip a prefix when
        // something follows it.
        loop {
            let lower = rest.to_ascii_lowercase();
            let flag = if lower.starts_with("ctrl-") {
                &mut ctrl
            } else if lower.starts_with("alt-") {
                &mut alt
            } else if lower.starts_with("shift-") {
                &mut shift
            } else {
                break;
            };
            let Some(dash) = rest.find('-') else { break };
            if rest.len() == dash + 1 {
                break;
            }
            *flag = true;
            rest = &rest[dash + 1..];
        }
        let code = parse_name(rest).ok_or_else(|| format!("unknown key `{text}`"))?;
        if shift && matches!(code, KeyName::Char(_)) {
            return Err(format!(
                "key `{text}`: write the shifted character itself (e.g. `G`), not shift-"
            ));
        }
        Ok(KeyChord::new(code, ctrl, alt, shift))
    }
}

fn parse_name(name: &str) -> Option<KeyName> {
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return (!c.is_control() && c != ' ').then_some(KeyName::Char(c));
    }
    let lower = name.to_ascii_lowercase();
    if lower == "space" {
        return Some(KeyName::Char(' '));
    }
    if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
        return (1..=24).contains(&n).then_some(KeyName::F(n));
    }
    NAMED.iter().find(|(n, _)| *n == lower).map(|(_, k)| *k)
}

/// The keymap spelling, e.g. "ctrl-d", "shift-tab", "space", "G".
impl fmt::Display for KeyChord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("ctrl-")?;
        }
        if self.alt {
            f.write_str("alt-")?;
        }
        if self.shift {
            f.write_str("shift-")?;
        }
        match self.code {
            KeyName::Char(' ') => f.write_str("space"),
            KeyName::Char(c) => write!(f, "{c}"),
            KeyName::F(n) => write!(f, "f{n}"),
            code => {
                let name = NAMED
                    .iter()
                    .find(|(_, k)| *k == code)
                    .map_or("?", |(n, _)| n);
                f.write_str(name)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chord(text: &str) -> KeyChord {
        KeyChord::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn parses_characters_named_keys_and_modifiers() {
        assert_eq!(chord("j"), KeyChord::plain(KeyName::Char('j')));
        assert_eq!(chord("G"), KeyChord::plain(KeyName::Char('G')));
        assert_eq!(chord("?"), KeyChord::plain(KeyName::Char('?')));
        assert_eq!(chord("space"), KeyChord::plain(KeyName::Char(' ')));
        assert_eq!(chord("PgDn"), KeyChord::plain(KeyName::PageDown));
        assert_eq!(chord("f12"), KeyChord::plain(KeyName::F(12)));
        let ctrl_d = chord("ctrl-d");
        assert!(ctrl_d.ctrl && !ctrl_d.alt && ctrl_d.code == KeyName::Char('d'));
        let back_tab = chord("shift-tab");
        assert!(back_tab.shift && back_tab.code == KeyName::Tab);
        assert_eq!(chord("-"), KeyChord::plain(KeyName::Char('-')));
        let ctrl_minus = chord("ctrl--");
        assert!(ctrl_minus.ctrl && ctrl_minus.code == KeyName::Char('-'));
    }

    #[test]
    fn rejects_unknown_names_and_shifted_characters() {
        assert!(KeyChord::parse("pagedownn").is_err());
        assert!(KeyChord::parse("").is_err());
        assert!(KeyChord::parse("ctrl-").is_err());
        assert!(KeyChord::parse("f99").is_err());
        assert!(KeyChord::parse("shift-g").is_err());
    }

    #[test]
    fn display_round_trips() {
        for text in [
            "j",
            "G",
            "space",
            "pgdn",
            "ctrl-d",
            "shift-tab",
            "alt-x",
            "f3",
            "-",
        ] {
            assert_eq!(chord(text).to_string(), text);
            assert_eq!(chord(&chord(text).to_string()), chord(text));
        }
    }
}
