//! `brief add [-b FOLDER] PATH|URL|-`: puts one article into a briefing
//! folder. A file is copied, standard input saved as `.txt` (`.html` when
//! it is a page), a URL fetched once (`fetch`) and saved as `.html`, so the
//! briefing reads offline ever after. The manifest (`briefing.toml`,
//! created if missing, listing the files already there) gets a
//! `[[source]]` naming the file, the URL and when it was fetched; it is
//! replaced atomically. Nothing is written until the article is in hand,
//! so a failed fetch leaves the folder and the manifest as they were.

mod fetch;

use std::path::{Path, PathBuf};

use clap::Args;

use crate::briefing::{self, SourceEntry, is_article_name, looks_like_html, parse_manifest};
use crate::model::Format;
use crate::state::atomic::write_atomic;

#[derive(Debug, Args)]
pub struct AddArgs {
    /// A file to copy, an http(s) URL to fetch, or `-` for standard input.
    #[arg(value_name = "PATH|URL|-")]
    pub what: String,
    /// The source id (default: from the file name, the URL or the title).
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// The title to show instead of the one found in the article.
    #[arg(long, value_name = "TITLE")]
    pub title: Option<String>,
}

const MANIFEST: &str = "briefing.toml";

/// The article to add, in hand before anything is written.
struct Article {
    bytes: Vec<u8>,
    /// The file name it would like (made unique in the folder).
    name: String,
    url: Option<String>,
    fetched: Option<String>,
}

pub fn run(folder: Option<&Path>, args: &AddArgs) -> Result<(), String> {
    let folder = target_folder(folder)?;
    let manifest_path = folder.join(MANIFEST);
    let manifest_text = match std::fs::read(&manifest_path) {
        Ok(bytes) => Some(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(format!("{}: {e}", manifest_path.display())),
    };
    let shown = manifest_path.display().to_string();
    let manifest = match &manifest_text {
        Some(text) => parse_manifest(text, &shown).map_err(|e| e.to_string())?,
        None => briefing::Manifest::default(),
    };
    if let Some(id) = &args.id
        && manifest.sources.iter().any(|s| &s.id == id)
    {
        return Err(format!("{shown}: a source with id `{id}` is already there"));
    }

    let article = if args.what == "-" {
        from_stdin(args)?
    } else if args.what.starts_with("http://") || args.what.starts_with("https://") {
        if let Some(s) = manifest
            .sources
            .iter()
            .find(|s| s.url.as_deref() == Some(args.what.as_str()))
        {
            println!(
                "{} is already in {} as `{}` ({}); nothing added",
                args.what,
                folder.display(),
                s.id,
                s.file
            );
            return Ok(());
        }
        fetch::page(&args.what)?
    } else {
        from_file(Path::new(&args.what))?
    };
    // A page that holds no article is refused before anything is written.
    if Format::of_file(&article.name) == Format::Html {
        crate::ingest::ingest_html(&article.bytes)
            .map_err(|reason| format!("{}: {reason}; nothing added", args.what))?;
    }

    let existing = article_files(&folder)?;
    if let Some(same) = existing
        .iter()
        .find(|name| std::fs::read(folder.join(name)).is_ok_and(|bytes| bytes == article.bytes))
    {
        println!(
            "{} is already in {} as {same}; nothing added",
            args.what,
            folder.display()
        );
        return Ok(());
    }

    let file = unique_name(&article.name, &existing);
    let id = match &args.id {
        Some(id) => id.clone(),
        None => unique_id(&stem(&file), &manifest.sources, &existing),
    };
    let mut text = manifest_text.unwrap_or_default();
    // A manifest with sources lists them all: the files read so far must
    // stay in the briefing once it has one.
    if manifest.sources.is_empty() {
        for name in &existing {
            text.push_str(&entry(&SourceEntry {
                id: stem(name),
                file: name.clone(),
                ..SourceEntry::default()
            }));
        }
    }
    text.push_str(&entry(&SourceEntry {
        id: id.clone(),
        file: file.clone(),
        title: args.title.clone(),
        url: article.url.clone(),
        fetched: article.fetched.clone(),
        ..SourceEntry::default()
    }));
    // The manifest must still load after the edit.
    parse_manifest(&text, &shown).map_err(|e| e.to_string())?;

    std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let path = folder.join(&file);
    write_new(&path, &article.bytes)?;
    if let Err(e) = write_atomic(&manifest_path, text.as_bytes()) {
        // Without its entry the copy would be a stray file.
        let _ = std::fs::remove_file(&path);
        return Err(format!("{shown}: {e}"));
    }
    println!("added `{id}` ({file}) to {}", folder.display());
    Ok(())
}

/// `-b FOLDER` (or the folder of a `briefing.toml`), else the current folder.
fn target_folder(asked: Option<&Path>) -> Result<PathBuf, String> {
    let Some(path) = asked else {
        return Ok(PathBuf::from("."));
    };
    if path.file_name().is_some_and(|n| n == MANIFEST) {
        return Ok(match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => ".".into(),
        });
    }
    if path.is_file() {
        return Err(format!(
            "{}: is a file; `brief add -b` takes a briefing folder",
            path.display()
        ));
    }
    Ok(path.to_path_buf())
}

fn from_file(path: &Path) -> Result<Article, String> {
    let shown = path.display().to_string();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| format!("{shown}: not a file"))?;
    if !is_article_name(&name) {
        return Err(format!(
            "{shown}: brief reads .txt, .md and .html files; rename it to one of those"
        ));
    }
    let meta = std::fs::metadata(path).map_err(|e| format!("{shown}: {e}"))?;
    if !meta.is_file() {
        return Err(format!("{shown}: not a file"));
    }
    if meta.len() > briefing::MAX_FILE_BYTES {
        return Err(format!(
            "{shown}: larger than 16 MiB; brief reads files of at most 16 MiB"
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("{shown}: {e}"))?;
    Ok(Article {
        bytes,
        name,
        url: None,
        fetched: None,
    })
}

fn from_stdin(args: &AddArgs) -> Result<Article, String> {
    let bytes = super::read_stdin()?;
    if bytes.len() as u64 > briefing::MAX_FILE_BYTES {
        return Err(
            "standard input: larger than 16 MiB; brief reads files of at most 16 MiB".into(),
        );
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("standard input: empty; nothing added".into());
    }
    let html = looks_like_html(&bytes);
    let base = args
        .id
        .clone()
        .or_else(|| args.title.as_deref().map(slug))
        .or_else(|| (!html).then(|| first_line_slug(&bytes)).flatten())
        .unwrap_or_else(|| "stdin".into());
    Ok(Article {
        bytes,
        name: format!("{base}.{}", if html { "html" } else { "txt" }),
        url: None,
        fetched: None,
    })
}

/// The article files directly in the folder, by name (none when it does
/// not exist yet).
fn article_files(folder: &Path) -> Result<Vec<String>, String> {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(format!("{}: {e}", folder.display())),
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().is_file())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|n| is_article_name(n))
        .collect();
    names.sort();
    Ok(names)
}

/// `name`, or `stem-2.ext`… when the folder has a file of that name.
fn unique_name(name: &str, taken: &[String]) -> String {
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, "txt"));
    let mut candidate = name.to_string();
    let mut n = 2;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&candidate)) {
        candidate = format!("{stem}-{n}.{ext}");
        n += 1;
    }
    candidate
}

fn unique_id(base: &str, sources: &[SourceEntry], files: &[String]) -> String {
    let taken =
        |id: &str| sources.iter().any(|s| s.id == id) || files.iter().any(|f| stem(f) == id);
    let mut id = base.to_string();
    let mut n = 2;
    while taken(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

fn stem(file: &str) -> String {
    Path::new(file)
        .file_stem()
        .map_or_else(|| file.to_string(), |s| s.to_string_lossy().into_owned())
}

/// Lowercase letters and digits parted by dashes, at most 60 characters.
pub(crate) fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if out.len() >= 60 {
            break;
        }
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "article".into()
    } else {
        out
    }
}

fn first_line_slug(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).into_owned();
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let words: Vec<&str> = line.split_whitespace().take(8).collect();
    Some(slug(&words.join(" ")))
}

/// One `[[source]]` table, values quoted as TOML strings.
fn entry(source: &SourceEntry) -> String {
    let quote = |s: &str| toml::Value::String(s.to_string()).to_string();
    let mut out = format!(
        "\n[[source]]\nid = {}\nfile = {}\n",
        quote(&source.id),
        quote(&source.file)
    );
    for (key, value) in [
        ("title", &source.title),
        ("url", &source.url),
        ("fetched", &source.fetched),
    ] {
        if let Some(value) = value {
            out.push_str(&format!("{key} = {}\n", quote(value)));
        }
    }
    out
}

/// Writes a file that must not exist yet (never overwrites one).
fn write_new(path: &Path, bytes: &[u8]) -> Result<(), String> {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| {
            let _ = std::fs::remove_file(path);
            format!("{}: {e}", path.display())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_ids_are_made_unique() {
        let taken = vec!["a.txt".to_string(), "a-2.txt".to_string()];
        assert_eq!(unique_name("a.txt", &taken), "a-3.txt");
        assert_eq!(unique_name("b.html", &taken), "b.html");
        assert_eq!(unique_id("a", &[], &taken), "a-3");
    }

    #[test]
    fn entries_are_valid_toml_whatever_the_text() {
        let text = entry(&SourceEntry {
            id: "x".into(),
            file: "we\"ird\n.html".into(),
            url: Some("https://e.org/?a=\"b\"".into()),
            fetched: Some("2026-01-02T03:04:05Z".into()),
            ..SourceEntry::default()
        });
        let m = parse_manifest(&text, "m").expect("valid");
        assert_eq!(m.sources[0].file, "we\"ird\n.html");
        assert_eq!(
            m.sources[0].fetched.as_deref(),
            Some("2026-01-02T03:04:05Z")
        );
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Dockers Walk Out: Day 2!"), "dockers-walk-out-day-2");
        assert_eq!(slug("///"), "article");
    }
}
