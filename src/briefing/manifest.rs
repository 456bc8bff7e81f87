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
    /// Where `file = …` is written (1-based line and column), for errors
    /// about the file name that point at the manifest, not the file.
    #[serde(skip)]
    pub file_at: Option<(usize, usize)>,
}

/// Just the ids and files with where they are written, read a second time
/// so errors can point at them.
#[derive(Deserialize)]
struct Spans {
    #[serde(default)]
    source: Vec<EntrySpans>,
    #[serde(default)]
    topic: Vec<EntrySpans>,
}

#[derive(Deserialize)]
struct EntrySpans {
    id: Option<toml::Spanned<String>>,
    file: Option<toml::Spanned<String>>,
}

/// Parses a manifest's bytes, refusing any that are not UTF-8 (a
/// manifest in another encoding would have its titles garbled silently).
pub fn parse_manifest_bytes(bytes: &[u8], path: &str) -> Result<Manifest, LoadError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_manifest(text, path),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let text = String::from_utf8_lossy(good);
            let (line, column) = line_column(&text, text.len());
            Err(LoadError::Manifest {
                path: path.to_string(),
                line,
                column,
                message: "not valid UTF-8 text; save briefing.toml as UTF-8".into(),
            })
        }
    }
}

/// Parses manifest text; `path` is only used to name the file in errors.
pub fn parse_manifest(text: &str, path: &str) -> Result<Manifest, LoadError> {
    let mut manifest: Manifest = toml::from_str(text).map_err(|e| {
        let (line, column) = e
            .span()
            .map(|span| line_column(text, span.start))
            .unwrap_or((1, 1));
        LoadError::Manifest {
            path: path.to_string(),
            line,
            column,
            message: one_line(&crate::config::toml_in_words(e.message())),
        }
    })?;
    // The same text parsed once already: a second parse cannot fail, and
    // if it somehow did, errors would just lack a position.
    let spans: Option<Spans> = toml::from_str(text).ok();
    let at = |span: Option<&toml::Spanned<String>>| span.map(|s| line_column(text, s.span().start));
    let located = |what: &str, span: Option<(usize, usize)>, message: String| match span {
        Some((line, column)) => LoadError::Manifest {
            path: path.to_string(),
            line,
            column,
            message,
        },
        None => invalid(path, format!("{what}{message}")),
    };
    let source_spans = spans.as_ref().map_or(&[][..], |s| s.source.as_slice());
    for (entry, span) in manifest.sources.iter_mut().zip(source_spans) {
        entry.file_at = at(span.file.as_ref());
    }
    let mut seen = std::collections::HashMap::new();
    for (i, source) in manifest.sources.iter().enumerate() {
        let id_at = source_spans.get(i).and_then(|s| at(s.id.as_ref()));
        if source.id.trim().is_empty() {
            return Err(located("", id_at, "a [[source]] has an empty id".into()));
        }
        if let Some(first) = seen.insert(source.id.as_str(), id_at) {
            let first = first.map_or(String::new(), |(l, c)| format!(" (first at {l}:{c})"));
            return Err(located(
                "",
                id_at,
                format!("duplicate source id `{}`{first}", source.id),
            ));
        }
    }
    let topic_spans = spans.as_ref().map_or(&[][..], |s| s.topic.as_slice());
    let mut seen = std::collections::HashMap::new();
    for (i, topic) in manifest.topics.iter().enumerate() {
        let id_at = topic_spans.get(i).and_then(|s| at(s.id.as_ref()));
        if let Some(first) = seen.insert(topic.id.as_str(), id_at) {
            let first = first.map_or(String::new(), |(l, c)| format!(" (first at {l}:{c})"));
            return Err(located(
                "",
                id_at,
                format!("duplicate topic id `{}`{first}", topic.id),
            ));
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
        assert!(err.to_string().starts_with("m.toml:5:6: "), "{err}");
        assert!(err.to_string().contains("first at 2:6"), "{err}");
        let err = parse_manifest(
            "[[topic]]\nid = \"t\"\ntitle = \"T\"\n\n[[topic]]\nid = \"t\"\ntitle = \"U\"\n",
            "m.toml",
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("m.toml:6:6: duplicate topic id `t`"),
            "{err}"
        );
    }

    #[test]
    fn a_manifest_that_is_not_utf8_is_refused_where_it_breaks() {
        let err =
            parse_manifest_bytes(b"title = \"ok\"\noutlet = \"caf\xe9\"\n", "m.toml").unwrap_err();
        assert!(
            err.to_string().starts_with("m.toml:2:14: not valid UTF-8"),
            "{err}"
        );
    }

    #[test]
    fn file_names_remember_where_they_are_written() {
        let m =
            parse_manifest("[[source]]\nid = \"a\"\nfile = \"\"\n", "m.toml").unwrap_or_default();
        assert_eq!(m.sources[0].file_at, Some((3, 8)));
    }

    #[test]
    fn line_column_counts_characters() {
        assert_eq!(line_column("ab\ncdé f", 8), (2, 5));
        assert_eq!(line_column("", 0), (1, 1));
    }
}
