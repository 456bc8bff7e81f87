//! Step 1 of the pipeline: make untrusted text safe to print. Line endings
//! become LF, tabs are expanded, and every control character, terminal escape
//! sequence (CSI, OSC, DCS and the rest, as whole sequences) and bidi
//! embedding/override/isolate control is removed. Nothing else changes.

/// Tab stops every this many columns.
const TAB_WIDTH: usize = 8;

const ESC: char = '\u{1b}';
const BEL: char = '\u{7}';
/// The 8-bit String Terminator.
const C1_ST: char = '\u{9c}';

/// Returns `text` with line endings unified, tabs expanded and every
/// control character, escape sequence and bidi control removed.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut column = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // NEL and the Unicode line and paragraph separators end lines too.
            '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                out.push('\n');
                column = 0;
            }
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
                column = 0;
            }
            '\t' => {
                let spaces = TAB_WIDTH - column % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', spaces));
                column += spaces;
            }
            ESC => skip_escape(&mut chars),
            // 8-bit CSI, OSC, DCS, SOS, PM, APC: same bodies as their ESC forms.
            '\u{9b}' => skip_csi(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            c if c.is_control() || is_bidi_control(c) || c == '\u{feff}' => {}
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

/// The embedding, override and isolate controls that can reorder what a
/// terminal shows (U+202A–U+202E, U+2066–U+2069).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// Consumes the rest of a sequence that began with ESC.
fn skip_escape(chars: &mut Chars) {
    match chars.peek().copied() {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string(chars);
        }
        // nF sequences: intermediates, then one final byte (ESC ( B, ESC # 8).
        Some(' '..='/') => {
            while chars.next_if(|c| matches!(c, ' '..='/')).is_some() {}
            chars.next_if(|c| matches!(c, '0'..='~'));
        }
        // Two-character sequences (ESC c, ESC 7, ESC M, ...).
        Some('0'..='~') => {
            chars.next();
        }
        _ => {}
    }
}

/// Consumes a control sequence's parameters, intermediates and final byte.
/// An invalid byte ends the sequence without being consumed.
fn skip_csi(chars: &mut Chars) {
    while chars.next_if(|c| matches!(c, '0'..='?')).is_some() {}
    while chars.next_if(|c| matches!(c, ' '..='/')).is_some() {}
    chars.next_if(|c| matches!(c, '@'..='~'));
}

/// Consumes a string sequence (OSC, DCS, ...) up to and including its
/// terminator: BEL, ESC \ or 8-bit ST. An unterminated string ends at the
/// line's end so that one bad byte cannot swallow the article.
fn skip_string(chars: &mut Chars) {
    while let Some(&c) = chars.peek() {
        match c {
            BEL | C1_ST => {
                chars.next();
                return;
            }
            ESC => {
                chars.next();
                chars.next_if_eq(&'\\');
                return;
            }
            '\n' | '\r' => return,
            _ => {
                chars.next();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unifies_line_endings_and_expands_tabs() {
        assert_eq!(sanitize("a\r\nb\rc\n"), "a\nb\nc\n");
        assert_eq!(sanitize("ab\tc\n\td"), "ab      c\n        d");
    }

    #[test]
    fn removes_osc_sequences_whole() {
        assert_eq!(sanitize("x\u{1b}]0;evil title\u{7}y"), "xy");
        assert_eq!(sanitize("x\u{1b}]52;c;ZXZpbA==\u{1b}\\y"), "xy");
        assert_eq!(sanitize("x\u{9d}8;;http://e\u{9c}y"), "xy");
    }

    #[test]
    fn removes_csi_dcs_and_short_escapes() {
        assert_eq!(sanitize("\u{1b}[2J\u{1b}[1;31mred\u{1b}[0m"), "red");
        assert_eq!(sanitize("a\u{1b}Pq#0;2;0;0;0\u{1b}\\b"), "ab");
        assert_eq!(sanitize("a\u{1b}(Bb\u{1b}cc"), "abc");
        assert_eq!(sanitize("a\u{9b}31mb"), "ab");
    }

    #[test]
    fn removes_c0_c1_del_and_bidi_controls() {
        let dirty = "a\u{0}b\u{7}c\u{8}d\u{7f}e\u{86}f\u{202e}g\u{2066}h\u{2069}i";
        assert_eq!(sanitize(dirty), "abcdefghi");
        assert_eq!(sanitize("a\u{85}b\u{2028}c\u{2029}d"), "a\nb\nc\nd");
    }

    #[test]
    fn unterminated_string_stops_at_line_end() {
        assert_eq!(sanitize("a\u{1b}]0;title\nnext"), "a\nnext");
    }

    #[test]
    fn keeps_other_text_faithful() {
        let text = "Kim Jong\u{2011}Un\u{a0}said “yes” — 北朝鮮 👍🏽 é";
        assert_eq!(sanitize(text), text);
    }
}
