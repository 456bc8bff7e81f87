//! Step 3: metadata from the top of the article. The first line is the
//! title; a short line right after it, followed by a byline, date or
//! caption, is the subtitle (dek); a byline gives the author and often a
//! date ("By Jane DoePublished 3 hours ago 5 min read" is split where the
//! words are glued); a wire dateline or the page chrome names the outlet.

use super::byline::parse_byline;
use super::captions::is_caption;
use super::chrome;
use super::dates::{is_date_line, is_relative, strip_date_keyword};
use super::unit::{Unit, UnitKind, one_line};
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

/// Takes the title, subtitle, byline and date lines off the front of
/// `units` and returns what they say.
pub fn take_head(units: &mut Vec<Unit>) -> SourceMeta {
    let mut meta = read_head(units);
    meta.title = one_line(&meta.title);
    // "2 hours ago" was true when the page was seen, not now: the line is
    // taken off the text (it stays in the raw view) but is no date.
    meta.published = meta.published.filter(|p| !is_relative(p));
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
        } else if let Some((author, outlet)) = name_and_site(&unit.text).filter(|_| i == 0) {
            meta.author = meta.author.or(Some(author));
            meta.outlet = meta.outlet.or(Some(outlet));
            units.remove(i);
        } else if is_date_line(&unit.text) {
            meta.published
                .get_or_insert_with(|| strip_date_keyword(&unit.text));
            units.remove(i);
        } else if skippable(unit) {
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
            // A menu between two headline-like lines parts the site's
            // name and tagline (above it) from the article's title.
            if !shaped.is_empty() && chrome::is_navigation(u) {
                break;
            }
            continue;
        }
        if shaped.is_empty()
            && name.is_none()
            && let Some(author) = author_line(&u.text)
        {
            name = Some(author.to_string());
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
    // only thing above the title but chrome, repeats of the title, a
    // tagline and the menu under it. A line inside a menu (after "Home", "News") is a
    // section name, not the site's.
    let in_menu = |u: &Unit| is_menu_item(u) && chrome::is_navigation(u);
    let first_shown = units[..title].iter().position(|u| !skippable(u));
    let menu_above = first_shown.is_some_and(|f| units[..f].iter().any(in_menu));
    let above: Vec<&Unit> = units[..title]
        .iter()
        .filter(|u| !skippable(u) && u.key() != units[title].key())
        .collect();
    meta.outlet = match above[..] {
        [first, ref rest @ ..]
            if first.words() <= 5
                && !menu_above
                && is_title_like(first)
                && rest.iter().enumerate().all(|(k, u)| {
                    // A tagline may follow the site's name ("Writing on cities").
                    u.key() == first.key() || is_menu_item(u) || (k == 0 && is_title_like(u))
                }) =>
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

/// Longest menu item, in words.
const MAX_MENU_WORDS: usize = 2;

/// A menu item under a masthead ("UK", "World", "Courts"): a word or two,
/// capitalised, no sentence punctuation.
fn is_menu_item(unit: &Unit) -> bool {
    let t = unit.text.trim();
    unit.words() <= MAX_MENU_WORDS
        && t.starts_with(char::is_uppercase)
        && !t.ends_with(['.', ':', '!', '?'])
}

/// The author's line above a date: a bare name, or a name and a role
/// ("Priya Natarajan, Legal affairs correspondent"). Returns the name.
fn author_line(text: &str) -> Option<&str> {
    if is_name(text) {
        return Some(text.trim());
    }
    let (name, role) = text.split_once(',')?;
    let v = super::vocabulary::vocabulary();
    let last = super::vocabulary::key(role);
    let last = last.split_whitespace().last()?;
    (is_name(name) && role.split_whitespace().count() <= 5 && v.is(&v.roles, last))
        .then(|| name.trim())
}

/// "Jo Park, Example.com" under the title: the author and the site.
fn name_and_site(text: &str) -> Option<(String, String)> {
    let (name, site) = text.split_once(',')?;
    let site = site.trim();
    (is_name(name) && chrome::looks_like_domain(site))
        .then(|| (name.trim().to_string(), site.to_string()))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Unit {
        Unit::new(UnitKind::Text, t)
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
    fn an_author_with_a_role_and_a_masthead_over_a_menu() {
        let mut units = vec![
            text("The Evening Ledger"),
            text("Markets"),
            text("Courts"),
            text("Hospital trust fined over missed cancer referrals"),
            text("Regulator says delays affected hundreds of patients"),
            text("Sam Reyes, Health editor"),
            text("Mon 4 Mar 2024 09.10 GMT"),
            text(
                "The trust was fined on Monday after an inquiry found that hundreds of referrals had been missed over two years.",
            ),
        ];
        let meta = take_head(&mut units);
        assert_eq!(
            meta.title,
            "Hospital trust fined over missed cancer referrals"
        );
        assert_eq!(
            meta.subtitle.as_deref(),
            Some("Regulator says delays affected hundreds of patients")
        );
        assert_eq!(meta.author.as_deref(), Some("Sam Reyes"));
        assert_eq!(meta.outlet.as_deref(), Some("The Evening Ledger"));
        assert_eq!(author_line("Paris, Texas"), None);
        assert_eq!(author_line("Ana Lima, Reuters"), None);
        assert_eq!(
            name_and_site("Ana Lima, Herald.co.uk"),
            Some(("Ana Lima".into(), "Herald.co.uk".into()))
        );
        assert_eq!(name_and_site("Lisbon, Portugal"), None);
    }

    #[test]
    fn a_site_tagline_above_the_menu_is_not_the_title() {
        let mut units = vec![
            text("Field Notes"),
            text("Essays on rivers and the people who use them"),
            text("Menu"),
            text("The last ferry on the Douro"),
            text("Posted on 9 May 2025 by Rita Sousa"),
            text(
                "The ferry made its last crossing on Sunday, after ninety years of service between the two villages on either bank.",
            ),
        ];
        let meta = take_head(&mut units);
        assert_eq!(meta.title, "The last ferry on the Douro");
        assert_eq!(meta.subtitle, None);
        assert_eq!(meta.author.as_deref(), Some("Rita Sousa"));
        assert_eq!(meta.published.as_deref(), Some("9 May 2025"));
        assert_eq!(meta.outlet.as_deref(), Some("Field Notes"));
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
}
