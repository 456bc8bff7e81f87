use std::ops::Range;

/// A rewritten copy of a text with, for every byte of the copy, the byte
/// offset in the original where the character it came from starts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MappedText {
    pub text: String,
    /// `map[i]` is the original offset of copy byte `i`; one extra entry at
    /// the end holds the original's length.
    map: Vec<usize>,
}

impl MappedText {
    /// Builds a copy by replacing every character of `original` with the
    /// string `rewrite` returns for it (which may be empty, to drop it).
    pub fn build(original: &str, mut rewrite: impl FnMut(char, &mut String)) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        let mut scratch = String::new();
        for (offset, c) in original.char_indices() {
            scratch.clear();
            rewrite(c, &mut scratch);
            text.push_str(&scratch);
            map.extend(std::iter::repeat_n(offset, scratch.len()));
        }
        map.push(original.len());
        MappedText { text, map }
    }

    /// The original byte range a range of the copy came from. The result
    /// always lies on char boundaries of the original.
    pub fn to_original(&self, range: Range<usize>) -> Range<usize> {
        let last = self.map.len() - 1;
        let start = self.map[range.start.min(last)];
        if range.end <= range.start {
            return start..start;
        }
        // The end is where the character after the range's last byte starts.
        let end_index = range.end.min(last);
        let mut end = self.map[end_index];
        // Several copy bytes can come from one original character: the end
        // must move past that character.
        if end_index > 0 && self.map[end_index - 1] == end && end_index < last {
            end = self.map[(end_index..=last)
                .find(|&i| self.map[i] != end)
                .unwrap_or(last)];
        }
        start..end.max(start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_ranges_back_across_replacements() {
        let original = "a\u{a0}b “c”";
        let m = MappedText::build(original, |c, out| match c {
            '\u{a0}' => out.push(' '),
            '“' | '”' => out.push('"'),
            c => out.push(c),
        });
        assert_eq!(m.text, "a b \"c\"");
        let r = m.to_original(4..7);
        assert_eq!(&original[r], "“c”");
        let r = m.to_original(0..3);
        assert_eq!(&original[r], "a\u{a0}b");
    }

    #[test]
    fn one_char_expanding_to_several_maps_to_the_whole_char() {
        let original = "xÆy";
        let m = MappedText::build(original, |c, out| match c {
            'Æ' => out.push_str("ae"),
            c => out.push(c),
        });
        assert_eq!(m.text, "xaey");
        assert_eq!(&original[m.to_original(1..3)], "Æ");
        assert_eq!(&original[m.to_original(1..2)], "Æ");
        assert_eq!(&original[m.to_original(0..4)], "xÆy");
    }

    #[test]
    fn dropped_characters_and_empty_ranges() {
        let original = "a\u{200b}b";
        let m = MappedText::build(original, |c, out| {
            if c != '\u{200b}' {
                out.push(c)
            }
        });
        assert_eq!(m.text, "ab");
        assert_eq!(&original[m.to_original(1..2)], "b");
        assert_eq!(m.to_original(2..2), 5..5);
    }
}
