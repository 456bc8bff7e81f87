//! The topic picker's rows: the briefing's topics filtered fuzzily by what
//! is typed (best match first), and a row that uses the typed text itself.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::compare::Topic;
use crate::tui::app::App;

/// One row of the picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickerRow {
    /// Compare on the typed text (a topic only when it is that id or title).
    Typed(String),
    /// A topic of the briefing, by index into the topic list.
    Topic(usize),
}

/// The rows for `query`: with nothing typed, every topic in order; else a
/// "use typed text" row first, then the topics whose title or id match,
/// best first.
pub fn picker_rows(topics: &[Topic], query: &str) -> Vec<PickerRow> {
    let query = query.trim();
    if query.is_empty() {
        return (0..topics.len()).map(PickerRow::Topic).collect();
    }
    let matcher = SkimMatcherV2::default().ignore_case();
    let mut scored: Vec<(i64, usize)> = topics
        .iter()
        .enumerate()
        .filter_map(|(i, t)| {
            let title = matcher.fuzzy_match(&t.title, query);
            let id = matcher.fuzzy_match(&t.id, query);
            // A topic the typed words mean ("troops" → "Troop deployment")
            // ranks with the fuzzy matches.
            let meant = crate::compare::meaning_score(t, query).map(|s| (s * 100.0) as i64);
            title.max(id).max(meant).map(|score| (score, i))
        })
        .collect();
    // Best first; equal scores keep the briefing's order.
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    std::iter::once(PickerRow::Typed(query.to_string()))
        .chain(scored.into_iter().map(|(_, i)| PickerRow::Topic(i)))
        .collect()
}

/// The row Enter picks first: the best matching topic if there is one,
/// else the typed text.
pub fn default_row(rows: &[PickerRow]) -> usize {
    rows.iter()
        .position(|r| matches!(r, PickerRow::Topic(_)))
        .unwrap_or(0)
}

/// The picker's rows for what is typed now.
pub fn current_rows(app: &App, query: &str) -> Vec<PickerRow> {
    match &app.compare.data {
        Some(data) => picker_rows(&data.topics, query),
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::TopicOrigin;

    fn topic(id: &str, title: &str) -> Topic {
        Topic {
            id: id.into(),
            title: title.into(),
            keywords: Vec::new(),
            anchors: Vec::new(),
            origin: TopicOrigin::Manifest,
        }
    }

    #[test]
    fn filters_fuzzily_and_offers_the_typed_text() {
        let topics = [
            topic("harbour-fees", "Harbour fees"),
            topic("fleet", "The fleet's size"),
            topic("crew", "Crew wages"),
        ];
        assert_eq!(picker_rows(&topics, " ").len(), 3);
        let rows = picker_rows(&topics, "flt");
        assert_eq!(rows, [PickerRow::Typed("flt".into()), PickerRow::Topic(1)]);
        assert_eq!(default_row(&rows), 1);
        let none = picker_rows(&topics, "zzz");
        assert_eq!(none, [PickerRow::Typed("zzz".into())]);
        assert_eq!(default_row(&none), 0);
    }
}
