/// Where the last word of `text` starts: the byte just after its last
/// whitespace character, or 0 when it has none. A word is a run of
/// non-whitespace, so punctuation belongs to the word it touches.
pub fn last_word_start(text: &str) -> usize {
    text.char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8())
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
}
