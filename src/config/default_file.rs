//! The commented default `config.toml` that `brief config --print-default`
//! prints, generated from the built-in keymap and theme so it never drifts.

use super::error::ConfigError;
use super::{Config, Preset, ThemeRole};

/// A complete, commented config file equal to the defaults: every action
/// (commented out, with its default keys) and every theme role.
pub fn default_config_text() -> Result<String, ConfigError> {
    let config = Config::default_config()?;
    let presets: Vec<&str> = Preset::ALL.iter().map(|p| p.name()).collect();
    let mut out = String::from(
        "# brief configuration. Save as the file `brief config --path` prints,\n\
         # or point BRIEF_CONFIG at it. Every setting is optional.\n\
         \n\
         [keys]\n",
    );
    out.push_str(&format!(
        "# The keymap to start from: {}.\n",
        presets.join(", ")
    ));
    out.push_str(&format!("preset = \"{}\"\n\n", config.preset.name()));
    out.push_str(
        "# Per-action overrides over the preset. A line replaces that action's\n\
         # keys; a key given here is taken away from any other action; an empty\n\
         # list unbinds. Keys: a character (\"j\", \"G\", \"?\"), a named key (up,\n\
         # down, left, right, pgup, pgdn, home, end, enter, esc, tab, space,\n\
         # backspace, delete, insert, f1..f24), optionally prefixed by ctrl-, alt-\n\
         # or shift- (\"ctrl-d\", \"shift-tab\"). The defaults are shown commented out.\n\
         [keys.bindings]\n",
    );
    for binding in config.keymap.bindings() {
        let keys: Vec<String> = binding
            .keys
            .iter()
            .map(|k| format!("\"{}\"", escape(&k.to_string())))
            .collect();
        out.push_str(&format!(
            "# {}\n# {} = [{}]\n",
            binding.description,
            binding.action.name(),
            keys.join(", ")
        ));
    }
    out.push_str(
        "\n# Colours by role: black, red, green, yellow, blue, magenta, cyan, gray,\n\
         # darkgray, lightred, lightgreen, lightyellow, lightblue, lightmagenta,\n\
         # lightcyan, white, reset (the terminal's default), or \"#rrggbb\".\n\
         # With NO_COLOR set, colours are ignored.\n\
         [theme]\n",
    );
    for role in ThemeRole::ALL {
        out.push_str(&format!(
            "{} = \"{}\"\n",
            role.name(),
            config.theme.color(role)
        ));
    }
    Ok(out)
}

/// A key spelled inside a TOML basic string.
fn escape(key: &str) -> String {
    key.replace('\\', "\\\\").replace('"', "\\\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_back_to_the_defaults_with_and_without_the_bindings() {
        let text = default_config_text().unwrap_or_else(|e| panic!("{e}"));
        let defaults = Config::default_config().ok();
        let parsed = Config::from_toml(&text, "default.toml").ok();
        assert_eq!(parsed, defaults);
        // Uncommenting every binding changes nothing either.
        let uncommented: String = text
            .lines()
            .map(|l| match l.strip_prefix("# ") {
                Some(rest) if rest.contains(" = [") => rest.to_string(),
                _ => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        assert!(uncommented.contains("\nquit = [\"q\", \"ctrl-c\"]"));
        let parsed = Config::from_toml(&uncommented, "default.toml");
        assert_eq!(parsed.ok(), defaults);
    }
}
