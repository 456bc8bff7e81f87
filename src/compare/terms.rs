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
    let all = tokens(phrase);
    let content: Vec<String> = all
        .iter()
        .filter(|t| !t.stop)
        .map(|t| t.stem.clone())
        .collect();
    if content.is_empty() {
        all.into_iter().map(|t| t.stem).collect()
    } else {
        content
    }
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
    fn phrase_stems_drop_stopwords() {
        assert_eq!(phrase_stems("the troops of the army"), ["troop", "armi"]);
        assert_eq!(phrase_stems("the"), ["the"]);
        assert!(phrase_stems("").is_empty());
    }
}
