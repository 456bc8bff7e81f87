use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::{MappedText, normalize_char};

/// Appends the folded form of `c`: normalised (see [`normalize_char`]),
/// lower-cased, accents removed ("Rüdiger" → "rudiger", "Æ" → "ae").
pub fn fold_char(c: char, out: &mut String) {
    let c = normalize_char(c);
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        'ß' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'ø' | 'Ø' => out.push('o'),
        'đ' | 'Đ' => out.push('d'),
        'ł' | 'Ł' => out.push('l'),
        _ => {
            for d in std::iter::once(c).nfd().filter(|d| !is_combining_mark(*d)) {
                out.extend(d.to_lowercase());
            }
        }
    }
}

/// A case- and accent-folded copy of `text`, mapped back to `text`.
pub fn fold(text: &str) -> MappedText {
    MappedText::build(text, fold_char)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_ligatures() {
        assert_eq!(
            fold("Rüdiger FRANK Straße Æsir").text,
            "rudiger frank strasse aesir"
        );
        assert_eq!(fold("Kim Jong\u{2011}Un").text, "kim jong-un");
    }

    #[test]
    fn folded_ranges_map_back() {
        let original = "Herr Rüdiger";
        let f = fold(original);
        let start = f.text.find("rudiger").expect("present");
        assert_eq!(&original[f.to_original(start..start + 7)], "Rüdiger");
    }
}
