//! The command line: parses arguments (clap), loads the briefing, and runs a
//! subcommand or the TUI. Every command prints plain text or, with `--json`,
//! the shapes documented in the README.

mod add;
mod args;
mod bookmarks;
mod cache;
pub(crate) mod compare;
mod config;
mod entities;
mod export;
mod figures;
mod ledger;
mod output;
mod read;
mod search;
mod sources;
mod timeline;
mod topics;

pub use args::{Cli, Command};

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use crate::briefing;
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
    // A bare word that names no file is a mistyped command, not a file.
    if let [word] = cli.files.as_slice()
        && !word.exists()
        && word.extension().is_none()
        && word.components().count() == 1
        && word.as_os_str() != briefing::STDIN
    {
        eprintln!(
            "error: unrecognized subcommand or file '{}' (see brief --help)",
            output::one_line(&crate::ingest::sanitize(&word.to_string_lossy()))
        );
        return ExitCode::from(2);
    }
    match execute(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {}", output::one_line(&message));
            ExitCode::from(1)
        }
    }
}

fn execute(cli: Cli) -> Result<(), String> {
    // `brief config` works even where no briefing loads; `brief add` writes
    // to a folder that may not be a briefing yet.
    match &cli.command {
        Some(Command::Config(args)) => return config::run(args),
        Some(Command::Add(args)) => return add::run(cli.briefing.as_deref(), args),
        _ => {}
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
        Some(Command::Ledger(args)) => ledger::run(&briefing, &args),
        Some(Command::Timeline(args)) => timeline::run(&briefing, &args),
        Some(Command::Export(args)) => export::run(&briefing, &args),
        Some(Command::Config(args)) => config::run(&args),
        Some(Command::Cache(args)) => cache::run(cli.briefing.as_deref(), &args),
        Some(Command::Search(args)) => search::run(&briefing, &args),
        Some(Command::Add(_)) => Ok(()),
    }
}

/// Loads the briefing: the files named (`-` for standard input), else the
/// one named by `--briefing`, else an article piped in, else the default.
/// Reports its warnings on stderr.
fn load(cli: &Cli) -> Result<Briefing, String> {
    let briefing = if !cli.files.is_empty() {
        if cli.briefing.is_some() {
            return Err("give either -b PATH or files to open, not both".into());
        }
        let stdin = std::path::Path::new(briefing::STDIN);
        if cli.files.iter().any(|f| f == stdin) {
            if cli.files.len() > 1 {
                return Err(
                    "`-` (standard input) is one article on its own; name no other files with it"
                        .into(),
                );
            }
            briefing::load_stdin(read_stdin()?)
        } else {
            briefing::load_files(&cli.files)
        }
    } else if cli.briefing.is_none() && cli.command.is_none() && stdin_is_piped() {
        let bytes = read_stdin()?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            briefing::load(None)
        } else {
            briefing::load_stdin(bytes)
        }
    } else {
        crate::cache::set_enabled(!cli.no_cache);
        crate::cache::load(cli.briefing.as_deref()).map(|(briefing, _)| briefing)
    }
    .map_err(|e| e.to_string())?;
    // The TUI shows warnings in its status bar; everything else prints them.
    let tui = cli.command.is_none() && std::io::stdout().is_terminal();
    if !tui {
        for warning in &briefing.warnings {
            eprintln!("warning: {}", output::one_line(&warning.to_string()));
        }
    }
    Ok(briefing)
}

/// Standard input, up to one byte past the 16 MiB limit (the loader names
/// the limit).
pub(crate) fn read_stdin() -> Result<Vec<u8>, String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(briefing::MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("standard input: {e}"))?;
    Ok(bytes)
}

/// Standard input is a pipe or a file (`cat a.txt | brief`, `brief < a.txt`),
/// not a terminal and not /dev/null.
fn stdin_is_piped() -> bool {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return false;
    }
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::FileTypeExt;
        let Ok(fd) = stdin.as_fd().try_clone_to_owned() else {
            return false;
        };
        std::fs::File::from(fd)
            .metadata()
            .is_ok_and(|m| m.file_type().is_fifo() || (m.is_file() && m.len() > 0))
    }
    #[cfg(not(unix))]
    {
        false
    }
}
