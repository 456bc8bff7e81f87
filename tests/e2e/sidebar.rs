//! End to end: the real binary in a pseudo-terminal. At 80×24 `e` shows the
//! sidebar, the entities extracted on the background thread arrive in it
//! without a key press, Enter selects one and `n` steps through its
//! mentions with a k/N count in the status bar.

use crate::support;

use support::pty::Session;

/// The "k/N" counts in a line.
fn counts(line: &str) -> Vec<(usize, usize)> {
    line.split_whitespace()
        .filter_map(|word| {
            let (k, n) = word.split_once('/')?;
            Some((k.parse().ok()?, n.parse().ok()?))
        })
        .collect()
}

#[test]
fn e_shows_entities_and_n_steps_through_mentions() {
    let briefing = brief::briefing::load(None).unwrap_or_else(|e| panic!("{e}"));
    let people = brief::extract::entities(&briefing)
        .into_iter()
        .filter(|e| e.kind == brief::extract::EntityKind::Person)
        .map(|e| e.mentions.len())
        .max();
    let Some(most) = people else {
        panic!("the default briefing names no one: nothing to test")
    };

    let mut session = Session::start(&[], 80, 24);
    session.wait_for("the reader", |rows| {
        rows.iter().any(|r| r.contains("Outline"))
    });
    session.send("e");
    // The result arrives by itself: the loop polls while extraction runs.
    session.wait_for("the sidebar with entities", |rows| {
        rows.iter().any(|r| r.contains("People")) && rows.iter().any(|r| r.contains('●'))
    });
    assert!(session.status_line().contains("sidebar"));

    session.send("\r");
    session.wait_for("the first mention's count", |rows| {
        rows.last()
            .is_some_and(|s| counts(s).iter().any(|&(k, n)| n == most && k >= 1))
    });
    // With one mention `n` only wraps onto it: nothing to see move.
    if most > 1 {
        let before = counts(&session.status_line());
        session.send("n");
        session.wait_for("the next mention", |rows| {
            rows.last().is_some_and(|s| counts(s) != before)
        });
        let after = counts(&session.status_line());
        assert!(
            after.iter().all(|&(k, n)| n == most && k >= 1 && k <= n),
            "{after:?}"
        );
    }

    session.send("q");
    let status = session.wait_exit();
    assert!(status.success(), "exit status {status:?}");
}
