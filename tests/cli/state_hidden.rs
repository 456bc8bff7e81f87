//! Reading state is never hidden (issue #13, item 5): a newer brief's file
//! is left alone and shown read-only; one malformed bookmark sets aside only
//! itself; a read-only folder without a lock file still reads; a lock kept
//! by another process names it; a symlinked state file is written through.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use brief::briefing;
use brief::model::{Briefing, Position};
use brief::state::{StateStore, parse_state};

type TestResult = Result<(), Box<dyn std::error::Error>>;

/// Two short articles of their own subject.
fn fixture(dir: &Path) -> Result<Briefing, Box<dyn std::error::Error>> {
    std::fs::write(
        dir.join("tides.txt"),
        "Spring tides flood the old harbour\n\nThe harbour wall was raised by 40 centimetres.\n\nBoats moved inland for a week.\n",
    )?;
    std::fs::write(
        dir.join("ferries.txt"),
        "Ferry crossings resume\n\nThe ferry company ran 12 crossings on Monday.\n",
    )?;
    Ok(briefing::load(Some(dir))?)
}

fn start(source: usize) -> Position {
    Position {
        source,
        section: 0,
        block: Some(0),
        offset: 0,
    }
}

/// The state file of `b` in `state`, holding two bookmarks.
fn with_two_bookmarks(state: &Path, b: &Briefing) -> Result<PathBuf, Box<dyn std::error::Error>> {
    let (mut store, warnings) = StateStore::open_in(state, b);
    assert!(warnings.is_empty(), "{warnings:?}");
    store.add_bookmark(b, start(0), "first")?;
    store.add_bookmark(b, start(1), "second")?;
    Ok(store.path().ok_or("no state file")?.to_path_buf())
}

fn brief(state: &Path, articles: &Path) -> Command {
    let mut cmd = Command::cargo_bin("brief").unwrap_or_else(|e| panic!("{e}"));
    cmd.env("BRIEF_STATE_DIR", state)
        .arg("--briefing")
        .arg(articles);
    cmd
}

#[test]
fn a_newer_version_is_left_alone_and_shown_read_only() -> TestResult {
    let articles = tempfile::tempdir()?;
    let state = tempfile::tempdir()?;
    let b = fixture(articles.path())?;
    let path = with_two_bookmarks(state.path(), &b)?;
    let text = std::fs::read_to_string(&path)?.replace("\"version\": 1", "\"version\": 2");
    let newer = text.replace(
        "\"bookmarks\"",
        "\"future_field\": [1, 2],\n  \"bookmarks\"",
    );
    std::fs::write(&path, &newer)?;

    // The command line lists them, says why it will not write, moves nothing.
    let out = brief(state.path(), articles.path())
        .arg("bookmarks")
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = String::from_utf8(out.stdout)?;
    let stderr = String::from_utf8(out.stderr)?;
    assert!(
        stdout.contains("first") && stdout.contains("second"),
        "{stdout}"
    );
    assert!(
        stderr.contains("newer brief") && stderr.contains("read-only"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&path)?, newer);

    // Changing them is refused, saying why.
    let out = brief(state.path(), articles.path())
        .args(["bookmarks", "add", &b.sources[0].id])
        .assert()
        .failure()
        .get_output()
        .clone();
    assert!(String::from_utf8(out.stderr)?.contains("newer brief"));

    // The store keeps changes in memory and never writes.
    let (mut store, warnings) = StateStore::open_in(state.path(), &b);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(store.state().bookmarks.len(), 2);
    assert!(store.cannot_save().is_some());
    store.set_last(&b, start(1));
    store.save()?;
    assert_eq!(std::fs::read_to_string(&path)?, newer);
    let siblings = std::fs::read_dir(path.parent().ok_or("no parent")?)?.count();
    assert_eq!(siblings, 2, "only the file and its lock");
    Ok(())
}

#[test]
fn one_malformed_bookmark_sets_aside_only_itself() -> TestResult {
    let articles = tempfile::tempdir()?;
    let state = tempfile::tempdir()?;
    let b = fixture(articles.path())?;
    let path = with_two_bookmarks(state.path(), &b)?;
    let mut value: serde_json::Value = serde_json::from_slice(&std::fs::read(&path)?)?;
    let bookmarks = value["bookmarks"].as_array_mut().ok_or("no bookmarks")?;
    bookmarks.insert(1, serde_json::json!({"id": "bad", "section": "three"}));
    value["read"] = serde_json::json!([b.sources[0].id, 7]);
    std::fs::write(&path, serde_json::to_vec_pretty(&value)?)?;

    let (mut store, warnings) = StateStore::open_in(state.path(), &b);
    assert_eq!(store.state().bookmarks.len(), 2, "the good ones stay");
    assert!(store.state().is_read(&b.sources[0].id), "and the read mark");
    let warning = warnings.join("\n");
    assert!(warning.contains("bookmark 2"), "{warning}");
    assert!(warning.contains("read entry 2"), "{warning}");
    assert!(!warning.contains(".corrupt-"), "nothing moved: {warning}");

    // Writing sets the bad entries aside in a file of their own first.
    store.set_last(&b, start(1));
    store.save()?;
    let notes = store.take_warnings().join("\n");
    assert!(notes.contains(".malformed-"), "{notes}");
    let aside: Vec<PathBuf> = std::fs::read_dir(path.parent().ok_or("no parent")?)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains(".malformed-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    let kept: serde_json::Value = serde_json::from_slice(&std::fs::read(&aside[0])?)?;
    assert_eq!(kept[0]["id"], "bad");
    assert_eq!(kept[1], 7);
    let saved = parse_state(&std::fs::read(&path)?)?;
    assert_eq!(saved.bookmarks.len(), 2);
    assert!(saved.last.is_some());
    Ok(())
}

#[test]
fn a_lock_kept_by_another_process_is_named_and_state_still_shows() -> TestResult {
    let articles = tempfile::tempdir()?;
    let state = tempfile::tempdir()?;
    let b = fixture(articles.path())?;
    let path = with_two_bookmarks(state.path(), &b)?;
    let mut lock_name = path.as_os_str().to_owned();
    lock_name.push(".lock");
    // Another brief (pid 4242, say) holds the lock and does not let go.
    std::fs::write(&lock_name, "4242")?;
    let holder = std::fs::OpenOptions::new().write(true).open(&lock_name)?;
    fs4::FileExt::lock(&holder)?;

    let (store, warnings) = StateStore::open_in(state.path(), &b);
    let warning = warnings.join("\n");
    assert!(warning.contains("brief process 4242"), "{warning}");
    assert!(warning.contains("waited"), "{warning}");
    assert!(!warning.contains("BRIEF_STATE_DIR"), "{warning}");
    assert_eq!(store.state().bookmarks.len(), 2, "shown read-only");
    assert!(store.cannot_save().is_some_and(|w| w.contains("4242")));
    drop(holder);
    Ok(())
}

#[cfg(unix)]
#[test]
fn a_symlinked_state_file_is_written_through() -> TestResult {
    let articles = tempfile::tempdir()?;
    let state = tempfile::tempdir()?;
    let elsewhere = tempfile::tempdir()?;
    let b = fixture(articles.path())?;
    let path = with_two_bookmarks(state.path(), &b)?;
    let target = elsewhere.path().join("kept.json");
    std::fs::rename(&path, &target)?;
    std::os::unix::fs::symlink(&target, &path)?;

    let (mut store, warnings) = StateStore::open_in(state.path(), &b);
    assert!(warnings.is_empty(), "{warnings:?}");
    store.add_bookmark(&b, start(0), "third")?;
    assert!(std::fs::symlink_metadata(&path)?.file_type().is_symlink());
    assert_eq!(parse_state(&std::fs::read(&target)?)?.bookmarks.len(), 3);
    Ok(())
}

/// A state folder the user may read but not write, with no lock file in
/// it: the bookmarks list still shows. Needs a user the folder's mode
/// binds: run as root, the command runs as `nobody` through `setpriv`.
#[cfg(unix)]
#[test]
fn a_read_only_state_folder_without_a_lock_still_reads() -> TestResult {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir()?;
    let articles = root.path().join("articles");
    let state = root.path().join("state");
    std::fs::create_dir(&articles)?;
    let b = fixture(&articles)?;
    let path = with_two_bookmarks(&state, &b)?;
    let dir = path.parent().ok_or("no parent")?.to_path_buf();
    std::fs::remove_file(dir.join(format!(
        "{}.lock",
        path.file_name().ok_or("no name")?.to_string_lossy()
    )))?;
    for d in [root.path(), &articles, &state] {
        std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o755))?;
    }
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555))?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644))?;

    let is_root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"));
    let mut cmd = if is_root {
        if std::process::Command::new("setpriv")
            .arg("--version")
            .output()
            .is_err()
        {
            println!("skipped: running as root without setpriv to drop to another user");
            return Ok(());
        }
        let mut cmd = Command::new("setpriv");
        cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_brief"));
        cmd
    } else {
        Command::new(env!("CARGO_BIN_EXE_brief"))
    };
    let out = cmd
        .env("BRIEF_STATE_DIR", &state)
        .arg("--briefing")
        .arg(&articles)
        .arg("bookmarks")
        .output()?;
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755))?;
    let stdout = String::from_utf8(out.stdout)?;
    let stderr = String::from_utf8(out.stderr)?;
    assert!(out.status.success(), "{stderr}");
    assert!(
        stdout.contains("first") && stdout.contains("second"),
        "{stdout}\n{stderr}"
    );
    assert!(stderr.contains("read-only"), "{stderr}");
    Ok(())
}
