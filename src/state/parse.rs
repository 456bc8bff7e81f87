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

/// The file read entry by entry: a malformed bookmark, `last` or `read`
/// entry is set aside on its own, and the rest kept.
#[derive(Deserialize)]
struct LenientFile {
    #[serde(default)]
    briefing: serde_json::Value,
    #[serde(default)]
    last: serde_json::Value,
    #[serde(default)]
    bookmarks: Vec<serde_json::Value>,
    #[serde(default)]
    read: Vec<serde_json::Value>,
}

/// A state file read, with the entries that could not be.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Parsed {
    pub state: ReadingState,
    pub set_aside: Vec<SetAside>,
}

/// One malformed entry of a state file, kept so it can be written aside
/// rather than lost.
#[derive(Debug, Clone, PartialEq)]
pub struct SetAside {
    /// Which entry: `bookmark 3`, `last position`, `read entry 2` (1-based).
    pub what: String,
    pub why: String,
    pub entry: serde_json::Value,
}

/// Reads a state file's bytes. Never panics; strings from the file are made
/// safe to print (one line, no control characters). Malformed entries are
/// left out (see [`parse_entries`] to learn which).
pub fn parse_state(bytes: &[u8]) -> Result<ReadingState, ParseError> {
    parse_entries(bytes, false).map(|parsed| parsed.state)
}

/// [`parse_state`] that also returns the entries it left out. With
/// `any_version`, a file of another version is read as far as its entries
/// look like this version's (to show a newer brief's bookmarks read-only).
pub fn parse_entries(bytes: &[u8], any_version: bool) -> Result<Parsed, ParseError> {
    if bytes.len() > MAX_STATE_BYTES {
        return Err(ParseError::Corrupt(format!(
            "larger than {} MiB",
            MAX_STATE_BYTES / (1024 * 1024)
        )));
    }
    let corrupt = |e: serde_json::Error| ParseError::Corrupt(e.to_string());
    let version: VersionOnly = serde_json::from_slice(bytes).map_err(corrupt)?;
    if version.version != u64::from(STATE_VERSION) && !any_version {
        return Err(ParseError::UnknownVersion(version.version));
    }
    let file: LenientFile = serde_json::from_slice(bytes).map_err(corrupt)?;
    let mut set_aside = Vec::new();
    let mut bookmarks = Vec::new();
    for (i, value) in file.bookmarks.into_iter().enumerate() {
        match serde_json::from_value::<Bookmark>(value.clone()) {
            Ok(b) if !b.id.trim().is_empty() => bookmarks.push(Bookmark {
                id: clean_line(&b.id),
                note: clean_line(&b.note),
                excerpt: clean_line(&b.excerpt),
                ..b
            }),
            Ok(_) => set_aside.push(SetAside {
                what: format!("bookmark {}", i + 1),
                why: "empty id".into(),
                entry: value,
            }),
            Err(e) => set_aside.push(SetAside {
                what: format!("bookmark {}", i + 1),
                why: e.to_string(),
                entry: value,
            }),
        }
    }
    let last = match file.last {
        serde_json::Value::Null => None,
        value => match serde_json::from_value::<SavedPosition>(value.clone()) {
            Ok(last) => Some(last),
            Err(e) => {
                set_aside.push(SetAside {
                    what: "last position".into(),
                    why: e.to_string(),
                    entry: value,
                });
                None
            }
        },
    };
    let mut read = std::collections::BTreeSet::new();
    for (i, value) in file.read.into_iter().enumerate() {
        match value {
            serde_json::Value::String(id) => {
                read.insert(id);
            }
            other => set_aside.push(SetAside {
                what: format!("read entry {}", i + 1),
                why: "not a source id (a string)".into(),
                entry: other,
            }),
        }
    }
    let mut state = ReadingState {
        briefing: clean_line(file.briefing.as_str().unwrap_or_default()),
        last,
        bookmarks,
        read,
    };
    state.tidy();
    Ok(Parsed { state, set_aside })
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
    // Control characters and bidi overrides count as spaces: a note must
    // not move the cursor, colour the terminal or reorder a line.
    text.split(|c: char| c.is_whitespace() || crate::layout::is_unsafe(c))
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
