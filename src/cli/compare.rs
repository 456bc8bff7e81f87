//! `brief compare`: every source side by side on one topic, silent sources
//! included, then the quantities they state and whether they disagree.

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::args::CompareArgs;
use super::figures::{FigureJson, figure_json};
use super::output;
use crate::compare::{
    Claim, Comparison, Interval, Passage, Quantity, SourceColumn, Topic, resolve,
};
use crate::layout::{wrap, wrap_keeping_lines};
use crate::model::Briefing;

/// Width used when neither `--width` nor a terminal gives one.
const DEFAULT_WIDTH: usize = 100;
/// Narrower columns than this are stacked instead of set side by side.
const MIN_COLUMN: usize = 24;
const GAP: &str = " │ ";

pub fn run(briefing: &Briefing, args: &CompareArgs) -> Result<(), String> {
    let topic = topic_of(briefing, &args.topic)?;
    let figures = crate::cache::figures(briefing);
    let comparison = crate::compare::PassageIndex::with_figures(briefing, figures).compare(&topic);
    if args.json {
        return output::print_json(&to_json(briefing, &comparison));
    }
    let width = output::wrap_width(args.width)
        .unwrap_or(DEFAULT_WIDTH)
        .max(20);
    output::print_text(&render(briefing, &comparison, width))
}

/// The topic the command-line words name (see [`resolve`]).
pub(crate) fn topic_of(briefing: &Briefing, words: &[String]) -> Result<Topic, String> {
    let query = words.join(" ");
    if query.trim().is_empty() {
        return Err(
            "empty topic: give a topic id, title or some words (see `brief topics`)".into(),
        );
    }
    Ok(resolve(briefing, &query))
}

/// The comparison as `brief compare --json` prints it; `brief export compare
/// --format json` writes the same shape.
#[derive(Serialize)]
pub(crate) struct ComparisonJson<'a> {
    topic: &'a Topic,
    sources: Vec<ColumnJson<'a>>,
    quantities: Vec<QuantityJson<'a>>,
}

#[derive(Serialize)]
struct ColumnJson<'a> {
    source: &'a str,
    covered: bool,
    /// Passages holding the topic's terms (shown or not).
    mentions: usize,
    passages: Vec<PassageJson<'a>>,
    figures: Vec<FigureJson<'a>>,
}

#[derive(Serialize)]
struct PassageJson<'a> {
    section: usize,
    /// First and last-plus-one block index.
    blocks: [usize; 2],
    text: &'a str,
    score: f64,
    attribution: Option<&'a str>,
    certainty: Option<crate::compare::Certainty>,
    /// Byte ranges of `text` matching the topic's terms.
    terms: Vec<[usize; 2]>,
    /// Byte ranges of `text` that are figures.
    figures: Vec<[usize; 2]>,
}

#[derive(Serialize)]
struct QuantityJson<'a> {
    quantity: &'a str,
    unit: &'a str,
    claims: Vec<ClaimJson<'a>>,
    disagree: bool,
    /// Pairs of indices into `claims` that cannot both be true.
    conflicts: Vec<[usize; 2]>,
}

#[derive(Serialize)]
struct ClaimJson<'a> {
    source: &'a str,
    text: &'a str,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    qualifier: Option<&'a str>,
    projection: bool,
    certainty: Option<crate::compare::Certainty>,
    interval: Interval,
}

fn source_id(briefing: &Briefing, index: usize) -> &str {
    briefing.sources.get(index).map_or("", |s| s.id.as_str())
}

pub(crate) fn to_json<'a>(briefing: &'a Briefing, c: &'a Comparison) -> ComparisonJson<'a> {
    let pair = |r: &std::ops::Range<usize>| [r.start, r.end];
    ComparisonJson {
        topic: &c.topic,
        sources: c
            .sources
            .iter()
            .map(|col| ColumnJson {
                source: source_id(briefing, col.source),
                covered: col.covered,
                mentions: col.mentions,
                passages: col
                    .passages
                    .iter()
                    .map(|p| PassageJson {
                        section: p.at.section,
                        blocks: [p.at.blocks.start, p.at.blocks.end],
                        text: &p.text,
                        score: (p.score * 1000.0).round() / 1000.0,
                        attribution: p.attribution.as_deref(),
                        certainty: p.certainty,
                        terms: p.terms.iter().map(pair).collect(),
                        figures: p.figures.iter().map(pair).collect(),
                    })
                    .collect(),
                figures: col
                    .figures
                    .iter()
                    .map(|f| figure_json(briefing, f))
                    .collect(),
            })
            .collect(),
        quantities: c
            .quantities
            .iter()
            .map(|q| QuantityJson {
                quantity: &q.quantity,
                unit: &q.unit,
                claims: q
                    .claims
                    .iter()
                    .map(|claim| ClaimJson {
                        source: source_id(briefing, claim.source),
                        text: &claim.figure.text,
                        value: claim.figure.value,
                        low: claim.figure.low,
                        high: claim.figure.high,
                        qualifier: claim.figure.qualifier.as_deref(),
                        projection: claim.projection,
                        certainty: claim.certainty,
                        interval: claim.interval,
                    })
                    .collect(),
                disagree: q.disagree(),
                conflicts: q.conflicts.iter().map(|&(a, b)| [a, b]).collect(),
            })
            .collect(),
    }
}

/// The comparison as text: a heading, the sources in columns side by side
/// (stacked when the width cannot hold them), then the quantities.
pub fn render(briefing: &Briefing, c: &Comparison, width: usize) -> String {
    let mut out = format!("Topic: {}", c.topic.title);
    if c.topic.id != c.topic.title {
        out.push_str(&format!(" [{}]", c.topic.id));
    }
    out.push('\n');
    out.push_str(&c.coverage_summary());
    out.push_str("\n\n");
    let n = c.sources.len().max(1);
    let column = width.saturating_sub(GAP.width() * (n - 1)) / n;
    if column >= MIN_COLUMN {
        let columns: Vec<Vec<String>> = c
            .sources
            .iter()
            .map(|s| column_lines(briefing, s, column))
            .collect();
        let rows = columns.iter().map(Vec::len).max().unwrap_or(0);
        for row in 0..rows {
            let cells: Vec<String> = columns
                .iter()
                .map(|lines| pad(lines.get(row).map_or("", String::as_str), column))
                .collect();
            out.push_str(cells.join(GAP).trim_end());
            out.push('\n');
        }
    } else {
        for s in &c.sources {
            for line in column_lines(briefing, s, width) {
                out.push_str(&line);
                out.push('\n');
            }
            out.push('\n');
        }
    }
    for q in &c.quantities {
        out.push('\n');
        out.push_str(&quantity_lines(briefing, q, width));
    }
    out
}

fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(fill))
}

/// One source's column: its id, whether it covers the topic, then each
/// passage wrapped (figures never broken across lines) and its badges.
fn column_lines(briefing: &Briefing, s: &SourceColumn, width: usize) -> Vec<String> {
    let mut lines = wrap(source_id(briefing, s.source), width);
    lines.push(if s.covered {
        "covered".into()
    } else {
        "NOT COVERED".into()
    });
    lines.push("─".repeat(width));
    if let Some(why) = s.coverage().note() {
        lines.extend(wrap(&why, width));
    }
    for p in &s.passages {
        lines.extend(passage_lines(p, width));
        if let Some(badges) = p.badge_line() {
            lines.extend(wrap(&format!("[{badges}]"), width));
        }
        lines.push(String::new());
    }
    lines
}

/// Wraps a passage (its lines one by one), keeping each figure on one line.
fn passage_lines(p: &Passage, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut offset = 0;
    for line in p.text.split('\n') {
        let keep: Vec<std::ops::Range<usize>> = p
            .figures
            .iter()
            .filter(|r| offset <= r.start && r.end <= offset + line.len())
            .map(|r| r.start - offset..r.end - offset)
            .collect();
        lines.extend(wrap_keeping_lines(line, &keep, width));
        offset += line.len() + 1;
    }
    lines
}

fn quantity_lines(briefing: &Briefing, q: &Quantity, width: usize) -> String {
    let verdict = if q.disagree() {
        "SOURCES DISAGREE"
    } else {
        "consistent"
    };
    let mut out = format!("Quantity: {} ({}) — {verdict}\n", q.quantity, q.unit);
    let id_width = q
        .claims
        .iter()
        .map(|c| source_id(briefing, c.source).width())
        .max()
        .unwrap_or(0);
    for claim in &q.claims {
        let mut line = format!(
            "  {}  {:<16}  {}",
            pad(source_id(briefing, claim.source), id_width),
            claim.interval.to_string(),
            output::one_line(&claim.figure.text)
        );
        if claim.projection {
            line.push_str("  (projection, not a count)");
        }
        out.push_str(&wrap(&line, width).join("\n"));
        out.push('\n');
    }
    for &(a, b) in &q.conflicts {
        if let (Some(a), Some(b)) = (q.claims.get(a), q.claims.get(b)) {
            out.push_str(&format!(
                "  conflict: {} vs {}\n",
                claim_text(briefing, a),
                claim_text(briefing, b)
            ));
        }
    }
    out
}

fn claim_text(briefing: &Briefing, c: &Claim) -> String {
    format!("{} {}", source_id(briefing, c.source), c.interval)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_not_broken_across_lines() {
        let text = "Officials said that up to 30 000 soldiers went".to_string();
        let start = text.find("up to").unwrap_or(0);
        let p = Passage {
            at: crate::compare::PassageAt {
                section: 0,
                blocks: 0..1,
                start: 0,
                end: text.len(),
            },
            figures: std::iter::once(start..start + "up to 30 000".len()).collect(),
            text,
            score: 1.0,
            attribution: None,
            certainty: None,
            terms: Vec::new(),
        };
        // A figure wider than the column has to break; from its width on, never.
        for width in "up to 30 000".len()..40 {
            let lines = passage_lines(&p, width);
            assert!(
                lines.iter().any(|l| l.contains("up to 30 000")),
                "width {width}: {lines:?}"
            );
        }
    }
}
