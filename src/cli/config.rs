//! `brief config`: where the config file is looked for (`--path`), and the
//! commented default file (`--print-default`); with neither, both checks
//! the file in force and says where it is.

use clap::Args;

use super::output;
use crate::config;

#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Print the default config.toml, commented, with every action and
    /// theme role.
    #[arg(long, conflicts_with = "path")]
    pub print_default: bool,
    /// Print where the config file is looked for (BRIEF_CONFIG overrides).
    #[arg(long)]
    pub path: bool,
}

pub fn run(args: &ConfigArgs) -> Result<(), String> {
    if args.print_default {
        return output::print_text(&config::default_config_text()?);
    }
    let path = config::config_path()?;
    if args.path {
        return output::print_text(&format!("{}\n", path.display()));
    }
    // No flag: check the config in force, so a broken file shows up
    // without opening the reader.
    config::load()?;
    let state = if path.exists() {
        "ok"
    } else {
        "not present; using the defaults"
    };
    output::print_text(&format!("{}: {state}\n", path.display()))
}
