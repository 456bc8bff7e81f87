//! Cutting long paragraphs into sentences, so a search hit points at the
//! sentence that matched rather than at a whole paragraph. The splitting is
//! [`crate::text::sentence_spans`]; this decides which blocks are cut.

use std::ops::Range;

use crate::text::sentence_spans;

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
    sentence_spans(text)
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
