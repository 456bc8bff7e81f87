//! Comparison judged against hand-annotated gold on real crawled news
//! (tests/gold/compare/*.toml, pointing into ../shared/realworld): which
//! sources cover each plain-word topic, and which figure disagreements a
//! reader should be shown. Prints coverage-cell accuracy, disagreements
//! flagged (recall) and false alarms; skips when ../shared is absent.
//!
//! Run: `cargo test --release --test core compare_gold -- --nocapture`

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use brief::compare::{PassageIndex, resolve};
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    folder: String,
    #[serde(default)]
    topic: Vec<GoldTopic>,
    #[serde(default)]
    disagreement: Vec<Disagreement>,
}

#[derive(Deserialize)]
struct GoldTopic {
    query: String,
    covered: Vec<String>,
    silent: Vec<String>,
}

#[derive(Deserialize)]
struct Disagreement {
    query: String,
    sources: [String; 2],
    note: String,
}

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    p.is_dir().then_some(p)
}

fn gold_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold/compare");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

#[derive(Default)]
struct Score {
    cells: usize,
    right: usize,
    real: usize,
    flagged: usize,
    false_alarms: usize,
}

fn pair(a: &str, b: &str) -> (String, String) {
    if a <= b {
        (a.to_string(), b.to_string())
    } else {
        (b.to_string(), a.to_string())
    }
}

fn judge(shared: &Path, file: &Path, score: &mut Score) {
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{e}"));
    let gold: Gold = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let folder = shared.join(&gold.folder);
    let briefing = brief::briefing::load(Some(&folder))
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
    let index = PassageIndex::new(&briefing);
    let id_of = |i: usize| briefing.sources[i].id.as_str();
    let name = file.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
    let mut real: HashSet<(String, (String, String))> = HashSet::new();
    for d in &gold.disagreement {
        real.insert((d.query.clone(), pair(&d.sources[0], &d.sources[1])));
    }
    let mut queries: Vec<&str> = gold.topic.iter().map(|t| t.query.as_str()).collect();
    for d in &gold.disagreement {
        if !queries.contains(&d.query.as_str()) {
            queries.push(&d.query);
        }
    }
    for query in queries {
        let topic = resolve(&briefing, query);
        let c = index.compare(&topic);
        if let Some(t) = gold.topic.iter().find(|t| t.query == query) {
            for (ids, want) in [(&t.covered, true), (&t.silent, false)] {
                for id in ids {
                    let col = c
                        .sources
                        .iter()
                        .find(|s| id_of(s.source) == id)
                        .unwrap_or_else(|| panic!("{name}: no source {id}"));
                    score.cells += 1;
                    if col.covered == want {
                        score.right += 1;
                    } else {
                        println!(
                            "  {name}: \"{query}\": {id} should be {}",
                            if want { "covered" } else { "silent" }
                        );
                    }
                }
            }
            if !c.related.is_empty() {
                println!(
                    "  {name}: \"{query}\" also matched: {}",
                    c.related.join(", ")
                );
            }
        }
        let mut flagged: HashSet<(String, String)> = HashSet::new();
        for q in &c.quantities {
            for &(a, b) in &q.conflicts {
                let (ca, cb) = (&q.claims[a], &q.claims[b]);
                let p = pair(id_of(ca.source), id_of(cb.source));
                if flagged.insert(p.clone()) && !real.contains(&(query.to_string(), p.clone())) {
                    score.false_alarms += 1;
                    println!(
                        "  {name}: \"{query}\": false alarm {} ({}) vs {} ({})",
                        p.0, ca.figure.text, p.1, cb.figure.text
                    );
                }
            }
        }
        for d in gold.disagreement.iter().filter(|d| d.query == query) {
            score.real += 1;
            if flagged.contains(&pair(&d.sources[0], &d.sources[1])) {
                score.flagged += 1;
            } else {
                println!("  {name}: \"{query}\": missed {}", d.note);
            }
        }
    }
}

#[test]
fn comparison_matches_hand_annotated_gold_on_real_news() {
    let Some(shared) = shared() else {
        println!("skipped: ../shared is absent");
        return;
    };
    let mut score = Score::default();
    for file in gold_files() {
        judge(&shared, &file, &mut score);
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "coverage cells right: {}/{} ({:.1}%); disagreements flagged: {}/{} ({:.0}%); false alarms: {}",
        score.right,
        score.cells,
        pct(score.right, score.cells),
        score.flagged,
        score.real,
        pct(score.flagged, score.real),
        score.false_alarms
    );
    assert!(score.cells >= 50, "gold too small: {} cells", score.cells);
    // Floors at what is reached, so a regression fails; the targets are in
    // the issue (≥ 95% of cells, nearly every disagreement, no false alarm).
    assert!(
        pct(score.right, score.cells) >= COVERAGE_FLOOR,
        "coverage fell"
    );
    assert_eq!(score.false_alarms, 0, "false alarms");
    assert!(
        score.flagged >= FLAGGED_FLOOR,
        "fewer disagreements flagged"
    );
}

const COVERAGE_FLOOR: f64 = 86.0;
const FLAGGED_FLOOR: usize = 2;
