//! Step 2b: reference markers. Encyclopedias and papers pasted from a
//! browser keep their footnote calls glued to the word before them:
//! "since 1973.[1]", "Organization.[2][3]", "dose.[citation needed]",
//! "[note 1]", and section headings end in an "[edit]" link. The markers
//! are apparatus, not text: they are taken out (marks are shifted to
//! match) and the text around them is left as it was.

use super::unit::{Unit, UnitKind};

/// Most words an editorial note in brackets has ("better source needed").
const MAX_NOTE_WORDS: usize = 3;

/// Removes reference markers from every unit but code.
pub fn strip_all(units: &mut [Unit]) {
    for unit in units {
        if unit.kind == UnitKind::Code || !unit.text.contains('[') {
            continue;
        }
        let spans = marker_spans(&unit.text);
        if spans.is_empty() {
            continue;
        }
        let mut text = String::with_capacity(unit.text.len());
        let mut from = 0;
        for span in &spans {
            text.push_str(&unit.text[from..span.start]);
            from = span.end;
        }
        text.push_str(&unit.text[from..]);
        let shift = |offset: usize| {
            offset
                - spans
                    .iter()
                    .map(|s| offset.clamp(s.start, s.end) - s.start)
                    .sum::<usize>()
        };
        for mark in &mut unit.marks {
            mark.range = shift(mark.range.start)..shift(mark.range.end);
        }
        unit.marks.retain(|m| !m.range.is_empty());
        let text = text.trim_end().to_string();
        unit.set_text(text);
    }
}

/// Byte ranges of the markers in `text`, in order, not overlapping.
fn marker_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    let mut search = 0;
    while let Some(open) = text[search..].find('[').map(|i| i + search) {
        let Some(close) = text[open..].find(']').map(|i| i + open) else {
            break;
        };
        let inner = &text[open + 1..close];
        let attached = text[..open]
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_whitespace() && c != '[' && c != '(');
        // "History [edit]": an edit link may stand apart, but only at the end.
        let trailing_edit = inner == "edit" && text[close + 1..].trim().is_empty();
        let start = if trailing_edit && !attached {
            text[..open].trim_end().len()
        } else {
            open
        };
        if (attached && is_marker(inner)) || trailing_edit {
            spans.push(start..close + 1);
        }
        search = close + 1;
    }
    spans
}

/// "12", "a", "note 3", "nb 1", "citation needed", "who?", "edit".
fn is_marker(inner: &str) -> bool {
    let inner = inner.trim();
    if inner.is_empty() {
        return false;
    }
    if inner.len() <= 3 && inner.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    // A lettered footnote: one lower-case letter.
    if inner.len() == 1 && inner.chars().all(|c| c.is_ascii_lowercase()) {
        return true;
    }
    let words: Vec<&str> = inner.split_whitespace().collect();
    // "note 1", "nb 2": a lower-case label and a number.
    if let [label, number] = words[..]
        && label.chars().all(|c| c.is_ascii_lowercase())
        && number.chars().all(|c| c.is_ascii_alphanumeric())
        && number.chars().any(|c| c.is_ascii_digit())
    {
        return true;
    }
    // An editorial note: a few lower-case words that ask for a source or
    // a check ("citation needed", "who?", "dubious"), not any word in
    // brackets ("array[index]").
    words.len() <= MAX_NOTE_WORDS
        && words.iter().all(|w| {
            w.trim_end_matches('?')
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-')
        })
        && (inner.ends_with('?') || inner.ends_with("needed") || EDITORIAL_NOTES.contains(&inner))
}

/// Editorial notes that neither ask a question nor say "needed".
const EDITORIAL_NOTES: [&str; 7] = [
    "edit",
    "dubious",
    "discuss",
    "failed verification",
    "dead link",
    "permanent dead link",
    "unreliable source",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Mark, MarkKind};

    fn stripped(text: &str) -> String {
        let mut units = vec![Unit::new(UnitKind::Text, text)];
        strip_all(&mut units);
        units.remove(0).text
    }

    #[test]
    fn footnote_calls_and_editorial_notes_go() {
        assert_eq!(
            stripped("It began in 1973.[1] Cover reached 93%.[2][3]"),
            "It began in 1973. Cover reached 93%."
        );
        assert_eq!(
            stripped("About 600 had one dose.[citation needed] Then[a] more[note 2]."),
            "About 600 had one dose. Then more."
        );
        assert_eq!(stripped("Who said so?[who?]"), "Who said so?");
        assert_eq!(stripped("History[edit]"), "History");
        assert_eq!(stripped("Early life [edit]"), "Early life");
    }

    #[test]
    fn brackets_in_running_text_stay() {
        for kept in [
            "He said the [company] would pay.",
            "The ratio [1:4] was fixed.",
            "The list [1] is spaced from the word.",
            "A quote [sic] stays.",
            "See array[index] and Matrix[Row].",
            "An [edit] in the middle stays.",
            "Unclosed [1 bracket.",
        ] {
            assert_eq!(stripped(kept), kept);
        }
    }

    #[test]
    fn marks_move_with_the_text() {
        let mut unit = Unit::new(UnitKind::Text, "One[1] two[2] three");
        unit.marks.push(Mark {
            range: 7..10,
            kind: MarkKind::Emphasis,
        });
        let mut units = vec![unit];
        strip_all(&mut units);
        assert_eq!(units[0].text, "One two three");
        let range = units[0].marks[0].range.clone();
        assert_eq!(&units[0].text[range], "two");
    }

    #[test]
    fn code_is_left_alone() {
        let mut units = vec![Unit::new(UnitKind::Code, "xs[1]")];
        strip_all(&mut units);
        assert_eq!(units[0].text, "xs[1]");
    }
}
