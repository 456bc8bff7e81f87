//! Relatedness of words by meaning, offline: static word vectors distilled
//! from all-MiniLM-L6-v2 (Apache-2.0) by `scripts/build-embeddings.sh` into
//! `assets/embeddings.bin`, embedded in the binary and parsed on first use.
//!
//! A word in the vocabulary has its own vector; any other word is split into
//! word pieces the way the model's tokenizer does (longest known prefix,
//! then "##" continuations) and gets the mean of their vectors.

use std::sync::OnceLock;

static ASSET: &[u8] = include_bytes!("../../assets/embeddings.bin");
const MAGIC: &[u8; 8] = b"BRFEMB1\0";
/// Longest word looked up; longer runs of letters are not words.
const MAX_WORD: usize = 40;

/// The parsed asset: words sorted bytewise, and one row of `dims` int8
/// components (a unit vector times 127) per word.
struct Table {
    dims: usize,
    words: Vec<&'static str>,
    vectors: &'static [u8],
}

/// The embedded table, parsed once; `None` if the asset is malformed (the
/// build ships a checked one, so this only guards against a bad rebuild).
fn table() -> Option<&'static Table> {
    static TABLE: OnceLock<Option<Table>> = OnceLock::new();
    TABLE.get_or_init(|| parse(ASSET)).as_ref()
}

fn parse(bytes: &'static [u8]) -> Option<Table> {
    let rest = bytes.strip_prefix(MAGIC.as_slice())?;
    let u32_at = |b: &[u8], at: usize| -> Option<usize> {
        let raw: [u8; 4] = b.get(at..at + 4)?.try_into().ok()?;
        Some(u32::from_le_bytes(raw) as usize)
    };
    let dims = u32_at(rest, 0)?;
    let count = u32_at(rest, 4)?;
    let mut at = 8;
    let mut words = Vec::with_capacity(count);
    for _ in 0..count {
        let len = *rest.get(at)? as usize;
        let word = std::str::from_utf8(rest.get(at + 1..at + 1 + len)?).ok()?;
        words.push(word);
        at += 1 + len;
    }
    let vectors = rest.get(at..at + count.checked_mul(dims)?)?;
    let sorted = words.windows(2).all(|w| w[0] < w[1]);
    (dims > 0 && sorted).then_some(Table {
        dims,
        words,
        vectors,
    })
}

impl Table {
    fn row(&self, word: &str) -> Option<&'static [u8]> {
        let i = self.words.binary_search(&word).ok()?;
        self.vectors.get(i * self.dims..(i + 1) * self.dims)
    }

    /// The word's vector (not normalised): its own row, else the sum of
    /// its word pieces' rows.
    fn vector(&self, word: &str) -> Option<Vec<f32>> {
        if word.is_empty() || word.len() > MAX_WORD || !word.bytes().all(|b| b.is_ascii_lowercase())
        {
            return None;
        }
        let mut sum = vec![0f32; self.dims];
        let add = |sum: &mut Vec<f32>, row: &[u8]| {
            for (s, &v) in sum.iter_mut().zip(row) {
                *s += f32::from(v as i8);
            }
        };
        if let Some(row) = self.row(word) {
            add(&mut sum, row);
            return Some(sum);
        }
        let mut start = 0;
        let mut piece = String::with_capacity(MAX_WORD + 2);
        while start < word.len() {
            // Longest known piece from `start` (ASCII, so any byte is a boundary).
            let row = (start + 1..=word.len()).rev().find_map(|end| {
                piece.clear();
                if start > 0 {
                    piece.push_str("##");
                }
                piece.push_str(&word[start..end]);
                self.row(&piece).map(|r| (end, r))
            });
            let (end, row) = row?;
            add(&mut sum, row);
            start = end;
        }
        Some(sum)
    }
}

/// A word's meaning as a unit vector, for comparing many words with it.
#[derive(Debug, Clone)]
pub struct Meaning(Vec<f32>);

impl Meaning {
    /// The meaning of a folded (lower-case ASCII) word; `None` for words the
    /// vectors cannot spell (digits, other scripts, very long runs).
    pub fn of(word: &str) -> Option<Meaning> {
        let mut v = table()?.vector(word)?;
        let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        if norm == 0.0 {
            return None;
        }
        v.iter_mut().for_each(|x| *x /= norm);
        Some(Meaning(v))
    }

    /// Cosine similarity, from −1 to 1.
    pub fn similarity(&self, other: &Meaning) -> f32 {
        self.0.iter().zip(&other.0).map(|(a, b)| a * b).sum()
    }
}

/// How close two folded words are in meaning (cosine), if both are known.
pub fn similarity(a: &str, b: &str) -> Option<f32> {
    Some(Meaning::of(a)?.similarity(&Meaning::of(b)?))
}

/// Number of words the embedded table holds (parses it on first call).
#[cfg(test)]
fn vocabulary_size() -> usize {
    table().map_or(0, |t| t.words.len())
}

/// Parses the embedded table afresh, for benchmarking what the first
/// comparison of a process pays; returns the number of words.
#[doc(hidden)]
pub fn parse_embeddings() -> usize {
    parse(ASSET).map_or(0, |t| t.words.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str) -> f32 {
        similarity(a, b).unwrap_or_else(|| panic!("{a} or {b} has no vector"))
    }

    #[test]
    fn the_asset_parses() {
        assert!(vocabulary_size() > 20_000, "{}", vocabulary_size());
    }

    #[test]
    fn near_words_are_closer_than_unrelated_ones() {
        assert!(sim("troops", "soldiers") > 0.7);
        assert!(sim("companies", "firms") > 0.7);
        assert!(sim("troops", "soldiers") > sim("troops", "banana") + 0.4);
        assert!(sim("acquisition", "takeover") > sim("acquisition", "rocket"));
        assert!((sim("fire", "fire") - 1.0).abs() < 1e-3);
    }

    #[test]
    fn unknown_words_are_spelled_in_pieces() {
        // Not in the vocabulary as a whole word, but its pieces are.
        assert!(Meaning::of("fatalities").is_some());
        assert!(Meaning::of("").is_none());
        assert!(Meaning::of("abc1").is_none());
        assert!(Meaning::of(&"a".repeat(100)).is_none());
    }

    #[test]
    fn malformed_assets_are_refused() {
        assert!(parse(b"nope").is_none());
        assert!(parse(b"BRFEMB1\0\x02\0\0\0\x05\0\0\0").is_none());
    }
}
