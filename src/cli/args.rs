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
    /// List bookmarks, or add and remove them.
    Bookmarks(super::bookmarks::BookmarksArgs),
    /// Print the default config file, or where the config file is looked for.
    Config(super::config::ConfigArgs),
    /// Export reading material: `brief export bookmarks`.
    Export(super::export::ExportArgs),
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
