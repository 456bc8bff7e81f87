//! Topics: curated ones from the manifest, derived ones for a folder without
//! any, and ad-hoc queries; and how a query typed by the user resolves to one.

use serde::Serialize;

use super::derived::derived_topics;
use super::related::{Meaning, similarity};
use super::terms::{Word, phrase_words, same_sense, tokens};
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
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// Stems of the term's content words, matched contiguously.
    pub stems: Vec<String>,
    /// The words themselves, one per stem: a passage's word matches when
    /// its stem is the same and it means the same ([`same_sense`]).
    pub words: Vec<Word>,
    pub anchor: bool,
    /// 1 for the topic's own terms; a related word's closeness in meaning.
    pub weight: f64,
    /// Index of the topic's own term this one stands for.
    pub group: usize,
    /// Added by meaning ([`super::expand`]), not written in the topic.
    pub related: bool,
}

impl Term {
    /// Whether `words` (a passage's content words, as many as the term's)
    /// are this term.
    pub fn matches(&self, words: &[&Word]) -> bool {
        words.len() == self.words.len()
            && words.iter().zip(&self.words).all(|(a, b)| same_sense(a, b))
    }
}

/// Longest topic text accepted, in characters.
pub const MAX_QUERY: usize = 200;

/// Why typed text cannot be a topic, as a one-line message; `None` if it can.
pub fn query_problem(text: &str) -> Option<String> {
    let chars = text.chars().count();
    if chars > MAX_QUERY {
        return Some(format!(
            "topic too long ({chars} characters; at most {MAX_QUERY}): give a few words"
        ));
    }
    let words = tokens(text);
    if words.is_empty() {
        return Some("the topic has no words: give a topic id, title or some words".into());
    }
    if words.iter().all(|t| t.stop) {
        return Some(format!(
            "the topic has only common words ({}): give words that say what to compare on",
            words
                .iter()
                .map(|t| t.word.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    None
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
            let words = phrase_words(phrase);
            if words.is_empty() {
                return;
            }
            let stems: Vec<String> = words.iter().map(|t| t.stem.clone()).collect();
            match terms.iter_mut().find(|t| t.stems == stems) {
                Some(t) => t.anchor |= anchor,
                None => terms.push(Term {
                    stems,
                    words,
                    anchor,
                    weight: 1.0,
                    group: terms.len(),
                    related: false,
                }),
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

/// The topic whose id or title the query is (ignoring case and accents),
/// else an ad-hoc topic of exactly the query's words: what the picker's
/// "compare on the typed text" row uses, the topics meant being rows of
/// their own there.
pub fn resolve_exact(briefing: &Briefing, query: &str) -> Topic {
    let wanted = folded_words(query);
    topics(briefing)
        .into_iter()
        .find(|t| folded_words(&t.id) == wanted || folded_words(&t.title) == wanted)
        .unwrap_or_else(|| Topic::query(query))
}

/// The topic a query names: a topic whose id or title it matches (ignoring
/// case and accents), else the topic it means ([`meaning_score`]), else an
/// ad-hoc topic of the query's words.
pub fn resolve(briefing: &Briefing, query: &str) -> Topic {
    let wanted = folded_words(query);
    let all = topics(briefing);
    if let Some(i) = all
        .iter()
        .position(|t| folded_words(&t.id) == wanted || folded_words(&t.title) == wanted)
    {
        return all[i].clone();
    }
    let best = all
        .iter()
        .enumerate()
        .filter_map(|(i, t)| Some((meaning_score(t, query)?, i)))
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
    match best {
        Some((_, i)) => all[i].clone(),
        None => Topic::query(query),
    }
}

/// Least similarity for a typed word to name a topic by meaning alone.
const NAMES_TOPIC: f32 = 0.75;

/// How well typed text names a topic, when every content word of it does:
/// the same word (stem and sense) in the title (best), an anchor or a
/// keyword, or a word close in meaning to one of those. `None` when some
/// typed word names nothing of the topic.
pub fn meaning_score(topic: &Topic, query: &str) -> Option<f64> {
    if query_problem(query).is_some() {
        return None;
    }
    let typed: Vec<Word> = tokens(query).into_iter().filter(|t| !t.stop).collect();
    let words = |list: &[String]| -> Vec<Word> {
        list.iter()
            .flat_map(|p| tokens(p))
            .filter(|t| !t.stop)
            .collect()
    };
    let places = [
        (words(std::slice::from_ref(&topic.title)), 3.0),
        (words(&topic.anchors), 2.5),
        (words(&topic.keywords), 2.0),
    ];
    // A derived topic is one phrase: typed words name it only when they
    // say all of it ("christmas" is wider than "Christmas lights wrong").
    if topic.origin == TopicOrigin::Derived {
        let title = &places[0].0;
        let named = |w: &Word| {
            typed.iter().any(|t| {
                same_sense(t, w) || similarity(&t.word, &w.word).is_some_and(|s| s >= NAMES_TOPIC)
            })
        };
        if !title.iter().all(named) {
            return None;
        }
    }
    let mut total = 0.0;
    for t in &typed {
        let meaning = Meaning::of(&t.word);
        let best = places
            .iter()
            .map(|(list, weight)| {
                list.iter()
                    .map(|w| {
                        if same_sense(t, w) {
                            *weight
                        } else {
                            meaning
                                .as_ref()
                                .zip(Meaning::of(&w.word))
                                .map(|(a, b)| a.similarity(&b))
                                .filter(|s| *s >= NAMES_TOPIC)
                                .map_or(0.0, |s| weight * f64::from(s) * 0.5)
                        }
                    })
                    .fold(0.0, f64::max)
            })
            .fold(0.0, f64::max);
        if best == 0.0 {
            return None;
        }
        total += best;
    }
    Some(total / typed.len() as f64)
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
    fn typed_words_resolve_to_the_topic_they_mean() {
        let b = with_topic();
        // A keyword, an anchor's plural and a word close in meaning.
        assert_eq!(resolve(&b, "vessels").id, "fleet");
        assert_eq!(resolve(&b, "ship").id, "fleet");
        let firms = Briefing {
            topics: vec![TopicDef {
                id: "suppliers".into(),
                title: "Suppliers".into(),
                keywords: vec!["companies".into()],
                anchors: Vec::new(),
            }],
            ..Briefing::default()
        };
        assert_eq!(resolve(&firms, "firms").id, "suppliers");
        // Every typed word must name something of the topic.
        assert_eq!(resolve(&b, "ships bananas").origin, TopicOrigin::Query);
        assert_eq!(resolve(&b, "harbour").origin, TopicOrigin::Query);
    }

    #[test]
    fn bad_queries_are_named() {
        assert!(query_problem("troops").is_none());
        assert!(query_problem("the of and").is_some_and(|m| m.contains("common words")));
        assert!(query_problem("?!…").is_some_and(|m| m.contains("no words")));
        let long = "word ".repeat(2_000);
        assert!(query_problem(&long).is_some_and(|m| m.contains("too long")));
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
