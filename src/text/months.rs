//! Month names: the one list every date reader (ingest's date lines, the
//! timeline, the comparison's background test) reads months by.

/// The months, full names, lower case, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month (1–12) a word names: a full name or a short form of at least
/// three letters ("Sept.", "Dec").
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() <= 4 && m.starts_with(&w)))
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::month_number;

    #[test]
    fn full_and_short_names() {
        assert_eq!(month_number("September"), Some(9));
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("dec"), Some(12));
        assert_eq!(month_number("ma"), None);
        assert_eq!(month_number("monday"), None);
    }
}
