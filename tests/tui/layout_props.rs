//! Properties of the core document layout on arbitrary text and widths.

use brief::layout::{Document, is_unsafe};
use brief::model::{Block, BlockKind, Mark, MarkKind, Section, Source, SourceMeta};
use proptest::prelude::*;
use unicode_width::UnicodeWidthStr;

fn block_kind() -> impl Strategy<Value = BlockKind> {
    prop_oneof![
        Just(BlockKind::Paragraph),
        Just(BlockKind::Quote),
        Just(BlockKind::Caption),
        Just(BlockKind::Code),
        Just(BlockKind::ListItem { ordered: None }),
        (0u32..2000).prop_map(|n| BlockKind::ListItem { ordered: Some(n) }),
    ]
}

/// Text mixing words, wide characters, emoji, controls and long tokens.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            "[a-z]{1,12}",
            "[0-9]{1,3}(,[0-9]{3}){0,2}",
            "[北朝鮮とロシア]{1,6}",
            Just("🎉".to_string()),
            Just("\u{1b}[31m".to_string()),
            Just("\u{202e}".to_string()),
            Just("\n".to_string()),
            "[a-z/]{30,60}",
        ],
        0..30,
    )
    .prop_map(|words| words.join(" "))
}

fn block() -> impl Strategy<Value = Block> {
    (
        block_kind(),
        text(),
        proptest::collection::vec("[A-Za-z ]{1,20}", 0..2),
        0usize..50,
        0usize..50,
    )
        .prop_map(|(kind, text, citations, a, b)| {
            let mut block = Block::new(kind, text);
            block.citations = citations;
            // Marks may even be out of range or off char boundaries.
            block.marks = vec![Mark {
                range: a.min(b)..a.max(b),
                kind: MarkKind::Strong,
            }];
            block
        })
}

fn source() -> impl Strategy<Value = Source> {
    let section = (
        proptest::option::of(text()),
        proptest::collection::vec(block(), 0..6),
    )
        .prop_map(|(heading, blocks)| Section { heading, blocks });
    (text(), proptest::collection::vec(section, 0..5), text()).prop_map(|(title, sections, raw)| {
        Source {
            id: "p".into(),
            meta: SourceMeta {
                title,
                ..SourceMeta::default()
            },
            sections,
            raw,
            ..Source::default()
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn layout_fits_is_safe_and_ordered(source in source(), width in 1usize..120) {
        for doc in [Document::of_source(0, &source, width), Document::of_raw(0, &source, width)] {
            prop_assert!(!doc.is_empty());
            for line in doc.lines() {
                // Only a lone wide character may overflow a 1-column measure.
                let fits = line.text.width() <= width || line.text.chars().count() == 1;
                prop_assert!(fits, "{:?} wider than {}", line.text, width);
                prop_assert!(!line.text.chars().any(is_unsafe), "{:?}", line.text);
                for span in &line.spans {
                    prop_assert!(line.text.get(span.range.clone()).is_some());
                }
            }
            for pair in doc.lines().windows(2) {
                prop_assert!(pair[0].position <= pair[1].position);
            }
            for row in 0..doc.len() {
                let back = doc.row_of(doc.position_at(row));
                prop_assert!(back <= row);
                prop_assert_eq!(doc.position_at(back), doc.position_at(row));
            }
        }
    }
}
