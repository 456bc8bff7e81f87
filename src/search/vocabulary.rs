//! The distinct words of the index, by length, each with the units it occurs
//! in: typo matching compares a query word with each distinct word once, then
//! reads the units off, instead of comparing it with every word of every unit.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::matching::words;
use super::typo;

/// A fast non-cryptographic hash (the Fx hash of rustc) for the word table:
/// building it hashes every word of the briefing, and the text is not
/// adversarial enough for hash flooding to matter more than speed.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[derive(Debug, Default)]
pub struct Vocabulary {
    /// `by_len[n]`: the distinct words of `n` bytes, with their units (ascending).
    by_len: Vec<Vec<(Box<str>, Vec<u32>)>>,
}

impl Vocabulary {
    /// The distinct words of the given units (search form), by unit number.
    pub fn build<'a>(units: impl Iterator<Item = (u32, &'a str)>) -> Vocabulary {
        let mut postings: HashMap<&str, Vec<u32>, BuildHasherDefault<FxHasher>> =
            HashMap::default();
        for (u, text) in units {
            for w in words(text) {
                if w.len() > typo::MAX_WORD {
                    continue;
                }
                let list = postings.entry(&text[w]).or_default();
                if list.last() != Some(&u) {
                    list.push(u);
                }
            }
        }
        let mut by_len: Vec<Vec<(Box<str>, Vec<u32>)>> = vec![Vec::new(); typo::MAX_WORD + 1];
        for (w, units) in postings {
            by_len[w.len()].push((w.into(), units));
        }
        for words in &mut by_len {
            words.sort_unstable();
        }
        Vocabulary { by_len }
    }

    /// The words within `edits` of `needle` other than `needle` itself
    /// (which the contiguous pass finds), with their units.
    pub fn near(&self, needle: &[u8], edits: usize) -> Vec<(&str, &[u32])> {
        let low = needle.len().saturating_sub(edits);
        let high = needle.len() + edits;
        let mut out = Vec::new();
        for len in low..=high {
            for (w, units) in self.by_len.get(len).into_iter().flatten() {
                if w.as_bytes() != needle && typo::within(needle, w.as_bytes(), edits).is_some() {
                    out.push((&**w, units.as_slice()));
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
    fn finds_distinct_near_words_and_their_units() {
        let v = Vocabulary::build(
            [
                (0, "the harbour of rotterdam"),
                (1, "rotterdam harbours it"),
                (2, "no"),
            ]
            .into_iter(),
        );
        assert_eq!(v.near(b"rotterdma", 1), vec![("rotterdam", &[0u32, 1][..])]);
        let mut near = v.near(b"harbor", 2);
        near.sort_unstable();
        assert_eq!(
            near,
            vec![("harbour", &[0u32][..]), ("harbours", &[1u32][..])]
        );
        assert!(v.near(b"submarine", 1).is_empty());
    }
}
