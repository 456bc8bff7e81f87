//! The one way the reader runs work off the UI thread: a named worker
//! thread that takes requests and answers them, newest first.
//!
//! Every request gets a generation number; replies come back tagged with
//! the generation they answer, so the UI keeps only the latest and a slow,
//! stale answer never overwrites a newer one. The worker sees only the
//! newest of the requests waiting for it, and can ask whether a newer one
//! came in while it works (to stop early). The event loop collects replies
//! with [`Worker::poll`] and hands them to `update` as actions.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

/// The UI's end of a worker thread.
#[derive(Debug)]
pub struct Worker<Request, Reply> {
    requests: Sender<(u64, Request)>,
    replies: Receiver<(u64, Reply)>,
}

/// What the worker has sent since the last look.
#[derive(Debug)]
pub enum Polled<Reply> {
    /// Replies, oldest first, each with the generation it answers.
    Replies(Vec<(u64, Reply)>),
    /// The thread is gone (it finished or panicked), after these replies.
    Gone(Vec<(u64, Reply)>),
}

impl<Request: Send + 'static, Reply: Send + 'static> Worker<Request, Reply> {
    /// Starts a thread called `name` running `work`, which reads requests
    /// from its [`Inbox`] and answers through its [`Outbox`]. `None` when no
    /// thread can be had (the caller then does the work itself).
    pub fn spawn<F>(name: &str, work: F) -> Option<Worker<Request, Reply>>
    where
        F: FnOnce(Inbox<Request>, Outbox<Reply>) + Send + 'static,
    {
        let (requests, inbox) = channel();
        let (outbox, replies) = channel();
        std::thread::Builder::new()
            .name(name.into())
            .spawn(move || {
                work(
                    Inbox {
                        receiver: inbox,
                        pending: None,
                    },
                    Outbox { sender: outbox },
                )
            })
            .ok()?;
        Some(Worker { requests, replies })
    }

    /// Sends `request` as generation `generation` (the caller counts, and
    /// keeps only replies to the latest); false when the thread is gone.
    pub fn send(&self, generation: u64, request: Request) -> bool {
        self.requests.send((generation, request)).is_ok()
    }

    /// Everything the worker has sent, without waiting.
    pub fn poll(&self) -> Polled<Reply> {
        let mut replies = Vec::new();
        loop {
            match self.replies.try_recv() {
                Ok(reply) => replies.push(reply),
                Err(TryRecvError::Empty) => return Polled::Replies(replies),
                Err(TryRecvError::Disconnected) => return Polled::Gone(replies),
            }
        }
    }
}

/// A result handed over by reference, equal only to itself: actions are
/// compared in tests, and a big result (an index) is never compared by
/// content.
#[derive(Debug)]
pub struct Shared<T>(pub Arc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Arc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The worker's end of the requests.
pub struct Inbox<Request> {
    receiver: Receiver<(u64, Request)>,
    /// A request that came in while the last one ran.
    pending: Option<(u64, Request)>,
}

impl<Request> Inbox<Request> {
    /// The newest request waiting, blocking until there is one; `None` once
    /// the UI has hung up.
    pub fn newest(&mut self) -> Option<(u64, Request)> {
        let mut request = match self.pending.take() {
            Some(request) => request,
            None => self.receiver.recv().ok()?,
        };
        // Requests sent while the last one ran: only the newest matters.
        loop {
            match self.receiver.try_recv() {
                Ok(newer) => request = newer,
                Err(TryRecvError::Empty) => return Some(request),
                Err(TryRecvError::Disconnected) => return None,
            }
        }
    }

    /// Whether a newer request is waiting (kept for [`Inbox::newest`]), or
    /// the UI has hung up: either way the work in hand can stop.
    pub fn superseded(&mut self) -> bool {
        if self.pending.is_some() {
            return true;
        }
        match self.receiver.try_recv() {
            Ok(newer) => {
                self.pending = Some(newer);
                true
            }
            Err(TryRecvError::Empty) => false,
            Err(TryRecvError::Disconnected) => true,
        }
    }
}

/// The worker's end of the replies.
pub struct Outbox<Reply> {
    sender: Sender<(u64, Reply)>,
}

impl<Reply> Outbox<Reply> {
    /// Sends `reply` to request `generation`; false once the UI has hung up.
    pub fn send(&self, generation: u64, reply: Reply) -> bool {
        self.sender.send((generation, reply)).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn wait_for<R: Send + 'static>(worker: &Worker<u32, R>, count: usize) -> Vec<(u64, R)> {
        let start = Instant::now();
        let mut all = Vec::new();
        while all.len() < count && start.elapsed() < Duration::from_secs(10) {
            match worker.poll() {
                Polled::Replies(r) => all.extend(r),
                Polled::Gone(r) => {
                    all.extend(r);
                    break;
                }
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        all
    }

    #[test]
    fn replies_carry_the_generation_they_answer() {
        let Some(worker) = Worker::spawn("test-double", |mut inbox, outbox| {
            while let Some((generation, n)) = inbox.newest() {
                if !outbox.send(generation, n * 2) {
                    return;
                }
            }
        }) else {
            return;
        };
        assert!(worker.send(1, 21));
        let replies = wait_for(&worker, 1);
        assert_eq!(replies, [(1, 42)]);
    }

    #[test]
    fn only_the_newest_waiting_request_is_answered() {
        let (go, gate) = channel::<()>();
        let Some(worker) = Worker::spawn("test-newest", move |mut inbox, outbox| {
            // Hold the requests back until all three are in.
            let _ = gate.recv();
            while let Some((generation, n)) = inbox.newest() {
                outbox.send(generation, n);
            }
        }) else {
            return;
        };
        for n in [1u32, 2, 3] {
            worker.send(u64::from(n), n);
        }
        let _ = go.send(());
        assert_eq!(wait_for(&worker, 1), [(3, 3)]);
    }

    #[test]
    fn a_worker_that_ends_is_gone() {
        let Some(worker) = Worker::<u32, u32>::spawn("test-gone", |_, outbox| {
            outbox.send(0, 7);
        }) else {
            return;
        };
        let start = Instant::now();
        loop {
            if let Polled::Gone(replies) = worker.poll() {
                assert!(replies.len() <= 1);
                break;
            }
            assert!(start.elapsed() < Duration::from_secs(10), "never ended");
            std::thread::sleep(Duration::from_millis(1));
        }
    }
}
