//! The analysis cache (issue 14): an edited article is re-analysed and shows
//! its new text everywhere; a damaged cache file is reported and rebuilt,
//! never trusted.

use std::fs;
use std::path::Path;

use assert_cmd::Command;

/// Enough articles to pass `brief::cache::MIN_CACHED_BYTES`.
const ARTICLES: usize = 48;

fn article(i: usize, extra: &str) -> String {
    let mut text = format!("Harbour report number {i}\n\n");
    while text.len() < 7_000 {
        text.push_str(&format!(
            "The harbour authority of port {i} counted ships and cranes again this week. \
             Dockers said the quay was busy.{extra}\n\n"
        ));
    }
    text
}

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for i in 0..ARTICLES {
        fs::write(dir.path().join(format!("a{i:02}.txt")), article(i, "")).expect("write");
    }
    dir
}

fn brief(cache: &Path, briefing: &Path) -> Command {
    let mut cmd = Command::cargo_bin("brief").expect("binary built");
    cmd.env("BRIEF_CACHE_DIR", cache)
        .env("BRIEF_STATE_DIR", cache)
        .arg("--briefing")
        .arg(briefing);
    cmd
}

fn run(cmd: &mut Command) -> (String, String) {
    let out = cmd.assert().success().get_output().clone();
    (
        String::from_utf8(out.stdout).expect("UTF-8"),
        String::from_utf8(out.stderr).expect("UTF-8"),
    )
}

#[test]
fn only_edited_sources_are_reingested() {
    let dir = folder();
    let cache = tempfile::tempdir().expect("temp dir");
    let target = cache.path().join("briefing.cache");
    let (_, first) = brief::cache::load_with(Some(dir.path()), &target).expect("loads");
    assert_eq!(
        (first.reused, first.ingested, first.written),
        (0, ARTICLES, true)
    );
    let (_, second) = brief::cache::load_with(Some(dir.path()), &target).expect("loads");
    assert_eq!(
        (second.reused, second.ingested, second.written),
        (ARTICLES, 0, false)
    );
    fs::write(
        dir.path().join("a07.txt"),
        article(7, " A zeppelin flew over."),
    )
    .expect("edit");
    let (b, third) = brief::cache::load_with(Some(dir.path()), &target).expect("loads");
    assert_eq!(
        (third.reused, third.ingested, third.written),
        (ARTICLES - 1, 1, true)
    );
    let edited = b.source("a07").expect("a07");
    assert!(edited.raw.contains("zeppelin"));
    let fresh = brief::briefing::load(Some(dir.path())).expect("loads");
    let texts = |b: &brief::model::Briefing| -> Vec<String> {
        b.sources
            .iter()
            .flat_map(|s| &s.sections)
            .flat_map(|s| &s.blocks)
            .map(|b| b.text.clone())
            .collect()
    };
    assert_eq!(texts(&b), texts(&fresh), "cached and fresh loads agree");
}

#[test]
fn an_edited_article_shows_its_new_text_in_read_search_and_compare() {
    let dir = folder();
    let cache = tempfile::tempdir().expect("temp dir");
    let b = dir.path();
    // First run writes the cache.
    let (out, _) = run(brief(cache.path(), b).args(["search", "zeppelin"]));
    assert!(out.trim().is_empty(), "{out}");
    let (stats, _) = run(brief(cache.path(), b).args(["cache", "--stats", "--json"]));
    let stats: serde_json::Value = serde_json::from_str(&stats).expect("JSON");
    assert_eq!(stats["sources"], ARTICLES);

    fs::write(b.join("a07.txt"), article(7, " A zeppelin flew over.")).expect("edit");
    let (read, _) = run(brief(cache.path(), b).args(["read", "a07"]));
    assert!(read.contains("zeppelin"), "{read}");
    let (hits, _) = run(brief(cache.path(), b).args(["search", "zeppelin", "--json"]));
    let hits: serde_json::Value = serde_json::from_str(&hits).expect("JSON");
    let hits = hits.as_array().expect("array");
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h["source"] == "a07"), "{hits:?}");
    let (compare, _) = run(brief(cache.path(), b).args(["compare", "zeppelin", "--json"]));
    let compare: serde_json::Value = serde_json::from_str(&compare).expect("JSON");
    let covered: Vec<&str> = compare["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .filter(|c| c["covered"] == true)
        .filter_map(|c| c["source"].as_str())
        .collect();
    assert_eq!(covered, ["a07"]);
}

#[test]
fn a_truncated_cache_gives_a_warning_and_correct_results() {
    let dir = folder();
    let cache = tempfile::tempdir().expect("temp dir");
    let b = dir.path();
    let (expected, _) = run(brief(cache.path(), b).args(["search", "cranes quay", "--json"]));
    let (path, _) = run(brief(cache.path(), b).args(["cache", "--path"]));
    let path = Path::new(path.trim()).to_path_buf();
    let bytes = fs::read(&path).expect("the cache file was written");
    fs::write(&path, &bytes[..bytes.len() / 2]).expect("truncate");

    let (out, err) = run(brief(cache.path(), b).args(["search", "cranes quay", "--json"]));
    assert_eq!(out, expected);
    assert!(
        err.contains("warning:") && err.contains("truncated"),
        "{err}"
    );
    // Rebuilt: the next run is quiet and gives the same answer.
    let (again, err) = run(brief(cache.path(), b).args(["search", "cranes quay", "--json"]));
    assert_eq!(again, expected);
    assert!(err.trim().is_empty(), "{err}");
    let (uncached, _) =
        run(brief(cache.path(), b).args(["--no-cache", "search", "cranes quay", "--json"]));
    assert_eq!(uncached, expected);
}

#[test]
fn cache_clear_removes_the_file() {
    let dir = folder();
    let cache = tempfile::tempdir().expect("temp dir");
    let b = dir.path();
    run(brief(cache.path(), b).args(["sources"]));
    let (path, _) = run(brief(cache.path(), b).args(["cache", "--path"]));
    assert!(Path::new(path.trim()).exists());
    let (said, _) = run(brief(cache.path(), b).args(["cache", "--clear"]));
    assert!(said.starts_with("removed"), "{said}");
    assert!(!Path::new(path.trim()).exists());
    // --no-cache neither reads nor writes it.
    run(brief(cache.path(), b).args(["--no-cache", "sources"]));
    assert!(!Path::new(path.trim()).exists());
}
