//! The timeline as list lines: the date, a ● for each source that states
//! the event (○ for the others, in source order, as the sidebar marks
//! them), the event; under it, a flag when sources date it differently and
//! how relative dates were placed.

use crate::model::Briefing;
use crate::timeline::Timeline;
use crate::tui::list::{Ink, ListKind, ListLine, ListScreen};

pub fn list(briefing: &Briefing, t: &Timeline) -> ListScreen {
    let n = briefing.sources.len();
    let legend: Vec<String> = briefing
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{} {}", i + 1, s.id))
        .collect();
    let mut subtitle = format!(
        "{} events · ● per source: {}",
        t.entries.len(),
        legend.join(" · ")
    );
    if t.unresolved > 0 {
        subtitle.push_str(&format!(
            " · {} relative dates not placed (no publication date)",
            t.unresolved
        ));
    }
    let date_width = t
        .entries
        .iter()
        .map(|e| e.when.label().chars().count())
        .max()
        .unwrap_or(4);
    let indent = " ".repeat(date_width + n + 4);
    let mut lines = Vec::new();
    if t.entries.is_empty() {
        lines.push(ListLine::new(
            vec![("No dated statement in this briefing.".into(), Ink::Dim)],
            None,
        ));
    }
    for e in &t.entries {
        let dots = e.dots(n, '○');
        lines.push(ListLine::new(
            vec![
                (format!("{:<date_width$}", e.when.label()), Ink::Strong),
                (format!("  {dots}  "), Ink::Plain),
                (e.event.clone(), Ink::Plain),
            ],
            e.statements.first().map(|d| d.sentence_at.clone()),
        ));
        if e.disputed {
            let dates: Vec<String> = e
                .statements
                .iter()
                .map(|d| {
                    let id = briefing.sources.get(d.source).map_or("", |s| s.id.as_str());
                    format!("{id} {}", d.when.label())
                })
                .collect();
            lines.push(ListLine::new(
                vec![
                    (indent.clone(), Ink::Plain),
                    (
                        format!("DATED DIFFERENTLY: {}", dates.join(" vs ")),
                        Ink::Alert,
                    ),
                ],
                None,
            ));
        }
        for note in e.statements.iter().filter_map(|d| d.resolution()) {
            lines.push(ListLine::new(
                vec![(indent.clone(), Ink::Plain), (note, Ink::Dim)],
                None,
            ));
        }
    }
    ListScreen::new(
        ListKind::Timeline,
        "Timeline: every dated statement, earliest first".into(),
        subtitle,
        lines,
    )
}
