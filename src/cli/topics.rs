//! `brief topics`: the topics to compare on (curated or derived) and the
//! sources that cover each.

use serde::Serialize;

use super::args::TopicsArgs;
use super::output;
use crate::compare::{PassageIndex, Topic, topics};
use crate::model::Briefing;

/// One topic as `brief topics --json` prints it.
#[derive(Serialize)]
struct TopicJson<'a> {
    #[serde(flatten)]
    topic: &'a Topic,
    /// Ids of the sources that cover the topic, in briefing order.
    sources: Vec<&'a str>,
}

pub fn run(briefing: &Briefing, args: &TopicsArgs) -> Result<(), String> {
    let list = topics(briefing);
    let index = PassageIndex::with_figures(briefing, crate::cache::figures(briefing));
    let covering: Vec<Vec<&str>> = list
        .iter()
        .map(|t| {
            index
                .compare(t)
                .sources
                .iter()
                .filter(|c| c.covered)
                .filter_map(|c| briefing.sources.get(c.source).map(|s| s.id.as_str()))
                .collect()
        })
        .collect();
    if args.json {
        let json: Vec<TopicJson> = list
            .iter()
            .zip(covering)
            .map(|(topic, sources)| TopicJson { topic, sources })
            .collect();
        return output::print_json(&json);
    }
    let id_width = list
        .iter()
        .map(|t| t.id.chars().count())
        .max()
        .unwrap_or(2)
        .max(2);
    let mut out = format!(
        "{:<id_width$}  {:<8}  {:>7}  TITLE\n",
        "ID", "ORIGIN", "SOURCES"
    );
    for (topic, sources) in list.iter().zip(&covering) {
        let origin = match topic.origin {
            crate::compare::TopicOrigin::Manifest => "manifest",
            crate::compare::TopicOrigin::Derived => "derived",
            crate::compare::TopicOrigin::Query => "query",
        };
        out.push_str(&format!(
            "{:<id_width$}  {origin:<8}  {:>7}  {}\n",
            topic.id,
            format!("{}/{}", sources.len(), briefing.sources.len()),
            topic.title
        ));
    }
    output::print_text(&out)
}
