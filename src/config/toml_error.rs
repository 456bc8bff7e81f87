//! TOML errors that say where: `path:line:col: message`.

use super::error::ConfigError;
use crate::text::one_line;

/// The 1-based line and column of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// A problem at byte `offset` of `text`, the file at `path`.
pub fn at(path: &str, text: &str, offset: usize, message: &str) -> ConfigError {
    let (line, column) = line_col(text, offset);
    ConfigError::At {
        path: path.to_string(),
        line,
        column,
        message: one_line(message),
    }
}

/// A TOML parse error, positioned when the parser knows where.
pub fn from_de(path: &str, text: &str, error: &toml::de::Error) -> ConfigError {
    match error.span() {
        Some(span) => at(path, text, span.start, error.message()),
        None => ConfigError::file(path, error.message()),
    }
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
