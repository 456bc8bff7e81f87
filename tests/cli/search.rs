//! `brief search`: the JSON shape, the empty answer, errors, plain output.

use assert_cmd::Command;
use serde_json::Value;

fn brief() -> Command {
    Command::cargo_bin("brief").expect("the brief binary is built")
}

/// A briefing folder of two short articles on a subject of its own.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("alpine-rail.txt"),
        "Alpine rail tunnel opens\n\nThe Gotthard base tunnel carried 13,000 passengers on its first Sunday.\n\nEngineers from Zürich said the tunnel would cut journeys by an hour.\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("river-freight.txt"),
        "River freight recovers\n\nBarges on the Rhine moved 11 000 tonnes of grain after the drought.\n",
    )
    .expect("write");
    dir
}

fn json(args: &[&str], dir: &tempfile::TempDir) -> Value {
    let out = brief()
        .arg("--briefing")
        .arg(dir.path())
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

#[test]
fn json_shape_and_ranges_into_the_snippet() {
    let dir = folder();
    let hits = json(&["search", "zurich tunnel", "--json"], &dir);
    let hits = hits.as_array().expect("an array");
    assert_eq!(hits.len(), 1);
    let hit = &hits[0];
    assert_eq!(hit["source"], "alpine-rail");
    assert_eq!(hit["section"], 0);
    assert!(hit["heading"].is_null());
    assert!(hit["score"].is_i64());
    assert_eq!(hit["tier"], "whole-word");
    let snippet = hit["snippet"].as_str().expect("snippet");
    assert!(snippet.starts_with("Engineers from Zürich"));
    let matched: Vec<&str> = hit["matches"]
        .as_array()
        .expect("matches")
        .iter()
        .map(|m| {
            let start = m[0].as_u64().expect("start") as usize;
            let end = m[1].as_u64().expect("end") as usize;
            &snippet[start..end]
        })
        .collect();
    assert_eq!(matched, vec!["Zürich", "tunnel"]);
    let location = &hit["location"];
    assert!(location["section"].is_u64());
    assert!(location["block"].is_u64());
    assert_eq!(
        location["end"].as_u64().unwrap_or(0) - location["start"].as_u64().unwrap_or(0),
        snippet.len() as u64
    );
}

#[test]
fn no_hit_is_an_empty_array_and_exit_zero() {
    let dir = folder();
    brief()
        .arg("--briefing")
        .arg(dir.path())
        .args(["search", "submarine", "--json"])
        .assert()
        .success()
        .stdout("[]\n");
}

#[test]
fn limit_and_source_filter() {
    let dir = folder();
    let all = json(&["search", "the", "--json"], &dir);
    assert!(all.as_array().map_or(0, Vec::len) >= 2);
    let one = json(&["search", "the", "--json", "--limit", "1"], &dir);
    assert_eq!(one.as_array().map_or(0, Vec::len), 1);
    let river = json(
        &["search", "the", "--json", "--source", "river-freight"],
        &dir,
    );
    let river = river.as_array().expect("array");
    assert!(!river.is_empty());
    assert!(river.iter().all(|h| h["source"] == "river-freight"));
}

#[test]
fn unknown_source_is_a_one_line_error() {
    let dir = folder();
    let out = brief()
        .arg("--briefing")
        .arg(dir.path())
        .args(["search", "x", "--source", "nope"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("error: no source `nope`"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1);
}

#[test]
fn plain_output_is_one_line_per_hit_without_escapes_when_piped() {
    let dir = folder();
    let out = brief()
        .arg("--briefing")
        .arg(dir.path())
        .args(["search", "11000 tonnes"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.lines().count(), 1);
    assert!(text.starts_with("river-freight: Barges on the Rhine moved 11 000 tonnes"));
    assert!(!text.contains('\x1b'));
}

#[test]
fn the_default_briefing_is_searchable() {
    let out = brief()
        .args(["search", "pyongyang", "--json", "--limit", "3"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let hits: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(hits.as_array().map_or(0, Vec::len), 3);
}

#[test]
fn words_sentences_apart_in_one_paragraph_are_a_hit() {
    // In the default briefing, one long paragraph of the fourth article
    // names the treaty and Kursk in different sentences.
    let out = brief()
        .args(["search", "treaty kursk", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let hits: Value = serde_json::from_slice(&out).expect("JSON");
    let hits = hits.as_array().expect("an array");
    assert!(!hits.is_empty());
    for hit in hits {
        let snippet = hit["snippet"].as_str().unwrap_or_default().to_lowercase();
        assert!(
            snippet.contains("treaty") && snippet.contains("kursk"),
            "{snippet}"
        );
    }
}
