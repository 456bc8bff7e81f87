//! `brief config`: the printed default parses back to the defaults, the
//! path honours BRIEF_CONFIG, and a bad config is one located error line.

use std::path::Path;
use std::process::Command;

use brief::config::{Config, KeyAction, Preset};

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn brief(config: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_brief"));
    cmd.env("BRIEF_CONFIG", config);
    cmd
}

#[test]
fn print_default_parses_back_to_the_defaults() -> TestResult {
    let dir = tempfile::tempdir()?;
    let out = brief(&dir.path().join("none.toml"))
        .args(["config", "--print-default"])
        .output()?;
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout)?;
    let parsed = Config::from_toml(&text, "printed")?;
    assert_eq!(parsed, Config::default_config()?);
    // Every action and theme role is in it, for users to edit.
    for action in KeyAction::ALL {
        assert!(
            text.contains(&format!("# {} = [", action.name())),
            "{}",
            action.name()
        );
    }
    for role in brief::config::ThemeRole::ALL {
        assert!(
            text.contains(&format!("\n{} = \"", role.name())),
            "{}",
            role.name()
        );
    }
    // Saved as the user's config, it is accepted as is.
    let saved = dir.path().join("config.toml");
    std::fs::write(&saved, &text)?;
    let out = brief(&saved).arg("config").output()?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(())
}

#[test]
fn path_is_brief_config_when_set() -> TestResult {
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("my brief.toml");
    let out = brief(&file).args(["config", "--path"]).output()?;
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout)?.trim_end(),
        file.display().to_string()
    );

    let mut cmd = Command::new(env!("CARGO_BIN_EXE_brief"));
    let out = cmd
        .env_remove("BRIEF_CONFIG")
        .args(["config", "--path"])
        .output()?;
    assert!(out.status.success());
    let path = String::from_utf8(out.stdout)?;
    assert!(path.trim_end().ends_with("config.toml"), "{path}");
    Ok(())
}

#[test]
fn an_invalid_config_is_one_line_with_file_line_and_column() -> TestResult {
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("config.toml");
    let cases = [
        (
            "[theme]\nheading = \"yellow\"\ntext = \"chartreuse\"\n",
            "3:8: unknown colour `chartreuse`",
        ),
        (
            "[keys]\npreset = \"vim\"\n\n[keys.bindings]\nwarp_drive = [\"w\"]\n",
            "5:1: unknown action `warp_drive`",
        ),
        ("[keys]\npreset = \"nano\"\n", "2:10: unknown preset `nano`"),
        (
            "[keys.bindings]\nquit = [\"q\", \"q\"]\n",
            "2:14: key `q` is listed twice for `quit`",
        ),
        ("[keys\n", "1:"),
        (
            "[keys.bindings]\nquit = [\"x\"]\nhelp = [\"x\"]\n",
            "3:9: key `x` is bound to both `quit` and `help`",
        ),
    ];
    for (text, expected) in cases {
        std::fs::write(&file, text)?;
        let out = brief(&file).arg("config").output()?;
        assert_eq!(out.status.code(), Some(1), "{text}");
        let stderr = String::from_utf8(out.stderr)?;
        let wanted = format!("error: {}:{expected}", file.display());
        assert!(
            stderr.starts_with(&wanted),
            "{stderr:?} should start {wanted:?}"
        );
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
    // A missing file named by BRIEF_CONFIG is an error; it was asked for.
    let out = brief(&dir.path().join("absent.toml"))
        .arg("config")
        .output()?;
    assert_eq!(out.status.code(), Some(1));
    Ok(())
}

#[test]
fn a_valid_config_is_reported_ok_and_applies_its_preset() -> TestResult {
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("config.toml");
    let text = "[keys]\npreset = \"less\"\n[keys.bindings]\nbookmark = [\"M\"]\n";
    std::fs::write(&file, text)?;
    let out = brief(&file).arg("config").output()?;
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout)?.contains(": ok"));
    let config = Config::from_toml(text, "c")?;
    assert_eq!(config.preset, Preset::Less);
    assert_eq!(
        config.keymap.keys_of(KeyAction::Bookmark),
        [brief::config::KeyChord::parse("M")?]
    );
    Ok(())
}
