//! `brief export ledger TOPIC`: the claim ledger as a report. JSON is the
//! shape of `brief ledger --json`; Markdown cites the sources (title,
//! outlet, URL, date), then one table per fact with every source's verdict
//! and the sentence that states it.

use super::ExportFormat;
use super::compare::{cell, escape};
use crate::cli::ledger::{to_json, value_text};
use crate::cli::output::safe_line as one_line;
use crate::compare::Topic;
use crate::ledger::Ledger;
use crate::model::{Briefing, Source};

pub fn render(briefing: &Briefing, topic: &Topic, format: ExportFormat) -> Result<String, String> {
    let ledger = crate::ledger::ledger(briefing, topic);
    match format {
        ExportFormat::Json => serde_json::to_string_pretty(&to_json(briefing, &ledger))
            .map(|t| t + "\n")
            .map_err(|e| e.to_string()),
        ExportFormat::Markdown => Ok(markdown(briefing, &ledger)),
    }
}

/// The sources table every ledger and timeline report starts with.
pub(super) fn sources_table(briefing: &Briefing, covered: Option<&[bool]>) -> String {
    let mut out = String::from("| # | Source | Outlet | Published | URL |");
    if covered.is_some() {
        out.push_str(" Covers the topic |");
    }
    out.push_str("\n|---|---|---|---|---|");
    if covered.is_some() {
        out.push_str("---|");
    }
    out.push('\n');
    for (i, s) in briefing.sources.iter().enumerate() {
        let meta = &s.meta;
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |",
            i + 1,
            cell(s.display_title()),
            cell(meta.outlet.as_deref().unwrap_or("")),
            cell(meta.published.as_deref().unwrap_or("")),
            cell(meta.url.as_deref().unwrap_or(""))
        ));
        if let Some(covered) = covered {
            let yes = covered.get(i).copied().unwrap_or(false);
            out.push_str(if yes { " yes |" } else { " no (silent) |" });
        }
        out.push('\n');
    }
    out
}

fn markdown(briefing: &Briefing, l: &Ledger) -> String {
    let mut out = format!("# Ledger: {}\n\n", escape(&one_line(&l.topic.title)));
    if !briefing.title.trim().is_empty() {
        out.push_str(&format!(
            "Briefing: {}\n\n",
            escape(&one_line(&briefing.title))
        ));
    }
    out.push_str("## Sources\n\n");
    out.push_str(&sources_table(briefing, Some(&l.covered)));
    out.push_str(&format!(
        "\n## Facts ({}, most contested first)\n",
        l.rows.len()
    ));
    if l.rows.is_empty() {
        out.push_str("\nNo quantity, dated event or stance found on this topic.\n");
    }
    for r in &l.rows {
        out.push_str(&format!(
            "\n### {} — {}\n\n*{}*\n\n| Source | Verdict | States | Sentence |\n|---|---|---|---|\n",
            escape(&one_line(&r.fact)),
            r.summary(),
            r.kind.name()
        ));
        for c in &r.cells {
            let source = briefing
                .sources
                .get(c.source)
                .map_or("", Source::display_title);
            let values: Vec<String> = c.statements.iter().map(value_text).collect();
            let sentences: Vec<String> = c
                .statements
                .iter()
                .map(|s| format!("“{}”", one_line(&s.sentence)))
                .collect();
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                cell(source),
                c.verdict.label(),
                cell(&values.join("; ")),
                cell(&sentences.join(" "))
            ));
        }
    }
    out
}
