//! `brief search` on a terminal: matches highlighted with SGR codes, unless
//! NO_COLOR is set.

use std::io::Read;

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// Runs `brief search tunnel` on a pseudo-terminal and returns what it printed.
fn run_on_a_terminal(no_color: bool) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("alpine-rail.txt"),
        "Alpine rail\n\nThe Gotthard base tunnel carried passengers on Sunday.\n",
    )
    .expect("write");
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 200,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_brief"));
    cmd.args(["--briefing"]);
    cmd.arg(dir.path());
    cmd.args(["search", "tunnel"]);
    cmd.env_remove("NO_COLOR");
    if no_color {
        cmd.env("NO_COLOR", "1");
    }
    let mut child = pair.slave.spawn_command(cmd).expect("spawns");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("reader");
    let status = child.wait().expect("exits");
    assert!(status.success());
    drop(pair.master);
    let mut out = Vec::new();
    // The pty reports an error instead of EOF once the child is gone; what
    // was read until then is the output.
    let _ = reader.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn matches_are_highlighted_on_a_terminal() {
    let out = run_on_a_terminal(false);
    assert!(out.contains("\x1b[1;7mtunnel\x1b[0m"), "{out:?}");
}

#[test]
fn no_color_turns_highlighting_off() {
    let out = run_on_a_terminal(true);
    assert!(out.contains("base tunnel carried"), "{out:?}");
    assert!(!out.contains('\x1b'), "{out:?}");
}
