//! End to end: search in the real binary in a pseudo-terminal, with the
//! worker thread the event loop starts. The bar takes letters the keymap
//! binds (`q` does not quit), results arrive without another key press,
//! Enter opens a hit with "k/N" in the status bar, `n` steps, Esc in the
//! reader clears.

use crate::support;

use brief::search::{Index, Query};
use support::pty::Session;

/// A word of the default briefing found in more than one unit, so `n` has
/// somewhere to go; taken from the briefing, not written here.
fn word_with_several_hits() -> (String, usize) {
    let briefing = brief::briefing::load(None).unwrap_or_else(|e| panic!("{e}"));
    let index = Index::build(&briefing);
    let words = briefing
        .sources
        .iter()
        .flat_map(|s| &s.sections)
        .flat_map(|s| &s.blocks)
        .flat_map(|b| b.text.split_whitespace())
        .filter(|w| w.len() >= 7 && w.chars().all(|c| c.is_ascii_lowercase()));
    for word in words {
        let hits = index.search(&Query::parse(word), usize::MAX).len();
        if (2..200).contains(&hits) {
            return (word.to_string(), hits);
        }
    }
    panic!("no word with several hits in the default briefing");
}

#[test]
fn search_types_opens_steps_and_clears_in_the_real_terminal() {
    let (word, hits) = word_with_several_hits();
    let mut session = Session::start(&[], 80, 24);
    session.wait_for("the reader", |rows| {
        rows.iter().any(|r| r.contains("Outline"))
    });

    // `q` goes into the query instead of quitting; Ctrl-u clears it.
    session.send("/qq");
    session.wait_for("the bar with q typed", |rows| {
        rows.iter().any(|r| r.contains("/qq▏"))
    });
    session.send("\x15");
    session.wait_for("the cleared bar", |rows| {
        rows.iter().any(|r| r.contains("│/▏"))
    });

    // The worker's results show without another key press.
    session.send(&word);
    let count = format!("1/{hits}");
    session.wait_for("the results", |rows| {
        rows.iter()
            .any(|r| r.contains(&format!("/{word}▏")) && r.contains(&count))
    });

    session.send("\r");
    let label = format!("/{word} ");
    session.wait_for("k/N in the status bar", |rows| {
        rows.last()
            .is_some_and(|s| s.contains(&label) && s.contains(&format!("/{hits}")))
    });
    let before = session.status_line();
    session.send("n");
    session.wait_for("n to move on", |rows| {
        rows.last()
            .is_some_and(|s| *s != before && s.contains(&label))
    });

    // Esc in the reader drops the match list.
    session.send("\x1b");
    session.wait_for("the cleared match list", |rows| {
        rows.last().is_some_and(|s| !s.contains(&label))
    });
    session.send("q");
    assert!(session.wait_exit().success());
}
