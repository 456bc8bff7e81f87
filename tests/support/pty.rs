//! A pseudo-terminal session running the real `brief` binary, its output
//! fed to a vt100 screen, for end-to-end tests. Each session gets its own
//! temporary state directory and empty config file (BRIEF_STATE_DIR,
//! BRIEF_CONFIG) unless the test passes its own in `env`.
//!
//! Everything waits by polling the screen with a generous timeout, never
//! fixed sleeps, so a slow shared machine only makes it slower.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub const TIMEOUT: Duration = Duration::from_secs(20);

pub struct Session {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    /// The screen, and every byte the program wrote.
    output: Arc<Mutex<(vt100::Parser, Vec<u8>)>>,
    /// Holds BRIEF_STATE_DIR and BRIEF_CONFIG unless the caller gives its own.
    _home: Option<tempfile::TempDir>,
}

fn nonzero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).unwrap_or(NonZeroU16::MIN)
}

fn size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

impl Session {
    pub fn start(args: &[&str], cols: u16, rows: u16) -> Session {
        Session::start_with(args, &[], cols, rows)
    }

    pub fn start_with(args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Session {
        let pair = native_pty_system()
            .openpty(size(cols, rows))
            .unwrap_or_else(|e| panic!("openpty: {e}"));
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_brief"));
        command.args(args);
        command.env("TERM", "xterm-256color");
        command.env_remove("NO_COLOR");
        command.cwd(env!("CARGO_MANIFEST_DIR"));
        // Never touch the user's own state or config: a fresh temporary
        // home for both, unless the test names its own.
        let home = tempfile::tempdir().ok();
        if let Some(home) = &home {
            let config = home.path().join("config.toml");
            let _ = std::fs::write(&config, "");
            command.env("BRIEF_STATE_DIR", home.path().join("state"));
            command.env("BRIEF_CONFIG", &config);
        }
        for (key, value) in env {
            command.env(key, value);
        }
        let child = pair
            .slave
            .spawn_command(command)
            .unwrap_or_else(|e| panic!("spawn: {e}"));
        drop(pair.slave);
        let mut reader = pair
            .master
            .try_clone_reader()
            .unwrap_or_else(|e| panic!("reader: {e}"));
        let writer = pair
            .master
            .take_writer()
            .unwrap_or_else(|e| panic!("writer: {e}"));
        let output = Arc::new(Mutex::new((
            vt100::Parser::new(nonzero(rows), nonzero(cols), 0),
            Vec::new(),
        )));
        let sink = Arc::clone(&output);
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                if let Ok(mut out) = sink.lock() {
                    out.0.process(&buffer[..n]);
                    out.1.extend_from_slice(&buffer[..n]);
                }
            }
        });
        Session {
            master: pair.master,
            writer,
            child,
            output,
            _home: home,
        }
    }

    pub fn screen_text(&self) -> String {
        self.output
            .lock()
            .map(|o| o.0.screen().contents())
            .unwrap_or_default()
    }

    pub fn rows(&self) -> Vec<String> {
        self.output
            .lock()
            .map(|o| {
                let (_, cols) = o.0.screen().size();
                o.0.screen().rows(0, cols.get()).collect()
            })
            .unwrap_or_default()
    }

    /// The process id of the program, to send it signals.
    pub fn pid(&self) -> Option<u32> {
        self.child.process_id()
    }

    /// Whether the program's screen is the alternate one right now.
    pub fn on_alternate_screen(&self) -> bool {
        self.output
            .lock()
            .map(|o| o.0.screen().alternate_screen())
            .unwrap_or(false)
    }

    /// Every byte the program wrote so far.
    pub fn bytes(&self) -> Vec<u8> {
        self.output.lock().map(|o| o.1.clone()).unwrap_or_default()
    }

    pub fn status_line(&self) -> String {
        self.rows().last().cloned().unwrap_or_default()
    }

    /// Polls until `check` holds for the screen rows, or fails with the screen.
    pub fn wait_for(&self, what: &str, check: impl Fn(&[String]) -> bool) {
        let start = Instant::now();
        loop {
            let rows = self.rows();
            if check(&rows) {
                return;
            }
            if start.elapsed() > TIMEOUT {
                panic!("timed out waiting for {what}; screen:\n{}", rows.join("\n"));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn send(&mut self, keys: &str) {
        self.writer
            .write_all(keys.as_bytes())
            .and_then(|()| self.writer.flush())
            .unwrap_or_else(|e| panic!("write: {e}"));
    }

    pub fn resize(&mut self, cols: u16, rows: u16) {
        if let Ok(mut out) = self.output.lock() {
            out.0.screen_mut().set_size(nonzero(rows), nonzero(cols));
        }
        self.master
            .resize(size(cols, rows))
            .unwrap_or_else(|e| panic!("resize: {e}"));
    }

    pub fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status;
            }
            if start.elapsed() > TIMEOUT {
                let _ = self.child.kill();
                panic!("the reader did not quit; screen:\n{}", self.screen_text());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// After exit: the output has been read to the end (or the timeout).
    pub fn finish_output(&self) -> (bool, bool, Vec<u8>) {
        let start = Instant::now();
        let mut last_len = usize::MAX;
        // Drain: wait until no more bytes arrive for a short while.
        loop {
            std::thread::sleep(Duration::from_millis(200));
            let len = self.output.lock().map(|o| o.1.len()).unwrap_or(0);
            if len == last_len || start.elapsed() > TIMEOUT {
                break;
            }
            last_len = len;
        }
        let out = self
            .output
            .lock()
            .unwrap_or_else(|e| panic!("output lock: {e}"));
        let screen = out.0.screen();
        (
            screen.alternate_screen(),
            screen.hide_cursor(),
            out.1.clone(),
        )
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}

/// The position of the last occurrence of `needle` in `haystack`.
pub fn last_index(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}
