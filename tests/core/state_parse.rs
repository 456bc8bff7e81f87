//! Property tests: the state file parser never panics, whatever the file
//! holds, and every state it accepts or writes reads back the same.

use brief::state::{Bookmark, ParseError, ReadingState, SavedPosition, parse_state};
use proptest::prelude::*;

fn saved_position() -> impl Strategy<Value = SavedPosition> {
    (
        "[a-z0-9-]{1,12}",
        0usize..50,
        proptest::option::of(0usize..200),
        0usize..5000,
    )
        .prop_map(|(source, section, block, offset)| SavedPosition {
            source,
            section,
            block,
            offset,
        })
}

fn bookmark() -> impl Strategy<Value = Bookmark> {
    (
        "[0-9a-f]{20}",
        saved_position(),
        "[a-zA-Z0-9 ,.é—]{0,40}",
        any::<u64>(),
        "[a-zA-Z0-9 ,.ü…]{0,80}",
    )
        .prop_map(|(id, at, note, created, excerpt)| Bookmark {
            id,
            at,
            // Notes and excerpts are stored as single clean lines.
            note: note.split_whitespace().collect::<Vec<_>>().join(" "),
            created,
            excerpt: excerpt.split_whitespace().collect::<Vec<_>>().join(" "),
        })
}

/// A state file as JSON text, built here field by field (not by the
/// crate's writer) so the parser is tested against the documented format.
fn file_text(
    state_bookmarks: &[Bookmark],
    last: &Option<SavedPosition>,
    read: &[String],
) -> String {
    serde_json::json!({
        "version": 1,
        "briefing": "/somewhere/a briefing",
        "last": last,
        "bookmarks": state_bookmarks,
        "read": read,
    })
    .to_string()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = parse_state(&bytes);
    }

    #[test]
    fn arbitrary_json_like_text_never_panics(text in r#"[{}\[\]":,0-9a-z \\.-]{0,200}"#) {
        let _ = parse_state(text.as_bytes());
    }

    #[test]
    fn damaged_valid_files_never_panic(
        bookmarks in proptest::collection::vec(bookmark(), 0..4),
        cut in any::<prop::sample::Index>(),
        flip in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let text = file_text(&bookmarks, &None, &[]);
        let mut bytes = text.into_bytes();
        let at = flip.index(bytes.len());
        bytes[at] = byte;
        let _ = parse_state(&bytes);
        let end = cut.index(bytes.len());
        let _ = parse_state(&bytes[..end]);
    }

    #[test]
    fn valid_files_read_back_what_they_hold(
        bookmarks in proptest::collection::vec(bookmark(), 0..6),
        last in proptest::option::of(saved_position()),
        read in proptest::collection::btree_set("[a-z]{1,8}", 0..5),
    ) {
        let read: Vec<String> = read.into_iter().collect();
        let parsed = parse_state(file_text(&bookmarks, &last, &read).as_bytes());
        prop_assert!(parsed.is_ok(), "{parsed:?}");
        let state: ReadingState = parsed.unwrap_or_default();
        prop_assert_eq!(&state.last, &last);
        prop_assert_eq!(state.read.iter().cloned().collect::<Vec<_>>(), read);
        let mut want: Vec<Bookmark> = Vec::new();
        for b in bookmarks {
            if !want.iter().any(|w| w.id == b.id) {
                want.push(b);
            }
        }
        want.sort_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)));
        prop_assert_eq!(state.bookmarks, want);
    }

    #[test]
    fn any_other_version_is_reported_as_unknown(version in 2u64..u64::MAX) {
        let text = format!(r#"{{"version": {version}, "bookmarks": 5}}"#);
        prop_assert_eq!(parse_state(text.as_bytes()), Err(ParseError::UnknownVersion(version)));
    }
}
