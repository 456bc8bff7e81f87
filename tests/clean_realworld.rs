//! Cleaning of real crawled pages, scored against hand-marked lines of
//! `../shared/realworld` (the gold is `tests/gold/clean/realworld.toml`; it
//! holds line numbers only). Prints clutter left, body lines lost, heading
//! precision and recall and titles right, and holds them to thresholds.
//!
//! Skips, saying why, when `../shared` is absent (a fresh clone).
//! Per-article detail: `BRIEF_CLEAN_DETAIL=1 cargo test --test
//! clean_realworld -- --nocapture` (or `=name` to see only files whose path
//! contains `name`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use brief::ingest::{self, Format, ShownLine};
use serde::Deserialize;

const GOLD: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/gold/clean/realworld.toml"
);

#[derive(Deserialize)]
struct Gold {
    article: Vec<Article>,
}

#[derive(Deserialize)]
struct Article {
    file: String,
    title: usize,
    #[serde(default)]
    clutter: Vec<usize>,
    #[serde(default)]
    headings: Vec<usize>,
    #[serde(default)]
    head: Vec<usize>,
    #[serde(default)]
    either: Vec<usize>,
}

fn realworld() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/realworld");
    dir.is_dir().then_some(dir)
}

/// Counts over the whole gold.
#[derive(Default)]
struct Score {
    articles: usize,
    clutter: usize,
    clutter_left: usize,
    body: usize,
    body_lost: usize,
    headings_gold: usize,
    headings_found: usize,
    headings_right: usize,
    titles_right: usize,
}

/// What one article's lines came to, for the detail printout.
struct Outcome {
    clutter_left: Vec<usize>,
    body_lost: Vec<usize>,
    false_headings: Vec<usize>,
    missed_headings: Vec<usize>,
    title: Option<String>,
}

fn score(article: &Article, text: &str, total: &mut Score) -> Outcome {
    let (doc, shown) = ingest::trace(text, Format::Text);
    let lines: Vec<&str> = text.lines().collect();
    let shown_at: BTreeSet<usize> = shown.iter().map(|s: &ShownLine| s.line).collect();
    let headed: BTreeSet<usize> = shown.iter().filter(|s| s.heading).map(|s| s.line).collect();
    let clutter: BTreeSet<usize> = article.clutter.iter().copied().collect();
    let unscored: BTreeSet<usize> = article
        .head
        .iter()
        .chain(&article.either)
        .copied()
        .chain([article.title])
        .collect();
    let body: Vec<usize> = (1..=lines.len())
        .filter(|n| !lines[n - 1].trim().is_empty())
        .filter(|n| !clutter.contains(n) && !unscored.contains(n))
        .collect();
    let gold_headings: BTreeSet<usize> = article.headings.iter().copied().collect();

    let outcome = Outcome {
        clutter_left: clutter.intersection(&shown_at).copied().collect(),
        body_lost: body
            .iter()
            .copied()
            .filter(|n| !shown_at.contains(n))
            .collect(),
        false_headings: headed.difference(&gold_headings).copied().collect(),
        missed_headings: gold_headings.difference(&headed).copied().collect(),
        title: (doc.meta.title.trim() != lines[article.title - 1].trim())
            .then(|| doc.meta.title.clone()),
    };
    total.articles += 1;
    total.clutter += clutter.len();
    total.clutter_left += outcome.clutter_left.len();
    total.body += body.len();
    total.body_lost += outcome.body_lost.len();
    total.headings_gold += gold_headings.len();
    total.headings_found += headed.len();
    total.headings_right += headed.intersection(&gold_headings).count();
    total.titles_right += usize::from(outcome.title.is_none());
    outcome
}

fn print_detail(article: &Article, text: &str, outcome: &Outcome) {
    let lines: Vec<&str> = text.lines().collect();
    let show = |label: &str, at: &[usize]| {
        for &n in at {
            let line: String = lines[n - 1].chars().take(100).collect();
            println!("    {label} {n}: {line}");
        }
    };
    println!("  {}", article.file);
    show("clutter left", &outcome.clutter_left);
    show("body lost", &outcome.body_lost);
    show("false heading", &outcome.false_headings);
    show("missed heading", &outcome.missed_headings);
    if let Some(title) = &outcome.title {
        println!("    wrong title: {title}");
    }
}

#[test]
fn cleaning_of_real_crawled_pages_against_the_hand_marked_gold() {
    let Some(dir) = realworld() else {
        println!("skipped: ../shared/realworld is absent");
        return;
    };
    let gold: Gold = toml::from_str(&std::fs::read_to_string(GOLD).expect("gold is readable"))
        .expect("gold parses");
    let detail = std::env::var("BRIEF_CLEAN_DETAIL").ok();
    let mut total = Score::default();
    for article in &gold.article {
        let bytes = std::fs::read(dir.join(&article.file))
            .unwrap_or_else(|e| panic!("{}: {e}", article.file));
        let text = String::from_utf8_lossy(&bytes);
        let outcome = score(article, &text, &mut total);
        let wanted = detail
            .as_deref()
            .is_some_and(|d| d == "1" || article.file.contains(d));
        if wanted {
            print_detail(article, &text, &outcome);
        }
    }
    let share = |part: usize, whole: usize| part as f64 / whole.max(1) as f64;
    let clutter_left = share(total.clutter_left, total.clutter);
    let body_lost = share(total.body_lost, total.body);
    let precision = share(total.headings_right, total.headings_found);
    let recall = share(total.headings_right, total.headings_gold);
    println!(
        "realworld gold: {} articles, {} clutter lines, {} body lines, {} headings",
        total.articles, total.clutter, total.body, total.headings_gold
    );
    println!(
        "clutter left {:.1}% ({}), body lost {:.1}% ({}), headings precision {precision:.2} recall {recall:.2} ({} found, {} right), titles right {}/{}",
        clutter_left * 100.0,
        total.clutter_left,
        body_lost * 100.0,
        total.body_lost,
        total.headings_found,
        total.headings_right,
        total.titles_right,
        total.articles
    );
    assert!(total.articles >= 20, "at least 20 articles are marked");
    assert!(clutter_left <= 0.05, "clutter left {clutter_left:.3}");
    assert!(body_lost <= 0.01, "body lost {body_lost:.3}");
    assert!(precision >= 0.9, "heading precision {precision:.2}");
    assert!(recall >= 0.9, "heading recall {recall:.2}");
    assert_eq!(total.titles_right, total.articles, "titles right");
}

#[test]
fn the_gold_points_at_lines_that_exist() {
    let Some(dir) = realworld() else {
        println!("skipped: ../shared/realworld is absent");
        return;
    };
    let gold: Gold = toml::from_str(&std::fs::read_to_string(GOLD).expect("gold is readable"))
        .expect("gold parses");
    for article in &gold.article {
        let text = std::fs::read_to_string(dir.join(&article.file)).expect("file is readable");
        let lines: Vec<&str> = text.lines().collect();
        for &n in article
            .clutter
            .iter()
            .chain(&article.headings)
            .chain(&article.head)
            .chain(&article.either)
            .chain([&article.title])
        {
            assert!(
                (1..=lines.len()).contains(&n) && !lines[n - 1].trim().is_empty(),
                "{}: line {n} is not a line of text",
                article.file
            );
        }
    }
}
