//! Cutting long paragraphs into sentences, so a search hit points at the
//! sentence that matched rather than at a whole paragraph.

use std::ops::Range;

/// Blocks up to this many bytes stay one unit: short paragraphs read as one
/// thought, and splitting them would stop words of two sentences matching together.
pub const LONG_BLOCK: usize = 240;

/// Byte ranges of the sentences of `text`, covering it without gaps.
/// Short texts are one range.
pub fn sentence_ranges(text: &str) -> Vec<Range<usize>> {
    if text.len() <= LONG_BLOCK {
        let whole = 0..text.len();
        return vec![whole];
    }
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if matches!(bytes[i], b'.' | b'!' | b'?')
            && let Some(next) = sentence_start_after(text, i)
            && !is_abbreviation(&text[start..i])
        {
            out.push(start..next);
            start = next;
            i = next;
            continue;
        }
        i += 1;
    }
    if start < text.len() || out.is_empty() {
        out.push(start..text.len());
    }
    out
}

/// If the terminal punctuation at `at` ends a sentence, where the next one
/// starts: after closing quotes/brackets and whitespace, at an upper-case
/// letter, a digit or an opening quote.
fn sentence_start_after(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at + 1..];
    let closed = rest.trim_start_matches(['"', '\'', ')', ']', '»', '”', '’']);
    let spaced = closed.trim_start();
    if spaced.len() == closed.len() {
        return None; // no space: "3.5", "U.S.", "example.com"
    }
    let first = spaced.chars().next()?;
    let starts = first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(first, '"' | '\'' | '“' | '‘' | '(' | '«');
    starts.then(|| text.len() - spaced.len())
}

/// Whether the text before a period ends in an abbreviation rather than a
/// sentence: an initial ("J."), a dotted acronym ("U.S."), or a short
/// capitalised title ("Mr.", "Dr.", "St.").
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    word.contains('.') || (capital && letters <= 2 && word.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<&str> {
        sentence_ranges(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn short_blocks_are_one_unit() {
        assert_eq!(pieces("One. Two."), vec!["One. Two."]);
    }

    #[test]
    fn long_blocks_split_at_sentence_ends_not_abbreviations() {
        let text = format!(
            "Mr. Okafor met Dr. Lindqvist in the U.S. capital on Monday. {} \"We agreed,\" she said. 3.5 percent growth was reported? Yes.",
            "The talks ran long and covered tariffs, shipping lanes and the grain deal in detail."
                .repeat(3)
        );
        let parts = pieces(&text);
        assert_eq!(
            parts[0],
            "Mr. Okafor met Dr. Lindqvist in the U.S. capital on Monday. "
        );
        assert!(
            parts
                .iter()
                .any(|p| p.starts_with("\"We agreed,\" she said."))
        );
        assert!(
            parts
                .iter()
                .any(|p| p.starts_with("3.5 percent growth was reported? "))
        );
        assert_eq!(parts.concat(), text);
    }
}
