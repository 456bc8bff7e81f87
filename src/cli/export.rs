//! `brief export <what>`: writes reading material out of the reader, to
//! stdout or atomically to `-o FILE`. One subcommand per kind of export
//! (`bookmarks`, `compare`, `ledger`, `timeline`).

mod bookmarks;
mod compare;
mod ledger;
mod timeline;

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueEnum};

use super::output;
use crate::model::Briefing;
use crate::state::atomic::write_atomic;

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    pub what: ExportWhat,
}

#[derive(Debug, Subcommand)]
pub enum ExportWhat {
    /// Your bookmarks with the full paragraph each points at.
    Bookmarks(ExportOptions),
    /// What every source says on a topic, with coverage and quantities.
    Compare(ExportCompareArgs),
    /// The facts the sources state on a topic, with each source's verdict.
    Ledger(ExportCompareArgs),
    /// Every dated statement on one time axis, with the sources cited.
    Timeline(ExportTimelineArgs),
}

#[derive(Debug, Args)]
pub struct ExportTimelineArgs {
    /// Only events stated in the passages on this topic.
    #[arg(long, value_name = "TOPIC")]
    pub topic: Option<String>,
    /// Only events whose sentence names this entity.
    #[arg(long, value_name = "NAME")]
    pub entity: Option<String>,
    #[command(flatten)]
    pub options: ExportOptions,
}

#[derive(Debug, Args)]
pub struct ExportCompareArgs {
    /// A topic id or title (see `brief topics`), or any words to compare on.
    #[arg(required = true, value_name = "TOPIC_OR_QUERY")]
    pub topic: Vec<String>,
    #[command(flatten)]
    pub options: ExportOptions,
}

/// Options every export takes.
#[derive(Debug, Args)]
pub struct ExportOptions {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Markdown)]
    pub format: ExportFormat,
    /// Write to FILE (atomically: a reader never sees half a file) instead
    /// of stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Markdown,
    Json,
}

pub fn run(briefing: &Briefing, args: &ExportArgs) -> Result<(), String> {
    match &args.what {
        ExportWhat::Bookmarks(options) => {
            let text = bookmarks::render(briefing, options.format)?;
            emit(&text, options.output.as_deref())
        }
        ExportWhat::Compare(args) => {
            let topic = super::compare::topic_of(briefing, &args.topic)?;
            let text = compare::render(briefing, &topic, args.options.format)?;
            emit(&text, args.options.output.as_deref())
        }
        ExportWhat::Ledger(args) => {
            let topic = super::compare::topic_of(briefing, &args.topic)?;
            let text = ledger::render(briefing, &topic, args.options.format)?;
            emit(&text, args.options.output.as_deref())
        }
        ExportWhat::Timeline(args) => {
            let timeline =
                super::timeline::filtered(briefing, args.topic.as_deref(), args.entity.as_deref())?;
            let text = timeline::render(briefing, &timeline, args.options.format)?;
            emit(&text, args.options.output.as_deref())
        }
    }
}

/// Prints `text`, or writes it to `path` atomically.
fn emit(text: &str, path: Option<&Path>) -> Result<(), String> {
    match path {
        None => output::print_text(text),
        Some(path) => write_atomic(path, text.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display())),
    }
}
