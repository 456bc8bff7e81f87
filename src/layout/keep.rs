//! Wrapping that keeps some ranges (figures such as "30 000 soldiers") on
//! one line: the one way every front end wraps a comparison's passages.

use std::ops::Range;

use unicode_width::UnicodeWidthStr;

use super::wrap::wrap_ranges;
use crate::text::last_word_start;

/// Wraps `text` like [`wrap_ranges`], but never breaks inside `keep`
/// (figures such as "30 000 soldiers"): their spaces count as no-break
/// spaces while wrapping. A figure wider than a row is left to break at its
/// spaces after its number ("approximately 10,000 to 15,000 | North Korean
/// personnel"), or between any words if even the number is too wide.
/// Ranges are into `text`.
pub fn wrap_keeping(text: &str, keep: &[Range<usize>], width: usize) -> Vec<Range<usize>> {
    // What must fit on a row is the figure with the rest of the words it
    // starts and ends in.
    let fits = |r: &Range<usize>| {
        let unit = whole_words(text, r.clone())?;
        (text.get(unit.clone())?.width() <= width).then_some(unit)
    };
    let keep: Vec<Range<usize>> = keep
        .iter()
        .filter_map(|r| {
            if let Some(unit) = fits(r) {
                return Some(unit);
            }
            // The figure up to the end of the word holding its last digit.
            let figure = text.get(r.clone())?;
            let digit = figure.rfind(|c: char| c.is_ascii_digit())?;
            let end = figure[digit..]
                .find(' ')
                .map_or(figure.len(), |i| digit + i);
            fits(&(r.start..r.start + end))
        })
        .collect();
    let mut joined = String::with_capacity(text.len() + 8);
    // `origin[i]` is the byte of `text` that byte `i` of `joined` came from.
    let mut origin = Vec::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        let kept = c == ' ' && keep.iter().any(|r| r.start <= i && i < r.end);
        let c = if kept { '\u{a0}' } else { c };
        origin.extend(std::iter::repeat_n(i, c.len_utf8()));
        joined.push(c);
    }
    origin.push(text.len());
    let at = |j: usize| origin.get(j).copied().unwrap_or(text.len());
    wrap_ranges(&joined, width)
        .into_iter()
        .map(|r| {
            // A figure wider than the column is broken anyway; its kept
            // space must not start the next row.
            let mut start = at(r.start);
            let end = at(r.end);
            while start < end && text.as_bytes().get(start) == Some(&b' ') {
                start += 1;
            }
            start..end
        })
        .collect()
}

/// [`wrap_keeping`] as lines of text.
pub fn wrap_keeping_lines(text: &str, keep: &[Range<usize>], width: usize) -> Vec<String> {
    wrap_keeping(text, keep, width)
        .into_iter()
        .map(|r| text.get(r).unwrap_or_default().to_string())
        .collect()
}

/// `range` widened to the whitespace around it, so it covers whole words
/// (`None` when it is not a range of `text`).
fn whole_words(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    // Spaces at a figure's ends are not inside it: they may break.
    let inner = text.get(range.clone())?;
    let lead = inner.len() - inner.trim_start().len();
    let range = range.start + lead..range.start + lead + inner.trim().len();
    let before = text.get(..range.start)?;
    let after = text.get(range.end..)?;
    let start = last_word_start(before);
    let end = range.end + after.find(char::is_whitespace).unwrap_or(after.len());
    Some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, keep: &str, width: usize) -> Vec<String> {
        let keep: Vec<Range<usize>> = text
            .find(keep)
            .map(|i| i..i + keep.len())
            .into_iter()
            .collect();
        wrap_keeping_lines(text, &keep, width)
    }

    #[test]
    fn a_kept_range_stays_on_one_line_from_its_width_on() {
        let text = "Officials said that up to 30 000 soldiers went";
        for width in "up to 30 000 soldiers".len()..50 {
            let out = lines(text, "up to 30 000", width);
            assert!(
                out.iter().any(|l| l.contains("up to 30 000")),
                "{width}: {out:?}"
            );
            assert!(out.iter().all(|l| l.width() <= width), "{out:?}");
        }
    }

    #[test]
    fn a_range_wider_than_the_line_breaks_after_its_number() {
        let text = "Estimates say approximately 10,000 to 15,000 North Korean personnel arrived.";
        let figure = "approximately 10,000 to 15,000 North Korean personnel";
        let wide = lines(text, figure, 32);
        assert!(
            wide.iter()
                .any(|r| r.contains("approximately 10,000 to 15,000")),
            "{wide:?}"
        );
        let narrow = lines(text, figure, 20);
        assert!(narrow.iter().any(|r| r.contains("15,000")), "{narrow:?}");
        assert!(narrow.iter().all(|r| r.width() <= 20), "{narrow:?}");
    }
}
