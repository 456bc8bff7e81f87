//! A full-screen list of lines, some of which open a sentence in the
//! reader: the ledger and the timeline are both drawn as one. The cursor
//! moves between the lines that have a target; Enter opens the target's
//! sentence (marked) and Esc in the reader comes back to the list as it was.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::app::{App, Focus};
use super::screen::Screen;
use super::view::fit;
use crate::config::KeyAction;
use crate::model::TextRef;

/// How a piece of a line is drawn; the view maps it to the theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    Plain,
    Strong,
    Dim,
    /// A difference between the sources.
    Alert,
}

/// One line of the list.
#[derive(Debug, Clone, PartialEq)]
pub struct ListLine {
    pub pieces: Vec<(String, Ink)>,
    /// The sentence Enter opens, for a line the cursor can stop on.
    pub target: Option<TextRef>,
}

impl ListLine {
    pub fn new(pieces: Vec<(String, Ink)>, target: Option<TextRef>) -> ListLine {
        ListLine { pieces, target }
    }

    pub fn blank() -> ListLine {
        ListLine::new(Vec::new(), None)
    }
}

/// Which list it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    Ledger,
    Timeline,
}

/// A list on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct ListScreen {
    pub kind: ListKind,
    /// The header's first line ("Ledger: Troop deployment").
    pub title: String,
    /// The header's second line (counts, the sources' legend).
    pub subtitle: String,
    pub lines: Vec<ListLine>,
    /// The line the cursor is on (one with a target, when any has).
    pub selected: usize,
    /// The first line shown.
    pub scroll: usize,
}

/// Rows above the list (title, subtitle) and below it (keys).
const HEAD_ROWS: u16 = 2;
const FOOT_ROWS: u16 = 1;

impl ListScreen {
    pub fn new(
        kind: ListKind,
        title: String,
        subtitle: String,
        lines: Vec<ListLine>,
    ) -> ListScreen {
        let selected = lines.iter().position(|l| l.target.is_some()).unwrap_or(0);
        ListScreen {
            kind,
            title,
            subtitle,
            lines,
            selected,
            scroll: 0,
        }
    }

    /// Moves the cursor `step` target lines down (up when negative),
    /// stopping at the ends.
    pub fn move_by(&mut self, step: isize) {
        let targets: Vec<usize> = (0..self.lines.len())
            .filter(|&i| self.lines[i].target.is_some())
            .collect();
        let Some(here) = targets
            .iter()
            .position(|&i| i >= self.selected)
            .or(targets.len().checked_sub(1))
        else {
            return;
        };
        let to = here.saturating_add_signed(step).min(targets.len() - 1);
        self.selected = targets[to];
    }

    /// Keeps the cursor's line inside a body of `height` rows.
    pub fn follow(&mut self, height: usize) {
        let height = height.max(1);
        if self.selected < self.scroll {
            // Show the heading of the row above the cursor too.
            self.scroll = self.selected.saturating_sub(1);
        } else if self.selected >= self.scroll + height {
            self.scroll = self.selected + 1 - height;
        }
    }
}

/// The rows the list itself has on a terminal of `area`.
pub fn body_height(area: Rect) -> usize {
    usize::from(area.height.saturating_sub(HEAD_ROWS + FOOT_ROWS))
}

/// What keys do on a list: move, page, open, close.
pub fn key(app: &mut App, key: KeyAction) {
    let height = body_height(app.size());
    let Screen::List(list) = &mut app.screen else {
        return;
    };
    match key {
        KeyAction::Quit => app.quit = true,
        KeyAction::Help => app.overlays.push(super::app::Overlay::Help { scroll: 0 }),
        KeyAction::Close => {
            app.screen = Screen::Panes;
            return;
        }
        KeyAction::ScrollDown => list.move_by(1),
        KeyAction::ScrollUp => list.move_by(-1),
        KeyAction::PageDown | KeyAction::HalfPageDown => list.move_by((height / 3).max(1) as isize),
        KeyAction::PageUp | KeyAction::HalfPageUp => list.move_by(-((height / 3).max(1) as isize)),
        KeyAction::Top => list.move_by(isize::MIN / 2),
        KeyAction::Bottom => list.move_by(isize::MAX / 2),
        KeyAction::Open => return open(app),
        KeyAction::Ledger => return super::ledger::update::open(app),
        KeyAction::Timeline => return super::timeline::update::open(app),
        _ => {}
    }
    if let Screen::List(list) = &mut app.screen {
        list.follow(height);
    }
}

/// The wheel moves the cursor.
pub fn scroll(app: &mut App, lines: isize) {
    let height = body_height(app.size());
    if let Screen::List(list) = &mut app.screen {
        list.move_by(lines);
        list.follow(height);
    }
}

/// Enter: the sentence under the cursor, marked in the reader.
fn open(app: &mut App) {
    let Screen::List(list) = &app.screen else {
        return;
    };
    let Some(target) = list.lines.get(list.selected).and_then(|l| l.target.clone()) else {
        app.message = Some("nothing to open on this line".into());
        return;
    };
    let back = match std::mem::take(&mut app.screen) {
        Screen::List(list) => list,
        other => {
            app.screen = other;
            return;
        }
    };
    app.screen = Screen::Sentence {
        list: back,
        marked: vec![target.clone()],
    };
    app.overlays.clear();
    app.focus = Focus::Reader;
    app.jump_to(target.position());
    app.message = Some("Esc: back to the list".into());
}

/// Draws the list: a header, the lines, a footer of keys.
pub fn draw(app: &App, frame: &mut Frame, list: &ListScreen) {
    let area = frame.area();
    let styles = &app.styles;
    let width = usize::from(area.width);
    let head = Rect {
        height: HEAD_ROWS.min(area.height),
        ..area
    };
    let header = vec![
        Line::from(Span::styled(
            fit(&list.title, width),
            Style::default().add_modifier(Modifier::BOLD),
        )),
        Line::from(Span::styled(fit(&list.subtitle, width), styles.dim())),
    ];
    frame.render_widget(Paragraph::new(header), head);
    let height = body_height(area);
    let body = Rect {
        y: area.y + HEAD_ROWS,
        height: height as u16,
        ..area
    };
    let ink = |ink: Ink| match ink {
        Ink::Plain => Style::default(),
        Ink::Strong => Style::default().add_modifier(Modifier::BOLD),
        Ink::Dim => styles.dim(),
        Ink::Alert => Style::default().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
    };
    let rows: Vec<Line> = list
        .lines
        .iter()
        .enumerate()
        .skip(list.scroll)
        .take(height)
        .map(|(i, line)| {
            let mut left = width;
            let mut spans = Vec::new();
            for (text, k) in &line.pieces {
                if left == 0 {
                    break;
                }
                let piece = fit(text, left);
                left -= unicode_width::UnicodeWidthStr::width(piece.as_str());
                spans.push(Span::styled(piece, ink(*k)));
            }
            let l = Line::from(spans);
            if i == list.selected && line.target.is_some() {
                l.style(styles.highlight())
            } else {
                l
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(rows), body);
    let foot = Rect {
        y: area.bottom().saturating_sub(FOOT_ROWS),
        height: FOOT_ROWS.min(area.height),
        ..area
    };
    let key = |action| {
        app.keymap
            .keys_of(action)
            .first()
            .map_or_else(|| "?".to_string(), |k| k.to_string())
    };
    let text = match &app.message {
        Some(message) => format!(" {message}"),
        None => format!(
            " {}/{} move · {} open sentence · {} ledger · {} timeline · {} close · {} help",
            key(KeyAction::ScrollDown),
            key(KeyAction::ScrollUp),
            key(KeyAction::Open),
            key(KeyAction::Ledger),
            key(KeyAction::Timeline),
            key(KeyAction::Close),
            key(KeyAction::Help),
        ),
    };
    frame.render_widget(
        Paragraph::new(fit(&text, width)).style(styles.status()),
        foot,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(target: bool) -> ListLine {
        let at = TextRef {
            source: 0,
            section: 0,
            part: crate::model::Part::Block(0),
            range: 0..1,
        };
        ListLine::new(vec![("x".into(), Ink::Plain)], target.then_some(at))
    }

    #[test]
    fn the_cursor_stops_only_on_lines_with_a_target() {
        let lines = vec![line(false), line(true), line(false), line(true), line(true)];
        let mut l = ListScreen::new(ListKind::Ledger, "t".into(), "s".into(), lines);
        assert_eq!(l.selected, 1);
        l.move_by(1);
        assert_eq!(l.selected, 3);
        l.move_by(10);
        assert_eq!(l.selected, 4);
        l.move_by(-10);
        assert_eq!(l.selected, 1);
        l.follow(2);
        assert_eq!(l.scroll, 0);
        l.move_by(2);
        l.follow(2);
        assert_eq!(l.scroll, 3);
    }
}
