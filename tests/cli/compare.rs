//! `brief topics` and `brief compare`: JSON shapes, coverage, silence and
//! disagreement, on a briefing of our own (a harbour strike) and on the
//! default one.

use assert_cmd::Command;
use serde_json::Value;

const HARBOUR: &str = "tests/fixtures/briefings/harbour-strike";

fn brief(args: &[&str]) -> Command {
    let mut cmd = Command::cargo_bin("brief").expect("the brief binary builds");
    cmd.args(args);
    cmd
}

fn json(args: &[&str]) -> Value {
    let out = brief(args).output().expect("brief runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

fn column<'a>(comparison: &'a Value, source: &str) -> &'a Value {
    comparison["sources"]
        .as_array()
        .and_then(|s| s.iter().find(|c| c["source"] == source))
        .unwrap_or_else(|| panic!("no column for {source}: {comparison}"))
}

#[test]
fn topics_json_lists_curated_topics_with_covering_sources() {
    let topics = json(&["-b", HARBOUR, "topics", "--json"]);
    let list = topics.as_array().expect("an array");
    let ids: Vec<&str> = list.iter().filter_map(|t| t["id"].as_str()).collect();
    assert_eq!(ids, ["strikers", "ship-queue", "wages"]);
    for t in list {
        for key in ["id", "title", "keywords", "anchors", "origin", "sources"] {
            assert!(t.get(key).is_some(), "missing {key} in {t}");
        }
        assert_eq!(t["origin"], "manifest");
    }
    let queue = &list[1]["sources"];
    assert_eq!(
        queue,
        &serde_json::json!(["gazette", "wire"]),
        "the blog ignores the ship queue"
    );
}

#[test]
fn a_silent_source_is_a_column_that_says_not_covered() {
    let c = json(&["-b", HARBOUR, "compare", "ship-queue", "--json"]);
    assert_eq!(
        c["sources"].as_array().map(Vec::len),
        Some(3),
        "every source appears"
    );
    let blog = column(&c, "blog");
    assert_eq!(blog["covered"], false);
    assert_eq!(blog["passages"].as_array().map(Vec::len), Some(0));
    // "Shipping Minister" shares a stem with "ships": a mention in passing,
    // not coverage.
    assert_eq!(blog["mentions"], 1);
    for id in ["gazette", "wire"] {
        let col = column(&c, id);
        assert_eq!(col["covered"], true);
        let text = col["passages"][0]["text"]
            .as_str()
            .unwrap_or_default()
            .to_lowercase();
        assert!(
            text.contains("ships") || text.contains("vessels"),
            "{id}: {text}"
        );
    }
    let text = brief(&["-b", HARBOUR, "compare", "ship-queue", "--width", "120"])
        .output()
        .expect("brief runs");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("NOT COVERED"), "{text}");
    assert!(text.contains("Mentioned in passing only"), "{text}");
}

#[test]
fn different_counts_of_the_same_thing_disagree() {
    let c = json(&["-b", HARBOUR, "compare", "strikers", "--json"]);
    let quantities = c["quantities"].as_array().expect("an array");
    let workers = quantities
        .iter()
        .find(|q| q["quantity"] == "workers")
        .unwrap_or_else(|| panic!("no workers quantity: {quantities:?}"));
    assert_eq!(workers["disagree"], true);
    let claims = workers["claims"].as_array().expect("claims");
    let gazette = claims
        .iter()
        .find(|c| c["source"] == "gazette")
        .expect("gazette's claim");
    let wire = claims
        .iter()
        .find(|c| c["source"] == "wire" && c["projection"] == false)
        .expect("wire's count");
    assert_eq!(wire["low"], 3500.0);
    assert_eq!(wire["high"], 4000.0);
    assert_eq!(gazette["qualifier"], "about");
    for key in [
        "source",
        "text",
        "value",
        "low",
        "high",
        "qualifier",
        "projection",
        "interval",
    ] {
        assert!(gazette.get(key).is_some(), "missing {key}");
    }
    // "could call out up to 9,000 workers" is a projection: shown, not a conflict.
    let index = claims
        .iter()
        .position(|c| c["projection"] == true)
        .unwrap_or_else(|| panic!("the union's threat is a projection: {claims:?}"));
    assert_eq!(claims[index]["source"], "wire");
    assert_eq!(claims[index]["interval"]["high"], 9000.0);
    let conflicts = workers["conflicts"].as_array().expect("conflicts");
    assert!(!conflicts.is_empty());
    assert!(
        conflicts
            .iter()
            .all(|pair| !pair.as_array().is_some_and(|p| p.contains(&index.into())))
    );
    let text = brief(&["-b", HARBOUR, "compare", "strikers"])
        .output()
        .expect("brief runs");
    assert!(String::from_utf8_lossy(&text.stdout).contains("SOURCES DISAGREE"));
}

#[test]
fn passages_carry_attribution_certainty_and_figures() {
    let c = json(&["-b", HARBOUR, "compare", "wages", "--json"]);
    let wire = column(&c, "wire");
    let passage = &wire["passages"][0];
    for key in [
        "section",
        "blocks",
        "text",
        "score",
        "attribution",
        "certainty",
        "terms",
        "figures",
    ] {
        assert!(passage.get(key).is_some(), "missing {key} in {passage}");
    }
    assert_eq!(passage["attribution"], "Portmere Port Authority");
    let text = passage["text"].as_str().unwrap_or_default();
    for range in passage["figures"].as_array().expect("figure ranges") {
        let (s, e) = (
            range[0].as_u64().unwrap_or(0) as usize,
            range[1].as_u64().unwrap_or(0) as usize,
        );
        assert!(
            text.get(s..e).is_some_and(|f| f.contains('%')),
            "{text} {s}..{e}"
        );
    }
    let figure = &wire["figures"][0];
    for key in [
        "source",
        "section",
        "text",
        "kind",
        "value",
        "low",
        "high",
        "qualifier",
        "unit",
        "currency",
        "vague",
        "sentence",
    ] {
        assert!(figure.get(key).is_some(), "missing {key} in {figure}");
    }
    assert!(
        c["quantities"].as_array().is_some_and(Vec::is_empty),
        "percentages form no quantity here"
    );
}

#[test]
fn queries_resolve_to_topics_by_title_or_stay_ad_hoc() {
    let c = json(&["-b", HARBOUR, "compare", "WAGES", "--json"]);
    assert_eq!(c["topic"]["id"], "wages");
    let c = json(&["-b", HARBOUR, "compare", "outer", "anchorage", "--json"]);
    assert_eq!(c["topic"]["origin"], "query");
    assert_eq!(column(&c, "gazette")["covered"], true);
    assert_eq!(column(&c, "blog")["covered"], false);
}

#[test]
fn a_folder_without_a_manifest_gets_derived_topics() {
    let dir = tempfile::tempdir().expect("a temp dir");
    for file in ["gazette.md", "wire.txt", "blog.txt"] {
        std::fs::copy(format!("{HARBOUR}/{file}"), dir.path().join(file)).expect("copy");
    }
    let path = dir.path().to_string_lossy().into_owned();
    let topics = json(&["-b", &path, "topics", "--json"]);
    let list = topics.as_array().expect("an array");
    assert!(list.len() >= 3, "{topics}");
    for t in list {
        assert_eq!(t["origin"], "derived");
        let covering = t["sources"].as_array().map_or(0, Vec::len);
        assert!(covering >= 2, "a derived topic is shared: {t}");
    }
    let titles: Vec<String> = list
        .iter()
        .filter_map(|t| t["title"].as_str())
        .map(str::to_lowercase)
        .collect();
    assert!(
        titles
            .iter()
            .any(|t| t.contains("dockworkers") || t.contains("port authority")),
        "{titles:?}"
    );
    assert!(
        !titles
            .iter()
            .any(|t| t.contains("subscribe") || t.contains("share")),
        "{titles:?}"
    );
}

#[test]
fn text_columns_fit_the_width() {
    for width in [60, 100, 150] {
        let out = brief(&[
            "-b",
            HARBOUR,
            "compare",
            "strikers",
            "--width",
            &width.to_string(),
        ])
        .output()
        .expect("brief runs");
        let text = String::from_utf8_lossy(&out.stdout);
        for line in text.lines() {
            assert!(
                unicode_width::UnicodeWidthStr::width(line) <= width,
                "width {width}: {line:?}"
            );
        }
        for id in ["gazette", "wire", "blog"] {
            assert!(text.contains(id), "{text}");
        }
    }
}

#[test]
fn bad_input_is_a_one_line_error() {
    let out = brief(&["-b", HARBOUR, "compare", " "])
        .output()
        .expect("brief runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("error: empty topic") && err.trim_end().lines().count() == 1,
        "{err}"
    );
    let out = brief(&["compare"]).output().expect("brief runs");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn default_briefing_troop_counts_disagree_and_the_projection_is_flagged() {
    let topics = json(&["topics", "--json"]);
    assert!(topics.as_array().is_some_and(|t| t.len() >= 10));
    let c = json(&["compare", "troop-deployment", "--json"]);
    let troops = c["quantities"]
        .as_array()
        .and_then(|q| q.iter().find(|q| q["quantity"] == "troops"))
        .unwrap_or_else(|| panic!("no troops quantity: {c}"));
    assert_eq!(troops["disagree"], true);
    let claims = troops["claims"].as_array().expect("claims");
    let projection = claims
        .iter()
        .find(|c| c["projection"] == true)
        .expect("a projection");
    assert_eq!(projection["source"], "renewed-comradery");
    assert!(
        claims.iter().all(|c| c["source"] != "global-war"),
        "global-war gives no count"
    );
    let sources: Vec<&str> = claims.iter().filter_map(|c| c["source"].as_str()).collect();
    for id in ["renewed-comradery", "grim-prelude", "shared-blood"] {
        assert!(sources.contains(&id), "{id} missing from {sources:?}");
    }
}
