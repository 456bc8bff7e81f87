use std::io::{IsTerminal, Write};

use serde::Serialize;

pub use crate::text::one_line;

/// Untrusted text (article, manifest) made safe for a terminal and put on
/// one line.
pub fn safe_line(text: &str) -> String {
    one_line(&crate::layout::display_safe(text))
}

/// Prints a value as pretty JSON followed by a newline.
pub fn print_json<T: Serialize + ?Sized>(value: &T) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    print_text(&format!("{text}\n"))
}

/// Writes to stdout; a closed pipe (`brief read x | head`) is not an error.
pub fn print_text(text: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|e| e.to_string()),
    }
}

/// The width to wrap to: the one asked for, else the terminal's when stdout
/// is a terminal, else none.
pub fn wrap_width(asked: Option<usize>) -> Option<usize> {
    asked.or_else(|| {
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
