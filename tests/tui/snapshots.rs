//! Snapshots of whole screens drawn on ratatui's TestBackend.

use crate::support::tui as tui_support;

use brief::config::{KeyAction, Theme};
use brief::tui::{Action, App, Styles, update, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

fn draw(app: &App) -> Terminal<TestBackend> {
    let area = app.size();
    let mut terminal =
        Terminal::new(TestBackend::new(area.width, area.height)).unwrap_or_else(|e| panic!("{e}"));
    terminal
        .draw(|frame| view(app, frame))
        .unwrap_or_else(|e| panic!("{e}"));
    terminal
}

fn screen(app: &App) -> String {
    draw(app).backend().to_string()
}

#[test]
fn no_color_draws_with_attributes_only() {
    let mut mono = tui_support::app(160, 48);
    update(&mut mono, Action::Key(KeyAction::Help));
    let terminal = draw(&mono);
    let cells = terminal.backend().buffer().content();
    assert!(
        cells
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
    // Headings, selection and the status bar still stand out.
    assert!(
        cells
            .iter()
            .any(|c| c.modifier.contains(Modifier::REVERSED))
    );
    assert!(cells.iter().any(|c| c.modifier.contains(Modifier::BOLD)));

    let theme = Theme::default_theme().unwrap_or_else(|e| panic!("{e}"));
    let mut colored = tui_support::app(160, 48);
    colored.styles = Styles::colored(theme);
    let terminal = draw(&colored);
    let cells = terminal.backend().buffer().content();
    assert!(
        cells
            .iter()
            .any(|c| c.fg != Color::Reset || c.bg != Color::Reset)
    );
}

#[test]
fn main_screen_80x24() {
    let app = tui_support::app(80, 24);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn main_screen_160x48() {
    let app = tui_support::app(160, 48);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn main_screen_after_jumping_a_section_80x24() {
    let mut app = tui_support::app(80, 24);
    update(&mut app, Action::Key(KeyAction::NextSection));
    update(&mut app, Action::Key(KeyAction::NextSection));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn help_overlay() {
    let mut app = tui_support::app(80, 24);
    update(&mut app, Action::Key(KeyAction::Help));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn too_small_screen() {
    let app = tui_support::app(20, 5);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn hostile_source_renders_without_control_characters() {
    let mut app = tui_support::app(130, 20);
    app.briefing.warnings[0].file = "evil\u{1b}[2J.txt".into();
    update(&mut app, Action::JumpToSource(2));
    let text = screen(&app);
    assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{text}");
    assert!(!text.contains('\u{202e}'));
    insta::assert_snapshot!(text);
}

#[test]
fn every_size_from_one_by_one_draws() {
    for width in [1, 2, 5, 29, 30, 31, 59, 60, 61, 109, 110, 119, 120, 300] {
        for height in [1, 2, 7, 8, 9, 30] {
            let mut app = tui_support::app(width, height);
            update(&mut app, Action::Key(KeyAction::Help));
            let text = screen(&app);
            assert_eq!(text.lines().count(), usize::from(height));
        }
    }
}
