//! Terminal styles from the core theme, or monochrome ones for `NO_COLOR`
//! (bold, reverse, underline and dim only).

use ratatui::style::{Color, Modifier, Style};

use crate::config::{self, Theme, ThemeRole};
use crate::layout::Role;

/// The styles every view draws with.
#[derive(Debug, Clone, PartialEq)]
pub struct Styles {
    theme: Option<Theme>,
}

impl Styles {
    /// Colour styles from `theme`.
    pub fn colored(theme: Theme) -> Self {
        Styles { theme: Some(theme) }
    }

    /// No colour at all: attributes only.
    pub fn monochrome() -> Self {
        Styles { theme: None }
    }

    /// Monochrome when `NO_COLOR` is set to anything non-empty (no-color.org).
    pub fn from_env(theme: Theme) -> Self {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Styles::monochrome(),
            _ => Styles::colored(theme),
        }
    }

    fn fg(&self, role: ThemeRole) -> Style {
        match &self.theme {
            Some(theme) => Style::new().fg(color(theme.color(role))),
            None => Style::new(),
        }
    }

    fn colored_or(&self, role: ThemeRole, mono: Modifier) -> Style {
        match &self.theme {
            Some(_) => self.fg(role),
            None => Style::new().add_modifier(mono),
        }
    }

    /// The style of laid-out text of one role.
    pub fn role(&self, role: Role) -> Style {
        match role {
            Role::Title => self
                .colored_or(ThemeRole::Title, Modifier::UNDERLINED)
                .add_modifier(Modifier::BOLD),
            Role::Heading => self.fg(ThemeRole::Heading).add_modifier(Modifier::BOLD),
            Role::Subtitle => self.fg(ThemeRole::Text).add_modifier(Modifier::ITALIC),
            Role::Byline | Role::Citation | Role::LinkUrl | Role::Caption => self.dim(),
            Role::Text => self.fg(ThemeRole::Text),
            Role::Quote => self.fg(ThemeRole::Quote).add_modifier(Modifier::ITALIC),
            Role::Code => self.fg(ThemeRole::Code),
            Role::Marker => self.fg(ThemeRole::Dim),
            Role::Emphasis => Style::new().add_modifier(Modifier::ITALIC),
            Role::Strong => Style::new().add_modifier(Modifier::BOLD),
        }
    }

    /// Secondary text.
    pub fn dim(&self) -> Style {
        self.colored_or(ThemeRole::Dim, Modifier::DIM)
    }

    /// Search hits and mentions in the reader.
    pub fn highlight(&self) -> Style {
        let base = match &self.theme {
            Some(theme) => Style::new()
                .bg(color(theme.color(ThemeRole::Highlight)))
                .fg(Color::Black),
            None => Style::new().add_modifier(Modifier::REVERSED),
        };
        base.add_modifier(Modifier::UNDERLINED)
    }

    /// The selected row of a list.
    pub fn selection(&self, focused: bool) -> Style {
        match (&self.theme, focused) {
            (Some(theme), true) => Style::new()
                .bg(color(theme.color(ThemeRole::Selection)))
                .fg(Color::Black),
            (Some(theme), false) => Style::new()
                .fg(color(theme.color(ThemeRole::Selection)))
                .add_modifier(Modifier::BOLD),
            (None, true) => Style::new().add_modifier(Modifier::REVERSED),
            (None, false) => Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        }
    }

    pub fn border(&self, focused: bool) -> Style {
        match (&self.theme, focused) {
            (Some(_), true) => self.fg(ThemeRole::FocusBorder),
            (Some(_), false) => self.fg(ThemeRole::Border),
            (None, true) => Style::new().add_modifier(Modifier::BOLD),
            (None, false) => Style::new(),
        }
    }

    pub fn status(&self) -> Style {
        match &self.theme {
            Some(theme) => Style::new()
                .fg(color(theme.color(ThemeRole::Status)))
                .bg(color(theme.color(ThemeRole::StatusBackground))),
            None => Style::new().add_modifier(Modifier::REVERSED),
        }
    }

    pub fn warning(&self) -> Style {
        self.colored_or(ThemeRole::Warning, Modifier::BOLD)
            .add_modifier(Modifier::BOLD)
    }

    pub fn heading(&self) -> Style {
        self.role(Role::Heading)
    }

    pub fn text(&self) -> Style {
        self.role(Role::Text)
    }
}

/// A core colour as a terminal colour.
fn color(c: config::Color) -> Color {
    const NAMED: [Color; 16] = [
        Color::Black,
        Color::Red,
        Color::Green,
        Color::Yellow,
        Color::Blue,
        Color::Magenta,
        Color::Cyan,
        Color::Gray,
        Color::DarkGray,
        Color::LightRed,
        Color::LightGreen,
        Color::LightYellow,
        Color::LightBlue,
        Color::LightMagenta,
        Color::LightCyan,
        Color::White,
    ];
    match c {
        config::Color::Reset => Color::Reset,
        config::Color::Ansi(i) => NAMED.get(usize::from(i)).copied().unwrap_or(Color::Reset),
        config::Color::Rgb(r, g, b) => Color::Rgb(r, g, b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Role;

    #[test]
    fn monochrome_styles_use_no_colour_but_still_differ() {
        let mono = Styles::monochrome();
        let mut styles = vec![
            mono.highlight(),
            mono.selection(true),
            mono.status(),
            mono.heading(),
            mono.dim(),
        ];
        styles.extend([Role::Title, Role::Emphasis, Role::Citation].map(|r| mono.role(r)));
        for style in &styles {
            assert_eq!(style.fg, None, "{style:?}");
            assert_eq!(style.bg, None, "{style:?}");
        }
        assert_ne!(mono.heading(), mono.text());
        assert_ne!(mono.selection(true), mono.selection(false));
        assert!(mono.highlight().add_modifier.contains(Modifier::REVERSED));
    }

    #[test]
    fn colored_styles_come_from_the_theme() {
        let theme = Theme::from_toml("[roles]\nheading = \"#102030\"\n", "t.toml")
            .unwrap_or_else(|e| panic!("{e}"));
        let styles = Styles::colored(theme);
        assert_eq!(styles.heading().fg, Some(Color::Rgb(16, 32, 48)));
        assert_eq!(color(config::Color::Ansi(14)), Color::LightCyan);
    }
}
