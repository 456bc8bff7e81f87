//! Step 2: plain text lines into units. Web text puts one paragraph on a
//! line, with or without blank lines between; hard-wrapped text (e-mail, wire
//! copy) spreads a paragraph over several lines, which are joined back.
//! Bulleted and numbered lines become list items, `>` lines quotes.

use super::unit::{Unit, UnitKind};

/// Longest line of a text that counts as hard-wrapped.
const MAX_WRAP_WIDTH: usize = 100;

pub fn split(text: &str) -> Vec<Unit> {
    let lines: Vec<&str> = text.lines().collect();
    let wrap_width = hard_wrap_width(&lines);
    let mut units: Vec<Unit> = Vec::new();
    let mut gap = true;
    let mut previous_line = "";
    for (number, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            gap = true;
            if let Some(last) = units.last_mut() {
                last.gap_after = true;
            }
            continue;
        }
        let (kind, body) = classify(trimmed);
        let continues = !gap
            && kind == UnitKind::Text
            && wrap_width.is_some_and(|w| is_wrapped_continuation(previous_line, trimmed, w));
        match units.last_mut() {
            Some(last)
                if continues
                    && matches!(
                        last.kind,
                        UnitKind::Text | UnitKind::Item { .. } | UnitKind::Quote
                    ) =>
            {
                last.text.push(' ');
                last.text.push_str(body);
            }
            _ => {
                if let Some(last) = units.last_mut() {
                    last.gap_after = gap;
                }
                let mut unit = Unit::new(kind, body);
                unit.gap_before = gap;
                unit.indented = line.starts_with(char::is_whitespace);
                unit.line = number + 1;
                units.push(unit);
            }
        }
        previous_line = trimmed;
        gap = false;
    }
    if let Some(last) = units.last_mut() {
        last.gap_after = true;
    }
    mark_unbulleted_lists(&mut units);
    units
}

/// Longest line, in words, that can be an item of a list without bullets.
const MAX_BARE_ITEM_WORDS: usize = 12;

/// Pasted web text often loses its bullets: a line ending in `:` followed
/// by two or more short lines is a list, kept with the line introducing it.
fn mark_unbulleted_lists(units: &mut [Unit]) {
    let mut i = 0;
    while i < units.len() {
        let intro = units[i].kind == UnitKind::Text && units[i].text.ends_with(':');
        i += 1;
        if !intro {
            continue;
        }
        let run = units[i..]
            .iter()
            .take_while(|u| {
                u.kind == UnitKind::Text
                    && u.words() <= MAX_BARE_ITEM_WORDS
                    && !u.text.ends_with(':')
            })
            .count();
        if run >= 2 {
            for unit in &mut units[i..i + run] {
                unit.kind = UnitKind::Item { ordered: None };
            }
            i += run;
        }
    }
}

/// Splits a list marker or quote marker off a trimmed line.
fn classify(line: &str) -> (UnitKind, &str) {
    for bullet in ['•', '·', '▪', '◦', '‣', '●', '-', '*', '–'] {
        if let Some(rest) = line.strip_prefix(bullet)
            && rest.starts_with(char::is_whitespace)
            && !rest.trim().is_empty()
        {
            return (UnitKind::Item { ordered: None }, rest.trim());
        }
    }
    if let Some((number, rest)) = ordered_marker(line) {
        return (
            UnitKind::Item {
                ordered: Some(number),
            },
            rest,
        );
    }
    if let Some(rest) = line.strip_prefix('>') {
        return (UnitKind::Quote, rest.trim());
    }
    (UnitKind::Text, line)
}

/// "1. text" or "2) text": a number of at most three digits, then `.` or `)`
/// and a space.
fn ordered_marker(line: &str) -> Option<(u32, &str)> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = &line[digits..];
    let rest = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))?;
    if !rest.starts_with(' ') || rest.trim().is_empty() {
        return None;
    }
    Some((line[..digits].parse().ok()?, rest.trim()))
}

/// The width a text is hard-wrapped at, if it is: every line fits in
/// [`MAX_WRAP_WIDTH`] and a good share of lines come close to the longest.
fn hard_wrap_width(lines: &[&str]) -> Option<usize> {
    let lengths: Vec<usize> = lines
        .iter()
        .map(|l| l.trim_end().chars().count())
        .filter(|&n| n > 0)
        .collect();
    let widest = *lengths.iter().max()?;
    if widest > MAX_WRAP_WIDTH || lengths.len() < 4 {
        return None;
    }
    let near = lengths.iter().filter(|&&n| n * 10 >= widest * 7).count();
    (near * 3 >= lengths.len()).then_some(widest)
}

/// A line continues the previous one when the previous one was filled: its
/// next word would not have fitted within the wrap width.
fn is_wrapped_continuation(previous: &str, line: &str, width: usize) -> bool {
    if previous.is_empty() {
        return false;
    }
    let next_word = line
        .split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count());
    previous.chars().count() + 1 + next_word > width.saturating_sub(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(units: &[Unit]) -> Vec<(UnitKind, &str)> {
        units.iter().map(|u| (u.kind, u.text.as_str())).collect()
    }

    #[test]
    fn one_paragraph_per_line_with_or_without_blank_lines() {
        let with = split("First paragraph here.\n\nSecond one.\n");
        let without = split("First paragraph here.\nSecond one.\n");
        assert_eq!(kinds(&with), kinds(&without));
        assert_eq!(with.len(), 2);
        assert!(with[1].gap_before && !without[1].gap_before);
    }

    #[test]
    fn list_items_bulleted_and_numbered() {
        let units = split("Items:\n• one\n- two\n* three\n1. first\n12) twelfth\n> quoted\n");
        assert_eq!(
            kinds(&units),
            vec![
                (UnitKind::Text, "Items:"),
                (UnitKind::Item { ordered: None }, "one"),
                (UnitKind::Item { ordered: None }, "two"),
                (UnitKind::Item { ordered: None }, "three"),
                (UnitKind::Item { ordered: Some(1) }, "first"),
                (UnitKind::Item { ordered: Some(12) }, "twelfth"),
                (UnitKind::Quote, "quoted"),
            ]
        );
    }

    #[test]
    fn a_year_or_a_dash_word_is_not_a_list_marker() {
        let units = split("2024. A year\n-5 degrees\n");
        assert!(units.iter().all(|u| u.kind == UnitKind::Text));
    }

    #[test]
    fn short_lines_after_a_colon_are_a_list() {
        let units = split(
            "The plan includes:\nNew bike lanes,\nMore buses,\nLower fares.\n\nThe council will vote on it next month, after a consultation with residents and businesses in the area.\n",
        );
        let kinds: Vec<UnitKind> = units.iter().map(|u| u.kind).collect();
        let item = UnitKind::Item { ordered: None };
        assert_eq!(
            kinds,
            vec![UnitKind::Text, item, item, item, UnitKind::Text]
        );
        // One short line after a colon is not a list.
        let units = split("He said:\nNot now.\n");
        assert!(units.iter().all(|u| u.kind == UnitKind::Text));
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "The committee met on Tuesday to discuss the budget for the\n\
                    coming year, and agreed on most of the items it had been\n\
                    asked to review.\n\n\
                    A second paragraph starts here and it also runs on over\n\
                    two lines of text.\n";
        let units = split(text);
        assert_eq!(units.len(), 2, "{units:?}");
        assert!(units[0].text.starts_with("The committee") && units[0].text.ends_with("review."));
    }

    #[test]
    fn indentation_is_recorded() {
        let units = split("  • Home\nTitle\n");
        assert!(units[0].indented && !units[1].indented);
    }
}
