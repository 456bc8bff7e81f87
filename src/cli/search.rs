//! `brief search QUERY`: ranked hits across the sources, one per line
//! (highlighted on a terminal) or as JSON. Ingests and indexes only: no
//! extraction or topic analysis.

use std::io::IsTerminal;
use std::ops::Range;

use serde::Serialize;

use super::args::SearchArgs;
use super::output;
use crate::model::{Briefing, Part};
use crate::search::{Hit, Index, Query, Tier};

/// One hit as `brief search --json` prints it.
#[derive(Serialize)]
struct HitJson<'a> {
    /// Source id.
    source: &'a str,
    /// Index of the section the hit is in, as in `brief sources`.
    section: usize,
    /// That section's heading (`null` for the lead).
    heading: Option<&'a str>,
    score: i64,
    /// How the worst term matched: whole-word, contiguous, fuzzy or typo.
    tier: Tier,
    /// The matching unit: a sentence, heading, caption or list item.
    snippet: &'a str,
    /// `[start, end)` byte ranges into `snippet`.
    matches: Vec<[usize; 2]>,
    /// Where the snippet is: section index, block index (`null` for the
    /// heading) and its byte range in that block's text.
    location: LocationJson,
}

#[derive(Serialize)]
struct LocationJson {
    section: usize,
    block: Option<usize>,
    start: usize,
    end: usize,
}

pub fn run(briefing: &Briefing, args: &SearchArgs) -> Result<(), String> {
    if let Some(why) = crate::search::too_long(&args.query) {
        return Err(why);
    }
    let index = match &args.source {
        Some(id) => {
            output::find_source(briefing, id)?;
            match briefing.source_index(id) {
                Some(s) => Index::build_source(briefing, s),
                None => return Err(format!("no source `{id}`")),
            }
        }
        None => Index::build(briefing),
    };
    let limit = if args.limit == 0 {
        usize::MAX
    } else {
        args.limit
    };
    let hits = index.search(&Query::parse(&args.query), limit);
    if args.json {
        let json: Vec<HitJson> = hits
            .iter()
            .filter_map(|hit| to_json(briefing, &index, hit))
            .collect();
        return output::print_json(&json);
    }
    let highlight = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut runs: Vec<(String, bool)> = Vec::new();
    for hit in &hits {
        let Some(snippet) = index.snippet(hit) else {
            continue;
        };
        let source = &briefing.sources[hit.at.source];
        let mut head = source.id.clone();
        if let Some(heading) = briefing.sources[hit.at.source]
            .sections
            .get(hit.at.section)
            .and_then(|s| s.heading.as_deref())
        {
            head.push_str(" § ");
            head.push_str(&blank_controls(heading));
        }
        head.push_str(": ");
        runs.push((blank_controls(&head), false));
        runs.extend(render(snippet, &hit.matches));
        runs.push(("\n".into(), false));
    }
    let runs: Vec<(&str, bool)> = runs.iter().map(|(t, m)| (t.as_str(), *m)).collect();
    output::print_highlighted(&runs, highlight)
}

fn to_json<'a>(briefing: &'a Briefing, index: &'a Index, hit: &Hit) -> Option<HitJson<'a>> {
    let source = briefing.sources.get(hit.at.source)?;
    let section = source.sections.get(hit.at.section)?;
    Some(HitJson {
        source: &source.id,
        section: hit.at.section,
        heading: section.heading.as_deref(),
        score: hit.score,
        tier: hit.tier,
        snippet: index.snippet(hit)?,
        matches: hit.matches.iter().map(|r| [r.start, r.end]).collect(),
        location: LocationJson {
            section: hit.at.section,
            block: match hit.at.part {
                Part::Heading | Part::Title => None,
                Part::Block(b) => Some(b),
            },
            start: hit.at.range.start,
            end: hit.at.range.end,
        },
    })
}

/// Control characters (line breaks of code blocks, tabs) as spaces, so a hit
/// stays on one line and no escape sequence from an article reaches the terminal.
fn blank_controls(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The snippet on one line as runs, the matches marked `true`.
fn render(snippet: &str, matches: &[Range<usize>]) -> Vec<(String, bool)> {
    let mut out = Vec::with_capacity(matches.len() * 2 + 1);
    let mut at = 0;
    for r in matches {
        let (Some(before), Some(matched)) = (snippet.get(at..r.start), snippet.get(r.clone()))
        else {
            continue;
        };
        out.push((blank_controls(before), false));
        out.push((blank_controls(matched), true));
        at = r.end;
    }
    out.push((blank_controls(snippet.get(at..).unwrap_or_default()), false));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_highlights_and_flattens_control_characters() {
        let bc = [std::ops::Range { start: 2, end: 4 }];
        let runs = render("a\tbc d", &bc);
        assert_eq!(
            runs,
            [
                ("a ".to_string(), false),
                ("bc".to_string(), true),
                (" d".to_string(), false)
            ]
        );
        // Out-of-range ranges are skipped, never a panic.
        let beyond = [std::ops::Range { start: 1, end: 9 }];
        assert_eq!(render("ab", &beyond), [("ab".to_string(), false)]);
    }
}
