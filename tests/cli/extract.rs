//! `brief entities` and `brief figures`: JSON shapes, filters, tables, errors.

use assert_cmd::Command;
use serde_json::Value;

fn brief(args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("brief")
        .map(|mut c| c.args(args).output())
        .unwrap_or_else(|e| panic!("binary: {e}"))
        .unwrap_or_else(|e| panic!("run: {e}"));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(args: &[&str]) -> Vec<Value> {
    let (code, out, err) = brief(args);
    assert_eq!(code, 0, "{err}");
    match serde_json::from_str::<Value>(&out) {
        Ok(Value::Array(a)) => a,
        other => panic!("not a JSON array: {other:?}"),
    }
}

#[test]
fn entities_json_shape() {
    let list = json(&["entities", "--json"]);
    assert!(list.len() > 10);
    for e in &list {
        let keys: Vec<&str> = e
            .as_object()
            .map(|o| o.keys().map(String::as_str).collect())
            .unwrap_or_default();
        assert_eq!(keys, ["aliases", "kind", "mentions", "name"], "{e}");
        assert!(
            ["person", "organization", "place", "other"]
                .contains(&e["kind"].as_str().unwrap_or(""))
        );
        for m in e["mentions"].as_array().into_iter().flatten() {
            assert!(
                m["source"].is_string() && m["section"].is_u64() && m["text"].is_string(),
                "{m}"
            );
            assert!(m["start"].is_u64() && m["end"].is_u64());
            let part = m["part"].as_str().unwrap_or("");
            assert!(["title", "heading", "block"].contains(&part), "{m}");
            assert_eq!(m["block"].is_u64(), part == "block", "{m}");
        }
    }
    let counts: Vec<usize> = list
        .iter()
        .map(|e| e["mentions"].as_array().map_or(0, Vec::len))
        .collect();
    assert!(
        counts.windows(2).all(|w| w[0] >= w[1]),
        "sorted by mentions"
    );
    let putin = list.iter().find(|e| e["name"] == "Vladimir Putin");
    assert_eq!(
        putin.map(|e| e["kind"].clone()),
        Some(Value::from("person"))
    );
}

#[test]
fn entities_filters() {
    let people = json(&["entities", "--kind", "person", "--json"]);
    assert!(!people.is_empty());
    assert!(people.iter().all(|e| e["kind"] == "person"));
    let one = json(&["entities", "--source", "renewed-comradery", "--json"]);
    assert!(!one.is_empty());
    assert!(one.iter().all(|e| {
        e["mentions"]
            .as_array()
            .into_iter()
            .flatten()
            .all(|m| m["source"] == "renewed-comradery")
    }));
    let (code, out, _) = brief(&["entities", "--source", "renewed-comradery"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("NAME") && out.contains("Vladimir Putin"),
        "{out}"
    );
}

#[test]
fn figures_json_shape() {
    let list = json(&["figures", "--json"]);
    assert!(list.len() > 10);
    for f in &list {
        let keys: Vec<&str> = f
            .as_object()
            .map(|o| o.keys().map(String::as_str).collect())
            .unwrap_or_default();
        assert_eq!(
            keys,
            [
                "bound",
                "currency",
                "high",
                "kind",
                "low",
                "qualifier",
                "section",
                "sentence",
                "source",
                "text",
                "unit",
                "vague",
                "value"
            ],
            "{f}"
        );
        // A range has no value; a single value has no ends.
        assert!(
            f["value"].is_null() != (f["low"].is_null() && f["high"].is_null()),
            "{f}"
        );
    }
    let money = json(&[
        "figures",
        "--source",
        "renewed-comradery",
        "--kind",
        "money",
        "--json",
    ]);
    let values: Vec<f64> = money.iter().filter_map(|f| f["value"].as_f64()).collect();
    assert!(
        values.contains(&3_800_000.0) && values.contains(&52_900_000.0),
        "{values:?}"
    );
    assert!(
        money
            .iter()
            .all(|f| f["currency"] == "USD" && f["source"] == "renewed-comradery")
    );
}

#[test]
fn figures_table() {
    let (code, out, _) = brief(&["figures", "--source", "global-war"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("SOURCE") && out.contains("shipping containers"),
        "{out}"
    );
}

#[test]
fn unknown_source_and_kind_are_errors() {
    let (code, _, err) = brief(&["entities", "--source", "nope"]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with("error: no source `nope`") && err.lines().count() == 1,
        "{err}"
    );
    let (code, _, err) = brief(&["figures", "--source", "nope", "--json"]);
    assert_eq!(code, 1, "{err}");
    let (code, _, _) = brief(&["figures", "--kind", "weight"]);
    assert_eq!(code, 2);
}
