//! `brief export timeline`: the timeline as a report. JSON is the shape of
//! `brief timeline --json`; Markdown cites the sources (title, outlet, URL,
//! date), then one table row per event with the sources that state it.

use super::ExportFormat;
use super::compare::{cell, escape};
use super::ledger::sources_table;
use crate::cli::output::safe_line as one_line;
use crate::cli::timeline::{resolution, to_json};
use crate::model::Briefing;
use crate::timeline::Timeline;

pub fn render(briefing: &Briefing, t: &Timeline, format: ExportFormat) -> Result<String, String> {
    match format {
        ExportFormat::Json => serde_json::to_string_pretty(&to_json(briefing, t))
            .map(|t| t + "\n")
            .map_err(|e| e.to_string()),
        ExportFormat::Markdown => Ok(markdown(briefing, t)),
    }
}

fn markdown(briefing: &Briefing, t: &Timeline) -> String {
    let mut out = String::from("# Timeline\n\n");
    if !briefing.title.trim().is_empty() {
        out.push_str(&format!(
            "Briefing: {}\n\n",
            escape(&one_line(&briefing.title))
        ));
    }
    out.push_str("## Sources\n\n");
    out.push_str(&sources_table(briefing, None));
    out.push_str(&format!("\n## Events ({})\n\n", t.entries.len()));
    if t.unresolved > 0 {
        out.push_str(&format!(
            "{} relative dates could not be placed (no publication date).\n\n",
            t.unresolved
        ));
    }
    out.push_str("| Date | Event | Sources | Notes |\n|---|---|---|---|\n");
    for e in &t.entries {
        let sources: Vec<String> = e.sources().iter().map(|s| (s + 1).to_string()).collect();
        let mut notes: Vec<String> = Vec::new();
        if e.disputed {
            let dates: Vec<String> = e
                .statements
                .iter()
                .map(|d| format!("{} {}", d.source + 1, d.when.label()))
                .collect();
            notes.push(format!(
                "**dated differently**: {}",
                cell(&dates.join(" vs "))
            ));
        }
        notes.extend(e.statements.iter().filter_map(resolution).map(|r| cell(&r)));
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            e.when.label(),
            cell(&e.event),
            sources.join(", "),
            notes.join("; ")
        ));
    }
    out
}
