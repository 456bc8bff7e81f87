//! Long input costs bounded time and never panics (issue #13, items 3 and
//! 4): table columns of 65,536 characters and more, widths up to
//! `u64::MAX`, and queries of tens of thousands of characters.

use std::time::{Duration, Instant};

use assert_cmd::Command;

fn brief() -> Command {
    let mut cmd = Command::cargo_bin("brief").unwrap_or_else(|e| panic!("{e}"));
    cmd.env_remove("NO_COLOR")
        .env("BRIEF_STATE_DIR", std::env::temp_dir());
    cmd
}

fn run_ok(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "failed: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn ids_titles_names_and_figures_of_70000_characters_are_cut_with_an_ellipsis() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let id = "i".repeat(70_000);
    let name = format!("Kim {}", "Jong".repeat(17_500));
    let figure = format!("1{}", ",000".repeat(17_500));
    std::fs::write(
        dir.path().join("a.txt"),
        format!(
            "Harbour report\n\n{name} visited the harbour on Monday. {name} said {figure} tonnes of grain moved.\n\nOfficials said 40 ships docked.\n"
        ),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        dir.path().join("briefing.toml"),
        format!(
            "[[source]]\nid = \"{id}\"\nfile = \"a.txt\"\n[[topic]]\nid = \"{id}\"\ntitle = \"Grain\"\nkeywords = [\"grain\"]\n"
        ),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let b = dir.path().to_string_lossy().to_string();
    for command in ["sources", "topics", "entities", "figures"] {
        let out = run_ok(brief().args(["--briefing", &b, command]));
        let header = out.lines().next().unwrap_or_default();
        assert!(header.chars().count() < 200, "{command}: {header}");
        if matches!(command, "sources" | "topics") {
            assert!(out.contains(&format!("{}…", "i".repeat(47))), "{command}");
        }
    }
}

#[test]
fn huge_widths_are_clamped() {
    for width in ["18446744073709551615", "4294967296"] {
        let start = Instant::now();
        let out = run_ok(brief().args(["compare", "--width", width, "troops"]));
        assert!(start.elapsed() < Duration::from_secs(30));
        let widest = out.lines().map(|l| l.chars().count()).max().unwrap_or(0);
        assert!(widest <= 1000, "--width {width}: a line of {widest}");
        run_ok(brief().args(["read", "--width", width, "grim-prelude"]));
    }
}

#[test]
fn a_query_over_the_limit_is_refused_at_once_and_searching_it_is_cheap() {
    let query = "troops ".repeat(4_600);
    let start = Instant::now();
    let out = brief()
        .args(["search", &query])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("32200 characters") && stderr.contains("at most 256"),
        "{stderr}"
    );
    assert!(start.elapsed() < Duration::from_secs(10));

    // The library cuts what it parses: a 32,000-character query costs what
    // its first 256 characters cost (it took 22 s before the cap).
    let briefing = brief::briefing::load(None).unwrap_or_else(|e| panic!("{e}"));
    let index = brief::search::Index::build(&briefing);
    let long: String = "kimjongun".chars().cycle().take(32_000).collect();
    let start = Instant::now();
    let _ = index.search(&brief::search::Query::parse(&long), 20);
    let took = start.elapsed();
    assert!(took < Duration::from_secs(3), "{took:?}");
}
