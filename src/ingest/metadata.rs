//! Step 3: metadata from the top of the article. The first line is the
//! title; a short line right after it, followed by a byline, date or
//! caption, is the subtitle (dek); a byline gives the author and often a
//! date ("By Jane DoePublished 3 hours ago 5 min read" is split where the
//! words are glued); a wire dateline or the page chrome names the outlet.

use super::chrome;
use super::unit::{Unit, UnitKind, one_line};
use super::vocabulary::key;
use crate::model::SourceMeta;

/// How many lines after the title may hold subtitle, byline and date.
const HEAD_LINES: usize = 6;
/// Longest subtitle, in words.
const MAX_DEK_WORDS: usize = 40;
/// Fewest words of a title that has a subtitle under it.
const MIN_PAIRED_TITLE_WORDS: usize = 3;
/// Longest title, in words.
const MAX_TITLE_WORDS: usize = 25;
/// A paragraph this long is article text: the head of the page ends there.
const LONG_PARAGRAPH_WORDS: usize = 25;
/// Most lines the head of a page (chrome, title, byline) spans.
const MAX_HEAD_UNITS: usize = 40;

const BYLINE_PREFIXES: [&str; 7] = [
    "by",
    "written by",
    "words by",
    "authored by",
    "posted by",
    "story by",
    "reporting by",
];
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

/// Takes the title, subtitle, byline and date lines off the front of
/// `units` and returns what they say.
pub fn take_head(units: &mut Vec<Unit>) -> SourceMeta {
    let mut meta = read_head(units);
    meta.title = one_line(&meta.title);
    for field in [
        &mut meta.subtitle,
        &mut meta.author,
        &mut meta.outlet,
        &mut meta.published,
    ] {
        *field = field.as_deref().map(one_line).filter(|f| !f.is_empty());
    }
    meta
}

fn read_head(units: &mut Vec<Unit>) -> SourceMeta {
    let mut meta = SourceMeta::default();
    let Some(first) = units.first() else {
        return meta;
    };
    if !matches!(first.kind, UnitKind::Text | UnitKind::Heading) {
        return meta;
    }
    if !take_anchored_head(units, &mut meta) {
        // Text that starts straight with a paragraph has no title line: the
        // loader names it after its file.
        if units[0].words() > MAX_TITLE_WORDS {
            return meta;
        }
        meta.title = units.remove(0).text;
    }
    let mut i = 0;
    while i < units.len().min(HEAD_LINES) {
        let unit = &units[i];
        if let Some(byline) = parse_byline(&unit.text) {
            meta.author = meta.author.or(byline.author);
            meta.published = meta.published.or(byline.published);
            meta.outlet = meta.outlet.or(byline.outlet);
            units.remove(i);
        } else if is_date_line(&unit.text) {
            meta.published
                .get_or_insert_with(|| strip_date_keyword(&unit.text));
            units.remove(i);
        } else if chrome::is_chrome_line(unit) {
            units.remove(i);
        } else if i == 0 && meta.subtitle.is_none() && is_dek(unit, units.get(1)) {
            meta.subtitle = Some(unit.text.clone());
            units.remove(i);
        } else if is_caption(unit) {
            i += 1;
        } else {
            break;
        }
    }
    meta
}

/// Where the head of a page ends: at the first long paragraph.
fn head_end(units: &[Unit]) -> usize {
    units
        .iter()
        .position(|u| u.kind == UnitKind::Text && u.words() >= LONG_PARAGRAPH_WORDS)
        .unwrap_or(units.len())
        .min(MAX_HEAD_UNITS)
}

/// Finds the title by its byline or date: pages put chrome (share bars,
/// site names, app prompts) above the title, but the title, the subtitle
/// and the author's name come right before the byline or date. Takes
/// everything before the byline off `units`; false when the head has no
/// byline or date after a title-like line.
fn take_anchored_head(units: &mut Vec<Unit>, meta: &mut SourceMeta) -> bool {
    let end = head_end(units);
    let anchors = (1..end)
        .filter(|&i| parse_byline(&units[i].text).is_some() || is_date_line(&units[i].text));
    for anchor in anchors.collect::<Vec<_>>() {
        if take_head_before(units, anchor, meta) {
            return true;
        }
    }
    false
}

/// The walk back from one byline or date; see [`take_anchored_head`].
fn take_head_before(units: &mut Vec<Unit>, anchor: usize, meta: &mut SourceMeta) -> bool {
    // Walk back from the anchor over chrome and the author's bare name.
    let mut shaped = Vec::new();
    let mut name = None;
    for i in (0..anchor).rev() {
        let u = &units[i];
        if skippable(u) {
            continue;
        }
        if shaped.is_empty() && name.is_none() && is_name(&u.text) {
            name = Some(u.text.clone());
            continue;
        }
        if !is_title_like(u) || shaped.len() == 2 {
            break;
        }
        shaped.push(i);
    }
    let (title, subtitle) = match shaped[..] {
        // A one- or two-word line above a headline is a menu item or a
        // section name, not the title.
        [dek, title]
            if (MIN_PAIRED_TITLE_WORDS..=MAX_TITLE_WORDS).contains(&units[title].words()) =>
        {
            (title, Some(dek))
        }
        [title, ..] if units[title].words() <= MAX_TITLE_WORDS => (title, None),
        _ => return false,
    };
    meta.title = units[title].text.clone();
    meta.subtitle = subtitle.map(|d| units[d].text.clone());
    meta.author = name;
    // A site name: the first line of the page, short, not chrome, and the
    // only thing above the title but chrome and repeats of the title.
    let above: Vec<&Unit> = units[..title]
        .iter()
        .filter(|u| !skippable(u) && u.key() != units[title].key())
        .collect();
    meta.outlet = match above[..] {
        [first, ref rest @ ..]
            if first.words() <= 5
                && is_title_like(first)
                && rest.iter().all(|u| u.key() == first.key()) =>
        {
            Some(first.text.clone())
        }
        _ => None,
    };
    units.drain(..anchor);
    true
}

/// Lines the head walk passes over: chrome, navigation, lone punctuation.
fn skippable(unit: &Unit) -> bool {
    chrome::is_chrome_line(unit) || chrome::is_navigation(unit)
}

/// A title or subtitle: running text or a heading, not ending in a colon.
fn is_title_like(unit: &Unit) -> bool {
    matches!(unit.kind, UnitKind::Text | UnitKind::Heading)
        && unit.words() <= MAX_DEK_WORDS
        && !unit.text.trim_end().ends_with([':', ','])
        && !is_caption(unit)
}

/// A bare personal name: two to four capitalised words ("Lena Fischer",
/// "Ana de la Cruz"), no digits or sentence punctuation.
fn is_name(text: &str) -> bool {
    const PARTICLES: [&str; 8] = ["de", "la", "van", "von", "der", "bin", "al", "da"];
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| {
            (w.starts_with(char::is_uppercase) || PARTICLES.contains(w))
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
}

/// A short line after the title that a byline, date or caption follows,
/// or (Markdown) a paragraph set entirely in emphasis.
fn is_dek(unit: &Unit, next: Option<&Unit>) -> bool {
    let t = unit.text.trim_end();
    let emphasised = unit
        .marks
        .iter()
        .any(|m| m.range.start == 0 && m.range.end >= t.len());
    unit.kind == UnitKind::Text
        && unit.words() <= MAX_DEK_WORDS
        && !is_caption(unit)
        && !t.ends_with(':')
        && (emphasised
            || next.is_some_and(|n| {
                parse_byline(&n.text).is_some()
                    || is_date_line(&n.text)
                    || is_caption(n)
                    || chrome::is_chrome_line(n)
            }))
}

/// An image caption or credit: a short line naming a credit, or a line
/// whose tail is a credit ("... 1918. Public Domain", "... (Source: X)").
pub fn is_caption(unit: &Unit) -> bool {
    if unit.kind == UnitKind::Caption {
        return true;
    }
    if unit.kind != UnitKind::Text || unit.words() > 60 {
        return false;
    }
    let names_credit = |s: &str| super::vocabulary::credits().any_in(s);
    if unit.words() <= 12 {
        return names_credit(unit.key());
    }
    // A longer line is a caption when it opens with a credit label
    // ("Image caption, ...", "Photo: ...") or ends with a credit; fold just
    // those ends.
    let text = unit.text.trim_end();
    let head = key(&text.chars().take(24).collect::<String>());
    if super::vocabulary::vocabulary()
        .credits
        .iter()
        .any(|c| head.starts_with(c.as_str()))
    {
        return true;
    }
    let tail = if text.ends_with(')') {
        text.rfind('(').map_or(text, |at| &text[at..])
    } else {
        text.rsplit(". ").next().unwrap_or(text)
    };
    tail.split_whitespace().count() <= 8 && names_credit(&key(tail))
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Byline {
    pub author: Option<String>,
    pub published: Option<String>,
    pub outlet: Option<String>,
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

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Where a date keyword starts, glued to the name or not ("DoePublished").
fn find_date_keyword(text: &str) -> Option<usize> {
    DATE_KEYWORDS
        .iter()
        .filter_map(|k| text.find(k))
        .filter(|&at| at > 0)
        .min()
}

/// "Published about a year ago" → "about a year ago".
fn strip_date_keyword(text: &str) -> String {
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

/// Removes a trailing "7 min read" (and separators before it).
fn cut_reading_time(text: &str) -> &str {
    let lower = text.to_lowercase();
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
fn is_month_phrase(text: &str) -> bool {
    text.to_lowercase()
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.len() >= 3 && MONTHS.iter().any(|m| w.starts_with(m) && is_month_word(w)))
}

fn is_month_word(w: &str) -> bool {
    const FULL: [&str; 12] = [
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
    w.len() == 3 || FULL.contains(&w) || w == "sept"
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
    let end = rest
        .to_lowercase()
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

    fn text(t: &str) -> Unit {
        Unit::new(UnitKind::Text, t)
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
    fn head_gives_title_dek_byline_and_leaves_the_body() {
        let mut units = vec![
            text("Cities are running out of water"),
            text("A decade of drought has changed how planners think"),
            text("Written by: Ana Lima"),
            text("Updated: 12 May 2023"),
            text("The reservoirs that feed the city stood at a fifth of capacity last week."),
        ];
        let meta = take_head(&mut units);
        assert_eq!(meta.title, "Cities are running out of water");
        assert_eq!(
            meta.subtitle.as_deref(),
            Some("A decade of drought has changed how planners think")
        );
        assert_eq!(meta.author.as_deref(), Some("Ana Lima"));
        assert_eq!(meta.published.as_deref(), Some("12 May 2023"));
        assert_eq!(units.len(), 1);
    }

    #[test]
    fn a_text_starting_with_a_long_paragraph_has_no_title() {
        let long = "word ".repeat(40);
        let mut units = vec![text(&long), text("Second paragraph.")];
        let meta = take_head(&mut units);
        assert_eq!(meta.title, "");
        assert_eq!(units.len(), 2);
    }

    #[test]
    fn a_first_paragraph_is_not_a_dek() {
        let mut units = vec![
            text("Title here"),
            text("The first paragraph follows the title directly and it is a sentence."),
            text("The second paragraph."),
        ];
        let meta = take_head(&mut units);
        assert_eq!(meta.subtitle, None);
        assert_eq!(units.len(), 2);
    }

    #[test]
    fn dates_and_datelines() {
        assert!(looks_like_date("March 5, 2024"));
        assert!(looks_like_date("2024-03-05"));
        assert!(is_date_line("Published 5 Mar 2024, 10:32"));
        assert!(!is_date_line("May the best team win"));
        assert!(!looks_like_date("Mayor Jones spoke"));
        assert_eq!(
            dateline_outlet("NAIROBI (Reuters) - Kenya's").as_deref(),
            Some("Reuters")
        );
        assert_eq!(dateline_outlet("The UN (United Nations) said"), None);
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
    fn captions_name_a_credit() {
        assert!(is_caption(&text(
            "Paul Klee, \"Senecio\", 1922. Public Domain"
        )));
        assert!(is_caption(&text(
            "Crowds in the square on Sunday (Source: Jane Roe)"
        )));
        assert!(is_caption(&text("(Source: BBC News)")));
        assert!(is_caption(&text(
            "Image caption, Volunteers cleared the beach of plastic after the storm on Saturday morning"
        )));
        assert!(!is_caption(&text(
            "The report, published in the public domain archive last year, found that most of the claims made by the ministry were false and that it had hidden data."
        )));
    }
}
