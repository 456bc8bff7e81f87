//! One-line TOML errors that say where: `path:line:col: message`.

/// The 1-based line and column of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// `path:line:col: message` for a problem at byte `offset` of `text`.
pub fn at(path: &str, text: &str, offset: usize, message: &str) -> String {
    let (line, col) = line_col(text, offset);
    format!("{path}:{line}:{col}: {}", one_line(message))
}

/// A TOML parse error as one line, positioned when the parser knows where.
pub fn from_de(path: &str, text: &str, error: &toml::de::Error) -> String {
    match error.span() {
        Some(span) => at(path, text, span.start, error.message()),
        None => format!("{path}: {}", one_line(error.message())),
    }
}

fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines_and_columns_from_one() {
        let text = "a = 1\nbé = 2\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 6), (2, 1));
        // The column counts characters, not bytes.
        assert_eq!(line_col(text, 10), (2, 4));
    }
}
