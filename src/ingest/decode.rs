//! Classifying a file's bytes (empty, binary, text) and decoding them.

/// Bytes classified before ingestion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded {
    Empty,
    Binary,
    /// `lossy` is true when invalid UTF-8 was replaced with U+FFFD.
    Text {
        text: String,
        lossy: bool,
    },
}

/// Decodes a file's bytes: empty (or only white space) and binary files are
/// recognised; anything else becomes text, lossily if it is not valid UTF-8.
pub fn decode(bytes: &[u8]) -> Decoded {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Decoded::Empty;
    }
    if looks_binary(bytes) {
        return Decoded::Binary;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded::Text {
            text: text.to_string(),
            lossy: false,
        },
        Err(_) => Decoded::Text {
            text: String::from_utf8_lossy(bytes).into_owned(),
            lossy: true,
        },
    }
}

/// A NUL in the first 8 KiB, or mostly control bytes, means not text.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x1b | 0x0c))
        .count();
    control * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_binary_and_text() {
        assert_eq!(decode(b" \n\t\n"), Decoded::Empty);
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Decoded::Binary);
        assert_eq!(
            decode("plain é".as_bytes()),
            Decoded::Text {
                text: "plain é".into(),
                lossy: false
            }
        );
        assert_eq!(
            decode(b"bad \xff byte"),
            Decoded::Text {
                text: "bad \u{fffd} byte".into(),
                lossy: true
            }
        );
    }

    #[test]
    fn escape_sequences_do_not_make_text_binary() {
        let text =
            "Title \u{1b}]0;x\u{7} and \u{1b}[31mred\u{1b}[0m text that goes on for a while.";
        assert!(matches!(decode(text.as_bytes()), Decoded::Text { .. }));
    }
}
