//! `brief export compare TOPIC`: the comparison as a report. JSON is the
//! shape of `brief compare --json` (the same serialisation); Markdown is for
//! people: the topic, a coverage table, each source's passages quoted with
//! their badges, then the quantities and whether the sources disagree.

use super::ExportFormat;
use crate::cli::compare::to_json;
use crate::cli::output;
use crate::compare::{Comparison, Quantity, Topic};
use crate::layout::display_safe;
use crate::model::{Briefing, Source};

/// The export of the comparison of `briefing`'s sources on `topic`.
pub fn render(briefing: &Briefing, topic: &Topic, format: ExportFormat) -> Result<String, String> {
    let comparison = crate::compare::compare(briefing, topic);
    match format {
        ExportFormat::Json => serde_json::to_string_pretty(&to_json(briefing, &comparison))
            .map(|t| t + "\n")
            .map_err(|e| e.to_string()),
        ExportFormat::Markdown => Ok(markdown(briefing, &comparison)),
    }
}

fn markdown(briefing: &Briefing, c: &Comparison) -> String {
    let mut out = format!(
        "# Comparison: {}\n\n",
        escape(&output::safe_line(&c.topic.title))
    );
    if !briefing.title.trim().is_empty() {
        out.push_str(&format!(
            "Briefing: {}  \n",
            escape(&output::safe_line(&briefing.title))
        ));
    }
    out.push_str(&format!("{}.\n\n", c.coverage_summary()));
    out.push_str("| Source | Outlet | Coverage |\n|---|---|---|\n");
    for col in &c.sources {
        let source = briefing.sources.get(col.source);
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            cell(source.map_or("", Source::display_title)),
            cell(source.and_then(|s| s.meta.outlet.as_deref()).unwrap_or("")),
            col.coverage()
        ));
    }
    for col in &c.sources {
        let Some(source) = briefing.sources.get(col.source) else {
            continue;
        };
        out.push_str(&format!(
            "\n## {}\n\n",
            escape(&output::safe_line(source.display_title()))
        ));
        if !col.covered {
            out.push_str(&format!("*{}.*\n", col.coverage()));
            continue;
        }
        for p in &col.passages {
            let quoted: Vec<String> = display_safe(&p.text)
                .lines()
                .map(|l| format!("> {}", escape(l)).trim_end().to_string())
                .collect();
            out.push_str(&quoted.join("\n"));
            out.push('\n');
            if let Some(badges) = p.badge_line() {
                out.push_str(&format!("\n*{}*\n", escape(&output::safe_line(&badges))));
            }
            out.push('\n');
        }
    }
    if !c.quantities.is_empty() {
        out.push_str("\n## Quantities\n");
        for q in &c.quantities {
            out.push_str(&quantity(briefing, q));
        }
    }
    out
}

fn quantity(briefing: &Briefing, q: &Quantity) -> String {
    let mut out = format!(
        "\n### {} ({})\n\n",
        escape(&output::safe_line(&q.quantity)),
        escape(&output::safe_line(&q.unit))
    );
    if q.disagree() {
        out.push_str("**Sources disagree.**\n\n");
    } else {
        out.push_str("Sources agree (no two counted claims exclude each other).\n\n");
    }
    for claim in &q.claims {
        let who = briefing
            .sources
            .get(claim.source)
            .map_or("", Source::display_title);
        let mut line = format!(
            "- {}: {} — “{}”",
            escape(&output::safe_line(who)),
            claim.interval,
            escape(&output::safe_line(&claim.figure.text))
        );
        if let Some(c) = claim.certainty {
            line.push_str(&format!(" [{}]", c.name()));
        }
        if claim.projection {
            line.push_str(" (projection, not a count)");
        }
        out.push_str(&line);
        out.push('\n');
    }
    for &(a, b) in &q.conflicts {
        if let (Some(a), Some(b)) = (q.claims.get(a), q.claims.get(b)) {
            let id = |s: usize| briefing.sources.get(s).map_or("", |s| s.id.as_str());
            out.push_str(&format!(
                "- conflict: {} {} vs {} {}\n",
                escape(id(a.source)),
                a.interval,
                escape(id(b.source)),
                b.interval
            ));
        }
    }
    out
}

/// A table cell: one line, with the cell separator escaped.
pub(super) fn cell(text: &str) -> String {
    escape(&output::safe_line(text)).replace('|', "\\|")
}

/// Article text is untrusted: characters that would start Markdown markup
/// (links, emphasis, HTML) are escaped so the report shows them as written.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_in_untrusted_text() {
        assert_eq!(escape("a *b* [c](d) <e>"), r"a \*b\* \[c\](d) \<e\>");
        assert_eq!(cell("x | y\nz"), r"x \| y z");
    }
}
