//! The theme: a colour per style role, parsed from `assets/theme.toml`.
//! Colours are plain names here; the TUI turns them into terminal styles.

use super::error::ConfigError;
use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::toml_error;

const DEFAULT_THEME: &str = include_str!("../../assets/theme.toml");

/// What a colour is used for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ThemeRole {
    Title,
    Heading,
    Text,
    Dim,
    Quote,
    Code,
    Highlight,
    Selection,
    Border,
    FocusBorder,
    Status,
    StatusBackground,
    Warning,
}

impl ThemeRole {
    pub const ALL: [ThemeRole; 13] = [
        ThemeRole::Title,
        ThemeRole::Heading,
        ThemeRole::Text,
        ThemeRole::Dim,
        ThemeRole::Quote,
        ThemeRole::Code,
        ThemeRole::Highlight,
        ThemeRole::Selection,
        ThemeRole::Border,
        ThemeRole::FocusBorder,
        ThemeRole::Status,
        ThemeRole::StatusBackground,
        ThemeRole::Warning,
    ];

    /// The name used in theme files.
    pub fn name(self) -> &'static str {
        match self {
            ThemeRole::Title => "title",
            ThemeRole::Heading => "heading",
            ThemeRole::Text => "text",
            ThemeRole::Dim => "dim",
            ThemeRole::Quote => "quote",
            ThemeRole::Code => "code",
            ThemeRole::Highlight => "highlight",
            ThemeRole::Selection => "selection",
            ThemeRole::Border => "border",
            ThemeRole::FocusBorder => "focus_border",
            ThemeRole::Status => "status",
            ThemeRole::StatusBackground => "status_background",
            ThemeRole::Warning => "warning",
        }
    }

    /// The role with this theme-file name.
    pub fn from_name(name: &str) -> Option<ThemeRole> {
        ThemeRole::ALL.into_iter().find(|r| r.name() == name)
    }
}

/// A terminal colour by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Color {
    /// The terminal's own default colour.
    Reset,
    /// One of the 16 named ANSI colours, 0..=15 in ANSI order
    /// (black, red, green, yellow, blue, magenta, cyan, gray, then bright).
    Ansi(u8),
    Rgb(u8, u8, u8),
}

const ANSI_NAMES: [&str; 16] = [
    "black",
    "red",
    "green",
    "yellow",
    "blue",
    "magenta",
    "cyan",
    "gray",
    "darkgray",
    "lightred",
    "lightgreen",
    "lightyellow",
    "lightblue",
    "lightmagenta",
    "lightcyan",
    "white",
];

impl Color {
    /// Parses "reset", an ANSI colour name, or "#rrggbb".
    pub fn parse(text: &str) -> Option<Color> {
        let lower = text.trim().to_ascii_lowercase();
        if lower == "reset" || lower == "default" {
            return Some(Color::Reset);
        }
        if let Some(hex) = lower.strip_prefix('#') {
            if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
            return Some(Color::Rgb(channel(0)?, channel(2)?, channel(4)?));
        }
        let name = lower.replace(['_', '-', ' '], "").replace("grey", "gray");
        ANSI_NAMES
            .iter()
            .position(|n| *n == name)
            .map(|i| Color::Ansi(i as u8))
    }
}

/// The theme-file spelling: "reset", an ANSI name, or "#rrggbb".
impl std::fmt::Display for Color {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Color::Reset => f.write_str("reset"),
            Color::Ansi(i) => {
                f.write_str(ANSI_NAMES.get(usize::from(i)).copied().unwrap_or("reset"))
            }
            Color::Rgb(r, g, b) => write!(f, "#{r:02x}{g:02x}{b:02x}"),
        }
    }
}

/// A colour for every role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    colors: BTreeMap<ThemeRole, Color>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeFile {
    roles: BTreeMap<Spanned<String>, Spanned<String>>,
}

impl Theme {
    /// The built-in theme (`assets/theme.toml`).
    pub fn default_theme() -> Result<Theme, ConfigError> {
        Theme::from_toml(DEFAULT_THEME, "assets/theme.toml")
    }

    /// Parses a theme file; roles it leaves out use the terminal's default colour.
    pub fn from_toml(text: &str, path: &str) -> Result<Theme, ConfigError> {
        let file: ThemeFile =
            toml::from_str(text).map_err(|e| toml_error::from_de(path, text, &e))?;
        let mut colors = BTreeMap::new();
        for (name, value) in file.roles {
            let role = ThemeRole::from_name(name.get_ref()).ok_or_else(|| {
                toml_error::at(
                    path,
                    text,
                    name.span().start,
                    &format!("unknown theme role `{}`", name.get_ref()),
                )
            })?;
            let color = Color::parse(value.get_ref()).ok_or_else(|| {
                toml_error::at(
                    path,
                    text,
                    value.span().start,
                    &format!("unknown colour `{}`", value.get_ref()),
                )
            })?;
            colors.insert(role, color);
        }
        Ok(Theme { colors })
    }

    /// Gives `role` a colour (a user's config over the default theme).
    pub fn set(&mut self, role: ThemeRole, color: Color) {
        self.colors.insert(role, color);
    }

    /// The colour of `role` ([`Color::Reset`] when the file leaves it out).
    pub fn color(&self, role: ThemeRole) -> Color {
        self.colors.get(&role).copied().unwrap_or(Color::Reset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_names_hex_and_reset() {
        assert_eq!(Color::parse("Light_Cyan"), Some(Color::Ansi(14)));
        assert_eq!(Color::parse("dark grey"), Some(Color::Ansi(8)));
        assert_eq!(Color::parse("#FF8000"), Some(Color::Rgb(255, 128, 0)));
        assert_eq!(Color::parse("reset"), Some(Color::Reset));
        assert_eq!(Color::parse("#ff80"), None);
        assert_eq!(Color::parse("#gg0000"), None);
        assert_eq!(Color::parse("mauve"), None);
    }

    #[test]
    fn the_default_theme_colours_every_role() {
        let text = DEFAULT_THEME;
        let theme = Theme::default_theme().unwrap_or_else(|e| panic!("{e}"));
        for role in ThemeRole::ALL {
            assert!(
                text.contains(&format!("\n{} = ", role.name())),
                "role {} missing from the default theme",
                role.name()
            );
        }
        assert_ne!(theme.color(ThemeRole::Heading), Color::Reset);
    }

    #[test]
    fn bad_roles_and_colours_are_located() {
        let error = Theme::from_toml("[roles]\nshiny = \"red\"\n", "t.toml")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            error.starts_with("t.toml:2:1: unknown theme role `shiny`"),
            "{error}"
        );
        let error = Theme::from_toml("[roles]\ntext = \"mauve\"\n", "t.toml")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            error.starts_with("t.toml:2:8: unknown colour `mauve`"),
            "{error}"
        );
    }
}
