use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// A terminal reader for briefings: read a handful of sources on one subject,
/// search them, and compare them side by side.
#[derive(Debug, Parser)]
#[command(name = "brief", version, about)]
pub struct Cli {
    /// The briefing to open: a folder of articles, its briefing.toml, or
    /// one article file (default: the embedded north-korea-russia briefing).
    #[arg(short = 'b', long, global = true, value_name = "PATH")]
    pub briefing: Option<PathBuf>,
    /// Article files (.txt, .md, .html) to open as a briefing of their own;
    /// `-` reads one article from standard input.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Let the mouse scroll and select in the TUI.
    #[arg(long)]
    pub mouse: bool,
    /// Neither read nor write the analysis cache (see `brief cache`).
    #[arg(long, global = true)]
    pub no_cache: bool,
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
    /// List the topics to compare the sources on, and which sources cover each.
    Topics(TopicsArgs),
    /// Compare what every source says on a topic (an id, a title or any text).
    Compare(CompareArgs),
    /// List the people, organisations and places named, most mentioned first.
    Entities(EntitiesArgs),
    /// List the figures (numbers that measure something), in reading order.
    Figures(FiguresArgs),
    /// The facts the sources state on a topic: agrees, differs, silent.
    Ledger(super::ledger::LedgerArgs),
    /// Every dated statement of every source on one time axis.
    Timeline(super::timeline::TimelineArgs),
    /// Print the default config file, or where the config file is looked for.
    Config(super::config::ConfigArgs),
    /// Export reading material: `brief export bookmarks`, `brief export compare TOPIC`,
    /// `brief export ledger TOPIC`, `brief export timeline`.
    Export(super::export::ExportArgs),
    /// Search every source (fuzzy, typo-tolerant; 'word or "a phrase" for exact).
    Search(SearchArgs),
    /// Show where the briefing's analysis cache is, what it holds, or clear it.
    Cache(super::cache::CacheArgs),
    /// Put an article into a briefing folder (-b, default: the current
    /// folder): copy a file, save standard input, or fetch a web page once.
    Add(super::add::AddArgs),
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
pub struct TopicsArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// A topic id or title (see `brief topics`), or any words to compare on.
    #[arg(required = true, value_name = "TOPIC_OR_QUERY")]
    pub topic: Vec<String>,
    /// Print JSON instead of columns.
    #[arg(long)]
    pub json: bool,
    /// Lay the columns out in this many columns of text (default: the
    /// terminal's width, 100 when stdout is not a terminal).
    #[arg(long, value_name = "N")]
    pub width: Option<usize>,
}

#[derive(Debug, Args)]
pub struct EntitiesArgs {
    /// Only entities of this kind.
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Option<EntityKindArg>,
    /// Only entities named in this source (and only its mentions).
    #[arg(long, value_name = "ID")]
    pub source: Option<String>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EntityKindArg {
    Person,
    Organization,
    Place,
    Other,
}

#[derive(Debug, Args)]
pub struct FiguresArgs {
    /// Only figures of this source.
    #[arg(long, value_name = "ID")]
    pub source: Option<String>,
    /// Only figures of this kind.
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Option<FigureKindArg>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FigureKindArg {
    Count,
    Money,
    Percent,
    Measure,
    Date,
    Duration,
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
