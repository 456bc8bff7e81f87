//! The matching form of text for search: [`crate::text::fold`] (case, accents,
//! quotes) plus digit-group separators removed ("13,000" and "11 000" become
//! "13000" and "11000"), so a query written either way finds both.

use crate::text::{MappedText, fold_char, normalize_char};

/// Characters that separate groups of three digits in numbers as written in
/// English, French and technical text.
fn is_digit_separator(c: char) -> bool {
    matches!(c, ',' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'')
}

/// For every char of `text`, whether it is a digit-group separator to drop:
/// a separator between a digit and a group of exactly three digits.
fn separators_to_drop(text: &str) -> Vec<bool> {
    let chars: Vec<char> = text.chars().collect();
    let mut drop = vec![false; chars.len()];
    for i in 1..chars.len() {
        if !is_digit_separator(chars[i]) || !chars[i - 1].is_ascii_digit() {
            continue;
        }
        let group = chars[i + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if group == 3 {
            drop[i] = true;
        }
    }
    drop
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
    let has_digit = text.bytes().any(|b| b.is_ascii_digit());
    let drop = if has_digit {
        separators_to_drop(text)
    } else {
        Vec::new()
    };
    let mut index = 0;
    MappedText::build(text, |c, out| {
        let dropped = drop.get(index).copied().unwrap_or(false);
        index += 1;
        if dropped {
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
/// stores); the same text as `search_fold(text, false).text`, faster for ASCII.
pub fn search_fold_text(text: &str) -> String {
    // ASCII without digits only needs lower-casing: every other rule is about
    // non-ASCII characters or digit groups.
    if text.is_ascii() && !text.bytes().any(|b| b.is_ascii_digit()) {
        return text.to_ascii_lowercase();
    }
    search_fold(text, false).text
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
        assert_eq!(search_fold("in 2023, 15 died", false).text, "in 2023, 15 died");
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
        for text in ["Plain ASCII text.", "13,000 and 4 000", "Zürich 1 000", "it's \"x\""] {
            assert_eq!(search_fold_text(text), search_fold(text, false).text, "{text}");
        }
    }
}
