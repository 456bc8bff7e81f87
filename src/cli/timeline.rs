//! `brief timeline`: every dated statement of every source on one axis,
//! earliest first, with a ● for each source that states it and a flag where
//! sources date the same event differently. `--topic` and `--entity` keep
//! the events stated in the topic's passages or naming the entity.

use clap::Args;
use serde::Serialize;

use super::ledger::{AtJson, SourceRefJson, WhenJson, at_json, clean, source_refs, when_json};
use super::output;
use crate::layout::wrap;
use crate::model::Briefing;
use crate::timeline::{Base, Dated, Timeline};

#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// Only events stated in the passages on this topic (an id, a title or
    /// any words; see `brief topics`).
    #[arg(long, value_name = "TOPIC")]
    pub topic: Option<String>,
    /// Only events whose sentence names this entity (see `brief entities`).
    #[arg(long, value_name = "NAME")]
    pub entity: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Wrap to this many columns (default: the terminal's width, 100 when
    /// stdout is not a terminal).
    #[arg(long, value_name = "N")]
    pub width: Option<usize>,
}

const DEFAULT_WIDTH: usize = 100;

pub fn run(briefing: &Briefing, args: &TimelineArgs) -> Result<(), String> {
    let timeline = filtered(briefing, args.topic.as_deref(), args.entity.as_deref())?;
    if args.json {
        return output::print_json(&to_json(briefing, &timeline));
    }
    let width = output::wrap_width(args.width)
        .unwrap_or(DEFAULT_WIDTH)
        .max(40);
    output::print_text(&render(briefing, &timeline, width))
}

/// The briefing's timeline, kept to a topic's passages and to sentences
/// naming an entity when asked.
pub(crate) fn filtered(
    briefing: &Briefing,
    topic: Option<&str>,
    entity: Option<&str>,
) -> Result<Timeline, String> {
    let figures = crate::extract::figures(briefing);
    let mut timeline = crate::timeline::build(briefing, &figures);
    if let Some(words) = topic {
        let topic = super::compare::topic_of(briefing, &[words.to_string()])?;
        let comparison =
            crate::compare::PassageIndex::with_figures(briefing, figures).compare(&topic);
        let passages: Vec<(usize, crate::compare::PassageAt)> = comparison
            .sources
            .iter()
            .flat_map(|c| c.passages.iter().map(|p| (c.source, p.at.clone())))
            .collect();
        timeline = timeline.filtered(|d| {
            passages
                .iter()
                .any(|(s, p)| *s == d.source && crate::ledger::holds(p, &d.at))
        });
    }
    if let Some(name) = entity {
        let key = crate::extract::name_key(name);
        let entities = crate::extract::entities(briefing);
        let found: Vec<&crate::extract::Entity> = entities
            .iter()
            .filter(|e| {
                crate::extract::name_key(&e.name) == key
                    || e.aliases.iter().any(|a| crate::extract::name_key(a) == key)
            })
            .collect();
        if found.is_empty() {
            return Err(format!(
                "no entity `{}` (see `brief entities`)",
                clean(name)
            ));
        }
        timeline = timeline.filtered(|d| {
            found.iter().flat_map(|e| &e.mentions).any(|m| {
                m.at.source == d.source
                    && m.at.section == d.sentence_at.section
                    && m.at.part == d.sentence_at.part
                    && d.sentence_at.range.start <= m.at.range.start
                    && m.at.range.end <= d.sentence_at.range.end
            })
        });
    }
    Ok(timeline)
}

/// The timeline as `brief timeline --json` prints it; `brief export
/// timeline --format json` writes the same shape.
#[derive(Serialize)]
pub(crate) struct TimelineJson<'a> {
    sources: Vec<SourceRefJson<'a>>,
    /// Relative dates that could not be placed (no publication date).
    unresolved: usize,
    entries: Vec<EntryJson<'a>>,
}

#[derive(Serialize)]
struct EntryJson<'a> {
    when: WhenJson,
    event: &'a str,
    /// Ids of the sources that state it.
    sources: Vec<&'a str>,
    disputed: bool,
    statements: Vec<DatedJson<'a>>,
}

#[derive(Serialize)]
struct DatedJson<'a> {
    source: &'a str,
    written: &'a str,
    when: WhenJson,
    /// For a relative date: what it was counted from.
    resolved: Option<ResolvedJson<'a>>,
    at: AtJson,
    sentence: &'a str,
    sentence_at: AtJson,
}

#[derive(Serialize)]
struct ResolvedJson<'a> {
    /// `published` or `earlier` (the date written before it).
    base: &'static str,
    from: &'a str,
}

fn id(briefing: &Briefing, source: usize) -> &str {
    briefing.sources.get(source).map_or("", |s| s.id.as_str())
}

fn base_name(base: Base) -> &'static str {
    match base {
        Base::Published => "published",
        Base::Earlier => "earlier",
    }
}

pub(crate) fn to_json<'a>(briefing: &'a Briefing, t: &'a Timeline) -> TimelineJson<'a> {
    TimelineJson {
        sources: source_refs(briefing),
        unresolved: t.unresolved,
        entries: t
            .entries
            .iter()
            .map(|e| EntryJson {
                when: when_json(&e.when),
                event: &e.event,
                sources: e.sources().into_iter().map(|s| id(briefing, s)).collect(),
                disputed: e.disputed,
                statements: e
                    .statements
                    .iter()
                    .map(|d| DatedJson {
                        source: id(briefing, d.source),
                        written: &d.written,
                        when: when_json(&d.when),
                        resolved: d.resolved.as_ref().map(|r| ResolvedJson {
                            base: base_name(r.base),
                            from: &r.from,
                        }),
                        at: at_json(&d.at),
                        sentence: &d.sentence,
                        sentence_at: at_json(&d.sentence_at),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// How a relative date was placed, safe for a terminal.
pub fn resolution(d: &Dated) -> Option<String> {
    d.resolution().map(|r| clean(&r))
}

/// The timeline as text: a legend of sources, then one entry per event.
pub fn render(briefing: &Briefing, t: &Timeline, width: usize) -> String {
    let n = briefing.sources.len();
    let mut out = String::from("Timeline · sources: ");
    let legend: Vec<String> = briefing
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{} {}", i + 1, clean(&s.id)))
        .collect();
    out.push_str(&legend.join(" · "));
    out.push('\n');
    out.push_str(&format!("{} events", t.entries.len()));
    if t.unresolved > 0 {
        out.push_str(&format!(
            " · {} relative dates not placed (no publication date)",
            t.unresolved
        ));
    }
    out.push('\n');
    let date_width = t
        .entries
        .iter()
        .map(|e| e.when.label().chars().count())
        .max()
        .unwrap_or(4);
    let indent = date_width + n + 4;
    for e in &t.entries {
        let head = format!("{:<date_width$}  {}  ", e.when.label(), e.dots(n, '·'));
        let body = wrap(&clean(&e.event), width.saturating_sub(indent).max(20));
        for (i, line) in body.iter().enumerate() {
            if i == 0 {
                out.push_str(&format!("{head}{line}\n"));
            } else {
                out.push_str(&format!("{}{line}\n", " ".repeat(indent)));
            }
        }
        let mut notes = Vec::new();
        if e.disputed {
            let dates: Vec<String> = e
                .statements
                .iter()
                .map(|d| format!("{} {}", clean(id(briefing, d.source)), d.when.label()))
                .collect();
            notes.push(format!("DATED DIFFERENTLY: {}", dates.join(" vs ")));
        }
        notes.extend(e.statements.iter().filter_map(resolution));
        for note in notes {
            for line in wrap(&note, width.saturating_sub(indent + 2).max(20)) {
                out.push_str(&format!("{}  {line}\n", " ".repeat(indent)));
            }
        }
    }
    out
}
