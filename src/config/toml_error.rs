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
    let message = in_words(error.message());
    match error.span() {
        Some(span) => at(path, text, span.start, &message),
        None => ConfigError::file(path, &message),
    }
}

/// A deserialisation message with serde's type names (`expected struct
/// KeysSection`, `expected a sequence`) said the way a config file's
/// author thinks of them.
pub fn in_words(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find("expected ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + "expected ".len()..];
        let (words, tail) = match after.split_once([',', '\n']) {
            Some((head, _)) => (head, &after[head.len()..]),
            None => (after, ""),
        };
        let said = match words.split_whitespace().collect::<Vec<_>>().as_slice() {
            ["struct", _] | ["a", "map"] | ["map"] => "a table".to_string(),
            ["a", "sequence"] | ["sequence"] | ["a", "tuple"] => "a list".to_string(),
            ["enum", _] => "one of the allowed names".to_string(),
            [t] if t.starts_with('u') || t.starts_with('i') => {
                if t[1..].chars().all(|c| c.is_ascii_digit()) || t.ends_with("size") {
                    "a whole number".to_string()
                } else {
                    (*t).to_string()
                }
            }
            ["a", "borrowed", "string"] => "a string in quotes".to_string(),
            ["a", "string"] => "a string in quotes".to_string(),
            ["f32" | "f64"] => "a number".to_string(),
            _ => words.to_string(),
        };
        out.push_str("expected ");
        out.push_str(&said);
        rest = tail;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names_are_said_in_words() {
        assert_eq!(
            in_words("invalid type: string \"x\", expected struct KeysSection"),
            "invalid type: string \"x\", expected a table"
        );
        assert_eq!(
            in_words("invalid type: integer `3`, expected a sequence"),
            "invalid type: integer `3`, expected a list"
        );
        assert_eq!(
            in_words("invalid type: string \"x\", expected usize"),
            "invalid type: string \"x\", expected a whole number"
        );
        assert_eq!(in_words("missing field `id`"), "missing field `id`");
    }

    #[test]
    fn counts_lines_and_columns_from_one() {
        let text = "a = 1\nbé = 2\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 6), (2, 1));
        // The column counts characters, not bytes.
        assert_eq!(line_col(text, 10), (2, 4));
    }
}
