//! End to end: the real binary in a pseudo-terminal, its output fed to a
//! vt100 screen. Opens the default briefing, scrolls, jumps a section,
//! resizes, quits, and checks the terminal was restored.
//!
//! Everything waits by polling the screen with a generous timeout, never
//! fixed sleeps, so a slow shared machine only makes it slower.

use crate::support;

use support::pty::{Session, last_index};

#[test]
fn reads_scrolls_jumps_resizes_and_quits_restoring_the_terminal() {
    let briefing = brief::briefing::load(None).unwrap_or_else(|e| panic!("{e}"));
    let first = &briefing.sources[0];
    let second = &briefing.sources[1];

    let mut session = Session::start(&[], 80, 24);
    session.wait_for("the reader", |rows| {
        rows.iter().any(|r| r.contains("Outline"))
            && rows.last().is_some_and(|s| s.contains(first.id.as_str()))
    });
    assert!(
        session.status_line().contains("0%"),
        "{}",
        session.status_line()
    );

    // Scroll: the percentage moves off zero once we page down.
    session.send(" ");
    session.wait_for("a page down", |rows| {
        rows.last().is_some_and(|s| !s.contains("│ 0% "))
    });
    let after_page = session.rows();
    session.send("jjj");
    session.wait_for("three lines down", |rows| rows[1..23] != after_page[1..23]);

    // Jump a section: the status names the next one, or says there is none.
    session.send("g]");
    match first.sections.get(1) {
        Some(section) => {
            let heading: String = section
                .heading
                .as_deref()
                .unwrap_or("Section 2")
                .chars()
                .take(15)
                .collect();
            session.wait_for("the next section", |rows| {
                rows.last().is_some_and(|s| s.contains(&heading))
            });
        }
        None => session.wait_for("the last-section notice", |rows| {
            rows.last().is_some_and(|s| s.contains("last section"))
        }),
    }

    // Next source, by key.
    session.send("}");
    session.wait_for("the second source", |rows| {
        rows.last().is_some_and(|s| s.contains(second.id.as_str()))
    });

    // Resize: the screen is redrawn at the new size, sidebar included.
    session.resize(120, 30);
    session.wait_for("the redraw at 120×30", |rows| {
        rows.len() == 30 && rows[0].contains("About") && rows[29].contains(second.id.as_str())
    });

    // Too small, and q still quits from there.
    session.resize(20, 5);
    session.wait_for("the too-small notice", |rows| {
        rows.join(" ").contains("too small")
    });
    session.send("q");
    let status = session.wait_exit();
    assert!(status.success(), "exit status {status:?}");

    let (alternate, hidden, bytes) = session.finish_output();
    assert!(!alternate, "still on the alternate screen");
    assert!(!hidden, "cursor still hidden");
    let entered = last_index(&bytes, b"\x1b[?1049h").unwrap_or_else(|| panic!("never entered"));
    let left = last_index(&bytes, b"\x1b[?1049l").unwrap_or_else(|| panic!("never left"));
    assert!(left > entered);
    assert!(last_index(&bytes, b"\x1b[?25h") > last_index(&bytes, b"\x1b[?25l"));
}

#[test]
fn mouse_capture_is_off_by_default_and_turned_off_on_exit() {
    let mut plain = Session::start(&[], 80, 24);
    plain.wait_for("the reader", |rows| {
        rows.iter().any(|r| r.contains("Outline"))
    });
    plain.send("q");
    assert!(plain.wait_exit().success());
    let (_, _, bytes) = plain.finish_output();
    assert_eq!(
        last_index(&bytes, b"\x1b[?1000h"),
        None,
        "mouse captured without --mouse"
    );

    let mut mouse = Session::start(&["--mouse"], 80, 24);
    mouse.wait_for("the reader", |rows| {
        rows.iter().any(|r| r.contains("Outline"))
    });
    // A wheel turn over the reader (SGR encoding: button 65 = wheel down).
    mouse.send("\x1b[<65;40;10M");
    mouse.wait_for("the wheel to scroll", |rows| {
        rows.last().is_some_and(|s| !s.contains("│ 0% "))
    });
    mouse.send("q");
    assert!(mouse.wait_exit().success());
    let (alternate, _, bytes) = mouse.finish_output();
    assert!(!alternate);
    let on = last_index(&bytes, b"\x1b[?1000h").unwrap_or_else(|| panic!("mouse never enabled"));
    let off = last_index(&bytes, b"\x1b[?1000l").unwrap_or_else(|| panic!("mouse never disabled"));
    assert!(off > on);
}

#[test]
fn no_color_sends_no_colour_codes() {
    let mut session = Session::start_with(&[], &[("NO_COLOR", "1")], 120, 30);
    session.wait_for("the reader", |rows| {
        rows.iter().any(|r| r.contains("About"))
    });
    session.send("?");
    session.wait_for("the help", |rows| {
        rows.iter().any(|r| r.contains("Esc closes"))
    });
    session.send("q");
    assert!(session.wait_exit().success());
    let (_, _, bytes) = session.finish_output();
    let text = String::from_utf8_lossy(&bytes);
    let colours: Vec<&str> = sgr_sequences(&text)
        .into_iter()
        .filter(|params| {
            params.split(';').any(|p| {
                matches!(
                    p.parse::<u16>(),
                    Ok(30..=38 | 40..=48 | 90..=97 | 100..=107)
                )
            })
        })
        .collect();
    assert!(
        colours.is_empty(),
        "colour codes with NO_COLOR: {colours:?}"
    );
    // But attributes still mark headings and the status bar.
    let attributes = sgr_sequences(&text);
    assert!(
        attributes.contains(&"1") && attributes.contains(&"7"),
        "{attributes:?}"
    );
}

/// The parameters of every SGR sequence (`ESC [ params m`) in `text`.
fn sgr_sequences(text: &str) -> Vec<&str> {
    text.split("\x1b[")
        .skip(1)
        .filter_map(|rest| {
            let end = rest.find(|c: char| !(c.is_ascii_digit() || c == ';'))?;
            rest[end..].starts_with('m').then(|| &rest[..end])
        })
        .collect()
}
