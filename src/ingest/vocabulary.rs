//! The chrome vocabulary (`assets/ingest/chrome.toml`), parsed once.

use std::sync::OnceLock;

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
        assert!(!vocabulary().footer_links.is_empty());
    }

    #[test]
    fn keys_are_folded_and_trimmed() {
        assert_eq!(key("  “Share  this Article!”  "), "share this article");
        assert_eq!(key("Comments (12)"), "comments (12)");
    }
}
