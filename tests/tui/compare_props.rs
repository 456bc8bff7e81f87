//! Properties of the comparison columns on arbitrary passages: rows never
//! exceed the column, no text is lost or reordered, figures that fit stay
//! on one row, and nothing panics on ranges that are out of bounds or off
//! character boundaries.

use brief::compare::{Passage, PassageAt, SourceColumn};
use brief::layout::wrap_keeping;
use brief::tui::compare::layout::column_rows;
use proptest::prelude::*;
use unicode_width::UnicodeWidthStr;

/// Words, numbers with separators, wide characters, controls and newlines.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            "[a-z]{1,12}",
            "[0-9]{1,3}( [0-9]{3}){0,2}",
            "[0-9]{1,3}(,[0-9]{3}){0,2}",
            "[北朝鮮]{1,4}",
            Just("\u{1b}[31m".to_string()),
            Just("\n".to_string()),
            "[a-z]{20,40}",
        ],
        0..25,
    )
    .prop_map(|words| words.join(" "))
}

fn ranges() -> impl Strategy<Value = Vec<std::ops::Range<usize>>> {
    proptest::collection::vec((0usize..300, 0usize..40).prop_map(|(s, l)| s..s + l), 0..4)
}

/// `range` widened to the rest of the words it starts and ends in.
fn widen(text: &str, range: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let inner = text.get(range.clone())?;
    let lead = inner.len() - inner.trim_start().len();
    let range = range.start + lead..range.start + lead + inner.trim().len();
    let before = text.get(..range.start)?;
    let after = text.get(range.end..)?;
    let start = before.rfind(' ').map_or(0, |i| i + 1);
    let end = range.end + after.find(' ').unwrap_or(after.len());
    Some(start..end)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn rows_fit_keep_the_words_and_never_panic(
        text in text(),
        figures in ranges(),
        terms in ranges(),
        width in 1usize..60,
    ) {
        let passage = Passage {
            at: PassageAt { section: 0, blocks: 0..1, start: 0, end: text.len() },
            text: text.clone(),
            score: 1.0,
            attribution: Some("a source\nwith \u{1b}[2J a newline".into()),
            certainty: None,
            terms,
            figures: figures.clone(),
        };
        let column = SourceColumn {
            source: 0,
            covered: true,
            mentions: 1,
            passages: vec![passage],
            figures: Vec::new(),
        };
        let rows = column_rows(&column, width);
        let mut words = Vec::new();
        for row in &rows {
            let line: String = row.pieces.iter().map(|(t, _)| t.as_str()).collect();
            prop_assert!(!line.chars().any(brief::layout::is_unsafe), "{line:?}");
            // Only a word wider than the column may overflow... and it is
            // broken, so no row is wider than the column.
            prop_assert!(line.width() <= width.max(2), "{line:?} > {width}");
            if row.pieces.iter().all(|(_, ink)| *ink != brief::tui::compare::layout::Ink::Badge) {
                words.extend(line.split_whitespace().map(str::to_string));
            }
        }
        let safe = brief::layout::display_safe(&text);
        let joined: String = words.concat();
        let expected: String = safe.split_whitespace().collect();
        prop_assert_eq!(joined, expected);

        // A figure that fits in the column, with the words it starts and
        // ends in, is on one row.
        let lines = wrap_keeping(&safe, &figures, width);
        let units: Vec<_> = figures.iter().map(|f| widen(&safe, f.clone())).collect();
        for (i, unit) in units.iter().enumerate() {
            let Some(unit) = unit else { continue };
            // Figures never share a word in a passage; generated ones may.
            let shared = units.iter().enumerate().any(|(j, other)| {
                j != i && other.as_ref().is_some_and(|o| o.start <= unit.end && unit.start <= o.end)
            });
            let Some(f) = safe.get(unit.clone()) else { continue };
            if shared {
                continue;
            }
            // Ideographs may break between any two of them (Unicode line
            // breaking), as in the reader: only spaced words are held here.
            if f.is_empty() || f.width() > width || f.contains('\n') || !f.is_ascii() {
                continue;
            }
            prop_assert!(
                lines.iter().any(|l| safe.get(l.clone()).is_some_and(|row| row.contains(f))),
                "{f:?} broken in {:?}",
                lines.iter().map(|l| &safe[l.clone()]).collect::<Vec<_>>()
            );
        }
    }
}
