//! `brief figures`: every number that measures something, in reading order.

use serde::Serialize;

use super::args::{FigureKindArg, FiguresArgs};
use super::output;
use crate::extract::{Figure, FigureKind};
use crate::model::Briefing;

/// One figure as `brief figures --json` prints it (and `brief compare` within each source).
#[derive(Serialize)]
pub(crate) struct FigureJson<'a> {
    source: &'a str,
    section: usize,
    text: &'a str,
    kind: FigureKind,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    qualifier: Option<&'a str>,
    bound: Option<crate::extract::Bound>,
    unit: Option<&'a str>,
    currency: Option<&'a str>,
    vague: bool,
    sentence: &'a str,
}

pub(crate) fn figure_json<'a>(briefing: &'a Briefing, f: &'a Figure) -> FigureJson<'a> {
    FigureJson {
        source: briefing
            .sources
            .get(f.at.source)
            .map_or("", |s| s.id.as_str()),
        section: f.at.section,
        text: &f.text,
        kind: f.kind,
        value: f.value,
        low: f.low,
        high: f.high,
        qualifier: f.qualifier.as_deref(),
        bound: f.bound,
        unit: f.unit.as_deref(),
        currency: f.currency.as_deref(),
        vague: f.vague,
        sentence: &f.sentence,
    }
}

fn wanted(kind: FigureKindArg) -> FigureKind {
    match kind {
        FigureKindArg::Count => FigureKind::Count,
        FigureKindArg::Money => FigureKind::Money,
        FigureKindArg::Percent => FigureKind::Percent,
        FigureKindArg::Measure => FigureKind::Measure,
        FigureKindArg::Date => FigureKind::Date,
        FigureKindArg::Duration => FigureKind::Duration,
    }
}

pub fn run(briefing: &Briefing, args: &FiguresArgs) -> Result<(), String> {
    let only = match &args.source {
        Some(id) => {
            output::find_source(briefing, id)?;
            briefing.source_index(id)
        }
        None => None,
    };
    let list: Vec<Figure> = crate::cache::figures(briefing)
        .into_iter()
        .filter(|f| only.is_none_or(|s| f.at.source == s))
        .filter(|f| args.kind.is_none_or(|k| wanted(k) == f.kind))
        .collect();
    let source_id = |f: &Figure| -> &str {
        briefing
            .sources
            .get(f.at.source)
            .map_or("", |s| s.id.as_str())
    };
    if args.json {
        let json: Vec<FigureJson<'_>> = list.iter().map(|f| figure_json(briefing, f)).collect();
        return output::print_json(&json);
    }
    let rows: Vec<[String; 5]> = list
        .iter()
        .map(|f| {
            [
                source_id(f).to_string(),
                f.kind.name().to_string(),
                f.amount(),
                f.unit.clone().unwrap_or_default(),
                output::one_line(&f.text),
            ]
        })
        .collect();
    output::print_text(&table(&rows))
}

fn table(rows: &[[String; 5]]) -> String {
    let headers = ["SOURCE", "KIND", "AMOUNT", "UNIT", "TEXT"];
    let mut widths = headers.map(|h| h.chars().count());
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: [&str; 5]| {
        let mut s = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i == 4 {
                s.push_str(cell);
            } else {
                s.push_str(&format!("{cell:<w$}  ", w = widths[i]));
            }
        }
        s.trim_end().to_string() + "\n"
    };
    let mut out = line(headers);
    for row in rows {
        out.push_str(&line([&row[0], &row[1], &row[2], &row[3], &row[4]]));
    }
    out
}
