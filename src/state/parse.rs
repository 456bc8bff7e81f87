//! The state file format: versioned JSON, read defensively (the file may be
//! truncated, hand-edited, or written by another version of brief).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::reading_state::{Bookmark, ReadingState, STATE_VERSION, SavedPosition};

/// Larger state files are not read: no real one comes near this.
pub const MAX_STATE_BYTES: usize = 32 * 1024 * 1024;

/// Why a state file was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// Not valid JSON of the expected shape, or too large.
    Corrupt(String),
    /// Valid, but written for a version this build does not know.
    UnknownVersion(u64),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Corrupt(why) => write!(f, "corrupt state file ({why})"),
            ParseError::UnknownVersion(v) => write!(
                f,
                "state file version {v} is not supported (expected {STATE_VERSION})"
            ),
        }
    }
}

impl std::error::Error for ParseError {}

/// Just the version, read first so that a future format is reported as such
/// rather than as corrupt.
#[derive(Deserialize)]
struct VersionOnly {
    version: u64,
}

#[derive(Serialize, Deserialize)]
struct StateFile {
    version: u64,
    #[serde(default)]
    briefing: String,
    #[serde(default)]
    last: Option<SavedPosition>,
    #[serde(default)]
    bookmarks: Vec<Bookmark>,
    #[serde(default)]
    read: Vec<String>,
}

/// Reads a state file's bytes. Never panics; strings from the file are made
/// safe to print (one line, no control characters).
pub fn parse_state(bytes: &[u8]) -> Result<ReadingState, ParseError> {
    if bytes.len() > MAX_STATE_BYTES {
        return Err(ParseError::Corrupt(format!(
            "larger than {} MiB",
            MAX_STATE_BYTES / (1024 * 1024)
        )));
    }
    let corrupt = |e: serde_json::Error| ParseError::Corrupt(e.to_string());
    let version: VersionOnly = serde_json::from_slice(bytes).map_err(corrupt)?;
    if version.version != u64::from(STATE_VERSION) {
        return Err(ParseError::UnknownVersion(version.version));
    }
    let file: StateFile = serde_json::from_slice(bytes).map_err(corrupt)?;
    let mut state = ReadingState {
        briefing: clean_line(&file.briefing),
        last: file.last,
        bookmarks: file
            .bookmarks
            .into_iter()
            .filter(|b| !b.id.trim().is_empty())
            .map(|b| Bookmark {
                id: clean_line(&b.id),
                note: clean_line(&b.note),
                excerpt: clean_line(&b.excerpt),
                ..b
            })
            .collect(),
        read: file.read.into_iter().collect(),
    };
    state.tidy();
    Ok(state)
}

/// The bytes of a state file (pretty JSON, ending in a newline).
pub fn serialize_state(state: &ReadingState) -> Vec<u8> {
    let file = StateFile {
        version: u64::from(STATE_VERSION),
        briefing: state.briefing.clone(),
        last: state.last.clone(),
        bookmarks: state.bookmarks.clone(),
        read: state.read.iter().cloned().collect(),
    };
    // Serialising plain strings and numbers to a Vec cannot fail; should it
    // ever, an empty object is still a file `parse_state` rejects cleanly.
    let mut bytes = serde_json::to_vec_pretty(&file).unwrap_or_else(|_| b"{}".to_vec());
    bytes.push(b'\n');
    bytes
}

/// Text from a state file or the command line as one printable line.
pub fn clean_line(text: &str) -> String {
    // Control characters count as spaces: a note must not move the cursor
    // or colour the terminal when printed.
    text.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ReadingState {
        ReadingState {
            briefing: "/tmp/some briefing".into(),
            last: Some(SavedPosition {
                source: "harvest-report".into(),
                section: 2,
                block: Some(3),
                offset: 17,
            }),
            bookmarks: vec![Bookmark {
                id: "a1".into(),
                at: SavedPosition {
                    source: "harvest-report".into(),
                    section: 0,
                    block: None,
                    offset: 0,
                },
                note: "check the yield figure".into(),
                created: 1_700_000_000,
                excerpt: "Wheat yields fell".into(),
            }],
            read: ["harvest-report".to_string()].into_iter().collect(),
        }
    }

    #[test]
    fn a_written_state_reads_back_equal() {
        let state = sample();
        assert_eq!(parse_state(&serialize_state(&state)), Ok(state));
    }

    #[test]
    fn the_file_names_its_version_and_uses_flat_bookmark_fields() {
        let text = String::from_utf8(serialize_state(&sample())).unwrap_or_default();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(value["version"], 1);
        assert_eq!(value["bookmarks"][0]["source"], "harvest-report");
        assert_eq!(value["bookmarks"][0]["block"], serde_json::Value::Null);
        assert_eq!(value["last"]["block"], 3);
        assert_eq!(value["read"][0], "harvest-report");
    }

    #[test]
    fn another_version_is_reported_as_such() {
        assert_eq!(
            parse_state(br#"{"version": 7, "whatever": []}"#),
            Err(ParseError::UnknownVersion(7))
        );
    }

    #[test]
    fn truncated_or_wrongly_shaped_files_are_corrupt() {
        let full = serialize_state(&sample());
        let cut = &full[..full.len() / 2];
        assert!(matches!(parse_state(cut), Err(ParseError::Corrupt(_))));
        assert!(matches!(
            parse_state(br#"{"version": 1, "bookmarks": "no"}"#),
            Err(ParseError::Corrupt(_))
        ));
        assert!(matches!(parse_state(b""), Err(ParseError::Corrupt(_))));
    }

    #[test]
    fn strings_from_the_file_are_made_printable_and_repeated_ids_dropped() {
        let text = r#"{"version":1,"bookmarks":[
            {"id":"x","source":"s","section":0,"block":1,"offset":0,"note":"a\u001b[31m\nb"},
            {"id":"x","source":"s","section":5,"block":null,"offset":0},
            {"id":"  ","source":"s","section":0,"block":null,"offset":0}]}"#;
        let state = parse_state(text.as_bytes());
        let Ok(state) = state else {
            panic!("expected a valid file, got {state:?}");
        };
        assert_eq!(state.bookmarks.len(), 1);
        assert_eq!(state.bookmarks[0].note, "a [31m b");
        assert_eq!(state.bookmarks[0].at.block, Some(1));
    }
}
