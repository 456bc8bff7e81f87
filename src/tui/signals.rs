//! Signals the reader answers as less and vim do. TERM, HUP and INT end it
//! cleanly (terminal restored, position saved); TSTP (or Ctrl-Z, which raw
//! mode turns into a key) leaves the alternate screen and raw mode before
//! stopping; CONT re-enters them and redraws. Handlers only set flags: the
//! event loop acts on them between events (see [`super::run`]).

/// What a signal asks of the event loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request {
    /// End, saving state; exit with 128 + this signal number.
    Quit(i32),
    /// Give the terminal back and stop.
    Suspend,
    /// Stopped and continued from outside: take the terminal again.
    Resume,
}

#[cfg(unix)]
mod imp {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGSTOP, SIGTERM, SIGTSTP};
    use signal_hook::{SigId, flag, low_level};

    use super::Request;

    /// The flags the handlers set, while registered.
    pub struct Signals {
        quit: Arc<AtomicUsize>,
        suspend: Arc<AtomicBool>,
        resume: Arc<AtomicBool>,
        ids: Vec<SigId>,
    }

    impl Signals {
        /// Registers the handlers; a signal that cannot be handled keeps its
        /// default action (the reader still works).
        pub fn install() -> Signals {
            let quit = Arc::new(AtomicUsize::new(0));
            let suspend = Arc::new(AtomicBool::new(false));
            let resume = Arc::new(AtomicBool::new(false));
            let mut ids = Vec::new();
            for signal in [SIGTERM, SIGHUP, SIGINT] {
                let value = usize::try_from(signal).unwrap_or(0);
                ids.extend(flag::register_usize(signal, Arc::clone(&quit), value).ok());
            }
            ids.extend(flag::register(SIGTSTP, Arc::clone(&suspend)).ok());
            ids.extend(flag::register(SIGCONT, Arc::clone(&resume)).ok());
            Signals {
                quit,
                suspend,
                resume,
                ids,
            }
        }

        /// The most pressing request since the last call, if any.
        pub fn take(&self) -> Option<Request> {
            match self.quit.load(Ordering::SeqCst) {
                0 => {}
                signal => return Some(Request::Quit(i32::try_from(signal).unwrap_or(15))),
            }
            if self.suspend.swap(false, Ordering::SeqCst) {
                return Some(Request::Suspend);
            }
            self.resume
                .swap(false, Ordering::SeqCst)
                .then_some(Request::Resume)
        }

        /// Stops the process (the terminal already given back) until a
        /// SIGCONT, as the default TSTP action would.
        pub fn stop(&self) {
            let _ = low_level::raise(SIGSTOP);
            // Continuing is this stop's end, not a separate request.
            self.resume.store(false, Ordering::SeqCst);
        }
    }

    impl Drop for Signals {
        fn drop(&mut self) {
            for id in self.ids.drain(..) {
                low_level::unregister(id);
            }
        }
    }
}

#[cfg(not(unix))]
mod imp {
    use super::Request;

    /// No POSIX signals here: Ctrl-C arrives as a key.
    pub struct Signals;

    impl Signals {
        pub fn install() -> Signals {
            Signals
        }

        pub fn take(&self) -> Option<Request> {
            None
        }

        pub fn stop(&self) {}
    }
}

pub use imp::Signals;
