//! The one sentence splitter: comparison passages, search units and (after
//! extraction moves to it) a figure's sentence all cut text the same way.

use std::ops::Range;

/// Abbreviations that end in a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "mt", "ft", "gen", "col", "lt", "sgt", "capt", "maj", "adm",
    "prof", "sen", "rep", "gov", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "jan",
    "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "e.g", "i.e",
];

/// Closing quotes and brackets that stay with the sentence they end.
const CLOSING: &[char] = &['"', '\'', '”', '’', ')', ']', '»'];
/// Opening quotes and brackets that can start a sentence.
const OPENING: &[char] = &['"', '“', '\'', '‘', '(', '[', '«'];

/// The sentences of `text` as byte ranges, trimmed of surrounding
/// whitespace; blank text gives none. A sentence ends at `.`, `!`, `?` or
/// `…` (and any closing quotes or brackets) followed by whitespace and a
/// capital, digit, quote or bracket — not after an initial ("U.S.") or a
/// known abbreviation ("Dr.").
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (end, next) in boundaries(text) {
        push_trimmed(text, start..end, &mut out);
        start = next;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// The sentences of `text` as byte ranges that cover it without gaps: each
/// keeps the whitespace after it. Blank text gives one range.
pub fn sentence_spans(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (_, next) in boundaries(text) {
        out.push(start..next);
        start = next;
    }
    if start < text.len() || out.is_empty() {
        out.push(start..text.len());
    }
    out
}

/// Each sentence end: where the sentence stops (after its punctuation and
/// closing quotes) and where the next one starts. Scans bytes: the search
/// index splits every long block of a briefing with this.
fn boundaries(text: &str) -> Vec<(usize, usize)> {
    const ELLIPSIS: &[u8] = "…".as_bytes();
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let mark = match bytes[i] {
            b'.' | b'!' | b'?' => 1,
            _ if bytes[i..].starts_with(ELLIPSIS) => ELLIPSIS.len(),
            _ => {
                i += 1;
                continue;
            }
        };
        // `i + mark` follows an ASCII mark or a whole `…`: a char boundary.
        let rest = &text[i + mark..];
        let closed = rest.trim_start_matches(CLOSING);
        let next_text = closed.trim_start();
        let end = text.len() - closed.len();
        let next = text.len() - next_text.len();
        let starts = next_text
            .chars()
            .next()
            .is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || OPENING.contains(&n));
        if next > end && starts && !(bytes[i] == b'.' && is_abbreviation(&text[..i])) {
            out.push((end, next));
            i = next;
        } else {
            i += mark;
        }
    }
    out
}

/// Whether the word `before` a full stop ends with is an initial, a short
/// dotted acronym or a known abbreviation (no allocation: this runs at
/// every full stop of a briefing).
fn is_abbreviation(before: &str) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = &before[word_start..];
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (letters == 1 && word.chars().all(|c| c.is_alphabetic() || c == '.'))
        || word.contains('.') && word.len() <= 5
        || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &text[range.clone()];
    if piece.trim().is_empty() {
        return;
    }
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
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
        assert_eq!(
            split("Growth was 3.5 percent. See example.com now."),
            ["Growth was 3.5 percent.", "See example.com now."]
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
        assert_eq!(split("«Oui.» «Non.»"), ["«Oui.»", "«Non.»"]);
    }

    #[test]
    fn spans_cover_the_text_without_gaps() {
        let text =
            "Mr. Okafor met Dr. Lindqvist in the U.S. capital. \"We agreed,\" she said.  Yes.";
        let spans = sentence_spans(text);
        let pieces: Vec<&str> = spans.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(
            pieces,
            [
                "Mr. Okafor met Dr. Lindqvist in the U.S. capital. ",
                "\"We agreed,\" she said.  ",
                "Yes."
            ]
        );
        assert_eq!(pieces.concat(), text);
        assert_eq!(sentence_spans(""), vec![0..0]);
        // The trimmed sentences sit inside the spans, one each.
        for (trimmed, span) in sentences(text).iter().zip(&spans) {
            assert!(span.start <= trimmed.start && trimmed.end <= span.end);
        }
    }
}
