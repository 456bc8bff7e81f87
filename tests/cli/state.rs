//! `brief bookmarks`: its JSON shape, its errors, and concurrent processes
//! adding bookmarks to one briefing.

use std::path::Path;
use std::process::{Command, Stdio};

use assert_cmd::prelude::*;
use predicates::prelude::*;
use serde_json::Value;

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn brief(state: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_brief"));
    cmd.env("BRIEF_STATE_DIR", state);
    cmd
}

fn list(state: &Path, briefing: Option<&Path>) -> Result<Vec<Value>, Box<dyn std::error::Error>> {
    let mut cmd = brief(state);
    if let Some(b) = briefing {
        cmd.arg("--briefing").arg(b);
    }
    let out = cmd.args(["bookmarks", "--json"]).output()?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let value: Value = serde_json::from_slice(&out.stdout)?;
    Ok(value.as_array().cloned().unwrap_or_default())
}

/// A briefing of our own: one article with a heading and paragraphs.
fn fixture(dir: &Path) -> std::io::Result<()> {
    std::fs::write(
        dir.join("rail.md"),
        "# Night trains return to Europe\n\n\
         Operators added twelve routes this winter.\n\n\
         ## Costs\n\n\
         Track access charges remain the largest expense.\n\n\
         Sleeper cars cost more to run than seats.\n",
    )
}

#[test]
fn add_list_and_remove_round_trip_with_the_documented_json() -> TestResult {
    let state = tempfile::tempdir()?;
    let articles = tempfile::tempdir()?;
    fixture(articles.path())?;
    let b = articles.path();
    assert!(list(state.path(), Some(b))?.is_empty());

    let sources: Value = serde_json::from_slice(
        &brief(state.path())
            .arg("-b")
            .arg(b)
            .args(["sources", "--json"])
            .output()?
            .stdout,
    )?;
    let sections = sources[0]["sections"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let last = sections.len() - 1;
    let blocks = sections[last]["paragraphs"].as_u64().unwrap_or(0) as usize;
    assert!(blocks > 0, "fixture has paragraphs: {sources}");

    let out = brief(state.path())
        .arg("-b")
        .arg(b)
        .args(["bookmarks", "add", "rail", "--section"])
        .arg(last.to_string())
        .args(["--block"])
        .arg((blocks - 1).to_string())
        .args(["--note", "ask about\tsubsidies", "--json"])
        .output()?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let added: Value = serde_json::from_slice(&out.stdout)?;
    let plain = brief(state.path())
        .arg("-b")
        .arg(b)
        .args(["bookmarks", "add", "rail"])
        .output()?;
    assert!(plain.status.success());
    let plain_id = String::from_utf8(plain.stdout)?.trim().to_string();

    let listed = list(state.path(), Some(b))?;
    assert_eq!(listed.len(), 2);
    let mine = listed
        .iter()
        .find(|v| v["id"] == added["id"])
        .ok_or("added bookmark not listed")?;
    assert_eq!(mine, &added);
    let keys: Vec<&str> = mine
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    for key in [
        "id", "source", "section", "block", "offset", "heading", "note", "excerpt", "created",
    ] {
        assert!(keys.contains(&key), "missing {key} in {mine}");
    }
    assert_eq!(mine["source"], "rail");
    assert_eq!(mine["section"], last);
    assert_eq!(mine["block"], blocks - 1);
    assert_eq!(mine["note"], "ask about subsidies");
    assert!(mine["created"].as_u64().is_some_and(|t| t > 1_600_000_000));
    assert!(!mine["excerpt"].as_str().unwrap_or("").is_empty());
    // Listed in reading order: the bookmark at the start comes first.
    assert_eq!(listed[0]["id"], plain_id.as_str());

    brief(state.path())
        .arg("-b")
        .arg(b)
        .args(["bookmarks", "remove"])
        .arg(&plain_id)
        .assert()
        .success()
        .stdout(predicate::str::contains(plain_id.as_str()));
    let left = list(state.path(), Some(b))?;
    assert_eq!(left.len(), 1);
    assert_eq!(left[0]["id"], added["id"]);
    Ok(())
}

#[test]
fn bad_requests_fail_with_one_line_naming_the_problem() -> TestResult {
    let state = tempfile::tempdir()?;
    for (args, needle) in [
        (
            vec!["bookmarks", "add", "no-such-source"],
            "no source `no-such-source`",
        ),
        (
            vec!["bookmarks", "add", "global-war", "--section", "999"],
            "--section",
        ),
        (
            vec!["bookmarks", "add", "global-war", "--block", "99999"],
            "--block",
        ),
        (vec!["bookmarks", "remove", "0000"], "no bookmark `0000`"),
    ] {
        let out = brief(state.path()).args(&args).output()?;
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8(out.stderr)?;
        assert!(
            err.starts_with("error: ") && err.contains(needle),
            "{args:?}: {err}"
        );
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    }
    assert!(
        list(state.path(), None)?.is_empty(),
        "failed adds wrote nothing"
    );
    Ok(())
}

#[test]
fn a_corrupt_state_file_is_reported_and_the_command_still_works() -> TestResult {
    let state = tempfile::tempdir()?;
    brief(state.path())
        .args(["bookmarks", "add", "global-war"])
        .assert()
        .success();
    let dir = state.path().join("briefings");
    let file = std::fs::read_dir(&dir)?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .ok_or("no state file")?;
    std::fs::write(&file, "\u{0}\u{0}garbage")?;
    brief(state.path())
        .args(["bookmarks", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::diff("[]\n"))
        .stderr(predicate::str::contains("warning: ").and(predicate::str::contains(".corrupt-")));
    Ok(())
}

/// The concurrency test: two processes each add twenty bookmarks to
/// the same briefing at the same time; all forty survive.
#[cfg(unix)]
#[test]
fn two_processes_adding_at_once_lose_no_bookmark() -> TestResult {
    let state = tempfile::tempdir()?;
    let script = format!(
        "for i in $(seq 1 20); do '{}' bookmarks add renewed-comradery --note \"$0 $i\" || exit 1; done",
        env!("CARGO_BIN_EXE_brief")
    );
    let writers: Vec<_> = ["first", "second"]
        .iter()
        .map(|name| {
            Command::new("sh")
                .args(["-c", &script, name])
                .env("BRIEF_STATE_DIR", state.path())
                .stdout(Stdio::piped())
                .spawn()
        })
        .collect::<Result<_, _>>()?;
    let mut ids = Vec::new();
    for writer in writers {
        let out = writer.wait_with_output()?;
        assert!(out.status.success());
        ids.extend(String::from_utf8(out.stdout)?.lines().map(str::to_string));
    }
    assert_eq!(ids.len(), 40);

    let listed = list(state.path(), None)?;
    let mut notes: Vec<String> = listed
        .iter()
        .filter_map(|v| v["note"].as_str().map(str::to_string))
        .collect();
    notes.sort();
    let mut expected: Vec<String> = ["first", "second"]
        .iter()
        .flat_map(|n| (1..=20).map(move |i| format!("{n} {i}")))
        .collect();
    expected.sort();
    assert_eq!(notes, expected);
    for id in ids {
        assert!(listed.iter().any(|v| v["id"] == id.as_str()), "{id} lost");
    }
    Ok(())
}

/// Many more writers than two, all started at once.
#[test]
fn forty_processes_started_together_lose_no_bookmark() -> TestResult {
    let state = tempfile::tempdir()?;
    let children: Vec<_> = (0..40)
        .map(|i| {
            brief(state.path())
                .args(["bookmarks", "add", "shared-blood", "--note"])
                .arg(format!("writer {i}"))
                .stdout(Stdio::piped())
                .spawn()
        })
        .collect::<Result<_, _>>()?;
    for child in children {
        assert!(child.wait_with_output()?.status.success());
    }
    assert_eq!(list(state.path(), None)?.len(), 40);
    Ok(())
}
