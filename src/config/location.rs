//! Where the config file is looked for, and loading it.

use super::error::ConfigError;
use std::io::ErrorKind;
use std::path::PathBuf;

use super::Config;

/// The environment variable naming the config file to use instead.
pub const CONFIG_ENV: &str = "BRIEF_CONFIG";

/// Where the config file is looked for: `BRIEF_CONFIG`, else
/// `config.toml` in the platform config directory.
pub fn config_path() -> Result<PathBuf, ConfigError> {
    if let Some(path) = std::env::var_os(CONFIG_ENV).filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(path));
    }
    directories::ProjectDirs::from("", "", "brief")
        .map(|dirs| dirs.config_dir().join("config.toml"))
        .ok_or(ConfigError::NoConfigDir)
}

/// The configuration in force: the file at [`config_path`] over the
/// defaults. A missing file in the platform directory means the defaults;
/// a missing file named by `BRIEF_CONFIG` is an error, since it was asked for.
pub fn load() -> Result<Config, ConfigError> {
    let explicit = std::env::var_os(CONFIG_ENV).is_some_and(|p| !p.is_empty());
    let path = match config_path() {
        Ok(path) => path,
        Err(_) => return Config::default_config(),
    };
    match std::fs::read(&path) {
        Ok(bytes) => {
            let name = path.display().to_string();
            let text = String::from_utf8(bytes)
                .map_err(|_| ConfigError::file(&name, "the config file is not UTF-8 text"))?;
            Config::from_toml(&text, &name)
        }
        Err(e) if e.kind() == ErrorKind::NotFound && !explicit => Config::default_config(),
        Err(e) => Err(ConfigError::file(
            path.display(),
            format!("cannot read the config file: {e}"),
        )),
    }
}
