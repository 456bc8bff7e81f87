//! `brief ledger TOPIC`: the facts the sources state on a topic, one row per
//! fact, each source's cell AGREES / DIFFERS / UNMATCHED / SILENT with what it
//! says, most contested first.

use clap::Args;
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::compare::topic_of;
use super::output;
pub(crate) use super::output::safe_line as clean;
use crate::layout::wrap;
use crate::ledger::{Cell, Kind, Ledger, Statement, Verdict};
use crate::model::{Briefing, Source, TextRef};
use crate::timeline::When;

#[derive(Debug, Args)]
pub struct LedgerArgs {
    /// A topic id or title (see `brief topics`), or any words.
    #[arg(required = true, value_name = "TOPIC_OR_QUERY")]
    pub topic: Vec<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Wrap to this many columns (default: the terminal's width, 100 when
    /// stdout is not a terminal).
    #[arg(long, value_name = "N")]
    pub width: Option<usize>,
}

/// Width used when neither `--width` nor a terminal gives one.
const DEFAULT_WIDTH: usize = 100;

pub fn run(briefing: &Briefing, args: &LedgerArgs) -> Result<(), String> {
    let topic = topic_of(briefing, &args.topic)?;
    let ledger = crate::ledger::ledger(briefing, &topic);
    if args.json {
        return output::print_json(&to_json(briefing, &ledger));
    }
    let width = output::wrap_width(args.width)
        .unwrap_or(DEFAULT_WIDTH)
        .max(40);
    output::print_text(&render(briefing, &ledger, width))
}

/// A source as the ledger and timeline cite it.
#[derive(Serialize)]
pub(crate) struct SourceRefJson<'a> {
    id: &'a str,
    title: &'a str,
    outlet: Option<&'a str>,
    url: Option<&'a str>,
    published: Option<&'a str>,
}

pub(crate) fn source_refs(briefing: &Briefing) -> Vec<SourceRefJson<'_>> {
    briefing
        .sources
        .iter()
        .map(|s| SourceRefJson {
            id: &s.id,
            title: s.display_title(),
            outlet: s.meta.outlet.as_deref(),
            url: s.meta.url.as_deref(),
            published: s.meta.published.as_deref(),
        })
        .collect()
}

/// A span of days as JSON: its label, first and last day, precision.
#[derive(Serialize)]
pub(crate) struct WhenJson {
    label: String,
    start: String,
    end: String,
    precision: crate::timeline::Precision,
}

pub(crate) fn when_json(w: &When) -> WhenJson {
    WhenJson {
        label: w.label(),
        start: w.start_iso(),
        end: w.end_iso(),
        precision: w.precision,
    }
}

/// Where a text range is, as JSON: section, block (`null` for a heading), byte range.
#[derive(Serialize)]
pub(crate) struct AtJson {
    section: usize,
    block: Option<usize>,
    range: [usize; 2],
}

pub(crate) fn at_json(at: &TextRef) -> AtJson {
    AtJson {
        section: at.section,
        block: at.position().block,
        range: [at.range.start, at.range.end],
    }
}

/// The ledger as `brief ledger --json` prints it; `brief export ledger
/// --format json` writes the same shape.
#[derive(Serialize)]
pub(crate) struct LedgerJson<'a> {
    topic: &'a crate::compare::Topic,
    sources: Vec<SourceRefJson<'a>>,
    /// Whether each source (in `sources` order) covers the topic at all.
    covered: &'a [bool],
    rows: Vec<RowJson<'a>>,
}

#[derive(Serialize)]
struct RowJson<'a> {
    kind: Kind,
    fact: &'a str,
    differs: usize,
    agrees: usize,
    cells: Vec<CellJson<'a>>,
}

#[derive(Serialize)]
struct CellJson<'a> {
    source: &'a str,
    verdict: Verdict,
    statements: Vec<StatementJson<'a>>,
}

#[derive(Serialize)]
struct StatementJson<'a> {
    value: &'a str,
    /// Where the value is written.
    at: AtJson,
    sentence: &'a str,
    sentence_at: AtJson,
    interval: Option<crate::compare::Interval>,
    projection: bool,
    vague: bool,
    when: Option<WhenJson>,
}

pub(crate) fn to_json<'a>(briefing: &'a Briefing, l: &'a Ledger) -> LedgerJson<'a> {
    LedgerJson {
        topic: &l.topic,
        sources: source_refs(briefing),
        covered: &l.covered,
        rows: l
            .rows
            .iter()
            .map(|r| RowJson {
                kind: r.kind,
                fact: &r.fact,
                differs: r.count(Verdict::Differs),
                agrees: r.count(Verdict::Agrees),
                cells: r
                    .cells
                    .iter()
                    .map(|c| CellJson {
                        source: briefing.sources.get(c.source).map_or("", |s| s.id.as_str()),
                        verdict: c.verdict,
                        statements: c
                            .statements
                            .iter()
                            .map(|s| StatementJson {
                                value: &s.value,
                                at: at_json(&s.at),
                                sentence: &s.sentence,
                                sentence_at: at_json(&s.sentence_at),
                                interval: s.interval,
                                projection: s.projection,
                                vague: s.vague,
                                when: s.when.as_ref().map(when_json),
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// A statement's value, safe for a terminal.
pub fn value_text(s: &Statement) -> String {
    clean(&s.value_text())
}

fn source_id(briefing: &Briefing, cell: &Cell) -> String {
    briefing
        .sources
        .get(cell.source)
        .map_or(String::new(), |s: &Source| clean(&s.id))
}

/// The ledger as text: each row's fact, verdict and every source's cell.
pub fn render(briefing: &Briefing, l: &Ledger, width: usize) -> String {
    let mut out = format!("Ledger: {}", clean(&l.topic.title));
    if l.topic.id != l.topic.title {
        out.push_str(&format!(" [{}]", clean(&l.topic.id)));
    }
    out.push('\n');
    let silent: Vec<String> = briefing
        .sources
        .iter()
        .zip(&l.covered)
        .filter(|(_, c)| !**c)
        .map(|(s, _)| clean(&s.id))
        .collect();
    out.push_str(&format!(
        "{} rows · {} sources · silent on the topic: {}\n",
        l.rows.len(),
        briefing.sources.len(),
        if silent.is_empty() {
            "none".to_string()
        } else {
            silent.join(", ")
        }
    ));
    if l.rows.is_empty() {
        out.push_str("\nNo quantity, dated event or stance found on this topic.\n");
    }
    let id_width = briefing
        .sources
        .iter()
        .map(|s| clean(&s.id).width())
        .max()
        .unwrap_or(0);
    for r in &l.rows {
        out.push('\n');
        let head = format!("{} · {} — {}", r.kind.name(), clean(&r.fact), r.summary());
        out.push_str(&wrap(&head, width).join("\n"));
        out.push('\n');
        for cell in &r.cells {
            let id = source_id(briefing, cell);
            let pad = id_width.saturating_sub(id.width());
            let prefix = format!("  {id}{}  {:<9}  ", " ".repeat(pad), cell.verdict.label());
            let indent = prefix.width();
            let room = width.saturating_sub(indent).max(20);
            let values: Vec<String> = cell.statements.iter().map(value_text).collect();
            let mut lines = wrap(&values.join("; "), room);
            for s in &cell.statements {
                lines.extend(wrap(&format!("“{}”", clean(&s.sentence)), room));
            }
            if lines.is_empty() {
                out.push_str(prefix.trim_end());
                out.push('\n');
            }
            for (i, line) in lines.iter().enumerate() {
                if i == 0 {
                    out.push_str(&prefix);
                } else {
                    out.push_str(&" ".repeat(indent));
                }
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}
