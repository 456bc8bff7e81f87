//! Classifying a file's bytes (empty, binary, text) and decoding them.
//! Text is UTF-8, or UTF-16 when it starts with a byte-order mark. A file
//! is binary when control bytes are a good share of it, not because of one
//! stray NUL: a text with a few is read, and the bytes are counted so the
//! loader can warn (sanitising removes them).

/// Bytes classified before ingestion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded {
    Empty,
    Binary,
    /// `lossy` is true when invalid UTF-8 (or UTF-16) was replaced with
    /// U+FFFD; `controls` counts the stray control characters in the text
    /// (removed by [`super::sanitize`]).
    Text {
        text: String,
        lossy: bool,
        controls: usize,
    },
}

/// Decodes a file's bytes: empty (or only white space) and binary files are
/// recognised; anything else becomes text, lossily if it is not valid.
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some((text, lossy)) = decode_utf16(bytes) {
        if text.trim().is_empty() {
            return Decoded::Empty;
        }
        let controls = text.chars().filter(|&c| is_stray_control(c)).count();
        return Decoded::Text {
            text,
            lossy,
            controls,
        };
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Decoded::Empty;
    }
    if looks_binary(bytes) {
        return Decoded::Binary;
    }
    let controls = bytes
        .iter()
        .filter(|&&b| is_stray_control(char::from(b)))
        .count();
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded::Text {
            text: text.to_string(),
            lossy: false,
            controls,
        },
        Err(_) => Decoded::Text {
            text: String::from_utf8_lossy(bytes).into_owned(),
            lossy: true,
            controls,
        },
    }
}

/// UTF-16 text with a byte-order mark (what some editors on Windows save).
fn decode_utf16(bytes: &[u8]) -> Option<(String, bool)> {
    let little = match bytes {
        [0xff, 0xfe, ..] => true,
        [0xfe, 0xff, ..] => false,
        _ => return None,
    };
    let units = bytes[2..].chunks(2).map(|pair| match pair {
        [a, b] if little => u16::from_le_bytes([*a, *b]),
        [a, b] => u16::from_be_bytes([*a, *b]),
        // An odd last byte is not a whole code unit.
        _ => 0xfffd,
    });
    let mut lossy = bytes.len() % 2 == 1;
    let text = char::decode_utf16(units)
        .map(|c| {
            c.unwrap_or_else(|_| {
                lossy = true;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    Some((text, lossy))
}

/// A control character that has no business in text: not a line break,
/// tab, form feed or the escape that starts a terminal sequence (those are
/// handled by sanitising).
fn is_stray_control(c: char) -> bool {
    (c < ' ' && !matches!(c, '\n' | '\r' | '\t' | '\u{1b}' | '\u{c}')) || c == '\u{7f}'
}

/// Control bytes (NUL among them) above a tenth of the first 8 KiB: not
/// text. A few stray NULs in a text are not enough.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let control = head
        .iter()
        .filter(|&&b| is_stray_control(char::from(b)))
        .count();
    control * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_binary_and_text() {
        assert_eq!(decode(b" \n\t\n"), Decoded::Empty);
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0"),
            Decoded::Binary
        );
        assert_eq!(
            decode("plain é".as_bytes()),
            Decoded::Text {
                text: "plain é".into(),
                lossy: false,
                controls: 0
            }
        );
        assert_eq!(
            decode(b"bad \xff byte"),
            Decoded::Text {
                text: "bad \u{fffd} byte".into(),
                lossy: true,
                controls: 0
            }
        );
    }

    #[test]
    fn escape_sequences_do_not_make_text_binary() {
        let text =
            "Title \u{1b}]0;x\u{7} and \u{1b}[31mred\u{1b}[0m text that goes on for a while.";
        assert!(matches!(decode(text.as_bytes()), Decoded::Text { .. }));
    }

    #[test]
    fn a_stray_nul_does_not_make_text_binary() {
        let mut bytes = b"A title\n\nA paragraph of text that goes on for a while.".to_vec();
        bytes.insert(12, 0);
        match decode(&bytes) {
            Decoded::Text { controls, .. } => assert_eq!(controls, 1),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_decoded() {
        let text = "Título\n\nTexto é bom.";
        let le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        for bytes in [le, be] {
            assert_eq!(
                decode(&bytes),
                Decoded::Text {
                    text: text.into(),
                    lossy: false,
                    controls: 0
                }
            );
        }
        assert_eq!(decode(&[0xff, 0xfe, b' ', 0]), Decoded::Empty);
    }
}
