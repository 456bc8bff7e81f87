//! Splitting a block of text into sentences, by byte ranges.

use std::ops::Range;

/// Abbreviations that end in a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "prof", "sen", "rep", "gov", "no",
    "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "jan", "feb", "mar", "apr", "aug", "sep",
    "sept", "oct", "nov", "dec", "approx", "e.g", "i.e",
];

/// The sentences of `text` as byte ranges (trimmed). A sentence ends at `.`,
/// `!` or `?` (and any closing quotes or brackets) followed by a space and a
/// capital, digit, quote or bracket — not after an initial ("U.S.") or a
/// known abbreviation.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '\'' | '”' | '’' | ')' | ']') {
                j += 1;
            }
            let next_is_space = j < chars.len() && chars[j].1.is_whitespace();
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            let next_starts = k < chars.len()
                && (chars[k].1.is_uppercase()
                    || chars[k].1.is_ascii_digit()
                    || matches!(chars[k].1, '"' | '“' | '\'' | '‘' | '(' | '['));
            if next_is_space && next_starts && !(c == '.' && is_abbreviation(text, chars[i].0)) {
                let end = chars.get(j).map_or(text.len(), |&(o, _)| o);
                push_trimmed(text, start..end, &mut out);
                start = chars[k].0;
                i = k;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// Whether the word before the full stop at `dot` is an initial or an abbreviation.
fn is_abbreviation(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = before[word_start..].to_lowercase();
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (letters == 1 && word.chars().all(|c| c.is_alphabetic() || c == '.'))
        || word.contains('.') && word.len() <= 5
        || ABBREVIATIONS.contains(&word.as_str())
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &text[range.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if piece.trim().is_empty() {
        return;
    }
    out.push(range.start + lead..range.end - trail);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_at_sentence_ends_only() {
        assert_eq!(
            split("The U.S. Army left. Dr. Ng said “no.” Then 3 ships came! Done"),
            [
                "The U.S. Army left.",
                "Dr. Ng said “no.”",
                "Then 3 ships came!",
                "Done"
            ]
        );
    }

    #[test]
    fn empty_and_unicode_text() {
        assert!(split("").is_empty());
        assert!(split("   ").is_empty());
        assert_eq!(split("Été. Ça va."), ["Été.", "Ça va."]);
        assert_eq!(
            split("Near\u{a0}Oslo. Ships left."),
            ["Near\u{a0}Oslo.", "Ships left."]
        );
    }
}
