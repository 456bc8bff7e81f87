use super::MappedText;

/// The matching form of one character: no-break and other fixed-width spaces
/// become a space, non-breaking and other hyphens `-`, curly quotes straight.
/// Everything else is kept.
pub fn normalize_char(c: char) -> char {
    match c {
        '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{2000}'..='\u{200a}' => ' ',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2043}' | '\u{fe63}' | '\u{ff0d}' => '-',
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => '"',
        c => c,
    }
}

/// A copy of `text` for matching (search, extraction), mapped back to `text`.
pub fn normalize(text: &str) -> MappedText {
    MappedText::build(text, |c, out| out.push(normalize_char(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_spaces_hyphens_and_quotes() {
        let original = "Russo\u{2011}Pyongyang\u{a0}“genuine” isn’t";
        let n = normalize(original);
        assert_eq!(n.text, "Russo-Pyongyang \"genuine\" isn't");
        let start = n.text.find("genuine").expect("present");
        assert_eq!(&original[n.to_original(start - 1..start + 8)], "“genuine”");
    }
}
