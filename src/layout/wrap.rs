/// Wraps `text` to `width` display columns (wide characters count double);
/// words longer than the width are broken.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    wrap_ranges(text, width)
        .into_iter()
        .map(|r| text[r].to_string())
        .collect()
}

/// Like [`wrap`], but gives each line as a byte range of `text`, so callers
/// can map wrapped lines back to positions in the text. Lines break at `\n`
/// too; the whitespace at a break belongs to no line. An empty text gives
/// one empty line.
pub fn wrap_ranges(text: &str, width: usize) -> Vec<std::ops::Range<usize>> {
    // First fit, like other readers: fill each line before starting the next.
    let options = textwrap::Options::new(width.max(1))
        .break_words(true)
        .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit);
    let mut out = Vec::new();
    let mut cursor = 0;
    for line in textwrap::wrap(text, options) {
        let range = match line {
            // textwrap returns slices of its input when it adds no indent:
            // their address gives the exact offset.
            std::borrow::Cow::Borrowed(slice) => {
                let start = (slice.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
                if start <= text.len() && start + slice.len() <= text.len() {
                    start..start + slice.len()
                } else {
                    find_from(text, cursor, slice)
                }
            }
            std::borrow::Cow::Owned(owned) => find_from(text, cursor, &owned),
        };
        cursor = range.end;
        out.push(range);
    }
    if out.is_empty() {
        out.push(0..0);
    }
    out
}

/// Where `piece` next occurs at or after `from` (an empty range there if not).
fn find_from(text: &str, from: usize, piece: &str) -> std::ops::Range<usize> {
    let from = from.min(text.len());
    match text.get(from..).and_then(|rest| rest.find(piece)) {
        Some(i) => from + i..from + i + piece.len(),
        None => from..from,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn ranges_cover_the_words_in_order_within_the_width() {
        let text = "The fleet of 13,000 shipping containers crossed the border at night.";
        let ranges = wrap_ranges(text, 20);
        assert!(ranges.len() > 2);
        for pair in ranges.windows(2) {
            assert!(pair[0].end <= pair[1].start);
        }
        for r in &ranges {
            assert!(text[r.clone()].width() <= 20);
        }
        let rejoined: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(rejoined.join(" "), text);
        // A figure is never split across lines.
        assert!(rejoined.iter().any(|l| l.contains("13,000")));
    }

    #[test]
    fn long_tokens_and_wide_characters_are_hard_wrapped_by_display_width() {
        let url = "https://example.org/a/very/long/path/that/never/ends";
        for r in wrap_ranges(url, 10) {
            assert!(url[r].width() <= 10);
        }
        let cjk = "北朝鮮とロシアの関係は深まっている";
        let ranges = wrap_ranges(cjk, 7);
        for r in &ranges {
            assert!(cjk[r.clone()].width() <= 7, "{}", &cjk[r.clone()]);
        }
        let total: usize = ranges.iter().map(|r| r.len()).sum();
        assert_eq!(total, cjk.len());
    }

    #[test]
    fn newlines_break_lines_and_empty_text_gives_one_line() {
        assert_eq!(wrap("one\ntwo", 40), ["one", "two"]);
        assert_eq!(wrap_ranges("", 40), vec![0..0_usize]);
        assert_eq!(wrap("abc", 0), ["a", "b", "c"]);
    }
}
