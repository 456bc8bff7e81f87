//! Signals in a pseudo-terminal (issue #13, item 2), and the terminal's
//! abilities (item 6): TERM, HUP and INT restore the terminal and save the
//! position; Ctrl-Z and TSTP give the terminal back while stopped and CONT
//! takes it again and redraws; a dumb terminal gets no colour codes; a
//! manifest's hostile title never reaches the terminal raw.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::support::pty::{Session, TIMEOUT};
use brief::state::parse_state;

fn kill(signal: &str, pid: u32) {
    let status = std::process::Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(pid.to_string())
        .status()
        .unwrap_or_else(|e| panic!("kill: {e}"));
    assert!(status.success(), "kill -{signal} {pid}");
}

/// Whether the process is stopped (state `T` in /proc); `None` where
/// there is no /proc to ask.
fn stopped(pid: u32) -> Option<bool> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The state follows the command name, which is in parentheses.
    let after = stat.rsplit_once(')')?.1;
    Some(after.trim_start().starts_with('T'))
}

fn wait_until(what: &str, check: impl Fn() -> bool) {
    let start = Instant::now();
    while !check() {
        if start.elapsed() > TIMEOUT {
            panic!("timed out waiting for {what}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn state_file(dir: &Path) -> Option<std::path::PathBuf> {
    std::fs::read_dir(dir.join("briefings"))
        .ok()?
        .filter_map(Result::ok)
        .map(|f| f.path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
}

/// The reader, moved a page down, in a state folder of the test's own.
fn reader_moved(state: &Path) -> Session {
    let config = state.join("config.toml");
    std::fs::create_dir_all(state).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&config, "").unwrap_or_else(|e| panic!("{e}"));
    let env = [
        ("BRIEF_STATE_DIR", state.to_string_lossy().to_string()),
        ("BRIEF_CONFIG", config.to_string_lossy().to_string()),
    ];
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut session = Session::start_with(&[], &env, 80, 24);
    session.wait_for("the reader", |rows| {
        rows.iter().any(|r| r.contains("Outline"))
    });
    session.send("  ");
    session.wait_for("two pages down", |rows| {
        rows.last().is_some_and(|s| !s.contains("│ 0% "))
    });
    session
}

#[test]
fn term_hup_and_int_restore_the_terminal_and_save_the_position() {
    for (signal, number) in [("TERM", 15), ("HUP", 1), ("INT", 2)] {
        let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let state = home.path().join("state");
        let mut session = reader_moved(&state);
        let pid = session.pid().unwrap_or_else(|| panic!("no pid"));
        kill(signal, pid);
        let status = session.wait_exit();
        assert_eq!(status.exit_code(), 128 + number, "SIG{signal}: {status:?}");
        let (alternate, hidden, _) = session.finish_output();
        assert!(!alternate, "SIG{signal} left the alternate screen on");
        assert!(!hidden, "SIG{signal} left the cursor hidden");
        let file = state_file(&state).unwrap_or_else(|| panic!("SIG{signal}: nothing saved"));
        let saved =
            parse_state(&std::fs::read(file).unwrap_or_default()).unwrap_or_else(|e| panic!("{e}"));
        let last = saved
            .last
            .unwrap_or_else(|| panic!("SIG{signal}: no position"));
        assert!(
            (last.section, last.block, last.offset) != (0, None, 0),
            "SIG{signal}: the position saved is the start: {last:?}"
        );
    }
}

#[test]
fn ctrl_z_and_tstp_give_the_terminal_back_and_cont_redraws() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut session = reader_moved(&home.path().join("state"));
    let pid = session.pid().unwrap_or_else(|| panic!("no pid"));
    for how in ["Ctrl-Z", "SIGTSTP"] {
        let before = session.rows();
        match how {
            "Ctrl-Z" => session.send("\x1a"),
            _ => kill("TSTP", pid),
        }
        wait_until("the main screen back", || !session.on_alternate_screen());
        if stopped(pid).is_some() {
            wait_until("the process to stop", || stopped(pid) == Some(true));
        }
        let bytes = session.bytes();
        let shown = crate::support::pty::last_index(&bytes, b"\x1b[?25h");
        assert!(
            shown > crate::support::pty::last_index(&bytes, b"\x1b[?25l"),
            "{how}: the cursor stays hidden while stopped"
        );

        // `fg`: continued, the screen is taken again and drawn in full.
        let redraws = bytes.len();
        kill("CONT", pid);
        wait_until("the alternate screen again", || {
            session.on_alternate_screen()
        });
        session.wait_for("the redraw", |rows| rows == before.as_slice());
        assert!(session.bytes().len() > redraws);
    }
    // Raw mode is back: a single key, no Enter, still acts.
    session.send("q");
    assert!(session.wait_exit().success());
    let (alternate, hidden, _) = session.finish_output();
    assert!(!alternate && !hidden);
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

fn colour_codes(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    sgr_sequences(&text)
        .into_iter()
        .filter(|params| {
            params.split(';').any(|p| {
                matches!(
                    p.parse::<u16>(),
                    Ok(30..=38 | 40..=48 | 90..=97 | 100..=107)
                )
            })
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn dumb_and_monochrome_terminals_get_no_colour_codes() {
    for term in ["dumb", "xterm-mono"] {
        let mut session = Session::start_with(&[], &[("TERM", term)], 100, 30);
        session.wait_for("the reader", |rows| {
            rows.iter().any(|r| r.contains("Outline"))
        });
        session.send("q");
        assert!(session.wait_exit().success());
        let (_, _, bytes) = session.finish_output();
        let colours = colour_codes(&bytes);
        assert!(colours.is_empty(), "TERM={term}: {colours:?}");
    }
    // A colour terminal does get them (the check above can fail).
    let mut session = Session::start_with(&[], &[("TERM", "xterm-256color")], 100, 30);
    session.wait_for("the reader", |rows| {
        rows.iter().any(|r| r.contains("Outline"))
    });
    session.send("q");
    assert!(session.wait_exit().success());
    let (_, _, bytes) = session.finish_output();
    assert!(!colour_codes(&bytes).is_empty());
}

#[test]
fn a_hostile_manifest_title_never_reaches_the_terminal_raw() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        dir.path().join("a.txt"),
        "Harbour report\n\nThe harbour reopened on Monday.\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        dir.path().join("briefing.toml"),
        "title = \"T\\u001b]0;pwned\\u0007\\u202eitle\"\n[[source]]\nid = \"a\\u202eb\"\nfile = \"a.txt\"\ntitle = \"X\\u009b31mY\"\noutlet = \"\\u001b]52;c;SGVsbG8=\\u0007\"\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().to_string_lossy().to_string();
    let mut session = Session::start(&["--briefing", &path], 100, 30);
    session.wait_for("the reader", |rows| {
        rows.iter().any(|r| r.contains("harbour"))
    });
    session.send("q");
    assert!(session.wait_exit().success());
    let (_, _, bytes) = session.finish_output();
    let text = String::from_utf8_lossy(&bytes);
    for bad in ["\u{1b}]0;", "\u{1b}]52;", "\u{202e}", "\u{9b}"] {
        assert!(!text.contains(bad), "{bad:?} reached the terminal");
    }
}
