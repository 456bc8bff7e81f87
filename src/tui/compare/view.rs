//! The comparison screen: a header (topic, coverage, scroll and paging
//! mode), the quantities chart, then one column per source side by side,
//! each headed by its title, outlet and coverage, and a footer of keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::CompareScreen;
use super::chart;
use super::layout::{Geometry, HEAD_ROWS, Ink, Row, all_rows, geometry};
use crate::config::KeyAction;
use crate::layout::Role;
use crate::tui::app::App;
use crate::tui::view::fit;

pub fn draw(app: &App, frame: &mut Frame) {
    let (Some(screen), Some(g)) = (app.screen.comparison(), geometry(app)) else {
        return;
    };
    header(app, frame, screen, &g);
    if let Some(area) = g.chart {
        chart::draw(
            app,
            frame,
            area,
            &screen.comparison.quantities,
            g.chart_bars,
        );
    }
    let rows = all_rows(app);
    for (slot, column) in g.visible.clone().enumerate() {
        let area = g.column(slot);
        column_view(
            app,
            frame,
            screen,
            column,
            rows.get(column),
            area,
            g.body_height(),
        );
        if slot + 1 < g.visible.len() {
            let rule = Rect {
                x: area.right(),
                width: 1,
                ..area
            };
            let bar = vec![Line::from("│"); usize::from(rule.height)];
            frame.render_widget(Paragraph::new(bar).style(app.styles.border(false)), rule);
        }
    }
    footer(app, frame, g.footer);
}

fn header(app: &App, frame: &mut Frame, screen: &CompareScreen, g: &Geometry) {
    let styles = &app.styles;
    let bar = styles.status();
    let c = &screen.comparison;
    let count = c.sources.len();
    let covered = c.covered_count();
    // The paging note first: on a narrow screen it is what must be read.
    let mut notes = Vec::new();
    if g.paged(count) {
        let shown = if g.visible.len() == 1 {
            format!("{}", g.visible.start + 1)
        } else {
            format!("{}–{}", g.visible.start + 1, g.visible.end)
        };
        notes.push(format!("narrow: {shown} of {count}, h/l"));
    }
    notes.push(format!("{covered}/{count} cover it"));
    notes.push(if screen.together {
        "scroll: all".into()
    } else {
        format!("scroll: col {} only", screen.focused + 1)
    });
    let width = usize::from(g.header.width);
    let notes = fit(
        &format!(" {} ", notes.join(" · ")),
        width.saturating_sub(12),
    );
    let title = fit(
        &format!(" Compare: {} ", c.topic.title),
        width.saturating_sub(notes.width()),
    );
    let gap = width.saturating_sub(title.width() + notes.width());
    let line = Line::from(vec![
        Span::styled(title, bar.add_modifier(Modifier::BOLD)),
        Span::styled(" ".repeat(gap), bar),
        Span::styled(notes, bar),
    ]);
    frame.render_widget(Paragraph::new(line).style(bar), g.header);
}

/// One source's column: title, outlet and coverage, a rule, then its rows
/// from its top row.
fn column_view(
    app: &App,
    frame: &mut Frame,
    screen: &CompareScreen,
    column: usize,
    rows: Option<&Vec<Row>>,
    area: Rect,
    body: usize,
) {
    let styles = &app.styles;
    let Some(col) = screen.comparison.sources.get(column) else {
        return;
    };
    let source = app.briefing.sources.get(col.source);
    let width = usize::from(area.width.saturating_sub(2));
    let focused = column == screen.focused;
    let title = source.map_or("", |s| s.display_title());
    let title_style = if focused {
        styles.selection(true)
    } else {
        styles.heading()
    };
    let number = format!("{} ", column + 1);
    let mut lines = vec![Line::from(vec![
        Span::raw(" "),
        Span::styled(
            format!(
                "{number}{}",
                fit(title, width.saturating_sub(number.width()))
            ),
            title_style,
        ),
    ])];
    let outlet = source
        .and_then(|s| s.meta.outlet.clone())
        .unwrap_or_else(|| source.map_or(String::new(), |s| s.id.clone()));
    let (coverage, coverage_style) = if col.covered {
        (crate::compare::passages(col.passages.len()), styles.dim())
    } else {
        ("NOT COVERED".to_string(), styles.warning())
    };
    let outlet = fit(&outlet, width.saturating_sub(coverage.width() + 3));
    lines.push(Line::from(vec![
        Span::styled(format!(" {outlet} · "), styles.dim()),
        Span::styled(coverage, coverage_style),
    ]));
    let rows = rows.map_or(&[][..], Vec::as_slice);
    let top = screen.scroll_of(column).min(rows.len());
    let below = rows.len().saturating_sub(top + body);
    let rule_note = match (top, below) {
        (0, 0) => String::new(),
        (_, 0) => " end ".to_string(),
        (_, n) => format!(" ↓{n} "),
    };
    lines.push(Line::from(vec![
        Span::raw(" "),
        Span::styled(
            "─".repeat(width.saturating_sub(rule_note.width())),
            styles.border(focused),
        ),
        Span::styled(rule_note, styles.dim()),
    ]));
    debug_assert_eq!(lines.len(), usize::from(HEAD_ROWS));
    for row in rows.iter().skip(top).take(body) {
        let mut spans = vec![Span::raw(" ")];
        spans.extend(
            row.pieces
                .iter()
                .map(|(text, ink)| Span::styled(text.clone(), ink_style(app, *ink))),
        );
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn ink_style(app: &App, ink: Ink) -> Style {
    let styles = &app.styles;
    match ink {
        Ink::Text => styles.text(),
        Ink::Term => styles.text().patch(styles.role(Role::Strong)),
        Ink::Figure => styles.highlight(),
        Ink::Badge => styles.dim().add_modifier(Modifier::ITALIC),
        Ink::NotCovered => styles.warning(),
        Ink::Note => styles.dim(),
    }
}

/// The keys of this view, or the message of the last action.
fn footer(app: &App, frame: &mut Frame, area: Rect) {
    let styles = &app.styles;
    let bar = styles.status();
    let width = usize::from(area.width);
    let key = |action| {
        app.keymap
            .keys_of(action)
            .first()
            .map_or_else(|| "?".to_string(), |k| k.to_string())
    };
    let text = match &app.message {
        Some(message) => format!(" {message}"),
        None => format!(
            " {} all/one · {}/{} column · {}/{} topic · {} pick · {} read · {} close · {} help",
            key(KeyAction::ToggleColumnScroll),
            key(KeyAction::MoveLeft),
            key(KeyAction::MoveRight),
            key(KeyAction::NextSection),
            key(KeyAction::PreviousSection),
            key(KeyAction::Compare),
            key(KeyAction::Open),
            key(KeyAction::Close),
            key(KeyAction::Help),
        ),
    };
    frame.render_widget(Paragraph::new(fit(&text, width)).style(bar), area);
}
