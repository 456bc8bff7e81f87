//! Loading briefings from disk: the format and every bad-input rule.

use std::fs;
use std::path::Path;

use brief::briefing::{LoadError, load, parse_manifest};
use proptest::prelude::*;

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    fs::write(dir.join(name), bytes).expect("write fixture");
}

fn article(title: &str) -> String {
    format!(
        "{title}\n\nThe first paragraph of the article says something.\n\nA second paragraph follows it.\n"
    )
}

#[test]
fn folder_without_manifest_lists_txt_and_md_by_file_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "b-second.md", article("# Second"));
    write(dir.path(), "a-first.txt", article("First"));
    write(dir.path(), "notes.pdf", "ignored");
    write(dir.path(), ".hidden.txt", article("Hidden"));
    let b = load(Some(dir.path())).expect("loads");
    let ids: Vec<&str> = b.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["a-first", "b-second"]);
    assert_eq!(b.sources[0].file, "a-first.txt");
    assert!(b.topics.is_empty());
}

#[test]
fn manifest_orders_sources_and_overrides_metadata() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "one.txt", article("Detected One"));
    write(dir.path(), "two.txt", article("Detected Two"));
    write(
        dir.path(),
        "briefing.toml",
        r#"title = "My briefing"
[[source]]
id = "second"
file = "two.txt"
outlet = "The Paper"
author = "A. Writer"
published = "2025-01-02"
[[source]]
id = "first"
file = "one.txt"
title = "Manifest Title"
[[topic]]
id = "t"
title = "A topic"
keywords = ["k"]
"#,
    );
    let b = load(Some(dir.path())).expect("loads");
    assert_eq!(b.title, "My briefing");
    let ids: Vec<&str> = b.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["second", "first"]);
    assert_eq!(b.sources[0].meta.outlet.as_deref(), Some("The Paper"));
    assert_eq!(b.sources[0].meta.author.as_deref(), Some("A. Writer"));
    assert_eq!(b.sources[0].meta.published.as_deref(), Some("2025-01-02"));
    assert_eq!(b.sources[1].meta.title, "Manifest Title");
    assert_eq!(b.topics.len(), 1);
}

#[test]
fn briefing_path_may_be_the_manifest_itself() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", article("A"));
    write(
        dir.path(),
        "briefing.toml",
        "[[source]]\nid = \"x\"\nfile = \"a.txt\"\n",
    );
    let b = load(Some(&dir.path().join("briefing.toml"))).expect("loads");
    assert_eq!(b.sources[0].id, "x");
}

#[test]
fn malformed_manifest_names_file_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", article("A"));
    write(
        dir.path(),
        "briefing.toml",
        "title = \"x\"\n[[source]\nid = \"a\"\n",
    );
    let err = load(Some(dir.path())).expect_err("malformed");
    let text = err.to_string();
    assert!(
        matches!(err, LoadError::Manifest { line: 2, .. }),
        "{err:?}"
    );
    assert!(text.contains("briefing.toml:2:"), "{text}");
    assert!(!text.contains('\n'), "one line: {text}");
}

#[test]
fn unknown_key_is_named_with_its_position() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", article("A"));
    write(
        dir.path(),
        "briefing.toml",
        "[[source]]\nid = \"a\"\nfile = \"a.txt\"\noutlett = \"x\"\n",
    );
    let text = load(Some(dir.path())).expect_err("unknown key").to_string();
    assert!(text.contains("briefing.toml:4:1:"), "{text}");
    assert!(text.contains("outlett"), "{text}");
}

#[test]
fn missing_source_file_is_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "briefing.toml",
        "[[source]]\nid = \"a\"\nfile = \"gone.txt\"\n",
    );
    let text = load(Some(dir.path())).expect_err("missing").to_string();
    assert!(
        text.contains("gone.txt") && text.contains("not found"),
        "{text}"
    );
}

#[test]
fn files_outside_the_folder_are_refused() {
    let outer = tempfile::tempdir().expect("tempdir");
    let dir = outer.path().join("briefing");
    fs::create_dir(&dir).expect("mkdir");
    write(outer.path(), "secret.txt", article("Secret"));
    let outside = outer.path().join("secret.txt");
    for (file, expect) in [
        ("../secret.txt".to_string(), "leaves the briefing folder"),
        (outside.display().to_string(), "absolute path"),
    ] {
        write(
            &dir,
            "briefing.toml",
            format!("[[source]]\nid = \"a\"\nfile = {file:?}\n"),
        );
        let text = load(Some(&dir)).expect_err("outside").to_string();
        assert!(text.contains(expect), "{file}: {text}");
    }
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&outside, dir.join("link.txt")).expect("symlink");
        write(
            &dir,
            "briefing.toml",
            "[[source]]\nid = \"a\"\nfile = \"link.txt\"\n",
        );
        let text = load(Some(&dir)).expect_err("symlink out").to_string();
        assert!(text.contains("outside the briefing folder"), "{text}");
        // The same link is refused when the folder is scanned without a manifest.
        fs::remove_file(dir.join("briefing.toml")).expect("rm");
        let text = load(Some(&dir)).expect_err("symlink out").to_string();
        assert!(text.contains("outside the briefing folder"), "{text}");
    }
}

#[test]
fn duplicate_ids_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", article("A"));
    write(
        dir.path(),
        "briefing.toml",
        "[[source]]\nid = \"a\"\nfile = \"a.txt\"\n[[source]]\nid = \"a\"\nfile = \"a.txt\"\n",
    );
    let text = load(Some(dir.path())).expect_err("dup").to_string();
    assert!(text.contains("duplicate source id `a`"), "{text}");
    // Without a manifest, two files with the same stem collide too.
    fs::remove_file(dir.path().join("briefing.toml")).expect("rm");
    write(dir.path(), "a.md", article("A again"));
    let text = load(Some(dir.path())).expect_err("dup stems").to_string();
    assert!(text.contains("duplicate source id `a`"), "{text}");
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut bytes = article("Caf\u{e9}").into_bytes();
    bytes.extend_from_slice(b"Broken \xff\xfe bytes here.\n");
    write(dir.path(), "a.txt", bytes);
    let b = load(Some(dir.path())).expect("loads");
    assert_eq!(b.warnings.len(), 1, "{:?}", b.warnings);
    assert!(b.warnings[0].to_string().contains("a.txt"));
    assert!(b.warnings[0].message.contains("UTF-8"));
    assert_eq!(b.sources[0].warnings.len(), 1);
    assert!(b.sources[0].raw.contains('\u{fffd}'));
}

#[test]
fn empty_and_binary_files_are_skipped_with_warnings() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", article("A"));
    write(dir.path(), "empty.txt", "  \n\n");
    write(
        dir.path(),
        "image.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01",
    );
    let b = load(Some(dir.path())).expect("loads");
    let ids: Vec<&str> = b.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["a"]);
    let warnings: Vec<String> = b.warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("empty.txt") && w.contains("empty")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("image.txt") && w.contains("binary")),
        "{warnings:?}"
    );
}

#[test]
fn a_folder_with_nothing_readable_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "empty.txt", "");
    let text = load(Some(dir.path())).expect_err("nothing").to_string();
    assert!(text.contains("no readable sources"), "{text}");
}

#[test]
fn files_over_16_mib_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = fs::File::create(dir.path().join("huge.txt")).expect("create");
    file.set_len(16 * 1024 * 1024 + 1).expect("sparse file");
    let text = load(Some(dir.path())).expect_err("too big").to_string();
    assert!(
        text.contains("huge.txt") && text.contains("16 MiB"),
        "{text}"
    );
}

#[test]
fn a_path_that_is_neither_folder_nor_manifest_nor_article_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.pdf", article("A"));
    let text = load(Some(&dir.path().join("a.pdf")))
        .expect_err("a file")
        .to_string();
    assert!(text.contains("a.pdf"), "{text}");
    let text = load(Some(&dir.path().join("nope")))
        .expect_err("missing")
        .to_string();
    assert!(text.contains("nope"), "{text}");
}

#[test]
fn the_embedded_briefing_has_the_four_sources_in_order() {
    let b = load(None).expect("embedded briefing loads");
    let ids: Vec<&str> = b.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "global-war",
            "renewed-comradery",
            "grim-prelude",
            "shared-blood"
        ]
    );
    assert!(b.root.is_none());
    assert!(b.warnings.is_empty(), "{:?}", b.warnings);
}

#[test]
fn the_default_briefing_is_the_seeds_byte_for_byte() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seeds = repo.join("../shared/seeds");
    if !seeds.exists() {
        // A clone without shared/ beside it has nothing to compare with.
        return;
    }
    for entry in fs::read_dir(&seeds).expect("seeds") {
        let path = entry.expect("entry").path();
        let name = path.file_name().expect("name");
        let ours = repo.join("briefings/north-korea-russia").join(name);
        assert_eq!(
            fs::read(&path).expect("seed"),
            fs::read(&ours).expect("our copy"),
            "{} differs from the seed",
            ours.display()
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn manifest_parsing_never_panics(text in "\\PC*") {
        let _ = parse_manifest(&text, "briefing.toml");
    }

    #[test]
    fn manifest_like_text_never_panics(
        lines in proptest::collection::vec(
            prop_oneof![
                Just("[[source]]".to_string()),
                Just("[[topic]]".to_string()),
                "[a-z]{1,8} = \"[^\"\\\\]{0,12}\"",
                "[a-z]{1,8} = \\[\"[a-z]{0,5}\"\\]",
                "\\PC{0,20}",
            ],
            0..12,
        )
    ) {
        let text = lines.join("\n");
        if let Err(e) = parse_manifest(&text, "m.toml") {
            prop_assert!(!e.to_string().contains('\n'));
        }
    }

    #[test]
    fn loading_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let dir = tempfile::tempdir().expect("tempdir");
        fs::write(dir.path().join("a.txt"), &bytes).expect("write");
        let _ = load(Some(dir.path()));
    }
}
