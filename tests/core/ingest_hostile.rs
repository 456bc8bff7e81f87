//! Untrusted text: the hostile fixture (OSC title and clipboard writes,
//! clear screen, NUL, BEL, backspace, invalid UTF-8, bidi overrides, a
//! 20,000-character line, CJK and emoji) must print without a control byte
//! and hard-wrapped; and property tests over arbitrary input.

use assert_cmd::Command;
use brief::ingest::{Decoded, Format, Ingested, decode, ingest};
use proptest::prelude::*;
use unicode_width::UnicodeWidthStr;

const HOSTILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/hostile");

/// A character a terminal would act on instead of printing.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn brief(args: &[&str]) -> String {
    let out = Command::cargo_bin("brief")
        .expect("binary builds")
        .arg("-b")
        .arg(HOSTILE)
        .args(args)
        .output()
        .expect("brief runs");
    assert!(
        out.status.success(),
        "brief {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("output is UTF-8")
}

#[test]
fn read_prints_no_control_byte_and_wraps_long_tokens() {
    for args in [
        &["read", "hostile", "--width", "80"][..],
        &["read", "hostile", "--raw", "--width", "80"],
    ] {
        let text = brief(args);
        assert!(
            !text.chars().any(is_unsafe),
            "{args:?} printed a control character"
        );
        assert!(
            !text.contains("evil title") && !text.contains("ZXZpbA=="),
            "escape payload leaked"
        );
        for line in text.lines() {
            assert!(
                line.width() <= 80,
                "{args:?}: line of width {} > 80",
                line.width()
            );
        }
        assert!(
            text.contains("北朝鮮") && text.contains("👍🏽"),
            "wide text kept"
        );
    }
    let plain = brief(&["read", "hostile", "--width", "80"]);
    assert!(plain.contains("This paragraph clears the screen and rings the bell"));
    assert!(plain.contains("Bidi override evil and isolate text end here."));
}

#[test]
fn sources_json_carries_no_control_character() {
    let json = brief(&["sources", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let text = value.to_string();
    assert!(
        !serde_json::to_string(&value)
            .expect("serialises")
            .contains("\\u001b")
    );
    assert!(!text.contains("evil title"));
}

/// Every string the pipeline produced, and every mark checked.
fn check(doc: &Ingested) -> Result<(), TestCaseError> {
    let meta = &doc.meta;
    let fields = [
        Some(&meta.title),
        meta.subtitle.as_ref(),
        meta.author.as_ref(),
        meta.outlet.as_ref(),
        meta.published.as_ref(),
    ];
    for field in fields.into_iter().flatten() {
        prop_assert!(
            !field.chars().any(|c| is_unsafe(c) || c == '\n'),
            "metadata {field:?}"
        );
    }
    prop_assert!(!doc.raw.chars().any(is_unsafe));
    for section in &doc.sections {
        if let Some(h) = &section.heading {
            prop_assert!(
                !h.chars().any(|c| is_unsafe(c) || c == '\n'),
                "heading {h:?}"
            );
        }
        for block in &section.blocks {
            prop_assert!(!block.text.chars().any(is_unsafe), "block {:?}", block.text);
            for mark in &block.marks {
                let r = &mark.range;
                prop_assert!(
                    r.start <= r.end && r.end <= block.text.len(),
                    "mark {r:?} outside {:?}",
                    block.text
                );
                prop_assert!(
                    block.text.is_char_boundary(r.start) && block.text.is_char_boundary(r.end)
                );
            }
            for c in &block.citations {
                prop_assert!(!c.chars().any(is_unsafe));
            }
        }
    }
    Ok(())
}

/// Pieces that exercise the pipeline's rules: markers, escapes, Markdown,
/// bylines, multi-byte text.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("• ".to_string()),
        Just("- ".to_string()),
        Just("1. ".to_string()),
        Just("# ".to_string()),
        Just("> ".to_string()),
        Just("**".to_string()),
        Just("*".to_string()),
        Just("`".to_string()),
        Just("[link](http://e.org)".to_string()),
        Just("By Ann LeePublished 2 days ago 5 min read".to_string()),
        Just(". The Daily Ledger+1".to_string()),
        Just("\u{1b}]0;t\u{7}".to_string()),
        Just("\u{1b}[31m".to_string()),
        Just("\u{9b}".to_string()),
        Just("\u{202e}".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("\t".to_string()),
        Just("© 2024".to_string()),
        Just("Share this".to_string()),
        "[a-zA-Z ,.?:]{0,30}",
        "[é北👍🏽İẞ\u{a0}\u{2011}“”]{0,6}",
        Just("İ logo 5 MIN READ Published".to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        if let Decoded::Text { text, .. } = decode(&bytes) {
            check(&ingest(&text, Format::Text))?;
            check(&ingest(&text, Format::Markdown))?;
        }
        let lossy = String::from_utf8_lossy(&bytes);
        check(&ingest(&lossy, Format::Text))?;
        check(&ingest(&lossy, Format::Markdown))?;
    }

    #[test]
    fn article_like_text_keeps_ranges_on_char_boundaries(pieces in proptest::collection::vec(piece(), 0..60)) {
        let text: String = pieces.concat();
        check(&ingest(&text, Format::Text))?;
        check(&ingest(&text, Format::Markdown))?;
    }
}
