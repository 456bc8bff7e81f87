//! End to end: the ledger and the timeline in the real binary in a
//! pseudo-terminal, at 80×24 and 200×50. `t` opens the timeline, Enter
//! opens an entry's sentence in the reader, Esc comes back; `L` asks for a
//! topic, then shows its ledger with the troop figures differing.

use crate::support;

use support::pty::Session;

fn timeline_and_ledger(cols: u16, rows: u16) {
    let mut session = Session::start(&[], cols, rows);
    session.wait_for("the reader", |rows| {
        rows.iter().any(|r| r.contains("Outline"))
    });
    session.send("t");
    session.wait_for("the timeline", |rows| {
        rows.first().is_some_and(|r| r.contains("Timeline:"))
            && rows.iter().any(|r| r.contains("2024-06"))
    });
    session.send("\r");
    session.wait_for("the sentence in the reader", |rows| {
        rows.iter().any(|r| r.contains("Outline"))
            && rows.last().is_some_and(|r| r.contains("back to the list"))
    });
    session.send("\x1b");
    session.wait_for("the timeline again", |rows| {
        rows.first().is_some_and(|r| r.contains("Timeline:"))
    });
    session.send("\x1b");
    session.wait_for("the reader again", |rows| {
        rows.iter().any(|r| r.contains("Outline"))
    });
    session.send("L");
    session.wait_for("the picker", |rows| {
        rows.iter().any(|r| r.contains("Compare on a topic"))
    });
    session.send("troop-deployment\r");
    session.wait_for("the ledger", |rows| {
        rows.first()
            .is_some_and(|r| r.contains("Ledger: Troop deployment"))
            && rows.iter().any(|r| r.contains("DIFFERS"))
            && rows.iter().any(|r| r.contains("SILENT"))
    });
    session.send("q");
}

#[test]
fn timeline_and_ledger_80x24() {
    timeline_and_ledger(80, 24);
}

#[test]
fn timeline_and_ledger_200x50() {
    timeline_and_ledger(200, 50);
}
