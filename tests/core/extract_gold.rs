//! Extraction scored against hand-checked gold: the default briefing's two
//! dev articles, and fixture articles on other subjects (business, science,
//! local news) in `tests/fixtures/extract/`.

use crate::support::gold as extract_support;

use std::path::Path;

use extract_support::{Scores, report, score};

fn gold(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn assert_thresholds(name: &str, s: &Scores) {
    report(name, s);
    assert!(
        s.gold_entities > 0 && s.gold_figures > 0,
        "{name}: empty gold"
    );
    assert!(
        s.recall() >= 0.9,
        "{name}: entity recall {:.3} < 0.9",
        s.recall()
    );
    assert!(
        s.precision() >= 0.85,
        "{name}: entity precision {:.3} < 0.85",
        s.precision()
    );
    assert!(
        s.kind_accuracy() >= 0.9,
        "{name}: kind accuracy {:.3} < 0.9",
        s.kind_accuracy()
    );
    assert_eq!(
        s.figures_exact, s.gold_figures,
        "{name}: every gold figure must be found exactly"
    );
}

#[test]
fn default_briefing_meets_the_dev_gold() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let briefing = match brief::briefing::load(None) {
        Ok(b) => b,
        Err(e) => panic!("default briefing: {e}"),
    };
    let s = score(&briefing, &gold(&root.join("tests/fixtures/gold/dev.json")));
    assert_thresholds("dev", &s);
}

#[test]
fn articles_on_other_subjects_meet_their_gold() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/extract");
    let briefing = match brief::briefing::load(Some(&root.join("articles"))) {
        Ok(b) => b,
        Err(e) => panic!("fixture briefing: {e}"),
    };
    let s = score(&briefing, &gold(&root.join("gold.json")));
    assert_thresholds("fixtures", &s);
}

/// Eight real crawled articles of `../shared/realworld`, one per event,
/// annotated by hand in `tests/fixtures/gold/realworld.json`. Skipped when
/// `../shared` is absent (a fresh clone).
#[test]
fn realworld_articles_meet_their_gold() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/realworld");
    if !shared.is_dir() {
        println!("skipped: {} is absent", shared.display());
        return;
    }
    let gold = gold(&root.join("tests/fixtures/gold/realworld.json"));
    let mut s = extract_support::RealScores::default();
    let sources = gold["sources"].as_object().cloned().unwrap_or_default();
    assert!(sources.len() >= 8, "at least eight articles");
    for (id, g) in &sources {
        let event = g["event"].as_str().unwrap_or_default();
        let briefing = brief::briefing::load(Some(&shared.join(event)))
            .unwrap_or_else(|e| panic!("{event}: {e}"));
        extract_support::score_source(&briefing, id, g, &mut s);
    }
    extract_support::report_real("realworld", &s);
    let (gold_figures, found, non): (usize, usize, usize) = s
        .figures
        .iter()
        .fold((0, 0, 0), |(g, f, n), x| (g + x.1, f + x.2, n + x.3));
    println!("realworld: figures {found}/{gold_figures} found, {non} non-figures in all");
    for (kind, k) in &s.kinds {
        assert!(k.f1() >= 0.93, "realworld: {kind} F1 {:.3} < 0.93", k.f1());
    }
    assert!(
        found as f64 >= 0.95 * gold_figures as f64,
        "realworld: figures found {found}/{gold_figures} < 95%"
    );
    for (id, _, _, non) in &s.figures {
        assert!(*non <= 1, "realworld: {id}: {non} non-figures > 1");
    }
}
