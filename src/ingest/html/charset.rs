//! The character set of a saved page: a byte-order mark, else the
//! `<meta charset>` (or `http-equiv` Content-Type) declared near the top,
//! else UTF-8 when the bytes are valid UTF-8, else windows-1252 (what
//! browsers assume for an undeclared legacy page).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into the page a declaration is looked for (browsers look at
/// 1024 bytes; saved pages often put a comment or a long head first).
const PRESCAN_BYTES: usize = 8192;

/// The page as text, and whether bytes had to be replaced.
pub fn decode(bytes: &[u8]) -> (String, bool) {
    let encoding = Encoding::for_bom(bytes)
        .map(|(e, _)| e)
        .or_else(|| declared(bytes))
        .unwrap_or_else(|| {
            if std::str::from_utf8(bytes).is_ok() {
                UTF_8
            } else {
                WINDOWS_1252
            }
        });
    let (text, _, lossy) = encoding.decode(bytes);
    (text.into_owned(), lossy)
}

/// True when the bytes start with a UTF-16 byte-order mark (such pages are
/// full of NUL bytes and are text all the same).
pub fn is_utf16(bytes: &[u8]) -> bool {
    Encoding::for_bom(bytes).is_some_and(|(e, _)| e != UTF_8)
}

/// The encoding a `<meta>` near the top declares. A page cannot declare
/// UTF-16 in ASCII-compatible bytes; the standard reads that as UTF-8.
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(at) = rest.find("<meta") {
        rest = &rest[at + 5..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if let Some(label) = charset_in(tag) {
            let encoding = Encoding::for_label(label.as_bytes())?;
            return Some(if encoding.is_ascii_compatible() {
                encoding
            } else {
                UTF_8
            });
        }
    }
    None
}

/// The value after `charset=` in a meta tag (`<meta charset="x">` or
/// `content="text/html; charset=x"`).
fn charset_in(tag: &str) -> Option<&str> {
    let at = tag.find("charset")?;
    let value = tag[at + "charset".len()..]
        .trim_start()
        .strip_prefix('=')?
        .trim_start()
        .trim_start_matches(['"', '\'']);
    let end = value
        .find(|c: char| c == '"' || c == '\'' || c == ';' || c == '/' || c.is_whitespace())
        .unwrap_or(value.len());
    Some(&value[..end]).filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_charsets_are_decoded() {
        let page = b"<html><head><meta charset=\"iso-8859-1\"></head><body>caf\xe9</body></html>";
        assert!(decode(page).0.contains("café"));
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
        assert!(decode(page).0.contains("Привет"));
        let page = b"<meta charset=shift_jis><p>\x93\xfa\x96\x7b</p>";
        assert!(decode(page).0.contains("日本"));
    }

    #[test]
    fn undeclared_pages_are_utf8_or_windows_1252() {
        assert_eq!(
            decode("<p>café</p>".as_bytes()),
            ("<p>café</p>".into(), false)
        );
        assert_eq!(decode(b"<p>caf\xe9 \x93q\x94</p>").0, "<p>café “q”</p>");
    }

    #[test]
    fn a_bom_wins_and_utf16_declared_in_ascii_is_utf8() {
        let mut page = vec![0xFF, 0xFE];
        for unit in "<p>é</p>".encode_utf16() {
            page.extend_from_slice(&unit.to_le_bytes());
        }
        assert!(is_utf16(&page));
        assert_eq!(decode(&page).0, "<p>é</p>");
        assert_eq!(
            decode("<meta charset=utf-16><p>é</p>".as_bytes()).0,
            "<meta charset=utf-16><p>é</p>"
        );
    }
}
