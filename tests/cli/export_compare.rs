//! `brief export compare TOPIC`: JSON in the shape of `brief compare
//! --json`, a Markdown report, stdout and `-o FILE`. The briefing is the
//! harbour-strike fixture, not the default one.

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::prelude::*;
use serde_json::Value;

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/briefings/harbour-strike")
}

fn brief(state: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_brief"));
    cmd.env("BRIEF_STATE_DIR", state).arg("-b").arg(fixture());
    cmd
}

fn stdout(cmd: &mut Command) -> Result<String, Box<dyn std::error::Error>> {
    let out = cmd.assert().success().get_output().stdout.clone();
    Ok(String::from_utf8(out)?)
}

#[test]
fn json_is_the_shape_of_compare_json() -> TestResult {
    let state = tempfile::tempdir()?;
    let exported =
        stdout(brief(state.path()).args(["export", "compare", "strikers", "--format", "json"]))?;
    let compared = stdout(brief(state.path()).args(["compare", "strikers", "--json"]))?;
    let exported: Value = serde_json::from_str(&exported)?;
    assert_eq!(exported, serde_json::from_str::<Value>(&compared)?);
    assert_eq!(exported["topic"]["id"], "strikers");
    assert_eq!(exported["sources"].as_array().map(Vec::len), Some(3));
    assert_eq!(exported["quantities"][0]["disagree"], true);
    Ok(())
}

#[test]
fn markdown_reports_coverage_passages_and_quantities() -> TestResult {
    let state = tempfile::tempdir()?;
    let md = stdout(brief(state.path()).args(["export", "compare", "strikers"]))?;
    assert!(
        md.starts_with("# Comparison: How many dockworkers are on strike\n"),
        "{md}"
    );
    assert!(md.contains("| Source | Outlet | Coverage |"), "{md}");
    assert_eq!(md.matches("| covered |").count(), 3, "{md}");
    assert!(md.contains("\n> "), "passages are quoted: {md}");
    assert!(md.contains("*possible · according to Tomas Vell*"), "{md}");
    assert!(md.contains("**Sources disagree.**"), "{md}");
    assert!(md.contains("(projection, not a count)"), "{md}");
    assert!(
        md.contains("- conflict: gazette 1,800–2,200 vs wire 3,500–4,000"),
        "{md}"
    );

    let queue = stdout(brief(state.path()).args(["export", "compare", "ship-queue"]))?;
    assert!(
        queue.contains("| not covered (mentioned in passing"),
        "{queue}"
    );
    Ok(())
}

#[test]
fn output_file_gets_what_stdout_would() -> TestResult {
    let state = tempfile::tempdir()?;
    let dir = tempfile::tempdir()?;
    for format in ["markdown", "json"] {
        let file = dir.path().join(format!("report.{format}"));
        let printed =
            stdout(brief(state.path()).args(["export", "compare", "wages", "--format", format]))?;
        let quiet = stdout(
            brief(state.path())
                .args(["export", "compare", "wages", "--format", format, "-o"])
                .arg(&file),
        )?;
        assert_eq!(quiet, "");
        assert_eq!(std::fs::read_to_string(&file)?, printed);
    }
    Ok(())
}

#[test]
fn typed_topics_and_errors() -> TestResult {
    let state = tempfile::tempdir()?;
    let md = stdout(brief(state.path()).args(["export", "compare", "port", "fees"]))?;
    assert!(md.starts_with("# Comparison: port fees\n"), "{md}");
    let out = brief(state.path())
        .args(["export", "compare", " "])
        .assert()
        .failure()
        .code(1)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8(out)?.starts_with("error: empty topic"));
    let missing = Path::new("/nonexistent-dir/report.md");
    let out = brief(state.path())
        .args(["export", "compare", "wages", "-o"])
        .arg(missing)
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8(out)?.contains("report.md"));
    Ok(())
}
