//! `brief export bookmarks`: each bookmark with its source title, section
//! heading, note and the full paragraph it points at, as Markdown or JSON.

use serde::Serialize;

use super::ExportFormat;
use crate::cli::output;
use crate::layout::display_safe;
use crate::model::{Briefing, Position, Source};
use crate::state::{Bookmark, StateStore, resolve};

/// The whole export as `--format json` prints it.
#[derive(Serialize)]
struct ExportJson<'a> {
    briefing: &'a str,
    bookmarks: Vec<ExportedBookmark<'a>>,
}

/// One bookmark with its passage.
#[derive(Serialize)]
struct ExportedBookmark<'a> {
    id: &'a str,
    source: &'a str,
    /// `null` when the source is no longer in the briefing.
    source_title: Option<&'a str>,
    section: usize,
    heading: Option<&'a str>,
    block: Option<usize>,
    offset: usize,
    note: &'a str,
    created: u64,
    /// The whole paragraph (or heading) pointed at, as it reads now; the
    /// saved excerpt when the source is gone.
    text: String,
    /// Whether the bookmark still points into the briefing.
    found: bool,
}

/// The export of the bookmarks of `briefing`, in reading order.
pub fn render(briefing: &Briefing, format: ExportFormat) -> Result<String, String> {
    let (store, warnings) = StateStore::open(briefing);
    for warning in warnings {
        output::warn(&warning);
    }
    let marks = resolve::in_reading_order(briefing, &store.state().bookmarks);
    let exported: Vec<ExportedBookmark> = marks
        .iter()
        .map(|(at, b)| exported(briefing, *at, b))
        .collect();
    match format {
        ExportFormat::Json => {
            let json = ExportJson {
                briefing: &briefing.title,
                bookmarks: exported,
            };
            serde_json::to_string_pretty(&json)
                .map(|t| t + "\n")
                .map_err(|e| e.to_string())
        }
        ExportFormat::Markdown => Ok(markdown(&briefing.title, &exported)),
    }
}

fn exported<'a>(
    briefing: &'a Briefing,
    at: Option<Position>,
    b: &'a Bookmark,
) -> ExportedBookmark<'a> {
    let source = at.and_then(|at| briefing.sources.get(at.source));
    let section = at.and_then(|at| source?.sections.get(at.section));
    let text = match (at, section) {
        (Some(at), Some(section)) => match at.block {
            Some(block) => section.blocks.get(block).map(|b| b.text.clone()),
            None => section.heading.clone(),
        },
        _ => None,
    };
    ExportedBookmark {
        id: &b.id,
        source: &b.at.source,
        source_title: source.map(Source::display_title),
        section: b.at.section,
        heading: section.and_then(|s| s.heading.as_deref()),
        block: b.at.block,
        offset: b.at.offset,
        note: &b.note,
        created: b.created,
        found: text.is_some(),
        text: text.unwrap_or_else(|| b.excerpt.clone()),
    }
}

/// Markdown for people: a heading per bookmark, the note, the passage
/// quoted. Article text is untrusted, so control characters are removed.
fn markdown(briefing_title: &str, marks: &[ExportedBookmark]) -> String {
    let heading = match briefing_title.trim() {
        "" => "Bookmarks".to_string(),
        t => format!("Bookmarks: {}", output::safe_line(t)),
    };
    let mut out = format!("# {heading}\n");
    if marks.is_empty() {
        out.push_str("\nNo bookmarks.\n");
    }
    for mark in marks {
        let place = match (mark.source_title, mark.heading) {
            (Some(title), Some(h)) => {
                format!("{} · {}", output::safe_line(title), output::safe_line(h))
            }
            (Some(title), None) => output::safe_line(title),
            (None, _) => format!(
                "{} (no longer in the briefing)",
                output::safe_line(mark.source)
            ),
        };
        out.push_str(&format!("\n## {place}\n\n"));
        if !mark.note.trim().is_empty() {
            out.push_str(&format!("**Note:** {}\n\n", output::safe_line(mark.note)));
        }
        let quoted: Vec<String> = display_safe(&mark.text)
            .lines()
            .map(|l| format!("> {l}").trim_end().to_string())
            .collect();
        out.push_str(&quoted.join("\n"));
        out.push('\n');
    }
    out
}
