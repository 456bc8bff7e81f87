//! End to end, in a pseudo-terminal: open the reader, move, bookmark with a
//! note, quit; reopen at another terminal size and find the same text at
//! the top and the bookmark in the list.

use crate::support;

use std::path::Path;

use brief::model::Briefing;
use brief::state::{ReadingState, SavedPosition, parse_state};
use support::pty::Session;

fn state_in(dir: &Path) -> ReadingState {
    let files: Vec<_> = std::fs::read_dir(dir.join("briefings"))
        .unwrap_or_else(|e| panic!("state dir: {e}"))
        .filter_map(Result::ok)
        .filter(|f| f.path().extension().is_some_and(|e| e == "json"))
        .collect();
    assert_eq!(files.len(), 1, "one state file expected");
    let bytes = std::fs::read(files[0].path()).unwrap_or_else(|e| panic!("read: {e}"));
    parse_state(&bytes).unwrap_or_else(|e| panic!("parse: {e}"))
}

/// The first words of the text at a saved position (or, when it is the
/// blank row after a paragraph, of the next paragraph): what must be at the
/// top of the reader whatever the width.
fn words_at(briefing: &Briefing, at: &SavedPosition) -> String {
    let source = briefing
        .source(&at.source)
        .unwrap_or_else(|| panic!("no source {}", at.source));
    let section = &source.sections[at.section];
    let text = match at.block {
        Some(b) => &section.blocks[b].text[at.offset..],
        None => section.heading.as_deref().unwrap_or(""),
    };
    let text = match (text.trim(), at.block) {
        ("", Some(b)) => section.blocks[b + 1].text.as_str(),
        _ => text,
    };
    let words: Vec<&str> = text.split_whitespace().take(2).collect();
    assert!(!words.is_empty(), "no text at {at:?}");
    words.join(" ")
}

/// The reader's first two rows (under the pane borders): the text at the
/// position, or a blank row and then it.
fn top_rows(rows: &[String]) -> String {
    rows.get(1..3).map(|r| r.join("\n")).unwrap_or_default()
}

#[test]
fn position_and_bookmark_survive_a_restart_at_another_size() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let state_dir = home.path().join("state");
    let config = home.path().join("config.toml");
    std::fs::write(&config, "[keys]\npreset = \"default\"\n").unwrap_or_else(|e| panic!("{e}"));
    let env = [
        ("BRIEF_STATE_DIR", state_dir.to_string_lossy().to_string()),
        ("BRIEF_CONFIG", config.to_string_lossy().to_string()),
    ];
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let briefing = brief::briefing::load(None).unwrap_or_else(|e| panic!("{e}"));
    let second = briefing.sources[1].id.clone();

    let mut first = Session::start_with(&[], &env, 100, 30);
    first.wait_for("the reader", |rows| {
        rows.iter().any(|r| r.contains("Outline"))
    });
    first.send("2");
    first.wait_for("the second source", |rows| {
        rows.last().is_some_and(|r| r.contains(&second))
    });
    first.send("jjjjjjj");
    first.send("m");
    first.wait_for("the note prompt", |rows| {
        rows.iter().any(|r| r.contains("Bookmark note"))
    });
    first.send("river crossing\r");
    first.wait_for("the bookmark to be saved", |rows| {
        rows.last().is_some_and(|r| r.contains("bookmarked"))
    });
    let top_before = top_rows(&first.rows());
    first.send("q");
    assert!(first.wait_exit().success());

    let state = state_in(&state_dir);
    let last = state
        .last
        .clone()
        .unwrap_or_else(|| panic!("no last position"));
    assert_eq!(last.source, second);
    assert!(last.block.is_some(), "scrolled into the text: {last:?}");
    let words = words_at(&briefing, &last);
    assert!(
        top_before.contains(&words),
        "{words:?} not in {top_before:?}"
    );
    assert_eq!(state.bookmarks.len(), 1);
    assert_eq!(state.bookmarks[0].note, "river crossing");
    assert_eq!(state.bookmarks[0].at.source, second);

    // Narrower and shorter: the text wraps differently, the place does not.
    let mut again = Session::start_with(&[], &env, 72, 20);
    again.wait_for("the same text at the top", |rows| {
        top_rows(rows).contains(&words)
    });
    assert!(again.status_line().contains(&second));
    again.send("'");
    again.wait_for("the bookmark in the list", |rows| {
        rows.iter().any(|r| r.contains("river crossing"))
    });
    again.send("q");
    assert!(again.wait_exit().success());
}

#[test]
fn an_invalid_config_stops_before_the_terminal_changes() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let config = home.path().join("config.toml");
    std::fs::write(&config, "[keys.bindings]\nteleport = [\"t\"]\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let config = config.to_string_lossy().to_string();
    let mut session = Session::start_with(&[], &[("BRIEF_CONFIG", &config)], 80, 24);
    let status = session.wait_exit();
    assert!(!status.success());
    let (alternate, _, bytes) = session.finish_output();
    assert!(!alternate);
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text.contains(&format!("error: {config}:2:1: unknown action `teleport`")),
        "{text}"
    );
    // The alternate screen was never entered.
    assert!(!text.contains("\u{1b}[?1049h"), "{text}");
}
