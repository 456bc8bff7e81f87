//! Stage 1 of the scanner, tokens: the words next to a position of
//! normalised text, and the sentence around a range. Every later stage
//! reads the text through these.

use std::ops::Range;

/// The next word after `pos` (one run of spaces skipped, no line break).
pub fn word_after(text: &str, pos: usize) -> Option<Range<usize>> {
    let rest = text.get(pos..)?;
    let skipped = rest.len() - rest.trim_start_matches(' ').len();
    let start = pos + skipped;
    let len: usize = text[start..]
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '-' || *c == '\'')
        .map(char::len_utf8)
        .sum();
    let word = &text[start..start + len];
    let word = word.trim_end_matches(['-', '\'']);
    (!word.is_empty()).then(|| start..start + word.len())
}

/// The word that ends just before `pos` (spaces skipped).
pub fn word_before(text: &str, pos: usize) -> Option<Range<usize>> {
    let head = text.get(..pos)?.trim_end_matches(' ');
    let len: usize = head
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic() || *c == '.' || *c == '©')
        .map(char::len_utf8)
        .sum();
    (len > 0).then(|| head.len() - len..head.len())
}

/// The next run of letters at or after `pos`.
pub fn next_word(text: &str, pos: usize) -> Option<Range<usize>> {
    let rest = text.get(pos..)?;
    let offset = rest.find(|c: char| c.is_alphabetic())?;
    let start = pos + offset;
    let len: usize = text[start..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum();
    Some(start..start + len)
}

/// Skips the rest of an alphanumeric run (a number inside a word or code).
pub fn skip_word(b: &[u8], mut i: usize) -> usize {
    while i < b.len()
        && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'-' | b'/' | b':' | b'.' | b','))
    {
        if matches!(b[i], b'.' | b',') && !b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
            break;
        }
        i += 1;
    }
    i
}

/// Whether `pos` starts a sentence: nothing but an opening mark since the
/// last sentence end.
pub fn at_sentence_start(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end_matches([' ', '"', '“', '‘', '\'', '(']);
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n'])
}

/// The sentence around a range, from the text's sentences (the one
/// splitter, `text::sentences`): from the one holding `start` to the one
/// holding `end`; the range itself when it falls between sentences.
pub fn sentence_around(sentences: &[Range<usize>], start: usize, end: usize) -> Range<usize> {
    let holding = |pos: usize| {
        let k = sentences.partition_point(|s| s.end < pos);
        sentences.get(k).filter(|s| s.start <= pos)
    };
    let from = holding(start).map_or(start, |s| s.start.min(start));
    let to = holding(end).map_or(end, |s| s.end.max(end));
    from..to
}
