//! Where the comparison screen's parts go for a terminal size, and each
//! column's rows at its width. Pure functions of the state shared by
//! `update` (scroll limits, the passage Enter opens) and the view, so both
//! agree.

use std::ops::Range;

use ratatui::layout::Rect;

use super::CompareScreen;
use crate::compare::{Passage, Quantity, SourceColumn};
use crate::layout::{display_safe, wrap_keeping};
use crate::tui::app::App;

/// Narrower columns than this are paged (h/l) instead of squeezed.
pub const MIN_COLUMN: u16 = 28;
/// Rows above the scrolled part of every column: title, outlet and
/// coverage, a rule.
pub const HEAD_ROWS: u16 = 3;
/// Fewest rows of passages kept for the columns before the chart shrinks.
const MIN_BODY: u16 = 6;

/// Areas of the comparison screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Geometry {
    /// One row: topic, coverage, mode.
    pub header: Rect,
    /// The quantities strip and chart, if there are quantities.
    pub chart: Option<Rect>,
    /// The chart has room for bars (else one summary row per quantity).
    pub chart_bars: bool,
    /// The columns, heads included.
    pub columns: Rect,
    /// One row: keys and messages.
    pub footer: Rect,
    /// The columns on screen (all of them unless paged).
    pub visible: Range<usize>,
}

impl Geometry {
    /// Lays out `screen` in `area`.
    pub fn of(area: Rect, screen: &CompareScreen) -> Geometry {
        let count = screen.comparison.sources.len();
        let per_page = columns_per_page(area.width, count);
        let first = screen.first_column.min(count.saturating_sub(per_page));
        let header = Rect { height: 1, ..area };
        let footer = Rect {
            y: area.bottom().saturating_sub(1),
            height: 1.min(area.height),
            ..area
        };
        let middle_top = area.y + 1.min(area.height);
        let middle = area.height.saturating_sub(2);
        let quantities = &screen.comparison.quantities;
        let full = chart_rows(quantities);
        let room = middle.saturating_sub(HEAD_ROWS + MIN_BODY);
        // The chart takes at most two fifths: the passages are the point.
        let (chart_height, chart_bars) = if quantities.is_empty() {
            (0, false)
        } else if full <= room.min(middle * 2 / 5) {
            (full, true)
        } else {
            let summary = u16::try_from(quantities.len()).unwrap_or(u16::MAX);
            (summary.min(room.max(1)), false)
        };
        let chart = (chart_height > 0).then_some(Rect {
            y: middle_top,
            height: chart_height,
            ..area
        });
        let columns = Rect {
            y: middle_top + chart_height,
            height: middle.saturating_sub(chart_height),
            ..area
        };
        Geometry {
            header,
            chart,
            chart_bars,
            columns,
            footer,
            visible: first..(first + per_page).min(count),
        }
    }

    /// Whether some columns are off screen.
    pub fn paged(&self, count: usize) -> bool {
        self.visible.len() < count
    }

    /// The area of the `i`th visible column (heads included), with a rule
    /// column between neighbours.
    pub fn column(&self, i: usize) -> Rect {
        let n = self.visible.len().max(1) as u16;
        let gaps = n - 1;
        let width = self.columns.width.saturating_sub(gaps) / n;
        let i = i as u16;
        let x = self.columns.x + i * (width + 1);
        // The last column takes what division leaves over.
        let width = if i + 1 == n {
            self.columns.right().saturating_sub(x)
        } else {
            width
        };
        Rect {
            x,
            width,
            ..self.columns
        }
    }

    /// Rows of passages a column shows at once.
    pub fn body_height(&self) -> usize {
        usize::from(self.columns.height.saturating_sub(HEAD_ROWS)).max(1)
    }
}

/// The screen's layout for the current terminal size.
pub fn geometry(app: &App) -> Option<Geometry> {
    let screen = app.screen.comparison()?;
    Some(Geometry::of(app.size(), screen))
}

/// The rows of every column at the width columns are drawn.
pub fn all_rows(app: &App) -> Vec<Vec<Row>> {
    let (Some(screen), Some(g)) = (app.screen.comparison(), geometry(app)) else {
        return Vec::new();
    };
    let width = text_width(&g);
    screen
        .comparison
        .sources
        .iter()
        .map(|c| column_rows(c, width))
        .collect()
}

/// Columns are drawn with a column of padding on each side.
pub fn text_width(g: &Geometry) -> usize {
    usize::from(g.column(0).width.saturating_sub(2)).max(1)
}

/// How many columns of at least [`MIN_COLUMN`] fit in `width` (at least one).
pub fn columns_per_page(width: u16, count: usize) -> usize {
    let fit = usize::from((width + 1) / (MIN_COLUMN + 1)).max(1);
    fit.min(count.max(1))
}

/// Rows the chart needs with bars: per quantity a header, a row per claim
/// and the axis.
pub fn chart_rows(quantities: &[Quantity]) -> u16 {
    let rows: usize = quantities.iter().map(|q| q.claims.len() + 2).sum();
    u16::try_from(rows).unwrap_or(u16::MAX)
}

/// How a piece of a column row is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    Text,
    /// A topic term.
    Term,
    /// A figure (never broken across rows).
    Figure,
    /// Certainty and attribution, small and dim.
    Badge,
    /// "not covered", as visible as a passage.
    NotCovered,
    /// Why a column is empty.
    Note,
}

/// One row of a column's scrolled part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub pieces: Vec<(String, Ink)>,
    /// The passage (index into `SourceColumn::passages`) this row shows.
    pub passage: Option<usize>,
}

impl Row {
    fn plain(text: impl Into<String>, ink: Ink) -> Row {
        Row {
            pieces: vec![(text.into(), ink)],
            passage: None,
        }
    }
}

/// The passages of a column in reading order (they are ranked best first).
pub fn reading_order(column: &SourceColumn) -> Vec<usize> {
    let mut order: Vec<usize> = (0..column.passages.len()).collect();
    order.sort_by_key(|&i| {
        let at = &column.passages[i].at;
        (at.section, at.blocks.start, at.start)
    });
    order
}

/// A column's rows at `width`: "not covered" and why, or each passage in
/// reading order with its terms and figures marked, then its badges.
pub fn column_rows(column: &SourceColumn, width: usize) -> Vec<Row> {
    let mut rows = Vec::new();
    if !column.covered {
        rows.push(Row::plain("NOT COVERED", Ink::NotCovered));
        let why = column.coverage().note().unwrap_or_default();
        for line in crate::layout::wrap(&why, width) {
            rows.push(Row::plain(line, Ink::Note));
        }
        return rows;
    }
    for i in reading_order(column) {
        let p = &column.passages[i];
        for pieces in passage_rows(p, width) {
            rows.push(Row {
                pieces,
                passage: Some(i),
            });
        }
        // Attributions are article text: untrusted.
        if let Some(badges) = p.badge_line().map(|b| display_safe(&b).into_owned()) {
            for line in crate::layout::wrap(&badges, width) {
                rows.push(Row {
                    pieces: vec![(line, Ink::Badge)],
                    passage: Some(i),
                });
            }
        }
        rows.push(Row::plain("", Ink::Text));
    }
    rows
}

/// A passage wrapped to `width`, each row cut into pieces by ink.
fn passage_rows(p: &Passage, width: usize) -> Vec<Vec<(String, Ink)>> {
    let text = display_safe(&p.text);
    wrap_keeping(&text, &p.figures, width)
        .into_iter()
        .map(|line| inked(&text, line, p))
        .collect()
}

/// The pieces of `line` (a range of `text`): figures win over terms.
fn inked(text: &str, line: Range<usize>, p: &Passage) -> Vec<(String, Ink)> {
    let ink_at = |i: usize| {
        if p.figures.iter().any(|r| r.start <= i && i < r.end) {
            Ink::Figure
        } else if p.terms.iter().any(|r| r.start <= i && i < r.end) {
            Ink::Term
        } else {
            Ink::Text
        }
    };
    let mut pieces: Vec<(String, Ink)> = Vec::new();
    let Some(slice) = text.get(line.clone()) else {
        return pieces;
    };
    for (offset, c) in slice.char_indices() {
        let ink = ink_at(line.start + offset);
        match pieces.last_mut() {
            Some((piece, last)) if *last == ink => piece.push(c),
            _ => pieces.push((c.to_string(), ink)),
        }
    }
    pieces
}

/// The passage at the top of column `column` (the one Enter opens): the
/// first passage row at or below the top row.
pub fn passage_at_top(rows: &[Row], top: usize) -> Option<usize> {
    rows.iter()
        .skip(top)
        .find_map(|r| r.passage)
        .or_else(|| rows.iter().take(top).rev().find_map(|r| r.passage))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::PassageAt;
    use unicode_width::UnicodeWidthStr;

    fn passage(text: &str, figure: &str, term: &str) -> Passage {
        let find = |s: &str| {
            text.find(s)
                .map(|i| i..i + s.len())
                .into_iter()
                .collect::<Vec<_>>()
        };
        Passage {
            at: PassageAt {
                section: 0,
                blocks: 0..1,
                start: 0,
                end: text.len(),
            },
            text: text.into(),
            score: 1.0,
            attribution: Some("port officials".into()),
            certainty: None,
            terms: find(term),
            figures: find(figure),
        }
    }

    #[test]
    fn figures_stay_on_one_row_at_every_width() {
        let p = passage(
            "The harbour handled about 1 200 000 containers last year, port officials said.",
            "about 1 200 000 containers",
            "harbour",
        );
        let figure = "about 1 200 000 containers";
        for width in figure.len()..60 {
            let rows = passage_rows(&p, width);
            let joined: Vec<String> = rows
                .iter()
                .map(|r| r.iter().map(|(t, _)| t.as_str()).collect())
                .collect();
            assert!(
                joined.iter().any(|r| r.contains(figure)),
                "{width}: {joined:?}"
            );
            assert!(joined.iter().all(|r| r.width() <= width), "{joined:?}");
            let inks: Vec<Ink> = rows.iter().flatten().map(|(_, ink)| *ink).collect();
            assert!(inks.contains(&Ink::Figure) && inks.contains(&Ink::Term));
        }
    }

    #[test]
    fn a_figure_wider_than_the_column_breaks_between_words_only() {
        let text = "Estimates say approximately 10,000 to 15,000 North Korean personnel arrived.";
        let figure = "approximately 10,000 to 15,000 North Korean personnel";
        let p = passage(text, figure, "arrived");
        let rows = |width: usize| -> Vec<String> {
            passage_rows(&p, width)
                .iter()
                .map(|r| r.iter().map(|(t, _)| t.as_str()).collect())
                .collect()
        };
        // The number part fits: it stays together.
        let wide = rows(32);
        assert!(
            wide.iter()
                .any(|r| r.contains("approximately 10,000 to 15,000")),
            "{wide:?}"
        );
        // Not even that fits: numbers stay whole.
        let narrow = rows(20);
        assert!(narrow.iter().any(|r| r.contains("15,000")), "{narrow:?}");
        assert!(narrow.iter().all(|r| r.width() <= 20), "{narrow:?}");
    }

    #[test]
    fn uncovered_columns_say_so_and_why() {
        let column = SourceColumn {
            source: 0,
            covered: false,
            mentions: 2,
            passages: Vec::new(),
            figures: Vec::new(),
        };
        let rows = column_rows(&column, 40);
        assert_eq!(
            rows[0].pieces[0],
            ("NOT COVERED".to_string(), Ink::NotCovered)
        );
        assert!(rows[1].pieces[0].0.contains("in passing only (2 passages)"));
        assert_eq!(passage_at_top(&rows, 0), None);
    }

    #[test]
    fn narrow_terminals_page_columns() {
        assert_eq!(columns_per_page(200, 4), 4);
        assert_eq!(columns_per_page(120, 4), 4);
        assert_eq!(columns_per_page(80, 4), 2);
        assert_eq!(columns_per_page(40, 4), 1);
        assert_eq!(columns_per_page(10, 4), 1);
        assert_eq!(columns_per_page(80, 0), 1);
    }
}
