//! The real binary on pages in styles the ingestion and extraction rules
//! were not written from (tests/fixtures/unseen/pages/): an encyclopedia
//! article with reference markers and a references tail, a newspaper page
//! with advertisements and a "Most viewed" list, a local-news page behind a
//! consent banner with a newsletter box, a newsletter-style sports blog, and
//! a self-hosted blog post with a tagline, share widgets and comments.
//! Each test checks what a reader sees: metadata, outline, no chrome, and
//! the names and figures found.

use assert_cmd::Command;
use serde_json::Value;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/unseen/pages");

fn run(args: &[&str]) -> String {
    let out = Command::cargo_bin("brief")
        .map(|mut c| c.arg("-b").arg(DIR).args(args).output())
        .unwrap_or_else(|e| panic!("binary: {e}"))
        .unwrap_or_else(|e| panic!("run: {e}"));
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn json(args: &[&str]) -> Vec<Value> {
    match serde_json::from_str::<Value>(&run(args)) {
        Ok(Value::Array(a)) => a,
        other => panic!("not a JSON array: {other:?}"),
    }
}

fn source(id: &str) -> Value {
    json(&["sources", "--json"])
        .into_iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("no source {id}"))
}

fn headings(id: &str) -> Vec<String> {
    source(id)["sections"]
        .as_array()
        .map(|s| {
            s.iter()
                .filter_map(|s| s["heading"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The article as `read --width 80` shows it, with line breaks undone so
/// sentences can be looked for.
fn read(id: &str) -> String {
    run(&["read", id, "--width", "80"])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn assert_absent(text: &str, lines: &[&str]) {
    for line in lines {
        assert!(!text.contains(line), "left in the text: {line:?}\n{text}");
    }
}

fn entity_names() -> Vec<(String, String)> {
    json(&["entities", "--json"])
        .iter()
        .map(|e| {
            (
                e["name"].as_str().unwrap_or_default().to_string(),
                e["kind"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn figures_of(id: &str) -> Vec<Value> {
    json(&["figures", "--json"])
        .into_iter()
        .filter(|f| f["source"] == id)
        .collect()
}

#[test]
fn encyclopedia_article_loses_its_markers_tabs_and_references() {
    let s = source("encyclopedia");
    assert_eq!(s["title"], "Measles vaccination in Lower Saxony");
    assert_eq!(
        headings("encyclopedia"),
        ["History", "Transmission", "Treatment"]
    );
    let text = read("encyclopedia");
    assert_absent(
        &text,
        &[
            "[1]",
            "[2]",
            "[citation needed]",
            "[note 1]",
            "[edit]",
            "Jump to content",
            "Article Talk",
            "View history",
            "From Wikipedia",
            "See also",
            "External links",
            "Categories:",
            "last edited",
            "Creative Commons",
            "Epidemiologisches Bulletin",
        ],
    );
    assert!(text.contains("since 1973. Coverage of the second dose"));
    assert!(text.contains("at least one dose. A mandatory vaccination law"));
}

#[test]
fn newspaper_page_gives_title_dek_author_outlet_and_drops_the_page_around_it() {
    let s = source("court");
    assert_eq!(
        s["title"],
        "Court rules council broke law over tower block fire safety checks"
    );
    assert_eq!(
        s["subtitle"],
        "Judge says Ashworth borough council failed 1,200 tenants for three years"
    );
    assert_eq!(s["author"], "Priya Natarajan");
    assert_eq!(s["outlet"], "The Meridian Post");
    assert_eq!(s["published"], "Tue 12 Mar 2024 17.45 GMT");
    assert_eq!(headings("court"), ["What happens next"]);
    let text = read("court");
    assert_absent(
        &text,
        &[
            "Advertisement",
            "Story continues",
            "Related:",
            "Explore more",
            "Reuse this content",
            "Most viewed",
            "Heatwave warning",
            "Sign in",
        ],
    );
    assert!(text.contains("We will study the"));
}

#[test]
fn local_news_page_behind_a_consent_banner_with_a_newsletter_box() {
    let s = source("energy");
    assert_eq!(
        s["title"],
        "Solar farm on former airfield to power 40,000 homes, council says"
    );
    assert_eq!(s["author"], "Marta Ferreira");
    assert_eq!(s["outlet"], "Valdoria Courier");
    assert_eq!(s["published"], "8 October 2025");
    let text = read("energy");
    assert_absent(
        &text,
        &[
            "privacy",
            "cookies",
            "Manage options",
            "newsletter",
            "inbox every Friday",
            "Type your email",
            "About the author",
            "She joined in 2019",
            "Bus fares frozen",
            "All rights reserved",
        ],
    );
    assert!(text.contains("Construction is expected to create 600 jobs."));
}

#[test]
fn local_news_figures_in_many_formats() {
    let figures = figures_of("energy");
    let has = |text: &str, kind: &str, value: f64| {
        figures
            .iter()
            .any(|f| f["text"] == text && f["kind"] == kind && f["value"].as_f64() == Some(value))
    };
    assert!(has("€1.2bn", "money", 1_200_000_000.0), "{figures:#?}");
    assert!(has("3,5 %", "percent", 3.5), "{figures:#?}");
    assert!(
        has("2.3 million litres", "measure", 2_300_000.0),
        "{figures:#?}"
    );
    assert!(has("about 40,000 homes", "count", 40_000.0), "{figures:#?}");
    assert!(has("a third", "percent", 33.33), "{figures:#?}");
    let decade = figures.iter().find(|f| f["text"] == "1990s");
    assert_eq!(
        decade.map(|f| (f["low"].as_f64(), f["high"].as_f64())),
        Some((Some(1990.0), Some(1999.0))),
        "{figures:#?}"
    );
    let court = figures_of("court");
    assert!(
        court.iter().any(|f| f["unit"] == "tenants"),
        "the counted noun stops before 'without': {court:#?}"
    );
}

#[test]
fn newsletter_sports_post_loses_counters_prompts_and_comments() {
    let s = source("sport");
    assert_eq!(
        s["title"],
        "Why Harrow Athletic's pressing game finally clicked"
    );
    assert_eq!(s["subtitle"], "A tactical look at six wins in a row");
    assert_eq!(s["author"], "Sam Okoye");
    assert_eq!(s["published"], "Apr 2, 2025");
    assert_eq!(
        headings("sport"),
        ["The midfield trio", "What could go wrong"]
    );
    let text = read("sport");
    assert_absent(
        &text,
        &[
            "Subscribe now",
            "Leave a comment",
            "14 Likes",
            "Discussion about this post",
            "Great analysis",
            "Reply",
        ],
    );
}

#[test]
fn names_on_unseen_pages_are_whole_and_not_chrome() {
    let names = entity_names();
    let kind_of = |name: &str| {
        names
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, k)| k.as_str())
    };
    assert_eq!(
        kind_of("Department for Levelling Up, Housing and Communities"),
        Some("organization"),
        "{names:#?}"
    );
    assert_eq!(
        kind_of("Kestrel House Residents' Association"),
        Some("organization"),
        "{names:#?}"
    );
    assert_eq!(kind_of("Brookfield Rovers"), Some("organization"));
    assert_eq!(kind_of("Vila Seca"), Some("place"), "{names:#?}");
    for chrome in [
        "Article Talk",
        "Against Brookfield Rovers",
        "Communities",
        "Creative Commons Attribution-ShareAlike License",
        "Impfprogramm Niedersachsen",
        "Kestrel House Residents",
    ] {
        assert_eq!(kind_of(chrome), None, "{chrome} should not be a name");
    }
}

#[test]
fn blog_post_with_tagline_date_first_byline_and_comment_tail() {
    let s = source("housing");
    assert_eq!(
        s["title"],
        "Rent caps in Lisbon: what two years of data show"
    );
    assert_eq!(s["subtitle"], Value::Null);
    assert_eq!(s["author"], "Inês Carvalho");
    assert_eq!(s["published"], "3 February 2026");
    assert_eq!(s["outlet"], "Open Streets Notes");
    assert_eq!(headings("housing"), ["Who benefits", "What comes next"]);
    let text = read("housing");
    assert_absent(
        &text,
        &[
            "Writing on cities",
            "Share this",
            "Like this",
            "Loading",
            "Why vacancy taxes",
            "Tags:",
            "thoughts on",
            "Great read",
            "Leave a Reply",
            "WordPress",
        ],
    );
    let names = json(&["entities", "--source", "housing", "--json"]);
    assert!(
        names
            .iter()
            .all(|e| e["name"] != "World Health Organization"),
        "the heading 'Who benefits' is not WHO: {names:#?}"
    );
    assert!(
        names
            .iter()
            .any(|e| e["name"] == "Lisbon Tenants' Association")
    );
}
