//! `brief entities`: the people, organisations and places of the briefing.

use serde::Serialize;

use super::args::{EntitiesArgs, EntityKindArg};
use super::output;
use crate::extract::{Entity, EntityKind};
use crate::model::{Briefing, Part};

/// One entity as `brief entities --json` prints it.
#[derive(Serialize)]
struct EntityJson<'a> {
    name: &'a str,
    kind: EntityKind,
    aliases: &'a [String],
    mentions: Vec<MentionJson<'a>>,
}

#[derive(Serialize)]
struct MentionJson<'a> {
    source: &'a str,
    section: usize,
    /// `null` for the section heading or the title, else the block index.
    block: Option<usize>,
    /// `title`, `heading` or `block`: which text `start`/`end` point into.
    part: &'static str,
    start: usize,
    end: usize,
    text: &'a str,
}

fn wanted(kind: EntityKindArg) -> EntityKind {
    match kind {
        EntityKindArg::Person => EntityKind::Person,
        EntityKindArg::Organization => EntityKind::Organization,
        EntityKindArg::Place => EntityKind::Place,
        EntityKindArg::Other => EntityKind::Other,
    }
}

pub fn run(briefing: &Briefing, args: &EntitiesArgs) -> Result<(), String> {
    let only = match &args.source {
        Some(id) => {
            output::find_source(briefing, id)?;
            briefing.source_index(id)
        }
        None => None,
    };
    let mut list: Vec<Entity> = crate::cache::entities(briefing)
        .into_iter()
        .filter(|e| args.kind.is_none_or(|k| wanted(k) == e.kind))
        .filter_map(|mut e| {
            if let Some(s) = only {
                e.mentions.retain(|m| m.at.source == s);
            }
            (!e.mentions.is_empty()).then_some(e)
        })
        .collect();
    list.sort_by(|a, b| {
        b.mentions
            .len()
            .cmp(&a.mentions.len())
            .then_with(|| a.name.cmp(&b.name))
    });
    if args.json {
        let json: Vec<EntityJson<'_>> = list.iter().map(|e| to_json(briefing, e)).collect();
        return output::print_json(&json);
    }
    output::print_text(&table(&list))
}

fn to_json<'a>(briefing: &'a Briefing, e: &'a Entity) -> EntityJson<'a> {
    EntityJson {
        name: &e.name,
        kind: e.kind,
        aliases: &e.aliases,
        mentions: e
            .mentions
            .iter()
            .map(|m| MentionJson {
                source: briefing
                    .sources
                    .get(m.at.source)
                    .map_or("", |s| s.id.as_str()),
                section: m.at.section,
                block: match m.at.part {
                    Part::Heading | Part::Title => None,
                    Part::Block(b) => Some(b),
                },
                part: match m.at.part {
                    Part::Title => "title",
                    Part::Heading => "heading",
                    Part::Block(_) => "block",
                },
                start: m.at.range.start,
                end: m.at.range.end,
                text: &m.text,
            })
            .collect(),
    }
}

/// The plain listing: name, kind, mentions, other spellings.
pub fn table(list: &[Entity]) -> String {
    let width = list
        .iter()
        .map(|e| e.name.chars().count())
        .max()
        .unwrap_or(4)
        .max(4);
    let mut out = format!(
        "{:<width$}  {:<12}  {:>8}  ALIASES\n",
        "NAME", "KIND", "MENTIONS"
    );
    for e in list {
        out.push_str(&format!(
            "{:<width$}  {:<12}  {:>8}  {}\n",
            output::one_line(&e.name),
            e.kind.name(),
            e.mentions.len(),
            output::one_line(&e.aliases.join(", "))
        ));
    }
    out
}
