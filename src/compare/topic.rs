//! Topics: curated ones from the manifest, derived ones for a folder without
//! any, and ad-hoc queries; and how a query typed by the user resolves to one.

use serde::Serialize;

use super::derived::derived_topics;
use super::terms::{phrase_stems, tokens};
use crate::model::Briefing;
use crate::text::fold;

/// Where a topic comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TopicOrigin {
    /// A `[[topic]]` of `briefing.toml`.
    Manifest,
    /// A key phrase two or more sources share.
    Derived,
    /// Text the user typed.
    Query,
}

/// Something to compare the sources on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Topic {
    pub id: String,
    pub title: String,
    /// Terms (words or phrases) a relevant passage holds, synonyms included.
    pub keywords: Vec<String>,
    /// Terms of which a passage must hold one to count; empty = any keyword.
    pub anchors: Vec<String>,
    pub origin: TopicOrigin,
}

/// One term of a topic, as matched against passages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// Stems of the term's content words, matched contiguously.
    pub stems: Vec<String>,
    pub anchor: bool,
}

/// How many of an ad-hoc query's words a passage must hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requirement {
    /// At least one anchor term.
    Anchor,
    /// At least this many distinct terms.
    Terms(usize),
}

impl Topic {
    /// An ad-hoc topic from typed text: every content word is a term, and
    /// the whole text is one more (a phrase match ranks higher).
    pub fn query(text: &str) -> Topic {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut keywords: Vec<String> = tokens(&text)
            .into_iter()
            .filter(|t| !t.stop)
            .map(|t| text[t.range].to_string())
            .collect();
        keywords.dedup();
        if keywords.len() > 1 {
            keywords.push(text.clone());
        }
        if keywords.is_empty() && !text.is_empty() {
            keywords.push(text.clone());
        }
        Topic {
            id: slug(&text),
            title: text,
            keywords,
            anchors: Vec::new(),
            origin: TopicOrigin::Query,
        }
    }

    /// The terms to match, without repeats, and what a passage must hold.
    pub fn terms(&self) -> (Vec<Term>, Requirement) {
        let mut terms: Vec<Term> = Vec::new();
        let mut add = |phrase: &str, anchor: bool| {
            let stems = phrase_stems(phrase);
            if stems.is_empty() {
                return;
            }
            match terms.iter_mut().find(|t| t.stems == stems) {
                Some(t) => t.anchor |= anchor,
                None => terms.push(Term { stems, anchor }),
            }
        };
        for k in &self.keywords {
            add(k, false);
        }
        for a in &self.anchors {
            add(a, true);
        }
        if self.keywords.is_empty() && self.anchors.is_empty() {
            add(&self.title, false);
        }
        let requirement = if !self.anchors.is_empty() {
            Requirement::Anchor
        } else if self.origin == TopicOrigin::Query {
            let words = terms.iter().filter(|t| t.stems.len() == 1).count().max(1);
            Requirement::Terms(words.div_ceil(2))
        } else {
            Requirement::Terms(1)
        };
        (terms, requirement)
    }
}

/// The briefing's topics: the manifest's when it has any, else derived ones.
pub fn topics(briefing: &Briefing) -> Vec<Topic> {
    if briefing.topics.is_empty() {
        return derived_topics(briefing);
    }
    briefing
        .topics
        .iter()
        .map(|t| Topic {
            id: t.id.clone(),
            title: t.title.clone(),
            keywords: t.keywords.clone(),
            anchors: t.anchors.clone(),
            origin: TopicOrigin::Manifest,
        })
        .collect()
}

/// The topic a query names: a topic whose id or title it matches (ignoring
/// case and accents), else an ad-hoc topic of the query's words.
pub fn resolve(briefing: &Briefing, query: &str) -> Topic {
    let wanted = folded_words(query);
    topics(briefing)
        .into_iter()
        .find(|t| folded_words(&t.id) == wanted || folded_words(&t.title) == wanted)
        .unwrap_or_else(|| Topic::query(query))
}

fn folded_words(text: &str) -> String {
    fold(text)
        .text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A lower-case id of letters, digits and dashes ("China's position" → "china-s-position").
pub fn slug(text: &str) -> String {
    let folded = fold(text).text;
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TopicDef;

    fn with_topic() -> Briefing {
        Briefing {
            topics: vec![TopicDef {
                id: "fleet".into(),
                title: "The Fleet's Size".into(),
                keywords: vec!["ships".into(), "vessels".into()],
                anchors: vec!["ships".into()],
            }],
            ..Briefing::default()
        }
    }

    #[test]
    fn resolves_ids_and_titles_else_ad_hoc() {
        let b = with_topic();
        assert_eq!(resolve(&b, "fleet").origin, TopicOrigin::Manifest);
        assert_eq!(resolve(&b, "  the fleet's   SIZE ").id, "fleet");
        let q = resolve(&b, "harbour fees");
        assert_eq!(
            (q.origin, q.id.as_str()),
            (TopicOrigin::Query, "harbour-fees")
        );
        assert_eq!(q.keywords, ["harbour", "fees", "harbour fees"]);
    }

    #[test]
    fn terms_merge_keywords_and_anchors() {
        let b = with_topic();
        let (terms, req) = topics(&b)[0].terms();
        assert_eq!(terms.len(), 2);
        assert!(terms[0].anchor && !terms[1].anchor);
        assert_eq!(req, Requirement::Anchor);
        let (terms, req) = Topic::query("harbour fees rose").terms();
        assert_eq!(terms.len(), 4);
        assert_eq!(req, Requirement::Terms(2));
        assert!(Topic::query("   ").terms().0.is_empty());
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("China's position!"), "china-s-position");
        assert_eq!(slug("Über  alles"), "uber-alles");
        assert_eq!(slug("***"), "");
    }
}
