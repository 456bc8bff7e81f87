//! Briefings made of files named on the command line (`brief a.txt b.html`,
//! `brief -b page.html`) or of one article read from standard input
//! (`brief -`). Each file goes through the same checks and ingestion as a
//! folder's; the set of files is the briefing's identity for reading state.

use std::path::{Path, PathBuf};

use super::LoadError;
use super::folder::check_size;
use super::load::{Pending, file_stem, ingest_all};
use crate::model::{Briefing, Format};

/// How standard input is named in `Briefing::files`, messages and `file`.
pub const STDIN: &str = "-";

/// Loads `paths` as one briefing, in the order given. A single folder is
/// loaded as a folder.
pub fn load_files(paths: &[PathBuf]) -> Result<Briefing, LoadError> {
    if let [only] = paths
        && only.is_dir()
    {
        return super::load(Some(only));
    }
    let mut warnings = Vec::new();
    let mut pending = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    let mut files = Vec::new();
    for path in paths {
        let shown = path.display().to_string();
        let io = |message: String| LoadError::Io {
            path: shown.clone(),
            message,
        };
        let meta = std::fs::metadata(path).map_err(|e| io(e.to_string()))?;
        if meta.is_dir() {
            return Err(io(
                "is a folder; open a folder on its own (brief -b FOLDER)".into(),
            ));
        }
        check_size(meta.len()).map_err(|message| LoadError::Invalid {
            path: shown.clone(),
            message,
        })?;
        let bytes = std::fs::read(path).map_err(|e| io(e.to_string()))?;
        let canonical = path.canonicalize().unwrap_or_else(|_| path.clone());
        if files.contains(&canonical) {
            continue;
        }
        files.push(canonical);
        let id = unique_id(&file_stem(&shown), &ids);
        ids.push(id.clone());
        pending.extend(Pending::new(
            id,
            shown.clone(),
            shown.clone(),
            None,
            bytes,
            Format::of_file(&shown),
            &mut warnings,
        ));
    }
    let title = match paths {
        [one] => name_of(one),
        _ => format!("{} files", files.len()),
    };
    finish(pending, warnings, title, files)
}

/// Loads one article from the bytes of standard input: a web page when it
/// starts like one, else text.
pub fn load_stdin(bytes: Vec<u8>) -> Result<Briefing, LoadError> {
    check_size(bytes.len() as u64).map_err(|message| LoadError::Invalid {
        path: "standard input".into(),
        message,
    })?;
    let format = if looks_like_html(&bytes) {
        Format::Html
    } else {
        Format::Text
    };
    let mut warnings = Vec::new();
    let pending = Pending::new(
        "stdin".into(),
        STDIN.into(),
        "standard input".into(),
        None,
        bytes,
        format,
        &mut warnings,
    );
    finish(
        pending.into_iter().collect(),
        warnings,
        "standard input".into(),
        vec![PathBuf::from(STDIN)],
    )
}

fn finish(
    pending: Vec<Pending>,
    mut warnings: Vec<crate::model::Warning>,
    title: String,
    files: Vec<PathBuf>,
) -> Result<Briefing, LoadError> {
    let sources = ingest_all(pending, &mut warnings);
    if sources.is_empty() {
        let why = warnings
            .first()
            .map_or_else(|| "nothing to read".to_string(), ToString::to_string);
        return Err(LoadError::Invalid {
            path: title,
            message: format!("no readable article ({why})"),
        });
    }
    Ok(Briefing {
        title,
        sources,
        warnings,
        files,
        ..Briefing::default()
    })
}

/// `stem`, or `stem-2`, `stem-3`… when another file already has it.
fn unique_id(stem: &str, taken: &[String]) -> String {
    let mut id = stem.to_string();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{stem}-{n}");
        n += 1;
    }
    id
}

fn name_of(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// A page starts with a doctype, `<html>`, `<head>` or a comment and a tag,
/// after white space and a byte-order mark.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    ["<!doctype html", "<html", "<head", "<meta", "<!--"]
        .iter()
        .any(|start| head.starts_with(start))
        || (head.starts_with('<') && head.contains("<body"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_made_unique() {
        let taken = vec!["a".to_string(), "a-2".to_string()];
        assert_eq!(unique_id("a", &taken), "a-3");
        assert_eq!(unique_id("b", &taken), "b");
    }

    #[test]
    fn pages_are_told_from_text() {
        assert!(looks_like_html(b"\xef\xbb\xbf  <!DOCTYPE html><html>"));
        assert!(looks_like_html(b"<html lang=en>"));
        assert!(!looks_like_html(b"A title\n\nSome <b>text</b>."));
    }
}
