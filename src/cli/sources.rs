use serde::Serialize;

use super::args::SourcesArgs;
use super::output;
use crate::model::{Briefing, Source};

/// One source as `brief sources --json` prints it.
#[derive(Serialize)]
struct SourceJson<'a> {
    id: &'a str,
    title: &'a str,
    subtitle: Option<&'a str>,
    outlet: Option<&'a str>,
    author: Option<&'a str>,
    published: Option<&'a str>,
    url: Option<&'a str>,
    language: Option<&'a str>,
    file: &'a str,
    /// How the file is written: "text", "markdown" or "html".
    format: &'static str,
    words: usize,
    warnings: &'a [String],
    sections: Vec<SectionJson<'a>>,
}

#[derive(Serialize)]
struct SectionJson<'a> {
    index: usize,
    heading: Option<&'a str>,
    paragraphs: usize,
    citations: Vec<&'a str>,
}

fn to_json(source: &Source) -> SourceJson<'_> {
    SourceJson {
        id: &source.id,
        title: &source.meta.title,
        subtitle: source.meta.subtitle.as_deref(),
        outlet: source.meta.outlet.as_deref(),
        author: source.meta.author.as_deref(),
        published: source.meta.published.as_deref(),
        url: source.meta.url.as_deref(),
        language: source.meta.language.as_deref(),
        file: &source.file,
        format: source.meta.format.name(),
        words: source.word_count(),
        warnings: &source.warnings,
        sections: source
            .sections
            .iter()
            .enumerate()
            .map(|(index, section)| SectionJson {
                index,
                heading: section.heading.as_deref(),
                paragraphs: section.blocks.len(),
                citations: distinct(
                    section
                        .blocks
                        .iter()
                        .flat_map(|b| b.citations.iter().map(String::as_str)),
                ),
            })
            .collect(),
    }
}

/// Each citation once, in the order first cited.
fn distinct<'a>(items: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

pub fn run(briefing: &Briefing, args: &SourcesArgs) -> Result<(), String> {
    if args.json {
        let list: Vec<_> = briefing.sources.iter().map(to_json).collect();
        return output::print_json(&list);
    }
    output::print_text(&table(briefing))
}

/// The plain listing: one line per source.
pub fn table(briefing: &Briefing) -> String {
    let id_width = briefing
        .sources
        .iter()
        .map(|s| s.id.chars().count())
        .max()
        .unwrap_or(2)
        .max(2);
    let mut out = format!(
        "{:<id_width$}  {:>5}  {:>8}  TITLE\n",
        "ID", "WORDS", "SECTIONS"
    );
    for s in &briefing.sources {
        let by = [s.meta.outlet.as_deref(), s.meta.author.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        let by = if by.is_empty() {
            String::new()
        } else {
            format!(" ({by})")
        };
        out.push_str(&format!(
            "{:<id_width$}  {:>5}  {:>8}  {}{by}\n",
            s.id,
            s.word_count(),
            s.sections.len(),
            s.meta.title
        ));
    }
    out
}
