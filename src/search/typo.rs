//! Typo tolerance: a bounded edit distance (insertions, deletions,
//! substitutions and swapped neighbours) between a query word and a word of
//! the text, for words long enough that a slip is still recognisable.

/// Longest word (in bytes) compared.
pub const MAX_WORD: usize = 48;

/// The most edits allowed for a query word of `chars` characters: none below
/// five, one from five, two from eight.
pub fn allowed_edits(chars: usize) -> usize {
    match chars {
        0..=4 => 0,
        5..=7 => 1,
        _ => 2,
    }
}

/// The optimal-string-alignment distance between `a` and `b` if it is at
/// most `max`, else `None`. Works on bytes: the search form of text is mostly
/// ASCII, and a multi-byte character only costs more edits (fewer false hits).
/// Words longer than [`MAX_WORD`] bytes are never typo matches.
pub fn within(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max || b.len() > MAX_WORD || a.len() > MAX_WORD {
        return None;
    }
    let width = b.len() + 1;
    // Three rows on the stack (this runs for every word of similar length):
    // two back (for transpositions), previous, current.
    let mut back2 = [0usize; MAX_WORD + 1];
    let mut prev = [0usize; MAX_WORD + 1];
    for (j, cell) in prev.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    let mut cur = [0usize; MAX_WORD + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..width {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(back2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut back2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_each_kind_of_slip_as_one() {
        assert_eq!(within(b"pyongyang", b"pyongyang", 2), Some(0));
        assert_eq!(within(b"pyonyang", b"pyongyang", 2), Some(1)); // deletion
        assert_eq!(within(b"pyonhyang", b"pyongyang", 2), Some(1)); // substitution
        assert_eq!(within(b"pyognyang", b"pyongyang", 2), Some(1)); // swap
        assert_eq!(within(b"moscow", b"mosocw", 1), Some(1));
    }

    #[test]
    fn refuses_beyond_the_bound() {
        assert_eq!(within(b"kremlin", b"kennel", 1), None);
        assert_eq!(within(b"abc", b"abcdef", 2), None);
        assert_eq!(allowed_edits(4), 0);
        assert_eq!(allowed_edits(5), 1);
        assert_eq!(allowed_edits(8), 2);
    }
}
