//! The quantities strip of the comparison: per quantity a header (DISAGREE
//! when counted claims exclude each other), one row per claim drawn as a
//! bar or point on an axis shared by all claims, and the axis with ticks.
//! Short of room, one summary row per quantity instead.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::compare::{Claim, Interval, Quantity};
use crate::model::Briefing;
use crate::tui::app::App;
use crate::tui::theme::Styles;
use crate::tui::view::fit;

/// Narrower bars than this cannot show a spread: summary rows instead.
const MIN_BAR: usize = 12;
/// Widest source label.
const MAX_LABEL: usize = 18;
/// Widest bar: on a wide screen the values stay near their bars.
const MAX_BAR: usize = 72;

pub fn draw(app: &App, frame: &mut Frame, area: Rect, quantities: &[Quantity], bars: bool) {
    let width = usize::from(area.width);
    let styles = &app.styles;
    let mut lines = Vec::new();
    for q in quantities {
        let fits = bars && bar_layout(&app.briefing, q, width).is_some();
        if fits {
            lines.extend(chart_lines(&app.briefing, styles, q, width));
        } else {
            lines.push(summary_line(&app.briefing, styles, q, width));
        }
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// Widths of a claim row: label, bar, value.
struct BarLayout {
    label: usize,
    bar: usize,
    value: usize,
}

fn bar_layout(briefing: &Briefing, q: &Quantity, width: usize) -> Option<BarLayout> {
    let label = q
        .claims
        .iter()
        .map(|c| source_id(briefing, c.source).width())
        .max()
        .unwrap_or(0)
        .min(MAX_LABEL);
    let value = q
        .claims
        .iter()
        .map(|c| value_text(c).width())
        .max()
        .unwrap_or(0);
    // " label bar value"
    let bar = width.checked_sub(label + value + 4)?.min(MAX_BAR);
    (bar >= MIN_BAR).then_some(BarLayout { label, bar, value })
}

fn source_id(briefing: &Briefing, source: usize) -> &str {
    briefing.sources.get(source).map_or("?", |s| s.id.as_str())
}

fn value_text(c: &Claim) -> String {
    let mut text = c.interval.to_string();
    if c.projection {
        text.push_str(" projected");
    }
    text
}

/// "troops (soldiers)  DISAGREE".
fn header(styles: &Styles, q: &Quantity, width: usize) -> Vec<Span<'static>> {
    let name = format!(" {} ({}) ", q.quantity, q.unit);
    let name = fit(&name, width.saturating_sub(12));
    let verdict = if q.disagree() {
        Span::styled(
            " DISAGREE ",
            styles.highlight().add_modifier(Modifier::BOLD),
        )
    } else {
        Span::styled(" consistent", styles.dim())
    };
    vec![Span::styled(name, styles.heading()), verdict]
}

fn chart_lines(
    briefing: &Briefing,
    styles: &Styles,
    q: &Quantity,
    width: usize,
) -> Vec<Line<'static>> {
    let Some(layout) = bar_layout(briefing, q, width) else {
        return Vec::new();
    };
    let Some((low, high)) = q.axis() else {
        return vec![summary_line(briefing, styles, q, width)];
    };
    let axis = Axis::new(low, high, layout.bar);
    let mut header = header(styles, q, width);
    if q.claims.iter().any(|c| c.projection) {
        header.push(Span::styled(
            "  ┄ projection: shown, not counted",
            styles.dim(),
        ));
    }
    let mut lines = vec![Line::from(header)];
    let in_conflict = |i: usize| q.conflicts.iter().any(|&(a, b)| a == i || b == i);
    for (i, claim) in q.claims.iter().enumerate() {
        let style = if claim.projection {
            styles.dim()
        } else if in_conflict(i) {
            styles.warning()
        } else {
            styles.text().add_modifier(Modifier::BOLD)
        };
        let label = format!(
            " {:<w$} ",
            fit(source_id(briefing, claim.source), layout.label),
            w = layout.label
        );
        lines.push(Line::from(vec![
            Span::styled(label, styles.dim()),
            Span::styled(axis.bar(&claim.interval, claim.projection), style),
            Span::styled(
                format!(" {:<w$}", value_text(claim), w = layout.value),
                style,
            ),
        ]));
    }
    let ticks = axis.ticks();
    lines.push(Line::from(Span::styled(
        format!("{}{ticks}", " ".repeat(layout.label + 2)),
        styles.dim(),
    )));
    lines
}

/// One row: the verdict and each claim as text.
fn summary_line(briefing: &Briefing, styles: &Styles, q: &Quantity, width: usize) -> Line<'static> {
    let mut spans = header(styles, q, width);
    let used: usize = spans.iter().map(|s| s.content.width()).sum();
    let claims: Vec<String> = q
        .claims
        .iter()
        .map(|c| format!("{} {}", source_id(briefing, c.source), value_text(c)))
        .collect();
    spans.push(Span::styled(
        fit(
            &format!("  {}", claims.join(" · ")),
            width.saturating_sub(used),
        ),
        styles.text(),
    ));
    Line::from(spans)
}

/// A shared axis of `width` cells from a round number below the smallest
/// end to one above the largest.
struct Axis {
    start: f64,
    end: f64,
    step: f64,
    width: usize,
}

impl Axis {
    fn new(low: f64, high: f64, width: usize) -> Axis {
        let span = if high > low {
            high - low
        } else {
            high.abs().max(1.0)
        };
        let step = nice_step(span / 4.0);
        let mut start = (low / step).floor() * step;
        // Counts read best from zero when zero is near.
        if start > 0.0 && start <= 2.0 * step {
            start = 0.0;
        }
        let mut end = (high / step).ceil() * step;
        if end <= start {
            end = start + step;
        }
        Axis {
            start,
            end,
            step,
            width: width.max(2),
        }
    }

    fn cell(&self, v: f64) -> usize {
        let t = ((v - self.start) / (self.end - self.start)).clamp(0.0, 1.0);
        (t * (self.width - 1) as f64).round() as usize
    }

    /// A claim as cells: a point (●), a bar (━, or ┄ for a projection), and
    /// an arrow (◂ ▸) where an end is open to the axis edge.
    fn bar(&self, i: &Interval, projection: bool) -> String {
        let from = i.low.map_or(0, |v| self.cell(v));
        let to = i.high.map_or(self.width - 1, |v| self.cell(v));
        let (from, to) = (from.min(to), from.max(to));
        let fill = if projection { '┄' } else { '━' };
        (0..self.width)
            .map(|x| match x {
                _ if x < from || x > to => ' ',
                _ if from == to => '●',
                _ if x == from && i.low.is_none() => '◂',
                _ if x == to && i.high.is_none() => '▸',
                _ => fill,
            })
            .collect()
    }

    /// Tick labels under the bars ("0  10k  20k  30k"), skipping any that
    /// would touch the one before.
    fn ticks(&self) -> String {
        let mut row = vec![' '; self.width + 8];
        let mut next_free = 0;
        let count = ((self.end - self.start) / self.step).round() as usize;
        for k in 0..=count.min(50) {
            let v = self.start + k as f64 * self.step;
            let label = format!("┴{}", compact(v));
            let at = self.cell(v);
            if at < next_free || at + label.chars().count() > row.len() {
                continue;
            }
            for (j, c) in label.chars().enumerate() {
                row[at + j] = c;
            }
            next_free = at + label.chars().count() + 1;
        }
        row.into_iter().collect::<String>().trim_end().to_string()
    }
}

/// 1, 2 or 5 times a power of ten, at least `rough`.
fn nice_step(rough: f64) -> f64 {
    if !rough.is_finite() || rough <= 0.0 {
        return 1.0;
    }
    let power = 10f64.powf(rough.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|&s| s >= rough)
        .unwrap_or(10.0 * power)
}

/// "950", "10k", "2.5k", "1.2M", "3B".
fn compact(v: f64) -> String {
    let (scaled, suffix) = match v.abs() {
        a if a >= 1e9 => (v / 1e9, "B"),
        a if a >= 1e6 => (v / 1e6, "M"),
        a if a >= 1e3 => (v / 1e3, "k"),
        _ => (v, ""),
    };
    let rounded = (scaled * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{}{suffix}", rounded as i64)
    } else {
        format!("{rounded:.1}{suffix}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_steps_are_round() {
        assert_eq!(compact(10_000.0), "10k");
        assert_eq!(compact(2_500.0), "2.5k");
        assert_eq!(compact(1_200_000.0), "1.2M");
        assert_eq!(compact(950.0), "950");
        assert_eq!(nice_step(5_000.0), 5_000.0);
        assert_eq!(nice_step(5_001.0), 10_000.0);
        assert_eq!(nice_step(0.0), 1.0);
    }

    #[test]
    fn a_spread_is_drawn_on_one_axis() {
        let axis = Axis::new(10_000.0, 30_000.0, 31);
        assert_eq!((axis.start, axis.end), (0.0, 30_000.0));
        let point = axis.bar(&Interval::point(10_000.0), false);
        assert_eq!(point.chars().position(|c| c == '●'), Some(10));
        let up_to = Interval {
            low: None,
            high: Some(30_000.0),
            low_open: false,
            high_open: false,
        };
        let bar = axis.bar(&up_to, true);
        assert!(bar.starts_with('◂') && bar.ends_with('┄'), "{bar}");
        let over = Interval {
            low: Some(20_000.0),
            high: None,
            low_open: true,
            high_open: false,
        };
        let bar = axis.bar(&over, false);
        assert_eq!(bar.chars().position(|c| c != ' '), Some(20));
        assert!(bar.ends_with('▸'));
        let ticks = axis.ticks();
        assert!(ticks.starts_with("┴0") && ticks.contains("┴30k"), "{ticks}");
    }
}
