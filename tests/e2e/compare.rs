//! End to end: the comparison in the real binary in a pseudo-terminal. The
//! picker takes typed letters even where the keymap binds them (j, q), Enter
//! opens the comparison, Enter on a column opens its passage in the reader,
//! Esc comes back and Esc closes. Waits poll the screen, never sleep.

use crate::support;

use support::pty::Session;

#[test]
fn pick_a_topic_read_a_passage_and_come_back() {
    let mut session = Session::start(&["-b", "tests/fixtures/briefings/harbour-strike"], 100, 30);
    session.wait_for("the reader", |rows| {
        rows.iter().any(|r| r.contains("Outline"))
    });
    session.send("c");
    session.wait_for("the picker", |rows| {
        rows.iter().any(|r| r.contains("Compare on a topic"))
    });
    // Letters bound to keys are typed, not obeyed.
    session.send("jq");
    session.wait_for("typed text", |rows| {
        rows.iter().any(|r| r.contains("Topic: jq"))
    });
    session.send("\x7f\x7fships");
    session.wait_for("the filtered list", |rows| {
        rows.iter().any(|r| r.contains("Topic: ships"))
            && rows
                .iter()
                .any(|r| r.contains("Ships waiting outside the port"))
    });
    session.send("\r");
    session.wait_for("the comparison", |rows| {
        rows.first()
            .is_some_and(|r| r.contains("Compare: Ships waiting"))
            && rows.iter().any(|r| r.contains("NOT COVERED"))
    });
    session.send("\r");
    session.wait_for("the passage in the reader", |rows| {
        rows.iter().any(|r| r.contains("Outline"))
            && rows
                .last()
                .is_some_and(|r| r.contains("back to the comparison"))
    });
    session.send("\x1b");
    session.wait_for("the comparison again", |rows| {
        rows.first()
            .is_some_and(|r| r.contains("Compare: Ships waiting"))
    });
    session.send("]");
    session.wait_for("the next topic", |rows| {
        rows.first().is_some_and(|r| r.contains("Compare: Wages"))
    });
    session.send("\x1b");
    session.wait_for("the reader again", |rows| {
        rows.iter().any(|r| r.contains("Outline"))
    });
    session.send("q");
    assert!(session.wait_exit().success());
}
