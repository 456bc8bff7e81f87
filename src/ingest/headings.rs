//! Step 4: headings in plain text. A heading is a short line standing alone
//! between paragraphs, without closing punctuation (a question mark is
//! allowed), that is not a caption, a source note, a sentence introducing a
//! list or a one-sentence paragraph, and that has text under it. A leading
//! run of lines repeating the headings below is a table of contents: it is
//! removed, and its entries confirm the headings they name.

use std::collections::HashSet;

use super::captions::is_caption;
use super::chrome;
use super::dates::is_date_line;
use super::unit::{Unit, UnitKind};

/// Longest heading, in words and in characters, and longest heading that
/// is not a question.
const MAX_WORDS: usize = 14;
const MAX_STATEMENT_WORDS: usize = 10;
const MAX_CHARS: usize = 120;
/// Where a table of contents may start, in units from the top.
const TOC_WINDOW: usize = 4;
/// Fewest entries a table of contents has.
const TOC_MIN: usize = 3;
/// Fewest paragraphs above a heading of more than [`MAX_EARLY_WORDS`]
/// words on a page without blank lines.
const MIN_PARAGRAPHS_ABOVE: usize = 2;
const MAX_EARLY_WORDS: usize = 6;

/// Removes a leading table of contents and marks headings.
pub fn detect(units: &mut Vec<Unit>) {
    let toc = remove_toc(units);
    let mut marked = vec![false; units.len()];
    let mut paragraphs = 0;
    for i in 0..units.len() {
        let unit = &units[i];
        if unit.kind != UnitKind::Text {
            continue;
        }
        let listed = !toc.is_empty() && unit.words() <= MAX_WORDS && toc.contains(unit.key());
        // A section heading follows some text of the article: a longer
        // line right under the first paragraph is a summary point or a
        // subtitle, not a section ("The first problem" there is one).
        let placed = paragraphs >= MIN_PARAGRAPHS_ABOVE
            || unit.words() <= MAX_EARLY_WORDS
            || i == 0
            || unit.gap_before;
        if is_paragraph(unit) {
            paragraphs += 1;
        }
        let shape = listed || (placed && looks_like_heading(unit));
        if !shape {
            continue;
        }
        let previous_ok = i == 0 || listed || unit.gap_before || is_paragraph(&units[i - 1]);
        // A heading needs text under it, not another heading-shaped line.
        let next_ok = units.get(i + 1).is_some_and(|n| {
            let body = n.kind != UnitKind::Text || !looks_like_heading(n);
            body && (unit.gap_after || listed || is_paragraph(n))
        });
        marked[i] = previous_ok && next_ok;
    }
    for (i, is_numbered) in numbered_headings(units).into_iter().enumerate() {
        if is_numbered && let UnitKind::Item { ordered: Some(n) } = units[i].kind {
            let text = format!("{n}. {}", units[i].text);
            units[i].set_text(text);
            marked[i] = true;
        }
    }
    for (unit, is_heading) in units.iter_mut().zip(marked) {
        if is_heading {
            unit.kind = UnitKind::Heading;
            let bare = strip_leading_dash(&unit.text);
            if bare.len() != unit.text.len() {
                let bare = bare.to_string();
                unit.set_text(bare);
            }
        }
    }
}

/// Numbered lines that stand alone between paragraphs ("1. Stocks are
/// low" with a paragraph under it) are numbered headings, not a list.
fn numbered_headings(units: &[Unit]) -> Vec<bool> {
    let is_item = |u: Option<&Unit>| u.is_some_and(|u| matches!(u.kind, UnitKind::Item { .. }));
    (0..units.len())
        .map(|i| {
            let unit = &units[i];
            matches!(unit.kind, UnitKind::Item { ordered: Some(_) })
                && !is_item(i.checked_sub(1).and_then(|p| units.get(p)))
                && !is_item(units.get(i + 1))
                && units
                    .get(i + 1)
                    .is_some_and(|n| n.kind == UnitKind::Text && is_paragraph(n))
                && looks_like_heading(&Unit::new(UnitKind::Text, unit.text.clone()))
        })
        .collect()
}

/// The form of a heading: short, capitalised, no closing punctuation but a
/// question mark, not a caption, source note, date or link.
pub fn looks_like_heading(unit: &Unit) -> bool {
    let text = strip_leading_dash(unit.text.trim());
    let words = unit.words();
    if words == 0 || words > MAX_WORDS || text.chars().count() > MAX_CHARS {
        return false;
    }
    // A longer line that is not a question reads as a caption or a teaser.
    if words > MAX_STATEMENT_WORDS && !text.ends_with(['?', '？']) {
        return false;
    }
    // A heading may be quoted whole ("“No ideology here”"); otherwise it
    // ends in a letter, a digit, a question mark or a closing bracket.
    let inner = strip_enclosing_quotes(text);
    let starts_well = inner.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_numeric() || (c.is_alphabetic() && !c.is_lowercase())
    });
    let ends_well = inner
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '?' | '？' | ')' | '%'));
    starts_well
        && ends_well
        && !inner.starts_with('(')
        && !is_caption(unit)
        && !is_date_line(text)
        && !chrome::is_link_only(text)
        && !text.contains("http")
}

/// A question set off by a dash ("— Who leaked the documents?") is a
/// heading in some pages' style; the dash is not part of it.
fn strip_leading_dash(text: &str) -> &str {
    text.strip_prefix(['—', '―'])
        .map_or(text, |rest| rest.trim_start())
}

/// The text inside a pair of quotes around the whole line, or the line.
fn strip_enclosing_quotes(text: &str) -> &str {
    const PAIRS: [(char, char); 5] = [('"', '"'), ('“', '”'), ('‘', '’'), ('\'', '\''), ('«', '»')];
    for (open, close) in PAIRS {
        if let Some(inner) = text.strip_prefix(open).and_then(|t| t.strip_suffix(close)) {
            return inner.trim();
        }
    }
    text
}

/// Running text: long, or ending a sentence.
fn is_paragraph(unit: &Unit) -> bool {
    unit.kind != UnitKind::Text
        || unit.words() > MAX_WORDS
        || unit
            .text
            .trim_end()
            .ends_with(['.', '!', ':', ';', '"', '”', ')'])
}

/// Finds a table of contents among the first units, removes it, and returns
/// the keys of its entries (empty when there is none).
fn remove_toc(units: &mut Vec<Unit>) -> HashSet<String> {
    for start in 0..TOC_WINDOW.min(units.len()) {
        let run = units[start..]
            .iter()
            .take_while(|u| is_toc_entry(u))
            .count();
        if run < TOC_MIN {
            continue;
        }
        let first = units[start].key();
        // The run can flow straight into the article's first heading, which
        // repeats the first entry.
        let len = (1..run)
            .find(|&j| units[start + j].key() == first)
            .unwrap_or(run);
        if len < TOC_MIN {
            continue;
        }
        let entries: Vec<String> = units[start..start + len]
            .iter()
            .map(|u| u.key().to_string())
            .collect();
        let later: HashSet<&str> = units[start + len..]
            .iter()
            .filter(|u| u.words() <= MAX_WORDS)
            .map(Unit::key)
            .collect();
        let found = entries
            .iter()
            .filter(|e| later.contains(e.as_str()))
            .count();
        if found * 10 >= entries.len() * 6 {
            units.drain(start..start + len);
            return entries.into_iter().collect();
        }
    }
    HashSet::new()
}

fn is_toc_entry(unit: &Unit) -> bool {
    matches!(unit.kind, UnitKind::Text | UnitKind::Item { .. })
        && unit.words() <= MAX_WORDS
        && !unit.text.trim_end().ends_with(['.', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Unit {
        Unit::new(UnitKind::Text, t)
    }

    fn headings(units: &[Unit]) -> Vec<&str> {
        units
            .iter()
            .filter(|u| u.kind == UnitKind::Heading)
            .map(|u| u.text.as_str())
            .collect()
    }

    const PARA: &str = "A paragraph of running text that says something and ends properly.";

    #[test]
    fn short_standalone_lines_are_headings() {
        let mut units = vec![
            text(PARA),
            text("Why the harvest failed"),
            text(PARA),
            text("What comes next?"),
            text(PARA),
        ];
        detect(&mut units);
        assert_eq!(
            headings(&units),
            vec!["Why the harvest failed", "What comes next?"]
        );
        let mut units = vec![text(PARA), text("— Who paid for it?"), text(PARA)];
        detect(&mut units);
        assert_eq!(headings(&units), vec!["Who paid for it?"]);
    }

    #[test]
    fn sentences_captions_list_intros_and_trailing_lines_are_not() {
        let mut units = vec![
            text(PARA),
            text("It did not last."),
            text(PARA),
            text("He only said “not now”"),
            text(PARA),
            text("and then the rain came"),
            text(PARA),
            text("The findings include:"),
            Unit::new(UnitKind::Item { ordered: None }, "one"),
            text("(Source: National Archives)"),
            text(PARA),
            text("Lonely line at the end"),
        ];
        detect(&mut units);
        assert!(headings(&units).is_empty(), "{:?}", headings(&units));
    }

    #[test]
    fn without_blank_lines_a_heading_sits_between_paragraphs() {
        let mut units = vec![text(PARA), text(PARA), text("Second part"), text(PARA)];
        for u in &mut units {
            u.gap_before = false;
            u.gap_after = false;
        }
        detect(&mut units);
        assert_eq!(headings(&units), vec!["Second part"]);
        // Right under the first paragraph, a short line is a summary point.
        let mut units = vec![
            text(PARA),
            text("Prices could fall much further before the year is out"),
            text(PARA),
            text(PARA),
        ];
        for u in &mut units {
            u.gap_before = false;
            u.gap_after = false;
        }
        detect(&mut units);
        assert!(headings(&units).is_empty(), "{:?}", headings(&units));
    }

    #[test]
    fn numbered_lines_between_paragraphs_are_headings() {
        let item = |n, t| Unit::new(UnitKind::Item { ordered: Some(n) }, t);
        let mut units = vec![
            text(PARA),
            item(1, "Stocks are low"),
            text(PARA),
            item(2, "Freight is dear"),
            text(PARA),
        ];
        detect(&mut units);
        assert_eq!(
            headings(&units),
            vec!["1. Stocks are low", "2. Freight is dear"]
        );
        let mut list = vec![text("Steps:"), item(1, "Mix"), item(2, "Bake"), text(PARA)];
        detect(&mut list);
        assert!(headings(&list).is_empty());
    }

    #[test]
    fn table_of_contents_is_removed_and_confirms_headings() {
        let mut units = vec![
            text("Origins"),
            text("“A quiet rise”"),
            text("Where it stands"),
            text("Origins"),
            text(PARA),
            text("“A quiet rise”"),
            text(PARA),
            text("Where it stands"),
            text(PARA),
        ];
        for u in &mut units[..4] {
            u.gap_before = false;
            u.gap_after = false;
        }
        detect(&mut units);
        assert_eq!(units.len(), 6);
        assert_eq!(
            headings(&units),
            vec!["Origins", "“A quiet rise”", "Where it stands"]
        );
    }
}
