//! `brief ledger`, `brief timeline` and their exports on the default
//! briefing: the troop figures as one contested row, the treaty date
//! agreed, silent sources shown, and the 2023 meeting, the June 2024 treaty
//! and the troop deployment in order on the timeline.

use assert_cmd::Command;
use serde_json::Value;

fn brief(args: &[&str]) -> Command {
    let mut cmd = Command::cargo_bin("brief").expect("the brief binary builds");
    cmd.args(args);
    cmd
}

fn stdout(args: &[&str]) -> String {
    let out = brief(args).output().expect("brief runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&stdout(args)).expect("valid JSON")
}

fn verdicts(row: &Value) -> Vec<(String, String)> {
    row["cells"]
        .as_array()
        .map(|cells| {
            cells
                .iter()
                .map(|c| {
                    (
                        c["source"].as_str().unwrap_or("").to_string(),
                        c["verdict"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn troop_figures_are_one_contested_row_and_the_treaty_date_agrees() {
    let ledger = json(&["ledger", "troop-deployment", "--json"]);
    let rows = ledger["rows"].as_array().expect("rows");
    let troops: Vec<&Value> = rows
        .iter()
        .filter(|r| {
            r["kind"] == "quantity" && r["fact"].as_str().is_some_and(|f| f.starts_with("troops"))
        })
        .collect();
    assert_eq!(troops.len(), 1, "one troops row: {rows:#?}");
    let troops = troops[0];
    assert!(troops["differs"].as_u64() >= Some(2), "{troops:#}");
    // Every source's troop claim is in the row, with its sentence.
    let values: Vec<&str> = troops["cells"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|c| c["statements"].as_array().into_iter().flatten())
        .filter_map(|s| s["value"].as_str())
        .collect();
    for expected in [
        "up to 30 000 soldiers",
        "over 11 000 soldiers",
        "10,000 to 15,000",
    ] {
        assert!(
            values.iter().any(|v| v.contains(expected)),
            "{expected} missing from {values:?}"
        );
    }
    // The most contested row comes first.
    assert_eq!(rows[0]["differs"], troops["differs"]);

    let treaty = rows
        .iter()
        .find(|r| {
            r["kind"] == "event"
                && r["fact"]
                    .as_str()
                    .is_some_and(|f| f.starts_with("2024-06:"))
        })
        .unwrap_or_else(|| panic!("no June 2024 event row: {rows:#?}"));
    let v = verdicts(treaty);
    let agree: Vec<&str> = v
        .iter()
        .filter(|(_, verdict)| verdict == "agrees")
        .map(|(s, _)| s.as_str())
        .collect();
    assert_eq!(agree, ["renewed-comradery", "shared-blood"], "{treaty:#}");
    assert!(v.iter().any(|(_, verdict)| verdict == "silent"));

    // Every row has a cell per source, and silent cells say nothing.
    for r in rows {
        assert_eq!(r["cells"].as_array().map(Vec::len), Some(4));
        for c in r["cells"].as_array().into_iter().flatten() {
            let empty = c["statements"].as_array().is_none_or(Vec::is_empty);
            assert_eq!(empty, c["verdict"] == "silent", "{c:#}");
        }
    }
}

#[test]
fn the_ledger_text_names_silent_sources_and_verdicts() {
    let text = stdout(&["ledger", "troop-deployment", "--width", "100"]);
    assert!(
        text.starts_with("Ledger: Troop deployment [troop-deployment]"),
        "{text}"
    );
    assert!(text.contains("DIFFERS") && text.contains("AGREES") && text.contains("SILENT"));
    assert!(
        text.lines()
            .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 100),
        "{text}"
    );
}

#[test]
fn the_timeline_places_meeting_treaty_and_deployment_in_order() {
    let t = json(&["timeline", "--json"]);
    let entries = t["entries"].as_array().expect("entries");
    let position = |pred: &dyn Fn(&Value) -> bool| entries.iter().position(pred);
    let meeting = position(&|e| {
        e["when"]["label"] == "2023"
            && e["statements"].as_array().into_iter().flatten().any(|s| {
                s["sentence"]
                    .as_str()
                    .is_some_and(|x| x.contains("meeting with Russian President"))
            })
    });
    let treaty = position(&|e| {
        e["when"]["label"] == "2024-06" && e["sources"].as_array().is_some_and(|s| s.len() == 2)
    });
    let deployment = position(&|e| {
        e["statements"].as_array().into_iter().flatten().any(|s| {
            s["sentence"]
                .as_str()
                .is_some_and(|x| x.contains("11 000 soldiers"))
        })
    });
    assert!(
        matches!((meeting, treaty, deployment), (Some(a), Some(b), Some(c)) if a < b && b < c),
        "{meeting:?} {treaty:?} {deployment:?}: {entries:#?}"
    );
    let later = &entries[deployment.unwrap_or(0)]["statements"][0];
    assert_eq!(later["resolved"]["base"], "earlier", "{later:#}");
    assert_eq!(later["resolved"]["from"], "June 2024");
    // Earliest first.
    let starts: Vec<&str> = entries
        .iter()
        .filter_map(|e| e["when"]["start"].as_str())
        .collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
}

#[test]
fn the_timeline_filters_by_entity_and_topic() {
    let all = json(&["timeline", "--json"]);
    let kursk = json(&["timeline", "--entity", "Kursk", "--json"]);
    let n = |v: &Value| v["entries"].as_array().map_or(0, Vec::len);
    assert!(n(&kursk) >= 1 && n(&kursk) < n(&all), "{kursk:#}");
    for e in kursk["entries"].as_array().into_iter().flatten() {
        assert!(
            e["statements"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|s| s["sentence"].as_str().is_some_and(|x| x.contains("Kursk")))
        );
    }
    let treaty = json(&["timeline", "--topic", "treaty", "--json"]);
    assert!(n(&treaty) >= 1 && n(&treaty) < n(&all));
    let out = brief(&["timeline", "--entity", "Nobody Atall"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("error: no entity"));
}

#[test]
fn exports_cite_the_sources_and_json_matches_the_command() {
    let md = stdout(&["export", "ledger", "troop-deployment"]);
    assert!(md.starts_with("# Ledger: Troop deployment"), "{md}");
    assert!(md.contains("| # | Source | Outlet | Published | URL | Covers the topic |"));
    assert!(md.contains("| DIFFERS |") && md.contains("| SILENT |"));
    let exported: Value = serde_json::from_str(&stdout(&[
        "export",
        "ledger",
        "troop-deployment",
        "--format",
        "json",
    ]))
    .expect("JSON");
    assert_eq!(exported, json(&["ledger", "troop-deployment", "--json"]));

    let md = stdout(&["export", "timeline"]);
    assert!(md.starts_with("# Timeline"), "{md}");
    assert!(md.contains("| Date | Event | Sources | Notes |"));
    assert!(md.contains("| 2024-06 |"));
    let exported: Value =
        serde_json::from_str(&stdout(&["export", "timeline", "--format", "json"])).expect("JSON");
    assert_eq!(exported, json(&["timeline", "--json"]));
}
