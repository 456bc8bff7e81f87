//! Terminal styles from the core theme, fitted to what the terminal can
//! show (`TERM`, `COLORTERM`), or monochrome ones for `NO_COLOR` and
//! terminals without colour (bold, reverse, underline and dim only).

use ratatui::style::{Color, Modifier, Style};

use crate::config::{self, Theme, ThemeRole};
use crate::layout::Role;

/// The styles every view draws with.
#[derive(Debug, Clone, PartialEq)]
pub struct Styles {
    theme: Option<Theme>,
    depth: ColorDepth,
}

/// How many colours a terminal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorDepth {
    /// None: a dumb or monochrome terminal.
    Mono,
    /// The 16 named colours.
    Ansi16,
    /// The 256-colour palette.
    Ansi256,
    /// Any `#rrggbb`.
    TrueColor,
}

impl ColorDepth {
    /// What `TERM` and `COLORTERM` say the terminal can show. No terminfo
    /// database is read: the names follow its conventions (`dumb`, `-m`
    /// and `-mono` entries, the DEC VT terminals, `256color`, `direct`).
    pub fn detect(term: Option<&str>, colorterm: Option<&str>) -> ColorDepth {
        let term = term.unwrap_or("").trim().to_ascii_lowercase();
        let mono_vt = ["vt52", "vt100", "vt102", "vt220", "vt320", "vt420"];
        if term.is_empty()
            || term == "dumb"
            || term.ends_with("-m")
            || term.ends_with("-mono")
            || term.contains("-m-")
            || mono_vt.contains(&term.as_str())
        {
            return ColorDepth::Mono;
        }
        if matches!(colorterm, Some("truecolor" | "24bit")) || term.contains("direct") {
            ColorDepth::TrueColor
        } else if term.contains("256") {
            ColorDepth::Ansi256
        } else {
            ColorDepth::Ansi16
        }
    }
}

impl Styles {
    /// Colour styles from `theme`, every colour shown as chosen.
    pub fn colored(theme: Theme) -> Self {
        Styles::for_depth(theme, ColorDepth::TrueColor)
    }

    /// Colour styles from `theme` for a terminal of `depth` colours:
    /// `#rrggbb` colours become the nearest the terminal has; without
    /// colour, attributes only.
    pub fn for_depth(theme: Theme, depth: ColorDepth) -> Self {
        match depth {
            ColorDepth::Mono => Styles::monochrome(),
            _ => Styles {
                theme: Some(theme),
                depth,
            },
        }
    }

    /// No colour at all: attributes only.
    pub fn monochrome() -> Self {
        Styles {
            theme: None,
            depth: ColorDepth::Mono,
        }
    }

    /// Monochrome when `NO_COLOR` is set to anything non-empty (no-color.org)
    /// or the terminal has no colour; else as many colours as it has.
    pub fn from_env(theme: Theme) -> Self {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Styles::monochrome(),
            _ => {
                let term = std::env::var("TERM").ok();
                let colorterm = std::env::var("COLORTERM").ok();
                let depth = ColorDepth::detect(term.as_deref(), colorterm.as_deref());
                Styles::for_depth(theme, depth)
            }
        }
    }

    fn color(&self, c: config::Color) -> Color {
        fit_color(color(c), self.depth)
    }

    fn fg(&self, role: ThemeRole) -> Style {
        match &self.theme {
            Some(theme) => Style::new().fg(self.color(theme.color(role))),
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
                .bg(self.color(theme.color(ThemeRole::Highlight)))
                .fg(Color::Black),
            None => Style::new().add_modifier(Modifier::REVERSED),
        };
        base.add_modifier(Modifier::UNDERLINED)
    }

    /// The selected row of a list.
    pub fn selection(&self, focused: bool) -> Style {
        match (&self.theme, focused) {
            (Some(theme), true) => Style::new()
                .bg(self.color(theme.color(ThemeRole::Selection)))
                .fg(Color::Black),
            (Some(theme), false) => Style::new()
                .fg(self.color(theme.color(ThemeRole::Selection)))
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
                .fg(self.color(theme.color(ThemeRole::Status)))
                .bg(self.color(theme.color(ThemeRole::StatusBackground))),
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

/// `c` as the nearest colour a terminal of `depth` shows.
fn fit_color(c: Color, depth: ColorDepth) -> Color {
    let Color::Rgb(r, g, b) = c else {
        return c;
    };
    match depth {
        ColorDepth::TrueColor => c,
        ColorDepth::Ansi256 => Color::Indexed(nearest_256(r, g, b)),
        ColorDepth::Ansi16 | ColorDepth::Mono => nearest_16(r, g, b),
    }
}

/// The nearest entry of the 6×6×6 cube or the grey ramp of the 256-colour
/// palette (the first 16 vary between terminals, so are never chosen).
fn nearest_256(r: u8, g: u8, b: u8) -> u8 {
    const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    let level = |v: u8| {
        (0..6u8)
            .min_by_key(|&i| (i32::from(LEVELS[usize::from(i)]) - i32::from(v)).abs())
            .unwrap_or(0)
    };
    let (ri, gi, bi) = (level(r), level(g), level(b));
    let cube = 16 + 36 * ri + 6 * gi + bi;
    let cube_rgb = [ri, gi, bi].map(|i| LEVELS[usize::from(i)]);
    let average = (u16::from(r) + u16::from(g) + u16::from(b)) / 3;
    let grey_index = (average.saturating_sub(3) / 10).min(23) as u8;
    let grey = 8 + 10 * grey_index;
    let distance = |[cr, cg, cb]: [u8; 3]| {
        [(cr, r), (cg, g), (cb, b)]
            .iter()
            .map(|&(a, b)| (i32::from(a) - i32::from(b)).pow(2))
            .sum::<i32>()
    };
    if distance([grey; 3]) < distance(cube_rgb) {
        232 + grey_index
    } else {
        cube
    }
}

/// The nearest of the 16 named colours (by their usual xterm values).
fn nearest_16(r: u8, g: u8, b: u8) -> Color {
    const NAMED: [(Color, [u8; 3]); 16] = [
        (Color::Black, [0, 0, 0]),
        (Color::Red, [205, 0, 0]),
        (Color::Green, [0, 205, 0]),
        (Color::Yellow, [205, 205, 0]),
        (Color::Blue, [0, 0, 238]),
        (Color::Magenta, [205, 0, 205]),
        (Color::Cyan, [0, 205, 205]),
        (Color::Gray, [229, 229, 229]),
        (Color::DarkGray, [127, 127, 127]),
        (Color::LightRed, [255, 0, 0]),
        (Color::LightGreen, [0, 255, 0]),
        (Color::LightYellow, [255, 255, 0]),
        (Color::LightBlue, [92, 92, 255]),
        (Color::LightMagenta, [255, 0, 255]),
        (Color::LightCyan, [0, 255, 255]),
        (Color::White, [255, 255, 255]),
    ];
    NAMED
        .iter()
        .min_by_key(|(_, [nr, ng, nb])| {
            [(nr, r), (ng, g), (nb, b)]
                .iter()
                .map(|&(a, b)| (i32::from(*a) - i32::from(b)).pow(2))
                .sum::<i32>()
        })
        .map_or(Color::Reset, |(c, _)| *c)
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
    fn terminal_abilities_decide_the_colours() {
        use ColorDepth::*;
        let detect = ColorDepth::detect;
        assert_eq!(detect(Some("dumb"), None), Mono);
        assert_eq!(detect(None, None), Mono);
        assert_eq!(detect(Some("xterm-mono"), None), Mono);
        assert_eq!(detect(Some("vt100"), None), Mono);
        assert_eq!(detect(Some("xterm"), None), Ansi16);
        assert_eq!(detect(Some("linux"), None), Ansi16);
        assert_eq!(detect(Some("xterm-256color"), None), Ansi256);
        assert_eq!(detect(Some("xterm-256color"), Some("truecolor")), TrueColor);
        assert_eq!(detect(Some("xterm-direct"), None), TrueColor);

        let theme = Theme::from_toml("[roles]\nheading = \"#ff0000\"\n", "t.toml")
            .unwrap_or_else(|e| panic!("{e}"));
        let dumb = Styles::for_depth(theme.clone(), Mono);
        assert_eq!(dumb, Styles::monochrome());
        assert_eq!(
            Styles::for_depth(theme.clone(), Ansi256).heading().fg,
            Some(Color::Indexed(196))
        );
        assert_eq!(
            Styles::for_depth(theme.clone(), Ansi16).heading().fg,
            Some(Color::LightRed)
        );
        assert_eq!(nearest_256(128, 128, 128), 244);
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
