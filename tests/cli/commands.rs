//! The command line as a script sees it: output shapes, exit codes, errors.

use std::fs;

use assert_cmd::Command;
use serde_json::Value;

fn brief() -> Command {
    let mut cmd = Command::cargo_bin("brief").expect("binary built");
    cmd.env_remove("NO_COLOR")
        .env("BRIEF_STATE_DIR", std::env::temp_dir());
    cmd
}

/// Runs `cmd`, expects success, and gives its stdout as text.
fn stdout_text(cmd: &mut Command) -> String {
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).expect("stdout is UTF-8")
}

fn stdout_json(args: &[&str]) -> Value {
    let out = brief()
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).expect("valid JSON on stdout")
}

#[test]
fn sources_json_has_the_documented_shape() {
    let json = stdout_json(&["sources", "--json"]);
    let list = json.as_array().expect("an array");
    assert_eq!(list.len(), 4);
    let ids: Vec<&str> = list.iter().filter_map(|s| s["id"].as_str()).collect();
    assert_eq!(
        ids,
        [
            "global-war",
            "renewed-comradery",
            "grim-prelude",
            "shared-blood"
        ]
    );
    for source in list {
        for key in [
            "id",
            "title",
            "outlet",
            "author",
            "published",
            "file",
            "words",
            "warnings",
            "sections",
        ] {
            assert!(source.get(key).is_some(), "missing `{key}` in {source}");
        }
        assert!(
            source["words"].as_u64().is_some_and(|w| w > 300),
            "{source}"
        );
        let sections = source["sections"].as_array().expect("sections array");
        assert!(!sections.is_empty());
        for (i, section) in sections.iter().enumerate() {
            assert_eq!(section["index"].as_u64(), Some(i as u64));
            assert!(section["heading"].is_null() || section["heading"].is_string());
            assert!(section["paragraphs"].as_u64().is_some());
            let citations = section["citations"].as_array().expect("citations array");
            let mut seen = std::collections::HashSet::new();
            assert!(
                citations.iter().all(|c| seen.insert(c.to_string())),
                "each citation once per section: {citations:?}"
            );
        }
    }
}

#[test]
fn sources_table_lists_every_source() {
    let text = stdout_text(brief().arg("sources"));
    for id in [
        "global-war",
        "renewed-comradery",
        "grim-prelude",
        "shared-blood",
    ] {
        assert!(text.contains(id), "{text}");
    }
}

#[test]
fn brief_without_a_terminal_prints_the_sources_list() {
    let out = brief().assert().success().get_output().stdout.clone();
    let text = String::from_utf8(out).expect("UTF-8");
    assert!(text.starts_with("ID"), "{text}");
    assert!(text.contains("shared-blood"), "{text}");
}

#[test]
fn read_prints_markdown_like_text_wrapped_to_width() {
    let text = stdout_text(brief().args(["read", "global-war", "--width", "60"]));
    assert!(text.starts_with("# "), "{text}");
    assert!(text.contains("Kursk"));
    for line in text.lines() {
        assert!(
            unicode_width(line) <= 60,
            "line wider than 60 columns: {line:?}"
        );
    }
}

#[test]
fn read_without_a_terminal_does_not_wrap() {
    let text = stdout_text(brief().args(["read", "shared-blood"]));
    assert!(
        text.lines().any(|l| l.chars().count() > 200),
        "paragraphs stay on one line"
    );
}

#[test]
fn read_raw_prints_the_text_with_nothing_removed() {
    let text = stdout_text(brief().args(["read", "grim-prelude", "--raw"]));
    let seed = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/briefings/north-korea-russia/002_c457e5f55a7a8ac2.txt"
    ))
    .expect("seed");
    for line in seed.lines().map(str::trim).filter(|l| !l.is_empty()) {
        assert!(text.contains(line), "raw output lacks {line:?}");
    }
}

#[test]
fn unknown_source_is_a_one_line_error_with_exit_1() {
    let assert = brief().args(["read", "nope"]).assert().code(1);
    let err = String::from_utf8(assert.get_output().stderr.clone()).expect("UTF-8");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("error: no source `nope`"), "{err}");
    assert!(err.contains("global-war"), "names the sources: {err}");
}

#[test]
fn usage_errors_exit_2() {
    brief().arg("--no-such-flag").assert().code(2);
    brief().args(["read"]).assert().code(2);
    brief().args(["frobnicate"]).assert().code(2);
}

#[test]
fn help_and_version_exit_0() {
    let text = stdout_text(brief().arg("--help"));
    assert!(text.contains("--briefing"), "{text}");
    let out = brief()
        .arg("--version")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(
        String::from_utf8(out)
            .expect("UTF-8")
            .contains(env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn malformed_manifest_exits_1_with_path_line_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("a.txt"), "Title\n\nText.\n").expect("write");
    fs::write(
        dir.path().join("briefing.toml"),
        "title = \"x\"\ntitle = \"y\"\n",
    )
    .expect("write");
    let assert = brief()
        .arg("-b")
        .arg(dir.path())
        .arg("sources")
        .assert()
        .code(1);
    let err = String::from_utf8(assert.get_output().stderr.clone()).expect("UTF-8");
    assert_eq!(err.lines().count(), 1, "{err}");
    let expected = format!(
        "error: {}:2:1: ",
        dir.path().join("briefing.toml").display()
    );
    assert!(err.starts_with(&expected), "{err}");
}

#[test]
fn warnings_go_to_stderr_and_the_command_succeeds() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("a.txt"), "Title\n\nText.\n").expect("write");
    fs::write(dir.path().join("b.txt"), "").expect("write");
    let assert = brief()
        .arg("--briefing")
        .arg(dir.path())
        .args(["sources", "--json"])
        .assert()
        .success();
    let err = String::from_utf8(assert.get_output().stderr.clone()).expect("UTF-8");
    assert!(
        err.starts_with("warning: ") && err.contains("b.txt"),
        "{err}"
    );
    let json: Value = serde_json::from_slice(&assert.get_output().stdout).expect("JSON");
    assert_eq!(json.as_array().map(Vec::len), Some(1));
}

fn unicode_width(line: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(line)
}
