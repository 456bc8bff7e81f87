/// Replaces every character a terminal could act on (control characters,
/// bidirectional overrides) with spaces of the same byte length, so byte
/// offsets into the text stay valid. Article text is untrusted. Newlines are
/// kept: wrapping breaks lines there, so they never reach a row.
pub fn display_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_here = |c: char| c != '\n' && is_unsafe(c);
    if !text.chars().any(unsafe_here) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if unsafe_here(c) {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Control characters (C0, DEL, C1) and the bidi embedding/override/isolate
/// controls, which can reorder what the terminal shows.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_controls_keeping_byte_offsets() {
        let text = "a\u{1b}[31mb\u{9b}c\u{202e}d\te";
        let safe = display_safe(text);
        assert_eq!(safe.len(), text.len());
        assert!(!safe.chars().any(is_unsafe));
        assert_eq!(display_safe("a\nb"), "a\nb");
        assert_eq!(&safe[safe.len() - 1..], "e");
        assert!(matches!(
            display_safe("plain"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
