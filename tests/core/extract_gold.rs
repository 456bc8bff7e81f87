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
