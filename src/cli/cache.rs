//! `brief cache`: where the briefing's analysis cache is (`--path`), what it
//! holds (`--stats`, the default), or deleting it (`--clear`).

use std::path::Path;

use clap::Args;

use super::output;
use crate::cache;

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("what").args(["path", "clear", "stats"]))]
pub struct CacheArgs {
    /// Print the cache file's path.
    #[arg(long)]
    pub path: bool,
    /// Delete the briefing's cache file.
    #[arg(long)]
    pub clear: bool,
    /// Describe the cache file (the default).
    #[arg(long)]
    pub stats: bool,
    /// Print JSON instead of text (with --stats).
    #[arg(long)]
    pub json: bool,
}

pub fn run(briefing: Option<&Path>, args: &CacheArgs) -> Result<(), String> {
    let Some(target) = cache::file_for(briefing)? else {
        return Err("the embedded briefing is not cached; give a folder with --briefing".into());
    };
    // The path holds the user's cache directory: printed sanitised.
    let shown = output::one_line(&crate::ingest::sanitize(&target.display().to_string()));
    if args.path {
        return output::print_text(&format!("{shown}\n"));
    }
    if args.clear {
        let removed = cache::clear(&target).map_err(|e| format!("{shown}: {e}"))?;
        let said = if removed {
            "removed"
        } else {
            "no cache file at"
        };
        return output::print_text(&format!("{said} {shown}\n"));
    }
    let stats = cache::stats(&target);
    if args.json {
        return output::print_json(&stats);
    }
    let mut out = format!("path     {shown}\n");
    if !stats.exists {
        out.push_str(&format!(
            "status   none yet (written by the next command that loads a briefing of {} KB or more)\n",
            cache::MIN_CACHED_BYTES / 1024
        ));
        return output::print_text(&out);
    }
    out.push_str(&format!("size     {} bytes\n", stats.bytes));
    match (&stats.sources, &stats.problem) {
        (Some(n), _) => out.push_str(&format!("sources  {n}\nstatus   usable\n")),
        (None, Some(why)) => out.push_str(&format!(
            "status   not usable: {} (rebuilt on the next load)\n",
            output::one_line(why)
        )),
        (None, None) => out.push_str("status   none\n"),
    }
    output::print_text(&out)
}
