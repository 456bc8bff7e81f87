//! The command line: parses arguments (clap), loads the briefing, and runs a
//! subcommand or the TUI. Every command prints plain text or, with `--json`,
//! the shapes documented in the README.

mod args;
mod bookmarks;
mod cache;
pub(crate) mod compare;
mod config;
mod entities;
mod export;
mod figures;
mod output;
mod read;
mod search;
mod sources;
mod topics;

pub use args::{Cli, Command};

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use crate::model::Briefing;

/// Entry point of the `brief` binary: exit 0 on success, 1 on error (one line
/// on stderr), 2 on usage errors.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help and version to stdout (exit 0), usage errors to stderr (exit 2).
            let _ = e.print();
            return ExitCode::from(e.exit_code() as u8);
        }
    };
    match execute(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {}", output::one_line(&message));
            ExitCode::from(1)
        }
    }
}

fn execute(cli: Cli) -> Result<(), String> {
    // `brief config` works even where no briefing loads.
    if let Some(Command::Config(args)) = &cli.command {
        return config::run(args);
    }
    // `brief cache` looks at the cache file without loading the briefing.
    if let Some(Command::Cache(args)) = &cli.command {
        return cache::run(cli.briefing.as_deref(), args);
    }
    let briefing = load(&cli)?;
    match cli.command {
        None if std::io::stdout().is_terminal() => {
            // Config errors print before the terminal switches screens.
            let config = crate::config::load()?;
            crate::tui::run(briefing, crate::tui::Options { mouse: cli.mouse }, config)
        }
        None => sources::run(&briefing, &args::SourcesArgs { json: false }),
        Some(Command::Sources(args)) => sources::run(&briefing, &args),
        Some(Command::Read(args)) => read::run(&briefing, &args),
        Some(Command::Bookmarks(args)) => bookmarks::run(&briefing, &args),
        Some(Command::Topics(args)) => topics::run(&briefing, &args),
        Some(Command::Compare(args)) => compare::run(&briefing, &args),
        Some(Command::Entities(args)) => entities::run(&briefing, &args),
        Some(Command::Figures(args)) => figures::run(&briefing, &args),
        Some(Command::Export(args)) => export::run(&briefing, &args),
        Some(Command::Config(args)) => config::run(&args),
        Some(Command::Cache(args)) => cache::run(cli.briefing.as_deref(), &args),
        Some(Command::Search(args)) => search::run(&briefing, &args),
    }
}

/// Loads the briefing named by `--briefing` (or the default) and reports
/// its warnings on stderr.
fn load(cli: &Cli) -> Result<Briefing, String> {
    crate::cache::set_enabled(!cli.no_cache);
    let (briefing, _) = crate::cache::load(cli.briefing.as_deref()).map_err(|e| e.to_string())?;
    // The TUI shows warnings in its status bar; everything else prints them.
    let tui = cli.command.is_none() && std::io::stdout().is_terminal();
    if !tui {
        for warning in &briefing.warnings {
            eprintln!("warning: {}", output::one_line(&warning.to_string()));
        }
    }
    Ok(briefing)
}
