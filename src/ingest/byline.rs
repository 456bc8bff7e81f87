//! Who wrote an article and who published it, from the lines that say so:
//! bylines ("By Jane DoePublished 3 hours ago", split where glued), closing
//! signatures ("Authored by: Name"), wire datelines ("PARIS (Reuters) -")
//! and copyright lines.

use super::dates::{
    WEEKDAYS, cut_reading_time, find_date_keyword, is_date_line, is_month_phrase, looks_like_date,
    strip_date_keyword,
};
use super::unit::Unit;

const BYLINE_PREFIXES: [&str; 7] = [
    "by",
    "written by",
    "words by",
    "authored by",
    "posted by",
    "story by",
    "reporting by",
];

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Byline {
    pub author: Option<String>,
    pub published: Option<String>,
    pub outlet: Option<String>,
}

/// "Posted on 3 February 2026 by Ana Lima", "June 2, 2024 by Ana Lima":
/// blog engines put the date first and the author after "by".
fn date_then_author(t: &str) -> Option<Byline> {
    let at = t.rfind(" by ")?;
    let (when, who) = (&t[..at], t[at + " by ".len()..].trim());
    (is_date_line(when) && is_author(who)).then(|| Byline {
        author: Some(who.to_string()),
        published: Some(strip_date_keyword(when)).filter(|w| !w.is_empty()),
        outlet: None,
    })
}

/// Parses "By NAME", optionally glued to or followed by a date keyword, a
/// separator and a date, an outlet after a comma, and a reading time.
pub fn parse_byline(text: &str) -> Option<Byline> {
    let t = text.trim();
    let words = t.split_whitespace().count();
    // A sentence that starts with "By" ("By Tuesday, the ministry had ...").
    if words > 25 || (words > 8 && t.ends_with(['.', '!', '?'])) {
        return None;
    }
    if let Some(byline) = date_then_author(t) {
        return Some(byline);
    }
    let lower = t.to_lowercase();
    let prefix = BYLINE_PREFIXES
        .iter()
        .find(|p| lower.starts_with(*p) && lower[p.len()..].starts_with([' ', ':']))?;
    let rest = t.get(prefix.len()..)?.trim_start_matches([' ', ':']).trim();
    // A byline names someone: the next word is capitalised.
    if !rest.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let rest = cut_reading_time(rest);
    let (who, when) = match find_date_keyword(rest) {
        Some(at) => (&rest[..at], Some(strip_date_keyword(&rest[at..]))),
        None => (rest, None),
    };
    // "Jane Doe on June 3, 2024 | ...".
    let (who, when) = match who.find(" on ") {
        Some(at) if when.is_none() && looks_like_date(&who[at + 4..]) => {
            let date = who[at + 4..]
                .split(['|', '·', '•'])
                .next()
                .unwrap_or("")
                .trim();
            (&who[..at], Some(date.to_string()))
        }
        _ => (who, when),
    };
    let mut pieces = who
        .split(['|', '·', '•', '—', '–'])
        .map(|p| p.trim())
        .filter(|p| !p.is_empty());
    let first = pieces.next()?;
    // "Jane Doe, Reuters, March 3, 2024": the name, then an outlet or a date.
    let (author, mut after) = match first.split_once(',') {
        Some((name, rest)) => (name.trim(), Some(rest.trim())),
        None => (first, None),
    };
    if !is_author(author) {
        return None;
    }
    let mut byline = Byline {
        author: Some(author.to_string()),
        published: when.filter(|w| !w.is_empty()),
        outlet: None,
    };
    let mut rest_pieces: Vec<&str> = Vec::new();
    while let Some(rest) = after.take() {
        let head = rest.split(',').next().unwrap_or(rest).trim();
        if is_month_phrase(head) || head.chars().any(|c| c.is_ascii_digit()) {
            // The date runs to the end.
            rest_pieces.push(rest);
        } else if let Some((head, tail)) = rest.split_once(',') {
            rest_pieces.push(head.trim());
            after = Some(tail.trim());
        } else {
            rest_pieces.push(rest);
        }
    }
    rest_pieces.extend(pieces);
    for piece in rest_pieces {
        if looks_like_date(piece) {
            byline.published.get_or_insert_with(|| piece.to_string());
        } else if byline.outlet.is_none()
            && piece.split_whitespace().count() <= 4
            && piece.starts_with(char::is_uppercase)
        {
            byline.outlet = Some(piece.to_string());
        }
    }
    Some(byline)
}

/// Who a byline names: one to eight capitalised words (a person, several,
/// or an organisation), not a date.
fn is_author(text: &str) -> bool {
    const JOINERS: [&str; 10] = [
        "and", "&", "de", "la", "van", "von", "der", "bin", "al", "da",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=8).contains(&words.len())
        && !is_month_phrase(text)
        && !WEEKDAYS.iter().any(|d| text.to_lowercase().starts_with(d))
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || JOINERS.contains(w))
}

/// An author's signature after the article ("Authored by: Name").
pub fn closing_signature(units: &[Unit]) -> Option<String> {
    let half = units.len() / 2;
    units[half..]
        .iter()
        .filter(|u| u.words() <= 8)
        .find_map(|u| parse_byline(&u.text).and_then(|b| b.author))
}

/// The holder a copyright line names: "© 2026 Example Media, Inc. All
/// Rights Reserved." → "Example Media, Inc.".
pub fn copyright_holder(text: &str) -> Option<String> {
    let t = text.trim();
    let rest = t
        .strip_prefix('©')
        .or_else(|| t.strip_prefix("Copyright"))
        .or_else(|| t.strip_prefix("(c)"))?;
    let rest = rest.trim_start_matches(|c: char| {
        c.is_whitespace() || c.is_ascii_digit() || matches!(c, '©' | '-' | '–' | ',')
    });
    // ASCII lower case keeps byte offsets, so `rest` can be cut where it matches.
    let end = rest
        .to_ascii_lowercase()
        .find("all rights reserved")
        .unwrap_or(rest.len());
    let mut holder = rest.get(..end).unwrap_or(rest).trim().trim_end_matches(',');
    // Keep the full stop of "Inc." or "Ltd.", not a sentence's.
    if let Some(bare) = holder.strip_suffix('.') {
        let last = bare.rsplit(' ').next().unwrap_or(bare);
        if !matches!(last, "Inc" | "Ltd" | "Co" | "Corp" | "LLC" | "S.A") {
            holder = bare;
        }
    }
    let holder = holder.trim();
    (!holder.is_empty() && holder.split_whitespace().count() <= 6).then(|| holder.to_string())
}

/// A wire dateline at the start of the first paragraph: "PARIS (Reuters) -".
pub fn dateline_outlet(text: &str) -> Option<String> {
    let open = text.find(" (")?;
    let place = &text[..open];
    if place.is_empty() || place.len() > 40 || place.chars().any(|c| c.is_lowercase()) {
        return None;
    }
    let close = open + 2 + text[open + 2..].find(')')?;
    let outlet = &text[open + 2..close];
    let after = text[close + 1..].trim_start();
    (after.starts_with(['-', '–', '—']) && (1..=3).contains(&outlet.split_whitespace().count()))
        .then(|| outlet.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_first_then_author_after_by() {
        let b = parse_byline("Posted on 3 February 2026 by Inês Carvalho").expect("byline");
        assert_eq!(b.author.as_deref(), Some("Inês Carvalho"));
        assert_eq!(b.published.as_deref(), Some("3 February 2026"));
        let b = parse_byline("June 2, 2024 by Ana Lima").expect("byline");
        assert_eq!(b.author.as_deref(), Some("Ana Lima"));
        // A sentence with a date and "by" is not a byline.
        assert_eq!(parse_byline("Prices rose in June 2024 by a third."), None);
    }

    #[test]
    fn glued_byline_is_split_into_author_and_date() {
        let b = parse_byline("By Maria OkaforPublished 3 hours ago 4 min read").expect("byline");
        assert_eq!(b.author.as_deref(), Some("Maria Okafor"));
        assert_eq!(b.published.as_deref(), Some("3 hours ago"));
    }

    #[test]
    fn byline_with_separators_outlet_and_date() {
        let b = parse_byline("By Jane Doe, Reuters | March 3, 2024").expect("byline");
        assert_eq!(b.author.as_deref(), Some("Jane Doe"));
        assert_eq!(b.outlet.as_deref(), Some("Reuters"));
        assert_eq!(b.published.as_deref(), Some("March 3, 2024"));
        assert_eq!(parse_byline("by the river the children played"), None);
        assert_eq!(
            parse_byline("By Tuesday, the ministry had confirmed forty cases."),
            None
        );
        assert_eq!(parse_byline("By March the river had dried up"), None);
    }

    #[test]
    fn copyright_names_the_holder() {
        assert_eq!(
            copyright_holder("© 2026 Example Media, Inc. All Rights Reserved.").as_deref(),
            Some("Example Media, Inc.")
        );
        assert_eq!(
            copyright_holder("Copyright 2024 The Herald").as_deref(),
            Some("The Herald")
        );
        assert_eq!(copyright_holder("The copyright of it"), None);
    }

    #[test]
    fn datelines_name_the_outlet() {
        assert_eq!(
            dateline_outlet("NAIROBI (Reuters) - Kenya's").as_deref(),
            Some("Reuters")
        );
        assert_eq!(dateline_outlet("The UN (United Nations) said"), None);
    }
}
