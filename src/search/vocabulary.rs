//! The distinct words of the index, by length: typo matching compares a
//! query word with each distinct word once, instead of with every word of
//! every unit.

use std::collections::HashSet;

use super::matching::words;
use super::typo;

#[derive(Debug, Default)]
pub struct Vocabulary {
    /// `by_len[n]`: the distinct words of `n` bytes.
    by_len: Vec<Vec<Box<str>>>,
}

impl Vocabulary {
    /// The distinct words of the given texts (search form).
    pub fn build<'a>(texts: impl Iterator<Item = &'a str>) -> Vocabulary {
        let mut seen: HashSet<&str> = HashSet::new();
        for text in texts {
            for w in words(text) {
                if w.len() <= typo::MAX_WORD {
                    seen.insert(&text[w]);
                }
            }
        }
        let mut by_len: Vec<Vec<Box<str>>> = vec![Vec::new(); typo::MAX_WORD + 1];
        for w in seen {
            by_len[w.len()].push(w.into());
        }
        for words in &mut by_len {
            words.sort_unstable();
        }
        Vocabulary { by_len }
    }

    /// The words within `edits` of `needle` other than `needle` itself
    /// (which the contiguous pass finds).
    pub fn near(&self, needle: &[u8], edits: usize) -> Vec<&str> {
        let low = needle.len().saturating_sub(edits);
        let high = (needle.len() + edits).min(self.by_len.len().saturating_sub(1));
        let mut out = Vec::new();
        for len in low..=high {
            for w in self.by_len.get(len).into_iter().flatten() {
                if w.as_bytes() != needle && typo::within(needle, w.as_bytes(), edits).is_some() {
                    out.push(&**w);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_distinct_near_words() {
        let v = Vocabulary::build(["the harbour of rotterdam", "rotterdam harbours it"].into_iter());
        assert_eq!(v.near(b"rotterdma", 1), vec!["rotterdam"]);
        let mut near = v.near(b"harbor", 2);
        near.sort_unstable();
        assert_eq!(near, vec!["harbour", "harbours"]);
        assert!(v.near(b"submarine", 1).is_empty());
    }
}
