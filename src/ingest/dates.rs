//! Dates in page text: date lines ("Updated: 12 May 2023"), the date
//! keywords bylines glue to names ("DoePublished"), and reading times.

const DATE_KEYWORDS: [&str; 6] = [
    "Last updated",
    "Published",
    "Updated",
    "Posted",
    "Modified",
    "First published",
];
const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Where a date keyword starts, glued to the name or not ("DoePublished").
pub fn find_date_keyword(text: &str) -> Option<usize> {
    DATE_KEYWORDS
        .iter()
        .filter_map(|k| text.find(k))
        .filter(|&at| at > 0)
        .min()
}

/// "Published about a year ago" → "about a year ago".
pub fn strip_date_keyword(text: &str) -> String {
    let t = text.trim();
    let mut rest = t;
    for k in DATE_KEYWORDS {
        if let Some(r) = t.strip_prefix(k) {
            rest = r;
            break;
        }
        if t.len() >= k.len() && t.is_char_boundary(k.len()) && t[..k.len()].eq_ignore_ascii_case(k)
        {
            rest = &t[k.len()..];
            break;
        }
    }
    let rest = rest.trim_start_matches([':', ' ']).trim_start();
    let rest = rest.strip_prefix("on ").unwrap_or(rest);
    cut_reading_time(rest)
        .trim_end_matches(['|', '·', ',', ' '])
        .trim()
        .to_string()
}

/// "2 hours ago", "about a year ago", "yesterday": a date relative to when
/// the page was seen, which says nothing once the text is saved.
pub fn is_relative(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "ago" | "yesterday" | "today" | "now"))
}

/// Removes a trailing "7 min read" (and separators before it).
pub fn cut_reading_time(text: &str) -> &str {
    // ASCII lower case keeps byte offsets, so `text` can be cut where `lower` matches.
    let lower = text.to_ascii_lowercase();
    let Some(at) = ["min read", "minute read", "minutes read", "min. read"]
        .iter()
        .filter_map(|m| lower.find(m))
        .min()
    else {
        return text;
    };
    // Back over the spaces and the number before "min read".
    let head = text[..at].trim_end();
    let number_start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit())
        .last()
        .map_or(head.len(), |(i, _)| i);
    text[..number_start].trim_end_matches(['|', '·', '•', ',', ' ', '-'])
}

/// A short line that is only a date, or a date after "Published/Updated".
pub fn is_date_line(text: &str) -> bool {
    let t = text.trim();
    let words = t.split_whitespace().count();
    if words == 0 || words > 10 {
        return false;
    }
    let lower = t.to_lowercase();
    let keyword = DATE_KEYWORDS
        .iter()
        .any(|k| lower.starts_with(&k.to_lowercase()));
    (keyword && (looks_like_date(t) || lower.contains(" ago")))
        || (words <= 6 && looks_like_date(t) && !t.ends_with('.'))
}

/// Has a month name next to a number, an ISO or slashed date, or "N days ago".
pub fn looks_like_date(text: &str) -> bool {
    let lower = text.to_lowercase();
    let has_digit = lower.chars().any(|c| c.is_ascii_digit());
    let month = lower
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.len() >= 3 && MONTHS.iter().any(|m| w.starts_with(m) && is_month_word(w)));
    let numeric = lower.split_whitespace().any(|w| {
        let parts: Vec<&str> = w
            .trim_matches(|c: char| !c.is_ascii_digit())
            .split(['-', '/', '.'])
            .collect();
        parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    });
    (month && has_digit) || numeric || (has_digit && lower.ends_with(" ago"))
}

/// "March 3" or "Tue March 5": a month name among the words.
pub fn is_month_phrase(text: &str) -> bool {
    text.to_lowercase()
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.len() >= 3 && MONTHS.iter().any(|m| w.starts_with(m) && is_month_word(w)))
}

fn is_month_word(w: &str) -> bool {
    w.len() == 3 || crate::text::MONTHS.contains(&w) || w == "sept"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(looks_like_date("March 5, 2024"));
        assert!(looks_like_date("2024-03-05"));
        assert!(is_date_line("Published 5 Mar 2024, 10:32"));
        assert!(!is_date_line("May the best team win"));
        assert!(!looks_like_date("Mayor Jones spoke"));
        assert!(is_relative("about a year ago") && is_relative("Yesterday"));
        assert!(!is_relative("5 March 2024") && !is_relative("Agora, 2 May"));
        assert_eq!(
            strip_date_keyword("Published about a year ago 7 min read"),
            "about a year ago"
        );
    }

    #[test]
    fn cuts_keep_char_boundaries_when_lower_case_grows() {
        // "İ" lower-cases to two characters: offsets must not shift.
        assert_eq!(cut_reading_time("İİİ Ünal 5 MIN READ"), "İİİ Ünal");
        assert_eq!(
            strip_date_keyword("PUBLISHED İİ 2 days ago"),
            "İİ 2 days ago"
        );
    }
}
