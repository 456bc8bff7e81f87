//! Real folders and real files: a README or LICENSE beside the articles, a
//! text with a stray NUL, a file saved as UTF-16, a file name that is not
//! UTF-8.

use std::fs;
use std::path::Path;

use brief::briefing::load;

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    fs::write(dir.join(name), bytes).expect("write fixture");
}

const ARTICLE: &str = "Ferry services resume\n\nThe first ferry crossed on Monday morning after three days of storms.\n\nIslanders queued at the quay to buy food.\n";

fn ids(dir: &Path) -> Vec<String> {
    load(Some(dir))
        .expect("loads")
        .sources
        .iter()
        .map(|s| s.id.clone())
        .collect()
}

#[test]
fn readme_license_and_hidden_files_are_not_articles_without_a_manifest() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "ferry.txt", ARTICLE);
    write(dir.path(), "README.md", "# About this folder\n\nNotes.\n");
    write(dir.path(), "readme.txt", "Notes.\n");
    write(dir.path(), "LICENSE.txt", "Permission is granted.\n");
    write(dir.path(), ".draft.md", ARTICLE);
    assert_eq!(ids(dir.path()), ["ferry"]);
    // A manifest may list a README all the same.
    write(
        dir.path(),
        "briefing.toml",
        "[[source]]\nid = \"readme\"\nfile = \"README.md\"\n",
    );
    assert_eq!(ids(dir.path()), ["readme"]);
}

#[test]
fn a_stray_nul_is_removed_with_a_warning_not_a_skipped_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut bytes = ARTICLE.as_bytes().to_vec();
    bytes.insert(30, 0);
    write(dir.path(), "ferry.txt", bytes);
    let b = load(Some(dir.path())).expect("loads");
    assert_eq!(b.sources.len(), 1);
    assert!(!b.sources[0].raw.contains('\0'));
    assert!(b.sources[0].sections[0].blocks[0].text.contains("Monday"));
    let warnings: Vec<String> = b.warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("ferry.txt") && w.contains("1 stray control byte removed")),
        "{warnings:?}"
    );
}

#[test]
fn utf16_with_a_byte_order_mark_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bytes: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(ARTICLE.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    write(dir.path(), "ferry.txt", bytes);
    let b = load(Some(dir.path())).expect("loads");
    assert_eq!(b.sources[0].meta.title, "Ferry services resume");
    assert!(b.warnings.is_empty(), "{:?}", b.warnings);
}

#[cfg(unix)]
#[test]
fn file_names_that_are_not_utf8_are_named_in_a_warning() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "ferry.txt", ARTICLE);
    let bad = OsStr::from_bytes(b"caf\xe9.txt");
    if fs::write(dir.path().join(bad), ARTICLE).is_err() {
        println!("skipped: this file system refuses names that are not UTF-8");
        return;
    }
    let b = load(Some(dir.path())).expect("loads");
    assert_eq!(b.sources.len(), 1);
    let warnings: Vec<String> = b.warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("caf\u{fffd}.txt") && w.contains("not valid UTF-8")),
        "{warnings:?}"
    );
}
