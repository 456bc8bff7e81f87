//! The matching form of text for search: [`crate::text::fold`] (case, accents,
//! quotes) plus digit-group separators removed ("13,000" and "11 000" become
//! "13000" and "11000"), so a query written either way finds both.

use crate::text::{MappedText, fold_char, normalize_char};

/// Characters that separate groups of three digits in numbers as written in
/// English, French and technical text.
fn is_digit_separator(c: char) -> bool {
    matches!(c, ',' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'')
}

/// Whether the char `c` at byte `at` of `text` is a digit-group separator to
/// drop: it follows a digit and precedes a group of exactly three digits.
fn is_dropped_separator(text: &str, at: usize, c: char) -> bool {
    if !is_digit_separator(c) || at == 0 || !text.as_bytes()[at - 1].is_ascii_digit() {
        return false;
    }
    let after = &text.as_bytes()[at + c.len_utf8()..];
    after.len() >= 3
        && after[..3].iter().all(u8::is_ascii_digit)
        && after.get(3).is_none_or(|b| !b.is_ascii_digit())
}

/// Case-preserving fold of one char: normalised and accents removed.
fn fold_char_keep_case(c: char, out: &mut String) {
    let start = out.len();
    fold_char(c, out);
    // fold_char lower-cases; restore the case when the original was upper and
    // the folded form is a plain lower-case ASCII letter (the common case).
    let c = normalize_char(c);
    if c.is_uppercase() {
        let folded = out.split_off(start);
        for f in folded.chars() {
            out.extend(f.to_uppercase());
        }
    }
}

/// The search form of `text` mapped back to it. With `keep_case`, letters keep
/// their case (for case-sensitive queries); otherwise everything is lower case.
pub fn search_fold(text: &str, keep_case: bool) -> MappedText {
    let mut chars = text.char_indices();
    MappedText::build(text, |c, out| {
        // build visits the chars in order: follow along to know the offset.
        let at = chars.next().map_or(0, |(i, _)| i);
        if is_dropped_separator(text, at, c) {
            return;
        }
        if keep_case {
            fold_char_keep_case(c, out);
        } else {
            fold_char(c, out);
        }
    })
}

/// The lower-case search form of `text` without the map (what the index
/// stores); the same text as `search_fold(text, false).text`, built faster.
pub fn search_fold_text(text: &str) -> String {
    fold_text(text, false)
}

/// [`search_fold_text`] keeping case: the same text as `search_fold(text, true).text`.
pub fn search_fold_text_cased(text: &str) -> String {
    fold_text(text, true)
}

fn fold_text(text: &str, keep_case: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        if c.is_ascii_alphabetic() {
            out.push(if keep_case { c } else { c.to_ascii_lowercase() });
        } else if is_dropped_separator(text, at, c) {
            continue;
        } else if c.is_ascii() {
            out.push(c);
        } else if keep_case {
            fold_char_keep_case(c, &mut out);
        } else {
            fold_char(c, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_separators_of_three_digit_groups_only() {
        assert_eq!(search_fold("13,000 troops", false).text, "13000 troops");
        assert_eq!(search_fold("11 000 men", false).text, "11000 men");
        assert_eq!(search_fold("1\u{a0}200\u{a0}000", false).text, "1200000");
        // Not digit groups: kept.
        assert_eq!(
            search_fold("in 2023, 15 died", false).text,
            "in 2023, 15 died"
        );
        assert_eq!(search_fold("pages 12, 13", false).text, "pages 12, 13");
    }

    #[test]
    fn keeps_or_lowers_case_and_removes_accents() {
        assert_eq!(search_fold("Rüdiger Frank", false).text, "rudiger frank");
        assert_eq!(search_fold("Rüdiger Frank", true).text, "Rudiger Frank");
    }

    #[test]
    fn ranges_map_back_across_dropped_separators() {
        let original = "about 13,000 troops";
        let f = search_fold(original, false);
        let start = f.text.find("13000").unwrap_or(0);
        assert_eq!(&original[f.to_original(start..start + 5)], "13,000");
    }

    #[test]
    fn fast_path_agrees_with_mapped_fold() {
        for text in [
            "Plain ASCII text.",
            "13,000 and 4 000",
            "Zürich 1 000",
            "it's \"x\"",
            "12 3456 1'000",
        ] {
            assert_eq!(
                search_fold_text(text),
                search_fold(text, false).text,
                "{text}"
            );
        }
    }
}
