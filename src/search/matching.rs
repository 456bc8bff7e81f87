//! Matching one query term against one unit's text (in the search form), at
//! increasing cost: contiguous (whole word or inside a word), fuzzy
//! (SkimMatcherV2 subsequence), then typo (bounded edit distance to a word).

use std::ops::Range;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::memmem::Finder;

use super::query::{Term, is_subsequence};
use super::typo;

/// How well a term (or, for a unit, its worst term) matched; better first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tier {
    /// Contiguous, with word boundaries on both sides.
    WholeWord,
    /// Contiguous inside a longer word ("rus" in "Russia").
    Contiguous,
    /// The letters in order, close together ("pyongang" in "Pyongyang").
    Fuzzy,
    /// A word within a small edit distance ("pyonhyang").
    Typo,
}

/// How deep matching may go: the cheap tiers are tried for every candidate,
/// the costly ones only when the cheap ones cannot fill the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Depth {
    Contiguous,
    Fuzzy,
    Typo,
}

/// A term ready to match: its needle in the case the query asks for.
pub struct Needle {
    pub bytes: Vec<u8>,
    finder: Finder<'static>,
    pub literal: bool,
    /// Edits a typo match may use (0: no typo matching).
    edits: usize,
    chars: usize,
}

impl Needle {
    pub fn new(term: &Term, case_sensitive: bool) -> Needle {
        let text = term.needle(case_sensitive);
        let chars = text.chars().count();
        Needle {
            bytes: text.as_bytes().to_vec(),
            finder: Finder::new(text.as_bytes()).into_owned(),
            literal: term.literal,
            // Numbers are never "typos" of each other (13000 is not 10000);
            // a case-sensitive query asks for exactly these letters.
            edits: if term.literal
                || case_sensitive
                || text.contains(char::is_whitespace)
                || text.contains(|c: char| c.is_ascii_digit())
            {
                0
            } else {
                typo::allowed_edits(chars)
            },
            chars,
        }
    }

    pub fn text(&self) -> &str {
        // Built from a &str, so always valid UTF-8.
        std::str::from_utf8(&self.bytes).unwrap_or_default()
    }

    pub fn allows_typos(&self) -> bool {
        self.edits > 0
    }

    /// The prefilter: could this term match `hay` without typos?
    pub fn may_match(&self, hay: &str) -> bool {
        if self.literal {
            self.finder.find(hay.as_bytes()).is_some()
        } else {
            is_subsequence(&self.bytes, hay.as_bytes())
        }
    }

    /// Where this needle occurs in `hay`, contiguously (byte offsets).
    pub fn find_iter<'h>(&'h self, hay: &'h [u8]) -> impl Iterator<Item = usize> + 'h {
        self.finder.find_iter(hay)
    }

    /// The best contiguous tier of this needle in `hay`, if it occurs.
    pub fn contiguous_tier(&self, hay: &str) -> Option<Tier> {
        let mut tier = None;
        for start in self.finder.find_iter(hay.as_bytes()) {
            if is_whole_word(hay.as_bytes(), start..start + self.bytes.len()) {
                return Some(Tier::WholeWord);
            }
            tier = Some(Tier::Contiguous);
        }
        tier
    }

    /// Matches `hay` down to `depth`: the tier and a SkimMatcherV2 score.
    pub fn score(&self, m: &SkimMatcherV2, hay: &str, depth: Depth) -> Option<(Tier, i64)> {
        if let Some(tier) = self.contiguous_tier(hay) {
            return Some((tier, self.contiguous_score(m, hay, tier)));
        }
        if self.literal {
            return None;
        }
        if depth >= Depth::Fuzzy
            && let Some((score, _)) = self.fuzzy(m, hay)
        {
            return Some((Tier::Fuzzy, score));
        }
        if depth >= Depth::Typo
            && let Some((edits, _)) = self.typo_words(hay).next()
        {
            // Below any fuzzy score of a word this long; fewer edits first.
            let score = (self.chars as i64) * 4 - (edits as i64) * 16;
            return Some((Tier::Typo, score));
        }
        None
    }

    /// Every range of `hay` this needle highlights at `tier`.
    pub fn ranges(&self, m: &SkimMatcherV2, hay: &str, tier: Tier) -> Vec<Range<usize>> {
        match tier {
            Tier::WholeWord | Tier::Contiguous => self
                .finder
                .find_iter(hay.as_bytes())
                .map(|s| s..s + self.bytes.len())
                .collect(),
            Tier::Fuzzy => self.fuzzy(m, hay).map(|(_, r)| r).unwrap_or_default(),
            Tier::Typo => self.typo_words(hay).map(|(_, r)| r).collect(),
        }
    }

    /// SkimMatcherV2's score for the best occurrence, scored on a small window
    /// around it so the word-start bonus counts and long units cost nothing more.
    fn contiguous_score(&self, m: &SkimMatcherV2, hay: &str, tier: Tier) -> i64 {
        let bytes = hay.as_bytes();
        let start = self
            .finder
            .find_iter(bytes)
            .find(|&s| tier != Tier::WholeWord || is_whole_word(bytes, s..s + self.bytes.len()))
            .unwrap_or(0);
        let mut from = start.saturating_sub(1);
        while !hay.is_char_boundary(from) {
            from -= 1;
        }
        let window = hay.get(from..start + self.bytes.len()).unwrap_or(hay);
        m.fuzzy_match(window, self.text()).unwrap_or(0)
    }

    /// A SkimMatcherV2 match whose letters lie close together: a span of at
    /// most the needle plus half again (at least three more), as when letters
    /// were left out; letters scattered over a sentence do not count. Byte
    /// ranges are merged runs.
    fn fuzzy(&self, m: &SkimMatcherV2, hay: &str) -> Option<(i64, Vec<Range<usize>>)> {
        let tight = tightest_window(hay.as_bytes(), &self.bytes)?;
        // Widen to char boundaries, plus one char before for the word-start bonus.
        let mut start = tight.start.saturating_sub(1);
        while !hay.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = tight.end;
        while !hay.is_char_boundary(end) {
            end += 1;
        }
        let window = hay.get(start..end)?;
        if window.chars().count() > self.chars + (self.chars / 2).max(3) + 1 {
            return None;
        }
        // SkimMatcherV2 scores the small window, not the whole unit: the
        // tight window is where the best alignment lies, and it is cheap.
        let (score, char_indices) = m.fuzzy_indices(window, self.text())?;
        let (&first, &last) = (char_indices.first()?, char_indices.last()?);
        if last - first + 1 > self.chars + (self.chars / 2).max(3) {
            return None;
        }
        let runs = char_runs(window, &char_indices)
            .into_iter()
            .map(|r| r.start + start..r.end + start)
            .collect();
        Some((score, runs))
    }

    /// The edits a typo match may use (0: none).
    pub fn edits(&self) -> usize {
        self.edits
    }

    /// The best score a contiguous match of this needle can get: at the
    /// start of a word, whatever precedes it. Lets ranking stop early.
    pub fn best_contiguous_score(&self, m: &SkimMatcherV2) -> i64 {
        ["", " ", "-", "(", "\"", "'", "/", ".", "a", "A", "1"]
            .iter()
            .filter_map(|before| m.fuzzy_match(&format!("{before}{}", self.text()), self.text()))
            .max()
            .unwrap_or(0)
    }

    /// Words of `hay` within the allowed edits, with their distance.
    fn typo_words<'h>(&'h self, hay: &'h str) -> impl Iterator<Item = (usize, Range<usize>)> + 'h {
        words(hay).filter_map(move |w| {
            if self.edits == 0 {
                return None;
            }
            typo::within(&self.bytes, &hay.as_bytes()[w.clone()], self.edits).map(|d| (d, w))
        })
    }
}

pub fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

fn is_whole_word(hay: &[u8], r: Range<usize>) -> bool {
    let before = r.start == 0 || !is_word_byte(hay[r.start - 1]);
    let after = r.end >= hay.len() || !is_word_byte(hay[r.end]);
    before && after
}

/// Byte ranges of the words (runs of letters and digits) of `hay`.
pub fn words(hay: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = hay.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && !is_word_byte(bytes[i]) {
            i += 1;
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        while i < bytes.len() && is_word_byte(bytes[i]) {
            i += 1;
        }
        Some(start..i)
    })
}

/// The shortest byte range of `hay` holding `needle`'s bytes in order
/// (earliest among equals), or `None` when `needle` is not a subsequence.
fn tightest_window(hay: &[u8], needle: &[u8]) -> Option<Range<usize>> {
    let (&first, rest) = needle.split_first()?;
    let mut best: Option<Range<usize>> = None;
    let mut from = 0;
    while let Some(i) = memchr::memchr(first, &hay[from..]) {
        // Forward: the earliest end of a match starting here.
        let mut end = from + i + 1;
        for &b in rest {
            match memchr::memchr(b, &hay[end..]) {
                Some(j) => end += j + 1,
                // No match from here means none from any later start either.
                None => return best,
            }
        }
        // Backward: the latest start of a match ending there.
        let mut start = end;
        let mut k = needle.len();
        while k > 0 {
            start -= 1;
            if hay[start] == needle[k - 1] {
                k -= 1;
            }
        }
        if best.as_ref().is_none_or(|b| end - start < b.len()) {
            best = Some(start..end);
        }
        from = start + 1;
    }
    best
}

/// Char indices (as SkimMatcherV2 reports them) to merged byte ranges.
fn char_runs(hay: &str, char_indices: &[usize]) -> Vec<Range<usize>> {
    let mut wanted = char_indices.iter().copied().peekable();
    let mut runs: Vec<Range<usize>> = Vec::new();
    for (i, (offset, c)) in hay.char_indices().enumerate() {
        if wanted.peek() != Some(&i) {
            continue;
        }
        wanted.next();
        let end = offset + c.len_utf8();
        match runs.last_mut() {
            Some(last) if last.end == offset => last.end = end,
            _ => runs.push(offset..end),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Query;

    fn needle(q: &str) -> Needle {
        let q = Query::parse(q);
        Needle::new(&q.terms[0], q.case_sensitive)
    }

    #[test]
    fn tiers_from_whole_word_to_typo() {
        let m = SkimMatcherV2::default().respect_case();
        let hay = "the delegation reached pyongyang by train";
        let tier = |q: &str| needle(q).score(&m, hay, Depth::Typo).map(|(t, _)| t);
        assert_eq!(tier("train"), Some(Tier::WholeWord));
        assert_eq!(tier("legat"), Some(Tier::Contiguous));
        assert_eq!(tier("pyongang"), Some(Tier::Fuzzy));
        assert_eq!(tier("pyonhyang"), Some(Tier::Typo));
        assert_eq!(tier("submarine"), None);
        assert_eq!(needle("10000").score(&m, "13000 men", Depth::Typo), None);
    }

    #[test]
    fn scattered_letters_are_not_a_fuzzy_match() {
        let m = SkimMatcherV2::default().respect_case();
        let hay = "a tall man on a big red bus";
        assert_eq!(needle("tmbrb").score(&m, hay, Depth::Fuzzy), None);
    }

    #[test]
    fn literal_terms_never_go_fuzzy() {
        let m = SkimMatcherV2::default().respect_case();
        assert_eq!(
            needle("'pyongang").score(&m, "pyongyang", Depth::Typo),
            None
        );
    }

    #[test]
    fn depth_limits_the_work() {
        let m = SkimMatcherV2::default().respect_case();
        assert_eq!(
            needle("pyongang").score(&m, "pyongyang", Depth::Contiguous),
            None
        );
    }

    #[test]
    fn fuzzy_ranges_are_byte_runs_on_char_boundaries() {
        let m = SkimMatcherV2::default().respect_case();
        let hay = "ça pyongyang";
        let ranges = needle("pyongang").ranges(&m, hay, Tier::Fuzzy);
        assert!(!ranges.is_empty());
        for r in ranges {
            assert!(hay.is_char_boundary(r.start) && hay.is_char_boundary(r.end));
        }
    }

    #[test]
    fn tightest_window_finds_the_shortest_match() {
        assert_eq!(tightest_window(b"p x y p y", b"py"), Some(6..9));
        assert_eq!(tightest_window(b"pyongyang", b"pyongang"), Some(0..9));
        assert_eq!(tightest_window(b"abc", b"abd"), None);
        assert_eq!(tightest_window(b"abc", b""), None);
    }
}
