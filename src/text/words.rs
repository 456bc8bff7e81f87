/// Where the last word of `text` starts: the byte just after its last
/// whitespace character, or 0 when it has none. A word is a run of
/// non-whitespace, so punctuation belongs to the word it touches.
pub fn last_word_start(text: &str) -> usize {
    text.char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// `text` on one line: every run of whitespace (line breaks included)
/// becomes one space, and the ends are trimmed. Errors, warnings and
/// titles in one-line places all go through this.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_start_of_the_last_word() {
        assert_eq!(last_word_start("heat stress"), 5);
        assert_eq!(last_word_start("heat"), 0);
        assert_eq!(last_word_start(""), 0);
        assert_eq!(last_word_start("heat "), 5, "after a trailing space");
        assert_eq!(last_word_start("a\u{3000}b"), 4, "a wide space");
        assert_eq!(last_word_start("北朝鮮 ロシア"), 10);
    }

    #[test]
    fn one_line_collapses_whitespace() {
        assert_eq!(one_line(" a\n  b\tc "), "a b c");
        assert_eq!(one_line(""), "");
    }
}
