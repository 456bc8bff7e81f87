//! Saved web pages in a folder, files named on the command line, standard
//! input: how each becomes a briefing, and every bad-input rule.

use std::fs;
use std::path::Path;

use brief::briefing::{load, load_files, load_stdin};
use brief::model::{BlockKind, Format};

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    fs::write(dir.join(name), bytes).expect("write fixture");
}

const PARAGRAPH: &str = "The harbour authority said on Tuesday that the new cranes would double the number of containers handled each day, and that the dock workers' union had agreed to the new shifts after two months of talks.";

fn page(title: &str, site: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} | {site}</title>\
         <meta property=\"og:site_name\" content=\"{site}\"><meta name=\"author\" content=\"Ana Lima\">\
         <meta property=\"article:published_time\" content=\"2024-06-02T10:00:00Z\">\
         <link rel=\"canonical\" href=\"https://news.example/{title}\"></head><body>\
         <header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>\
         <main><article><h1>{title}</h1><p>{PARAGRAPH}</p><figure><img src=\"c.jpg\">\
         <figcaption>Cranes at the port. Photo: Ana Lima</figcaption></figure>\
         <h2>What the union says</h2><p>{PARAGRAPH}</p><ul><li>Two new cranes</li><li>Three shifts</li></ul>\
         <blockquote><p>We got what we asked for, and the port gets its cranes.</p></blockquote>\
         <p>{PARAGRAPH}</p></article></main><footer>© 2024 {site}</footer></body></html>"
    )
}

#[test]
fn a_folder_mixing_text_markdown_and_html_reads_as_one_briefing() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "a.txt",
        format!("Cranes arrive\n\n{PARAGRAPH}\n"),
    );
    write(
        dir.path(),
        "b.md",
        format!("# Union agrees\n\n{PARAGRAPH}\n"),
    );
    write(
        dir.path(),
        "c.html",
        page("Port doubles its capacity", "Harbour News"),
    );
    write(dir.path(), "d.HTM", page("Second page", "Harbour News"));
    let b = load(Some(dir.path())).expect("loads");
    let formats: Vec<(&str, Format)> = b
        .sources
        .iter()
        .map(|s| (s.id.as_str(), s.meta.format))
        .collect();
    assert_eq!(
        formats,
        [
            ("a", Format::Text),
            ("b", Format::Markdown),
            ("c", Format::Html),
            ("d", Format::Html)
        ]
    );
    let html = &b.sources[2];
    assert_eq!(html.meta.title, "Port doubles its capacity");
    assert_eq!(html.meta.outlet.as_deref(), Some("Harbour News"));
    assert_eq!(html.meta.author.as_deref(), Some("Ana Lima"));
    assert_eq!(html.meta.language.as_deref(), Some("en"));
    assert!(
        html.meta
            .published
            .as_deref()
            .is_some_and(|p| p.starts_with("2024-06-02"))
    );
    assert_eq!(
        html.meta.url.as_deref(),
        Some("https://news.example/Port doubles its capacity")
    );
    let headings: Vec<Option<&str>> = html.sections.iter().map(|s| s.heading.as_deref()).collect();
    assert_eq!(headings, [None, Some("What the union says")]);
    let kinds: Vec<BlockKind> = html
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter().map(|b| b.kind))
        .collect();
    assert!(kinds.contains(&BlockKind::Caption), "{kinds:?}");
    assert!(kinds.contains(&BlockKind::Quote), "{kinds:?}");
    assert!(
        kinds.contains(&BlockKind::ListItem { ordered: None }),
        "{kinds:?}"
    );
    let text: String = html
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter().map(|b| b.text.as_str()))
        .collect();
    assert!(!text.contains("World") && !text.contains("©"), "{text}");
}

#[test]
fn an_html_page_that_is_no_article_is_skipped_with_a_warning_naming_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "a.txt",
        format!("Cranes arrive\n\n{PARAGRAPH}\n"),
    );
    write(
        dir.path(),
        "login.html",
        "<html><head><title>Sign in</title></head><body><form><input name=u><input type=password>\
         <button>Sign in</button></form><a href=\"/reset\">Forgot password?</a></body></html>",
    );
    write(dir.path(), "empty.html", "<html><body></body></html>");
    let b = load(Some(dir.path())).expect("loads");
    assert_eq!(b.sources.len(), 1);
    let warnings: Vec<String> = b.warnings.iter().map(ToString::to_string).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("login.html") && w.contains("no article")),
        "{warnings:?}"
    );
    assert!(
        warnings.iter().any(|w| w.contains("empty.html")),
        "{warnings:?}"
    );
    assert!(warnings.iter().all(|w| !w.contains('\n')));
}

#[test]
fn a_declared_legacy_charset_is_decoded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut bytes = b"<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 owners protest</title></head><body><article>".to_vec();
    for _ in 0..3 {
        bytes.extend_from_slice(b"<p>The caf\xe9 owners of the old town said the new \x93terrace tax\x94 would close a third of them before the summer, and asked the mayor to wait a year.</p>");
    }
    bytes.extend_from_slice(b"</article></body></html>");
    write(dir.path(), "cafe.html", bytes);
    let b = load(Some(dir.path())).expect("loads");
    let s = &b.sources[0];
    assert_eq!(s.meta.title, "Café owners protest");
    assert!(s.sections[0].blocks[0].text.contains("“terrace tax”"));
    assert!(b.warnings.is_empty(), "{:?}", b.warnings);
}

#[test]
fn files_named_open_as_a_briefing_and_a_single_file_works_with_b() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "one.txt",
        format!("Cranes arrive\n\n{PARAGRAPH}\n"),
    );
    write(
        dir.path(),
        "two.html",
        page("Port doubles its capacity", "Harbour News"),
    );
    let other = dir.path().join("sub");
    fs::create_dir(&other).expect("mkdir");
    write(&other, "one.txt", format!("Another one\n\n{PARAGRAPH}\n"));
    let b = load_files(&[
        dir.path().join("two.html"),
        dir.path().join("one.txt"),
        other.join("one.txt"),
    ])
    .expect("loads");
    let ids: Vec<&str> = b.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["two", "one", "one-2"]);
    assert_eq!(b.files.len(), 3);
    assert!(b.root.is_none());
    let single = load(Some(&dir.path().join("one.txt"))).expect("-b a file");
    assert_eq!(single.sources.len(), 1);
    assert_eq!(single.title, "one.txt");
    let err = load_files(&[dir.path().join("missing.txt")]).expect_err("missing");
    assert!(err.to_string().contains("missing.txt"), "{err}");
}

#[test]
fn standard_input_is_one_article_text_or_page() {
    let b = load_stdin(format!("Cranes arrive\n\n{PARAGRAPH}\n").into_bytes()).expect("text");
    assert_eq!(b.sources[0].meta.format, Format::Text);
    assert_eq!(b.sources[0].meta.title, "Cranes arrive");
    let b =
        load_stdin(page("Port doubles its capacity", "Harbour News").into_bytes()).expect("page");
    assert_eq!(b.sources[0].meta.format, Format::Html);
    assert_eq!(b.sources[0].meta.title, "Port doubles its capacity");
    let err = load_stdin(b"   \n".to_vec()).expect_err("empty");
    assert!(err.to_string().contains("empty"), "{err}");
}

#[test]
fn html_over_16_mib_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = fs::File::create(dir.path().join("huge.html")).expect("create");
    file.set_len(16 * 1024 * 1024 + 1).expect("sparse file");
    let text = load(Some(dir.path())).expect_err("too big").to_string();
    assert!(
        text.contains("huge.html") && text.contains("16 MiB"),
        "{text}"
    );
}
