//! The ledger as list lines: each fact's heading, then one line per
//! source — its verdict and what it states — that opens its sentence.

use crate::ledger::{Ledger, Verdict};
use crate::model::Briefing;
use crate::tui::list::{Ink, ListKind, ListLine, ListScreen};

pub fn list(briefing: &Briefing, l: &Ledger) -> ListScreen {
    let silent: Vec<&str> = briefing
        .sources
        .iter()
        .zip(&l.covered)
        .filter(|(_, c)| !**c)
        .map(|(s, _)| s.id.as_str())
        .collect();
    let subtitle = format!(
        "{} facts, most contested first · silent on the topic: {}",
        l.rows.len(),
        if silent.is_empty() {
            "none".to_string()
        } else {
            silent.join(", ")
        }
    );
    let id_width = briefing
        .sources
        .iter()
        .map(|s| unicode_width::UnicodeWidthStr::width(s.id.as_str()))
        .max()
        .unwrap_or(0);
    let mut lines = Vec::new();
    if l.rows.is_empty() {
        lines.push(ListLine::new(
            vec![(
                "No quantity, dated event or stance found on this topic.".into(),
                Ink::Dim,
            )],
            None,
        ));
    }
    for r in &l.rows {
        lines.push(ListLine::new(
            vec![
                (format!("{} · ", r.kind.name()), Ink::Dim),
                (r.fact.clone(), Ink::Strong),
                (format!(" — {}", r.summary()), Ink::Dim),
            ],
            None,
        ));
        for c in &r.cells {
            let id = briefing.sources.get(c.source).map_or("", |s| s.id.as_str());
            let pad = id_width.saturating_sub(unicode_width::UnicodeWidthStr::width(id));
            let ink = match c.verdict {
                Verdict::Differs => Ink::Alert,
                Verdict::Agrees => Ink::Strong,
                Verdict::Unmatched => Ink::Plain,
                Verdict::Silent => Ink::Dim,
            };
            let dot = if c.verdict == Verdict::Silent {
                '○'
            } else {
                '●'
            };
            let values: Vec<String> = c.statements.iter().map(|s| s.value_text()).collect();
            lines.push(ListLine::new(
                vec![
                    (format!("  {dot} {id}{}  ", " ".repeat(pad)), Ink::Plain),
                    (format!("{:<9}", c.verdict.label()), ink),
                    (format!("  {}", values.join("; ")), Ink::Plain),
                ],
                c.statements.first().map(|s| s.sentence_at.clone()),
            ));
        }
        lines.push(ListLine::blank());
    }
    ListScreen::new(
        ListKind::Ledger,
        format!("Ledger: {}", l.topic.title),
        subtitle,
        lines,
    )
}
