//! The gate every byte the command line prints passes through: text and
//! JSON on stdout, warnings and errors on stderr. Whatever a briefing, a
//! file name, a config file, the state file or the command line put into a
//! message, no control character or bidi override reaches the terminal
//! (the rule is [`crate::layout::is_unsafe`], the one the TUI draws with).

use std::io::{IsTerminal, Write};

use serde::Serialize;
use unicode_width::UnicodeWidthChar;

use crate::layout::{display_safe, is_unsafe};

/// Widest a padded table column gets; longer cells end in `…`.
pub const MAX_COLUMN: usize = 48;
/// Widest text `--width` may ask for: wider than any terminal, and small
/// enough that laying a line out never allocates much.
pub const MAX_WIDTH: usize = 1000;

pub use crate::text::one_line;

/// Untrusted text (article, manifest) made safe for a terminal and put on
/// one line.
pub fn safe_line(text: &str) -> String {
    one_line(&crate::layout::display_safe(text))
}

/// Prints a value as pretty JSON followed by a newline. Characters that
/// JSON allows raw in strings but a terminal acts on (DEL, C1 controls,
/// bidi overrides) are written as `\uXXXX` escapes: the same JSON value.
pub fn print_json<T: Serialize + ?Sized>(value: &T) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    write_stdout(&format!("{}\n", escape_json(&text)))
}

/// Escapes what a terminal would act on in serialised JSON. serde_json
/// already escapes C0 controls inside strings and writes none outside them
/// (pretty printing adds only newlines and spaces), so every other unsafe
/// character is inside a string, where an escape means the same.
pub fn escape_json(json: &str) -> std::borrow::Cow<'_, str> {
    if !json.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return std::borrow::Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if c != '\n' && is_unsafe(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Writes text to stdout with every unsafe character (tabs included) shown
/// as a space; line breaks stay. A closed pipe (`brief read x | head`) is
/// not an error.
pub fn print_text(text: &str) -> Result<(), String> {
    write_stdout(&display_safe(text))
}

/// Writes runs of text, the `true` ones highlighted (bold reverse video)
/// when `highlight`; each run passes the gate, the gate adds the escapes.
pub fn print_highlighted(runs: &[(&str, bool)], highlight: bool) -> Result<(), String> {
    let mut out = String::new();
    for (text, marked) in runs {
        let safe = display_safe(text);
        if *marked && highlight {
            out.push_str("\x1b[1;7m");
            out.push_str(&safe);
            out.push_str("\x1b[0m");
        } else {
            out.push_str(&safe);
        }
    }
    write_stdout(&out)
}

fn write_stdout(text: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|e| e.to_string()),
    }
}

/// `warning: …` on stderr, one safe line.
pub fn warn(message: &str) {
    eprintln!("warning: {}", safe_line(message));
}

/// `error: …` on stderr, one safe line.
pub fn error(message: &str) {
    eprintln!("error: {}", safe_line(message));
}

/// A usage error or help from clap, through the gate: it echoes what was
/// typed (`invalid value '…'`). Help and version have nothing typed in
/// them and keep clap's own styling.
pub fn clap_message(e: &clap::Error) {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = e.print();
        return;
    }
    let text = e.render().to_string();
    let safe = display_safe(&text);
    if e.use_stderr() {
        eprint!("{safe}");
    } else {
        let _ = write_stdout(&safe);
    }
}

/// A table cell of at most `width` columns, padded with spaces to exactly
/// `width`; longer text ends in `…`. Padding is done here, not by
/// `format!`, whose width argument cannot exceed 65,535.
pub fn cell(text: &str, width: usize) -> String {
    let text = fit(text, width);
    let used = unicode_width::UnicodeWidthStr::width(text.as_str());
    let mut out = text;
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// `text` cut to at most `width` columns, ending in `…` when cut.
pub fn fit(text: &str, width: usize) -> String {
    if unicode_width::UnicodeWidthStr::width(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// The width of a padded column holding `cells` (at least `min`, at most
/// [`MAX_COLUMN`]).
pub fn column_width<'a>(cells: impl IntoIterator<Item = &'a str>, min: usize) -> usize {
    cells
        .into_iter()
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
        .clamp(min, MAX_COLUMN.max(min))
}

/// The width to wrap to: the one asked for (at most [`MAX_WIDTH`]), else
/// the terminal's when stdout is a terminal, else none.
pub fn wrap_width(asked: Option<usize>) -> Option<usize> {
    asked.map(|w| w.clamp(1, MAX_WIDTH)).or_else(|| {
        std::io::stdout()
            .is_terminal()
            .then(crate::tui::terminal_width)
            .flatten()
    })
}

/// Finds a source by id, or says which ids exist.
pub fn find_source<'a>(
    briefing: &'a crate::model::Briefing,
    id: &str,
) -> Result<&'a crate::model::Source, String> {
    briefing.source(id).ok_or_else(|| {
        let ids: Vec<&str> = briefing.sources.iter().map(|s| s.id.as_str()).collect();
        format!("no source `{id}`; sources are: {}", ids.join(", "))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_escapes_what_a_terminal_acts_on_and_stays_the_same_value() {
        let value = serde_json::json!({"t": "a\u{1b}]52;c;x\u{7}b\u{9b}c\u{202e}d\u{7f}"});
        let text = serde_json::to_string_pretty(&value).unwrap_or_default();
        let escaped = escape_json(&text);
        assert!(
            !escaped.chars().any(|c| c != '\n' && is_unsafe(c)),
            "{escaped}"
        );
        let back: serde_json::Value = serde_json::from_str(&escaped).unwrap_or_default();
        assert_eq!(back, value);
    }

    #[test]
    fn cells_pad_and_cut_with_an_ellipsis_at_any_length() {
        assert_eq!(cell("ab", 4), "ab  ");
        assert_eq!(cell("abcdef", 4), "abc…");
        let long = "x".repeat(70_000);
        assert_eq!(cell(&long, MAX_COLUMN).chars().count(), MAX_COLUMN);
        assert_eq!(column_width([long.as_str(), "a"], 2), MAX_COLUMN);
        assert_eq!(column_width(["a"], 2), 2);
        assert_eq!(fit("界界界", 4), "界…");
    }

    #[test]
    fn asked_widths_are_clamped() {
        assert_eq!(wrap_width(Some(usize::MAX)), Some(MAX_WIDTH));
        assert_eq!(wrap_width(Some(4_294_967_296)), Some(MAX_WIDTH));
        assert_eq!(wrap_width(Some(0)), Some(1));
        assert_eq!(wrap_width(Some(80)), Some(80));
    }
}
