//! A state write cut short, as by a crash or a kill, leaves the previous
//! state file intact and readable.

use std::io;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use brief::briefing;
use brief::model::{Briefing, Position};
use brief::state::atomic::WriteStage;
use brief::state::{StateStore, parse_state};

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn fixture(dir: &Path) -> Result<Briefing, Box<dyn std::error::Error>> {
    std::fs::write(
        dir.join("lighthouses.txt"),
        "Keeping the lights on\n\nThe last keepers left the rock in 1998.\n\nAutomation came late.\n",
    )?;
    Ok(briefing::load(Some(dir))?)
}

fn files_in(dir: &Path) -> io::Result<Vec<String>> {
    let mut names: Vec<String> = std::fs::read_dir(dir)?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    Ok(names)
}

#[test]
fn a_write_stopped_between_temp_file_and_rename_keeps_the_old_file() -> TestResult {
    let articles = tempfile::tempdir()?;
    let state = tempfile::tempdir()?;
    let b = fixture(articles.path())?;
    let (mut store, _) = StateStore::open_in(state.path(), &b);
    let kept = store.add_bookmark(&b, Position::default(), "before the crash")?;
    let path = store.path().ok_or("no state file")?.to_path_buf();
    let before = std::fs::read(&path)?;

    store.set_last(
        &b,
        Position {
            block: Some(1),
            ..Position::default()
        },
    );
    store.mark_read(&b.sources[0].id);
    let crashed = store.save_with(|stage| match stage {
        WriteStage::TempWritten => Err(io::Error::other("simulated crash before rename")),
        WriteStage::Renamed => Ok(()),
    });
    assert!(crashed.is_err());
    assert_eq!(
        std::fs::read(&path)?,
        before,
        "old file must be byte-for-byte intact"
    );
    let dir = path.parent().ok_or("no parent")?;
    assert_eq!(
        files_in(dir)?.len(),
        3,
        "state, lock and the crashed temp file"
    );

    let (reopened, warnings) = StateStore::open_in(state.path(), &b);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(reopened.state().bookmarks, vec![kept.clone()]);
    assert_eq!(reopened.state().last, None);

    // The changes were not lost from the instance: the next save writes them
    // and clears the crashed writer's temporary file.
    store.save()?;
    let after = parse_state(&std::fs::read(&path)?)?;
    assert_eq!(after.bookmarks, vec![kept]);
    assert!(after.last.is_some());
    assert!(after.is_read(&b.sources[0].id));
    assert_eq!(files_in(dir)?.len(), 2, "{:?}", files_in(dir)?);
    Ok(())
}

#[test]
fn a_write_stopped_after_the_rename_has_the_new_file_complete() -> TestResult {
    let articles = tempfile::tempdir()?;
    let state = tempfile::tempdir()?;
    let b = fixture(articles.path())?;
    let (mut store, _) = StateStore::open_in(state.path(), &b);
    store.add_bookmark(&b, Position::default(), "")?;
    store.mark_read(&b.sources[0].id);
    let crashed = store.save_with(|stage| match stage {
        WriteStage::TempWritten => Ok(()),
        WriteStage::Renamed => Err(io::Error::other("simulated crash before directory sync")),
    });
    assert!(crashed.is_err());
    let path = store.path().ok_or("no state file")?;
    let on_disk = parse_state(&std::fs::read(path)?)?;
    assert_eq!(on_disk.bookmarks.len(), 1);
    assert!(on_disk.is_read(&b.sources[0].id));
    Ok(())
}

/// Kills `brief bookmarks add` at moments spread over its run, many times:
/// after every kill the state file parses, and every add that finished is
/// still there.
#[test]
fn killing_writers_at_random_moments_never_damages_the_file() -> TestResult {
    let state = tempfile::tempdir()?;
    let add = |note: String| {
        Command::new(env!("CARGO_BIN_EXE_brief"))
            .args(["bookmarks", "add", "grim-prelude", "--note", &note])
            .env("BRIEF_STATE_DIR", state.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
    };
    // How long one add takes here, to spread the kills over its whole run.
    let started = Instant::now();
    let first = add("untouched".into())?.wait_with_output()?;
    assert!(first.status.success());
    let full_run = started.elapsed();
    let mut finished = vec![String::from_utf8_lossy(&first.stdout).trim().to_string()];
    let mut killed = 0;
    const ROUNDS: u32 = 40;
    for round in 0..ROUNDS {
        let mut child = add(format!("round {round}"))?;
        // From "at once" to a little after a full run.
        std::thread::sleep(full_run * round / (ROUNDS - 8));
        let _ = child.kill();
        let output = child.wait_with_output()?;
        if output.status.success() {
            finished.push(String::from_utf8_lossy(&output.stdout).trim().to_string());
        } else {
            killed += 1;
        }
        let dir = state.path().join("briefings");
        for name in files_in(&dir).unwrap_or_default() {
            if name.ends_with(".json") {
                let bytes = std::fs::read(dir.join(&name))?;
                let parsed = parse_state(&bytes);
                assert!(
                    parsed.is_ok(),
                    "round {round}: {name} does not parse: {parsed:?}"
                );
            }
            assert!(
                !name.contains(".corrupt-"),
                "round {round}: a file was moved aside"
            );
        }
    }
    let embedded = briefing::load(None)?;
    let (store, warnings) = StateStore::open_in(state.path(), &embedded);
    assert!(warnings.is_empty(), "{warnings:?}");
    for id in &finished {
        assert!(
            store.state().bookmark(id).is_some(),
            "finished add {id} lost"
        );
    }
    // Killed at once, the first rounds cannot have finished: the test did
    // interrupt writers.
    assert!(killed > 0);
    eprintln!("{} finished, {killed} killed", finished.len());
    Ok(())
}
