//! Words of a text for matching: folded (case and accents), stemmed
//! (English Snowball), flagged as stopwords, each with its byte range in the
//! original text.

use std::ops::Range;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use super::wordlists::stopwords;
use crate::text::fold;

/// One word of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The folded word ("soldiers").
    pub word: String,
    /// Its stem ("soldier").
    pub stem: String,
    /// Byte range of the word in the original text.
    pub range: Range<usize>,
    /// A function word or common verb (see `assets/stopwords.toml`).
    pub stop: bool,
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// The stem of one folded word.
pub fn stem(word: &str) -> String {
    stemmer().stem(word).into_owned()
}

/// The words of `text`: runs of letters and digits in its folded form, so
/// "air-defense" is two words and "Korea's" is "korea" and "s".
pub fn tokens(text: &str) -> Vec<Word> {
    let folded = fold(text);
    let stop = &stopwords().words;
    let mut out = Vec::new();
    let mut start = None;
    let f = folded.text.as_str();
    for (i, c) in f.char_indices().chain(std::iter::once((f.len(), ' '))) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let word = &f[s..i];
                out.push(Word {
                    word: word.to_string(),
                    stem: stem(word),
                    range: folded.to_original(s..i),
                    stop: stop.contains(word),
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The stems of a phrase's content words ("North Korean troops" →
/// ["north", "korean", "troop"]); a phrase of stopwords only keeps them all,
/// so that a topic "U.S." still means something.
pub fn phrase_stems(phrase: &str) -> Vec<String> {
    phrase_words(phrase).into_iter().map(|t| t.stem).collect()
}

/// The content words of a phrase (all its words when it has only stopwords).
pub fn phrase_words(phrase: &str) -> Vec<Word> {
    let all = tokens(phrase);
    if all.iter().all(|t| t.stop) {
        all
    } else {
        all.into_iter().filter(|t| !t.stop).collect()
    }
}

/// Suffixes that make a different word of the same stem ("containers" is
/// no inflection of "contained", though Snowball stems both to "contain").
const DERIVATIONS: &[&str] = &[
    "ers", "er", "ors", "or", "ions", "ion", "ments", "ment", "ity", "ities", "ness", "ives",
    "ive", "isms", "ism", "ists", "ist", "ance", "ence", "als", "al",
];

/// The derivational suffix a word ends in beyond its stem, if any.
fn derivation<'a>(word: &str, stem: &str) -> &'a str {
    let common = word
        .bytes()
        .zip(stem.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let tail = &word[common.min(word.len())..];
    DERIVATIONS
        .iter()
        .find(|d| tail.ends_with(*d) && !stem.ends_with(d.trim_end_matches('s')))
        .map_or("", |d| d.trim_end_matches('s'))
}

/// Least similarity in meaning at which two words of one stem but different
/// derivations still match ("deployment" and "deployed" do; "containers"
/// and "contained", "organ" and "organization" do not).
const SAME_SENSE: f32 = 0.5;

/// Whether two words of the same stem mean the same thing: the same
/// derivation (plural, tense and possessive aside), or close in meaning.
pub fn same_sense(a: &Word, b: &Word) -> bool {
    a.stem == b.stem
        && (a.word == b.word
            || derivation(&a.word, &a.stem) == derivation(&b.word, &b.stem)
            || super::related::similarity(&a.word, &b.word).is_some_and(|s| s >= SAME_SENSE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_folded_stemmed_and_mapped_back() {
        let text = "Soldiers’ Rüdiger air-defense";
        let t = tokens(text);
        let words: Vec<&str> = t.iter().map(|t| t.word.as_str()).collect();
        assert_eq!(words, ["soldiers", "rudiger", "air", "defense"]);
        assert_eq!(t[0].stem, "soldier");
        assert_eq!(&text[t[1].range.clone()], "Rüdiger");
    }

    #[test]
    fn one_stem_of_two_meanings_does_not_match() {
        let t = |w: &str| tokens(w).remove(0);
        assert_eq!(t("containers").stem, t("contained").stem);
        assert!(!same_sense(&t("containers"), &t("contained")));
        assert!(same_sense(&t("containers"), &t("container")));
        assert!(same_sense(&t("troops"), &t("troop")));
        assert!(same_sense(&t("killed"), &t("killing")));
        assert!(same_sense(&t("deployment"), &t("deployed")));
        assert!(!same_sense(&t("troops"), &t("soldiers")));
    }

    #[test]
    fn phrase_stems_drop_stopwords() {
        assert_eq!(phrase_stems("the troops of the army"), ["troop", "armi"]);
        assert_eq!(phrase_stems("the"), ["the"]);
        assert!(phrase_stems("").is_empty());
    }
}
