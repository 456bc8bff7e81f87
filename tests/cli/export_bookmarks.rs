//! `brief export bookmarks`: Markdown and JSON, stdout and `-o FILE`, with
//! the full paragraph each bookmark points at.

use std::path::Path;
use std::process::Command;

use assert_cmd::prelude::*;
use serde_json::Value;

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn brief(state: &Path, briefing: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_brief"));
    cmd.env("BRIEF_STATE_DIR", state).arg("-b").arg(briefing);
    cmd
}

/// Two articles of our own, on a subject far from the default briefing.
fn fixture(dir: &Path) -> std::io::Result<()> {
    std::fs::write(
        dir.join("glaciers.md"),
        "# Alpine glaciers lost a tenth of their ice\n\n\
         Two hot summers in a row did what a decade used to do.\n\n\
         ## Measurements\n\n\
         Stakes drilled into the ice at forty sites showed the surface dropping by up to six metres.\n\n\
         Volunteers repeated the readings every fortnight.\n",
    )?;
    std::fs::write(
        dir.join("ferries.txt"),
        "Electric ferries cross the fjord\n\nThe crossing takes twenty minutes and the batteries recharge at each landing.\n",
    )
}

fn bookmark(state: &Path, b: &Path, args: &[&str]) -> TestResult {
    brief(state, b)
        .args(["bookmarks", "add"])
        .args(args)
        .assert()
        .success();
    Ok(())
}

/// (source title, section index, heading, block index, paragraph text).
type Found = (String, usize, Option<String>, usize, String);

/// Where the paragraph starting with `words` is, as the library loads the
/// briefing: (source title, section index, its heading, block index, the
/// paragraph). Ingestion decides the structure; the test does not assume it.
fn find_paragraph(b: &Path, words: &str) -> Result<Found, Box<dyn std::error::Error>> {
    let briefing = brief::briefing::load(Some(b)).map_err(|e| e.to_string())?;
    for source in &briefing.sources {
        for (s, section) in source.sections.iter().enumerate() {
            if let Some(k) = section
                .blocks
                .iter()
                .position(|x| x.text.starts_with(words))
            {
                return Ok((
                    source.meta.title.clone(),
                    s,
                    section.heading.clone(),
                    k,
                    section.blocks[k].text.clone(),
                ));
            }
        }
    }
    Err(format!("no paragraph starting {words:?}").into())
}

#[test]
fn markdown_and_json_carry_title_heading_note_and_whole_paragraph() -> TestResult {
    let state = tempfile::tempdir()?;
    let articles = tempfile::tempdir()?;
    fixture(articles.path())?;
    let b = articles.path();
    let (title, section, heading, block, paragraph) = find_paragraph(b, "Stakes drilled")?;
    bookmark(
        state.path(),
        b,
        &[
            "glaciers",
            "--section",
            &section.to_string(),
            "--block",
            &block.to_string(),
            "--note",
            "key figure",
        ],
    )?;
    bookmark(state.path(), b, &["ferries"])?;

    let out = brief(state.path(), b)
        .args(["export", "bookmarks"])
        .output()?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let markdown = String::from_utf8(out.stdout)?;
    assert!(markdown.starts_with("# Bookmarks"), "{markdown}");
    let place = match &heading {
        Some(h) => format!("## {title} · {h}\n"),
        None => format!("## {title}\n"),
    };
    assert!(markdown.contains(&place), "{place:?} in {markdown}");
    assert!(markdown.contains("**Note:** key figure"), "{markdown}");
    // The whole paragraph, not the short excerpt kept with the bookmark.
    assert!(paragraph.ends_with("up to six metres."), "{paragraph}");
    assert!(markdown.contains(&format!("> {paragraph}\n")), "{markdown}");
    assert!(markdown.contains("recharge at each landing."), "{markdown}");

    let out = brief(state.path(), b)
        .args(["export", "bookmarks", "--format", "json"])
        .output()?;
    assert!(out.status.success());
    let json: Value = serde_json::from_slice(&out.stdout)?;
    let marks = json["bookmarks"].as_array().ok_or("no bookmarks array")?;
    assert_eq!(marks.len(), 2);
    let glacier = marks
        .iter()
        .find(|m| m["source"] == "glaciers")
        .ok_or("no glaciers bookmark")?;
    assert_eq!(glacier["source_title"], title.as_str());
    assert_eq!(glacier["heading"], serde_json::json!(heading));
    assert_eq!(glacier["note"], "key figure");
    assert_eq!(glacier["section"], section);
    assert_eq!(glacier["block"], block);
    assert_eq!(glacier["found"], true);
    assert_eq!(glacier["text"], paragraph.as_str());
    for key in ["id", "offset", "created"] {
        assert!(!glacier[key].is_null(), "{key} missing: {glacier}");
    }
    assert!(json["briefing"].is_string());
    Ok(())
}

#[test]
fn writes_a_file_with_dash_o_and_reports_unwritable_paths() -> TestResult {
    let state = tempfile::tempdir()?;
    let articles = tempfile::tempdir()?;
    fixture(articles.path())?;
    let b = articles.path();
    bookmark(state.path(), b, &["ferries", "--note", "crossing time"])?;

    let target = state.path().join("out.md");
    let out = brief(state.path(), b)
        .args(["export", "bookmarks", "-o"])
        .arg(&target)
        .output()?;
    assert!(out.status.success());
    assert!(out.stdout.is_empty(), "nothing on stdout with -o");
    let written = std::fs::read_to_string(&target)?;
    assert!(written.contains("**Note:** crossing time"), "{written}");

    let missing = state.path().join("no-such-dir").join("out.md");
    let out = brief(state.path(), b)
        .args(["export", "bookmarks", "-o"])
        .arg(&missing)
        .output()?;
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr)?;
    assert!(stderr.starts_with("error: cannot write"), "{stderr}");
    assert!(stderr.contains("out.md"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    Ok(())
}

#[test]
fn no_bookmarks_is_an_empty_export_not_an_error() -> TestResult {
    let state = tempfile::tempdir()?;
    let articles = tempfile::tempdir()?;
    fixture(articles.path())?;
    let out = brief(state.path(), articles.path())
        .args(["export", "bookmarks", "--format", "json"])
        .output()?;
    assert!(out.status.success());
    let json: Value = serde_json::from_slice(&out.stdout)?;
    assert_eq!(json["bookmarks"].as_array().map(Vec::len), Some(0));
    let out = brief(state.path(), articles.path())
        .args(["export", "bookmarks", "--format", "yaml"])
        .output()?;
    assert_eq!(out.status.code(), Some(2));
    Ok(())
}
