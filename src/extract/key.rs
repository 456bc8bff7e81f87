//! The matching key of a name: folded (case and accents), with spaces,
//! hyphens, dots and apostrophes dropped, so "Kim Jong-Un" = "kim jong un"
//! and "U.S." = "US".

use crate::text::fold;

pub fn name_key(name: &str) -> String {
    // Most names are ASCII: no need to build a mapped, folded copy.
    if name.is_ascii() {
        return name
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect();
    }
    fold(name)
        .text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::name_key;

    #[test]
    fn ignores_case_accents_hyphens_spaces_and_dots() {
        assert_eq!(name_key("Kim Jong-Un"), name_key("kim jong un"));
        assert_eq!(name_key("U.S."), name_key("US"));
        assert_eq!(name_key("Rüdiger Frank"), "rudigerfrank");
        assert_ne!(name_key("Frank"), name_key("France"));
    }
}
