//! Step 6: citation tags. Pages that quote their sources (and text copied
//! from AI answers) end paragraphs with a short outlet tag after the last
//! sentence: "… in 2024. The Korea Times+1", "… rose. orfonline.org". The
//! tag is taken out of the text, its "+N" dropped, and kept as a citation.

use super::markdown::clamp_marks;
use super::unit::{Unit, UnitKind};

/// Takes the citation tag off the end of every paragraph, list item and
/// quote, into the unit's `citations`.
pub fn take_all(units: &mut [Unit]) {
    for unit in units {
        if !matches!(
            unit.kind,
            UnitKind::Text | UnitKind::Quote | UnitKind::Item { .. }
        ) {
            continue;
        }
        if let Some((body, tag)) = split_tag(&unit.text) {
            let body = body.to_string();
            unit.set_text(body);
            clamp_marks(unit);
            unit.citations.push(tag);
        }
    }
}

/// Most words a citation tag has.
const MAX_TAG_WORDS: usize = 4;

/// Small words allowed inside a title-case outlet name.
const CONNECTORS: [&str; 8] = ["of", "the", "for", "and", "&", "de", "on", "in"];

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: [&str; 12] = [
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "co", "ltd", "vs", "no",
];

/// Splits a trailing citation tag off `text`: returns the text without it
/// and the tag, or `None` when the paragraph does not end in one.
pub fn split_tag(text: &str) -> Option<(&str, String)> {
    let trimmed = text.trim_end();
    // The tag starts after the last sentence end followed by a space.
    let (cut, _) = trimmed
        .char_indices()
        .rev()
        .find(|&(i, c)| c == ' ' && ends_sentence(&trimmed[..i]))?;
    let body = trimmed[..cut].trim_end();
    let tag = trimmed[cut..].trim();
    let tag = strip_plus_count(tag);
    is_tag(tag).then(|| (body, tag.to_string()))
}

/// "The Korea Times+1" → "The Korea Times".
fn strip_plus_count(tag: &str) -> &str {
    match tag.rfind('+') {
        Some(at)
            if at > 0
                && tag[at + 1..].chars().all(|c| c.is_ascii_digit())
                && at + 1 < tag.len() =>
        {
            tag[..at].trim_end()
        }
        _ => tag,
    }
}

/// Does `before` end a sentence: `.`, `?` or `!`, maybe inside closing
/// quotes or brackets, and not an abbreviation or initial ("U.S.", "Dr.").
fn ends_sentence(before: &str) -> bool {
    let core = before.trim_end_matches(['"', '\'', '”', '’', ')', ']']);
    let Some(last) = core.chars().last() else {
        return false;
    };
    if !matches!(last, '.' | '?' | '!' | '…') {
        return false;
    }
    if last != '.' {
        return true;
    }
    let word = core[..core.len() - 1]
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
    // "U.S." and "J." are initials; "Dr." an abbreviation.
    !(word.contains('.') && letters.chars().count() <= 3
        || letters.chars().count() == 1
        || ABBREVIATIONS.contains(&letters.to_lowercase().as_str()))
}

/// A domain ("orfonline.org") or 1–4 title-case words ("East Asia Forum",
/// "ISPI", "NUS-ODPRT"), with no closing punctuation.
fn is_tag(tag: &str) -> bool {
    if tag.is_empty() || tag.ends_with(['.', '?', '!', ',', ':', ';']) {
        return false;
    }
    if !tag.contains(' ') && super::chrome::looks_like_domain(tag) {
        return true;
    }
    let words: Vec<&str> = tag.split_whitespace().collect();
    if words.len() > MAX_TAG_WORDS {
        return false;
    }
    let capitalised = |w: &&str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '&' | '\'' | '’'))
    };
    words.first().is_some_and(capitalised)
        && words.last().is_some_and(capitalised)
        && words
            .iter()
            .all(|w| capitalised(w) || CONNECTORS.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlet_tags_after_the_last_sentence() {
        assert_eq!(
            split_tag("Prices rose by a third in a year. The Daily Ledger+2"),
            Some((
                "Prices rose by a third in a year.",
                "The Daily Ledger".to_string()
            ))
        );
        assert_eq!(
            split_tag("It was confirmed later. statnews.com"),
            Some(("It was confirmed later.", "statnews.com".to_string()))
        );
        assert_eq!(
            split_tag("He asked “why now?” Wikipedia"),
            Some(("He asked “why now?”", "Wikipedia".to_string()))
        );
        assert_eq!(
            split_tag("The council met. Institute of Fiscal Studies").map(|t| t.1),
            Some("Institute of Fiscal Studies".to_string())
        );
    }

    #[test]
    fn ordinary_endings_are_not_tags() {
        for text in [
            "Prices rose by a third in a year.",
            "The bill passed the U.S. Senate",
            "She met Dr. Watson",
            "It ended. then something else happened",
            "The end. But Not Quite Over Yet At All",
            "A sentence. Another sentence.",
        ] {
            assert_eq!(split_tag(text), None, "{text}");
        }
    }
}
