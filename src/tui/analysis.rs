//! One analysis of the briefing, shared: entities and figures are extracted
//! once and feed both the sidebar and the comparison (whose passage index
//! is built with those figures, not with figures found a second time).
//!
//! When the event loop runs, the analysis runs on one worker thread
//! ([`super::jobs`]) and its parts arrive as [`Action::Analysed`]s through
//! `update`; without it (tests) each part is worked out inline when first
//! needed.

use std::sync::Arc;

use super::action::Action;
use super::app::App;
use super::compare::CompareData;
use super::jobs::{Polled, Shared, Worker};
use super::sidebar::{Extracted, Extraction};

/// The name of the analysis thread (the panic hook knows it: a panic there
/// leaves the reader running and the sidebar says extraction failed).
pub const ANALYSIS_THREAD: &str = super::sidebar::EXTRACTION_THREAD;

/// A finished part of the analysis.
#[derive(Debug, Clone, PartialEq)]
pub enum Analysed {
    /// Entities and figures, for the sidebar.
    Extracted(Shared<Extracted>),
    /// The comparison's passage index and topics, built with those figures.
    Compare(Shared<CompareData>),
    /// The worker stopped before finishing (it panicked).
    Failed,
}

/// The analysis worker: it takes no requests, it only reports.
pub type AnalysisWorker = Worker<(), Analysed>;

impl App {
    /// Starts the analysis on a worker thread. Without a thread it is done
    /// inline instead.
    pub fn analyse_in_background(&mut self) {
        let briefing = self.briefing.clone();
        let worker = Worker::spawn(ANALYSIS_THREAD, move |_, outbox| {
            let extracted = Extracted::of(&briefing);
            let figures = extracted.figures.clone();
            // The receiver may be gone if the reader quit first.
            if !outbox.send(0, Analysed::Extracted(Shared(Arc::new(extracted)))) {
                return;
            }
            let data = CompareData::with_figures(&briefing, figures);
            outbox.send(0, Analysed::Compare(Shared(Arc::new(data))));
        });
        match worker {
            Some(worker) => {
                self.sidebar.extraction = Extraction::Running;
                self.analysis = Some(worker);
            }
            None => self.extract_now(),
        }
    }

    /// Extracts entities and figures now, on this thread (tests, and when
    /// no thread can be had).
    pub fn extract_now(&mut self) {
        self.sidebar.extraction = Extraction::Ready(Extracted::of(&self.briefing));
    }

    /// Whether the analysis is still running on its thread.
    pub fn analysing(&self) -> bool {
        self.analysis.is_some()
    }

    /// What the background workers have finished since the last look, as
    /// actions for `update`.
    pub fn poll_jobs(&mut self) -> Vec<Action> {
        let mut actions = Vec::new();
        if let Some(worker) = &self.analysis {
            let (replies, gone) = match worker.poll() {
                Polled::Replies(r) => (r, false),
                Polled::Gone(r) => (r, true),
            };
            actions.extend(replies.into_iter().map(|(_, part)| Action::Analysed(part)));
            if gone {
                self.analysis = None;
                let finished = self.compare.data.is_some()
                    || actions
                        .iter()
                        .any(|a| matches!(a, Action::Analysed(Analysed::Compare(_))));
                if !finished {
                    actions.push(Action::Analysed(Analysed::Failed));
                }
            }
        }
        actions.extend(self.poll_search());
        actions
    }

    /// A part of the analysis has arrived.
    pub(super) fn analysed(&mut self, part: Analysed) {
        match part {
            Analysed::Extracted(Shared(extracted)) => {
                // The worker has let go of it: no copy is made.
                let extracted = Arc::try_unwrap(extracted).unwrap_or_else(|a| (*a).clone());
                self.sidebar.extraction = Extraction::Ready(extracted);
            }
            Analysed::Compare(Shared(data)) => {
                self.compare.data = Some(data);
                if std::mem::take(&mut self.compare.waiting) {
                    super::compare::update::open_picker(self);
                }
            }
            Analysed::Failed => {
                if !matches!(self.sidebar.extraction, Extraction::Ready(_)) {
                    self.sidebar.extraction = Extraction::Failed;
                }
                // The comparison is built inline when next asked for.
                if std::mem::take(&mut self.compare.waiting) {
                    super::compare::update::open_picker(self);
                }
            }
        }
    }

    /// The briefing's timeline and entities for the ledger and the
    /// timeline, from the sidebar's extraction when it is ready (else
    /// extracted here).
    pub(super) fn timeline_and_entities(
        &self,
    ) -> (crate::timeline::Timeline, Vec<crate::extract::Entity>) {
        match self.sidebar.extracted() {
            Some(e) => (
                crate::timeline::build(&self.briefing, &e.figures),
                e.entities.clone(),
            ),
            None => (
                crate::timeline::timeline(&self.briefing),
                crate::extract::entities(&self.briefing),
            ),
        }
    }

    /// The comparison's data, built here if no worker is building it: with
    /// the sidebar's figures when it has them, so nothing is extracted twice.
    pub(super) fn compare_data_inline(&mut self) -> &CompareData {
        let figures = match &self.compare.data {
            Some(_) => None,
            None => self.sidebar.extracted().map(|e| e.figures.clone()),
        };
        let briefing = &self.briefing;
        self.compare.data.get_or_insert_with(|| {
            Arc::new(match figures {
                Some(figures) => CompareData::with_figures(briefing, figures),
                None => CompareData::new(briefing),
            })
        })
    }
}
