use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// A terminal reader for briefings: read a handful of sources on one subject,
/// search them, and compare them side by side.
#[derive(Debug, Parser)]
#[command(name = "brief", version, about)]
pub struct Cli {
    /// The briefing to open: a folder of articles, or its briefing.toml
    /// (default: the embedded north-korea-russia briefing).
    #[arg(short = 'b', long, global = true, value_name = "PATH")]
    pub briefing: Option<PathBuf>,
    /// Let the mouse scroll and select in the TUI.
    #[arg(long)]
    pub mouse: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the sources with their metadata and sections.
    Sources(SourcesArgs),
    /// Print one source, cleaned, as Markdown-like text.
    Read(ReadArgs),
    /// Search every source (fuzzy, typo-tolerant; 'word or "a phrase" for exact).
    Search(SearchArgs),
}

#[derive(Debug, Args)]
pub struct SourcesArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ReadArgs {
    /// The source id (see `brief sources`).
    pub source: String,
    /// Wrap to this many columns (default: the terminal's width; no wrapping
    /// when stdout is not a terminal).
    #[arg(long, value_name = "N")]
    pub width: Option<usize>,
    /// Print the sanitised raw text, with nothing removed.
    #[arg(long)]
    pub raw: bool,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to find: words match anywhere in a sentence, in any order;
    /// 'word or "a phrase" must match exactly; an upper-case letter makes
    /// the search case-sensitive.
    pub query: String,
    /// Show at most this many hits (0: all).
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub limit: usize,
    /// Search only this source (see `brief sources`).
    #[arg(long, value_name = "ID")]
    pub source: Option<String>,
    /// Print JSON instead of one hit per line.
    #[arg(long)]
    pub json: bool,
}
