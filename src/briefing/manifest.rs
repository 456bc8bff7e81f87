use serde::Deserialize;

use super::LoadError;
use crate::model::TopicDef;
use crate::text::one_line;

/// `briefing.toml`: every field optional; unknown keys are errors.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub title: Option<String>,
    pub description: Option<String>,
    #[serde(default, rename = "source")]
    pub sources: Vec<SourceEntry>,
    #[serde(default, rename = "topic")]
    pub topics: Vec<TopicDef>,
}

/// One `[[source]]`: the file and the metadata that overrides detection.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    pub id: String,
    pub file: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    /// When `brief add` fetched `url` (RFC 3339, UTC).
    pub fetched: Option<String>,
}

/// Parses manifest text; `path` is only used to name the file in errors.
pub fn parse_manifest(text: &str, path: &str) -> Result<Manifest, LoadError> {
    let manifest: Manifest = toml::from_str(text).map_err(|e| {
        let (line, column) = e
            .span()
            .map(|span| line_column(text, span.start))
            .unwrap_or((1, 1));
        LoadError::Manifest {
            path: path.to_string(),
            line,
            column,
            message: one_line(e.message()),
        }
    })?;
    let mut seen = std::collections::HashSet::new();
    for source in &manifest.sources {
        if source.id.trim().is_empty() {
            return Err(invalid(path, "a [[source]] has an empty id".into()));
        }
        if !seen.insert(source.id.as_str()) {
            return Err(invalid(
                path,
                format!("duplicate source id `{}`", source.id),
            ));
        }
    }
    let mut seen = std::collections::HashSet::new();
    for topic in &manifest.topics {
        if !seen.insert(topic.id.as_str()) {
            return Err(invalid(path, format!("duplicate topic id `{}`", topic.id)));
        }
    }
    Ok(manifest)
}

fn invalid(path: &str, message: String) -> LoadError {
    LoadError::Invalid {
        path: path.to_string(),
        message,
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_full_manifest() {
        let m = parse_manifest(
            r#"
title = "T"
description = "D"
[[source]]
id = "a"
file = "a.txt"
outlet = "O"
[[topic]]
id = "t"
title = "Topic"
keywords = ["x", "y"]
anchors = ["x"]
"#,
            "briefing.toml",
        )
        .expect("valid manifest");
        assert_eq!(m.title.as_deref(), Some("T"));
        assert_eq!(m.sources[0].outlet.as_deref(), Some("O"));
        assert_eq!(m.topics[0].keywords, vec!["x", "y"]);
        assert_eq!(m.topics[0].anchors, vec!["x"]);
    }

    #[test]
    fn malformed_toml_reports_line_and_column() {
        let err = parse_manifest("title = \"ok\"\nid = = 3\n", "b/briefing.toml").unwrap_err();
        let LoadError::Manifest { line, column, .. } = &err else {
            panic!("expected a manifest error, got {err:?}");
        };
        assert_eq!((*line, *column), (2, 6));
        assert!(
            err.to_string().starts_with("b/briefing.toml:2:6: "),
            "{err}"
        );
        assert!(!err.to_string().contains('\n'));
    }

    #[test]
    fn unknown_key_is_named() {
        let err = parse_manifest(
            "[[source]]\nid = \"a\"\nfile = \"a.txt\"\nauthr = \"x\"\n",
            "m.toml",
        )
        .unwrap_err();
        let text = err.to_string();
        assert!(text.contains("authr"), "{text}");
        assert!(text.starts_with("m.toml:4:1: "), "{text}");
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let err = parse_manifest(
            "[[source]]\nid = \"a\"\nfile = \"a.txt\"\n[[source]]\nid = \"a\"\nfile = \"b.txt\"\n",
            "m.toml",
        )
        .unwrap_err();
        assert!(err.to_string().contains("duplicate source id `a`"), "{err}");
    }

    #[test]
    fn line_column_counts_characters() {
        assert_eq!(line_column("ab\ncdé f", 8), (2, 5));
        assert_eq!(line_column("", 0), (1, 1));
    }
}
