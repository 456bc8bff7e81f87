//! The reading-state store through its public API, on fixture briefings of
//! other subjects written to temporary folders.

use std::path::Path;

use brief::briefing;
use brief::model::{Briefing, Position};
use brief::state::{StateStore, parse_state};

type TestResult = Result<(), Box<dyn std::error::Error>>;

/// A small briefing on disk: two articles on a subject of their own.
fn fixture(dir: &Path) -> Result<Briefing, Box<dyn std::error::Error>> {
    std::fs::write(
        dir.join("glaciers.txt"),
        "Alpine glaciers lost a record share of ice\n\n\
         Swiss monitors measured a loss of 4.4 per cent of remaining volume.\n\n\
         The summer heat came early and stayed late.\n",
    )?;
    std::fs::write(
        dir.join("monsoon.md"),
        "# A late monsoon strains Indian reservoirs\n\n\
         Reservoir levels stood at 29 per cent of capacity in June.\n\n\
         Farmers delayed sowing rice across three states.\n",
    )?;
    Ok(briefing::load(Some(dir))?)
}

/// A position in the first paragraph of `source`, `offset` bytes in.
fn paragraph(b: &Briefing, source: usize, offset: usize) -> Position {
    let section = b.sources[source]
        .sections
        .iter()
        .position(|s| !s.blocks.is_empty())
        .unwrap_or(0);
    Position {
        source,
        section,
        block: Some(0),
        offset,
    }
}

#[test]
fn a_bookmark_is_on_disk_as_soon_as_it_is_added() -> TestResult {
    let articles = tempfile::tempdir()?;
    let state = tempfile::tempdir()?;
    let b = fixture(articles.path())?;
    let (mut store, warnings) = StateStore::open_in(state.path(), &b);
    assert!(warnings.is_empty(), "{warnings:?}");
    let added = store.add_bookmark(&b, paragraph(&b, 1, 0), "  compare with\n2019 ")?;
    assert_eq!(added.note, "compare with 2019");
    assert!(!added.excerpt.is_empty());

    // No save() call: a second instance already sees it.
    let (other, _) = StateStore::open_in(state.path(), &b);
    assert_eq!(other.state().bookmarks, vec![added.clone()]);
    assert_eq!(other.path(), store.path());
    let file = std::fs::read(store.path().ok_or("no state file")?)?;
    assert_eq!(parse_state(&file)?.bookmarks, vec![added]);
    Ok(())
}

#[test]
fn last_position_and_read_marks_survive_a_restart() -> TestResult {
    let articles = tempfile::tempdir()?;
    let state = tempfile::tempdir()?;
    let b = fixture(articles.path())?;
    let at = paragraph(&b, 1, 9);
    {
        let (mut store, _) = StateStore::open_in(state.path(), &b);
        store.set_last(&b, at);
        store.mark_read(&b.sources[0].id);
        store.save()?;
    }
    let (store, warnings) = StateStore::open_in(state.path(), &b);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(store.last_position(&b), Some(at));
    assert!(store.state().is_read(&b.sources[0].id));
    assert!(!store.state().is_read(&b.sources[1].id));
    Ok(())
}

#[test]
fn two_open_instances_keep_each_others_changes() -> TestResult {
    let articles = tempfile::tempdir()?;
    let state = tempfile::tempdir()?;
    let b = fixture(articles.path())?;
    let (mut first, _) = StateStore::open_in(state.path(), &b);
    let (mut second, _) = StateStore::open_in(state.path(), &b);

    let kept = first.add_bookmark(&b, paragraph(&b, 0, 0), "first")?;
    let doomed = first.add_bookmark(&b, paragraph(&b, 1, 0), "to delete")?;
    // `second` opened before either was written, yet keeps both.
    let theirs = second.add_bookmark(&b, paragraph(&b, 1, 4), "second")?;
    let ids: Vec<&str> = second
        .state()
        .bookmarks
        .iter()
        .map(|b| b.id.as_str())
        .collect();
    assert_eq!(ids.len(), 3, "{ids:?}");

    // A deletion in one is not undone by the other's later write.
    assert!(first.remove_bookmark(&doomed.id)?);
    second.mark_read(&b.sources[1].id);
    second.save()?;
    first.mark_read(&b.sources[0].id);
    first.save()?;

    let (fresh, _) = StateStore::open_in(state.path(), &b);
    let mut ids: Vec<String> = fresh
        .state()
        .bookmarks
        .iter()
        .map(|b| b.id.clone())
        .collect();
    ids.sort();
    let mut expected = vec![kept.id, theirs.id];
    expected.sort();
    assert_eq!(ids, expected);
    assert_eq!(fresh.state().read.len(), 2);
    assert!(!first.remove_bookmark(&doomed.id)?);
    Ok(())
}

#[test]
fn marking_unread_is_not_undone_by_a_merge() -> TestResult {
    let articles = tempfile::tempdir()?;
    let state = tempfile::tempdir()?;
    let b = fixture(articles.path())?;
    let id = b.sources[0].id.clone();
    let (mut first, _) = StateStore::open_in(state.path(), &b);
    first.mark_read(&id);
    first.save()?;
    let (mut second, _) = StateStore::open_in(state.path(), &b);
    second.mark_unread(&id);
    second.save()?;
    // `first` still thinks it is read, but changed nothing about it since.
    first.set_last(&b, paragraph(&b, 0, 0));
    first.save()?;
    let (fresh, _) = StateStore::open_in(state.path(), &b);
    assert!(!fresh.state().is_read(&id));
    assert!(fresh.state().last.is_some());
    Ok(())
}

fn corrupt_file_is_moved_aside(contents: &[u8], expected_reason: &str) -> TestResult {
    let articles = tempfile::tempdir()?;
    let state = tempfile::tempdir()?;
    let b = fixture(articles.path())?;
    let path = {
        let (mut store, _) = StateStore::open_in(state.path(), &b);
        store.add_bookmark(&b, paragraph(&b, 0, 0), "")?;
        store.path().ok_or("no state file")?.to_path_buf()
    };
    std::fs::write(&path, contents)?;

    let (mut store, warnings) = StateStore::open_in(state.path(), &b);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let warning = &warnings[0];
    assert!(warning.contains(&path.display().to_string()), "{warning}");
    assert!(warning.contains(expected_reason), "{warning}");
    assert!(store.state().bookmarks.is_empty());
    let aside: Vec<_> = std::fs::read_dir(path.parent().ok_or("no parent")?)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains(".corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert!(
        warning.contains(&aside[0].display().to_string()),
        "{warning}"
    );
    assert_eq!(
        std::fs::read(&aside[0])?,
        contents,
        "the bad file is kept as it was"
    );

    // The store works on: a new bookmark lands in a fresh, valid file.
    store.add_bookmark(&b, paragraph(&b, 1, 0), "after")?;
    assert_eq!(parse_state(&std::fs::read(&path)?)?.bookmarks.len(), 1);
    Ok(())
}

#[test]
fn a_corrupt_file_is_moved_aside_with_a_warning() -> TestResult {
    corrupt_file_is_moved_aside(b"{\"version\": 1, \"bookmarks\": [", "corrupt")
}

#[test]
fn a_file_of_an_unknown_older_version_is_moved_aside_with_a_warning() -> TestResult {
    corrupt_file_is_moved_aside(b"{\"version\": 0, \"bookmarks\": []}", "version 0")
}

#[test]
fn without_a_usable_state_directory_the_store_works_in_memory() -> TestResult {
    let articles = tempfile::tempdir()?;
    let b = fixture(articles.path())?;
    let blocker = tempfile::NamedTempFile::new()?;
    // A file where the directory should be: nothing can be created there.
    let (mut store, warnings) = StateStore::open_in(blocker.path(), &b);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("will not be saved"), "{warnings:?}");
    assert_eq!(store.path(), None);
    store.add_bookmark(&b, paragraph(&b, 0, 0), "kept in memory")?;
    store.save()?;
    assert_eq!(store.state().bookmarks.len(), 1);
    Ok(())
}

#[test]
fn different_briefings_get_different_files_and_the_embedded_one_its_own() -> TestResult {
    let one = tempfile::tempdir()?;
    let two = tempfile::tempdir()?;
    let state = tempfile::tempdir()?;
    let a = fixture(one.path())?;
    let b = fixture(two.path())?;
    let embedded = briefing::load(None)?;
    let (sa, _) = StateStore::open_in(state.path(), &a);
    let (sb, _) = StateStore::open_in(state.path(), &b);
    let (se, _) = StateStore::open_in(state.path(), &embedded);
    let (se2, _) = StateStore::open_in(state.path(), &briefing::load(None)?);
    assert_ne!(sa.path(), sb.path());
    assert_ne!(sa.path(), se.path());
    assert_eq!(se.path(), se2.path());
    assert!(se.path().is_some());
    Ok(())
}

#[test]
fn reload_shows_other_instances_changes_and_keeps_unsaved_ones() -> TestResult {
    let articles = tempfile::tempdir()?;
    let state = tempfile::tempdir()?;
    let b = fixture(articles.path())?;
    let (mut reader, _) = StateStore::open_in(state.path(), &b);
    let (mut other, _) = StateStore::open_in(state.path(), &b);
    reader.mark_read(&b.sources[1].id);
    let theirs = other.add_bookmark(&b, paragraph(&b, 0, 0), "from elsewhere")?;
    assert!(reader.state().bookmarks.is_empty());
    reader.reload()?;
    assert_eq!(reader.state().bookmarks, vec![theirs]);
    assert!(reader.state().is_read(&b.sources[1].id));
    Ok(())
}

#[test]
fn a_file_damaged_while_open_is_moved_aside_at_the_next_write() -> TestResult {
    let articles = tempfile::tempdir()?;
    let state = tempfile::tempdir()?;
    let b = fixture(articles.path())?;
    let (mut store, _) = StateStore::open_in(state.path(), &b);
    store.add_bookmark(&b, paragraph(&b, 0, 0), "")?;
    let path = store.path().ok_or("no state file")?.to_path_buf();
    std::fs::write(&path, "{\"version\": 1, \"last\": 12")?;

    let later = store.add_bookmark(&b, paragraph(&b, 1, 0), "later")?;
    let warnings = store.take_warnings();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains(".corrupt-"), "{warnings:?}");
    assert!(store.take_warnings().is_empty());
    // What this instance added since opening is written; the damaged
    // file's contents are not guessed at.
    assert_eq!(parse_state(&std::fs::read(&path)?)?.bookmarks, vec![later]);
    Ok(())
}
