//! The chrome vocabulary (`assets/ingest/chrome.toml`), parsed once.

use std::sync::OnceLock;

use memchr::memmem::Finder;
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
pub struct Vocabulary {
    pub prompt_verbs: Vec<String>,
    pub prompt_objects: Vec<String>,
    pub end_markers: Vec<String>,
    pub footer_links: Vec<String>,
    pub nav_words: Vec<String>,
    pub social: Vec<String>,
    pub donation: Vec<String>,
    pub credits: Vec<String>,
    pub labels: Vec<String>,
    pub pointers: Vec<String>,
    pub counters: Vec<String>,
    pub roles: Vec<String>,
    pub agencies: Vec<String>,
    pub widgets: Vec<String>,
    pub contributor_openers: Vec<String>,
    pub contributor_endings: Vec<String>,
    pub signup: Vec<String>,
    pub notices: Vec<String>,
}

const SOURCE: &str = include_str!("../../assets/ingest/chrome.toml");

/// The embedded vocabulary. A broken asset is caught by the tests; at run
/// time it would only make chrome removal find nothing.
pub fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| toml::from_str(SOURCE).unwrap_or_default())
}

impl Vocabulary {
    pub fn is(&self, list: &[String], phrase: &str) -> bool {
        list.iter().any(|p| p == phrase)
    }
}

/// A list of phrases searched for as whole words, with searchers built
/// once (running text is checked against every phrase).
pub struct PhraseSet {
    finders: Vec<Finder<'static>>,
}

impl PhraseSet {
    fn new(list: &[String]) -> Self {
        PhraseSet {
            finders: list
                .iter()
                .map(|p| Finder::new(p.as_bytes()).into_owned())
                .collect(),
        }
    }

    /// Whether any phrase occurs in `text` as whole words ("donate now" is
    /// not in "donated now").
    pub fn any_in(&self, text: &str) -> bool {
        self.count_in(text) > 0
    }

    /// How many of the phrases occur in `text` as whole words (each counted
    /// once).
    pub fn count_in(&self, text: &str) -> usize {
        self.finders
            .iter()
            .filter(|f| {
                let phrase = f.needle();
                f.find_iter(text.as_bytes()).any(|at| {
                    let before = text.get(..at).and_then(|t| t.chars().next_back());
                    let after = text.get(at + phrase.len()..).and_then(|t| t.chars().next());
                    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
                    let open_edge =
                        !phrase.first().is_some_and(u8::is_ascii_alphanumeric) || !word(before);
                    let close_edge =
                        !phrase.last().is_some_and(u8::is_ascii_alphanumeric) || !word(after);
                    open_edge && close_edge
                })
            })
            .count()
    }
}

/// Appeals for money or membership (the `donation` list).
pub fn appeals() -> &'static PhraseSet {
    static SET: OnceLock<PhraseSet> = OnceLock::new();
    SET.get_or_init(|| PhraseSet::new(&vocabulary().donation))
}

/// Image credits (the `credits` list).
pub fn credits() -> &'static PhraseSet {
    static SET: OnceLock<PhraseSet> = OnceLock::new();
    SET.get_or_init(|| PhraseSet::new(&vocabulary().credits))
}

/// Labels of page widgets flattened into the text (the `widgets` list).
pub fn widgets() -> &'static PhraseSet {
    static SET: OnceLock<PhraseSet> = OnceLock::new();
    SET.get_or_init(|| PhraseSet::new(&vocabulary().widgets))
}

/// Words of a newsletter sign-up form (the `signup` list).
pub fn signup() -> &'static PhraseSet {
    static SET: OnceLock<PhraseSet> = OnceLock::new();
    SET.get_or_init(|| PhraseSet::new(&vocabulary().signup))
}

/// Folded, with outer punctuation and spaces removed: the form lines are
/// compared in ("Share this article!" → "share this article").
pub fn key(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        crate::text::fold_char(c, &mut folded);
    }
    folded
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '(' && c != ')')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_vocabulary_parses() {
        let parsed: Vocabulary = toml::from_str(SOURCE).expect("assets/ingest/chrome.toml parses");
        assert!(!parsed.prompt_verbs.is_empty() && !parsed.end_markers.is_empty());
        assert!(!parsed.widgets.is_empty() && !parsed.agencies.is_empty());
        assert!(!vocabulary().footer_links.is_empty());
    }

    #[test]
    fn phrases_match_whole_words() {
        let set = PhraseSet::new(&[
            "donate now".to_string(),
            "ko-fi".to_string(),
            "(photo".to_string(),
        ]);
        assert!(set.any_in("please donate now"));
        assert!(!set.any_in("most were donated now"));
        assert!(set.any_in("visit ko-fi.com/x"));
        assert!(set.any_in("a crowd (photo: ap)"));
        assert!(!set.any_in("nothing here"));
    }

    #[test]
    fn keys_are_folded_and_trimmed() {
        assert_eq!(key("  “Share  this Article!”  "), "share this article");
        assert_eq!(key("Comments (12)"), "comments (12)");
    }
}
