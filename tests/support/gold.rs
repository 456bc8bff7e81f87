//! Scoring extraction against a gold file (the format of
//! `tests/fixtures/gold/dev.json`): entity recall, precision and kind
//! accuracy per source, and figures that must all be found exactly.

use std::collections::HashSet;

use brief::extract::{self, Entity, Figure, name_key};
use brief::model::Briefing;
use serde_json::Value;

#[derive(Debug, Default)]
pub struct Scores {
    pub gold_entities: usize,
    pub found: usize,
    pub kind_right: usize,
    pub extracted: usize,
    pub correct: usize,
    pub gold_figures: usize,
    pub figures_exact: usize,
    pub misses: Vec<String>,
    pub wrong: Vec<String>,
}

impl Scores {
    pub fn recall(&self) -> f64 {
        self.found as f64 / self.gold_entities.max(1) as f64
    }
    pub fn precision(&self) -> f64 {
        self.correct as f64 / self.extracted.max(1) as f64
    }
    pub fn kind_accuracy(&self) -> f64 {
        self.kind_right as f64 / self.found.max(1) as f64
    }
}

fn kind_name(e: &Entity) -> String {
    serde_json::to_value(e.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn figure_kind(f: &Figure) -> String {
    serde_json::to_value(f.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The keys by which an entity is known in one source.
fn spellings(e: &Entity, source: usize) -> HashSet<String> {
    let mut keys: HashSet<String> = e
        .mentions
        .iter()
        .filter(|m| m.at.source == source)
        .map(|m| name_key(&m.text))
        .collect();
    keys.insert(name_key(&e.name));
    keys
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn figure_matches(f: &Figure, want: &Value) -> bool {
    let num = |k: &str| want.get(k).and_then(Value::as_f64);
    let value_ok = match (num("value"), num("low"), num("high")) {
        (Some(v), _, _) => f.value.is_some_and(|x| close(x, v)),
        (None, Some(l), Some(h)) => {
            f.low.is_some_and(|x| close(x, l)) && f.high.is_some_and(|x| close(x, h))
        }
        _ => false,
    };
    let unit_ok = want.get("unit").and_then(Value::as_str).is_none_or(|stem| {
        f.unit
            .as_deref()
            .is_some_and(|u| u.to_lowercase().contains(&stem.to_lowercase()))
    });
    let kind_ok = want
        .get("kind")
        .and_then(Value::as_str)
        .is_none_or(|k| figure_kind(f) == k);
    let qualifier_ok = want
        .get("qualifier")
        .and_then(Value::as_str)
        .is_none_or(|q| {
            f.qualifier
                .as_deref()
                .is_some_and(|x| x.eq_ignore_ascii_case(q))
        });
    value_ok && unit_ok && kind_ok && qualifier_ok
}

/// Scores the briefing against every source the gold file describes.
pub fn score(briefing: &Briefing, gold: &Value) -> Scores {
    let entities = extract::entities(briefing);
    let figures = extract::figures(briefing);
    let mut s = Scores::default();
    let Some(sources) = gold.get("sources").and_then(Value::as_object) else {
        s.misses.push("gold file has no `sources`".into());
        return s;
    };
    for (id, g) in sources {
        let Some(index) = briefing.source_index(id) else {
            s.misses.push(format!("no source {id}"));
            continue;
        };
        let here: Vec<&Entity> = entities
            .iter()
            .filter(|e| e.mentions.iter().any(|m| m.at.source == index))
            .collect();
        let mut gold_keys: HashSet<String> = HashSet::new();
        if let Some(kinds) = g.get("entities").and_then(Value::as_object) {
            for (kind, groups) in kinds {
                for group in groups.as_array().into_iter().flatten() {
                    let keys: HashSet<String> = group
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str)
                        .map(name_key)
                        .collect();
                    gold_keys.extend(keys.iter().cloned());
                    s.gold_entities += 1;
                    let hit = here
                        .iter()
                        .find(|e| !spellings(e, index).is_disjoint(&keys));
                    match hit {
                        Some(e) => {
                            s.found += 1;
                            if kind_name(e) == *kind {
                                s.kind_right += 1;
                            } else {
                                s.wrong.push(format!(
                                    "{id}: {} is {} not {kind}",
                                    e.name,
                                    kind_name(e)
                                ));
                            }
                        }
                        None => s.misses.push(format!("{id}: missing {group}")),
                    }
                }
            }
        }
        let neutral: HashSet<String> = g
            .get("neutral")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(name_key)
            .collect();
        for e in &here {
            s.extracted += 1;
            let keys = spellings(e, index);
            if !keys.is_disjoint(&gold_keys) || keys.iter().any(|k| neutral.contains(k)) {
                s.correct += 1;
            } else {
                s.wrong
                    .push(format!("{id}: spurious {} ({})", e.name, kind_name(e)));
            }
        }
        for want in g
            .get("figures")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            s.gold_figures += 1;
            if figures
                .iter()
                .any(|f| f.at.source == index && figure_matches(f, want))
            {
                s.figures_exact += 1;
            } else {
                s.misses.push(format!("{id}: figure {want}"));
            }
        }
    }
    s
}

/// Prints the scores and the failures, for the test log.
pub fn report(name: &str, s: &Scores) {
    println!(
        "{name}: entities recall {:.3} ({}/{}), precision {:.3} ({}/{}), kind right {:.3}; figures {}/{} exact",
        s.recall(),
        s.found,
        s.gold_entities,
        s.precision(),
        s.correct,
        s.extracted,
        s.kind_accuracy(),
        s.figures_exact,
        s.gold_figures
    );
    for m in &s.misses {
        println!("  miss: {m}");
    }
    for w in &s.wrong {
        println!("  wrong: {w}");
    }
}
