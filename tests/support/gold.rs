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

/// `n / d`, and 0 for an empty denominator.
fn ratio(n: usize, d: usize) -> f64 {
    n as f64 / d.max(1) as f64
}

impl Scores {
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.gold_entities)
    }
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.extracted)
    }
    pub fn kind_accuracy(&self) -> f64 {
        ratio(self.kind_right, self.found)
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

/// Whether the figure's text holds `written` (white space and case aside).
fn written_as(f: &Figure, written: &str) -> bool {
    let squeeze = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    squeeze(&f.text).contains(&squeeze(written))
}

fn figure_matches(f: &Figure, want: &Value) -> bool {
    let num = |k: &str| want.get(k).and_then(Value::as_f64);
    let value_ok = match (num("value"), num("low"), num("high")) {
        (Some(v), _, _) => f.value.is_some_and(|x| close(x, v)),
        (None, Some(l), Some(h)) => {
            f.low.is_some_and(|x| close(x, l)) && f.high.is_some_and(|x| close(x, h))
        }
        _ => want
            .get("text")
            .and_then(Value::as_str)
            .is_some_and(|t| written_as(f, t)),
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

/// Entity scores of one kind: precision over what brief filed under the
/// kind, recall over the gold of the kind.
#[derive(Debug, Default, Clone, Copy)]
pub struct KindScore {
    pub extracted: usize,
    pub correct: usize,
    pub gold: usize,
    pub found: usize,
}

impl KindScore {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.extracted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Per-kind entity scores and, per source, figures found and non-figures.
#[derive(Debug, Default)]
pub struct RealScores {
    pub kinds: std::collections::BTreeMap<String, KindScore>,
    /// (source, gold figures, found, non-figures)
    pub figures: Vec<(String, usize, usize, usize)>,
    pub notes: Vec<String>,
}

fn keys_of(group: &Value) -> HashSet<String> {
    group
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(name_key)
        .collect()
}

/// Whether a figure brief reports is one the gold lists (by value or as
/// written, unit and qualifier aside) or allows.
fn figure_allowed(f: &Figure, gold: &[Value], neutral: &[String]) -> bool {
    let num = |w: &Value, k: &str| w.get(k).and_then(Value::as_f64);
    gold.iter().any(|w| {
        let by_value = [("value", f.value), ("low", f.low), ("high", f.high)]
            .iter()
            .any(|(k, v)| num(w, k).zip(*v).is_some_and(|(a, b)| close(a, b)));
        by_value
            || w.get("text")
                .and_then(Value::as_str)
                .is_some_and(|t| written_as(f, t))
    }) || neutral.iter().any(|t| written_as(f, t))
}

/// Scores one source of `briefing` against its gold entry (the format of
/// `tests/fixtures/gold/realworld.json`), adding to `s`.
pub fn score_source(briefing: &Briefing, id: &str, g: &Value, s: &mut RealScores) {
    let Some(index) = briefing.source_index(id) else {
        s.notes.push(format!("no source {id}"));
        return;
    };
    let entities = extract::entities(briefing);
    let here: Vec<&Entity> = entities
        .iter()
        .filter(|e| e.mentions.iter().any(|m| m.at.source == index))
        .collect();
    let empty = serde_json::Map::new();
    let kinds = g
        .get("entities")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let neutral: HashSet<String> = g
        .get("neutral")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(name_key)
        .collect();
    for kind in ["person", "organization", "place"] {
        let groups: Vec<HashSet<String>> = kinds
            .get(kind)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(keys_of)
            .collect();
        let all_gold: HashSet<String> = kinds
            .values()
            .filter_map(Value::as_array)
            .flatten()
            .flat_map(keys_of)
            .collect();
        let score = s.kinds.entry(kind.to_string()).or_default();
        let mine: Vec<&&Entity> = here.iter().filter(|e| kind_name(e) == kind).collect();
        score.gold += groups.len();
        for group in &groups {
            if mine.iter().any(|e| !spellings(e, index).is_disjoint(group)) {
                score.found += 1;
            } else {
                let other = here
                    .iter()
                    .find(|e| !spellings(e, index).is_disjoint(group));
                s.notes.push(match other {
                    Some(e) => format!("{id}: {kind} {group:?} filed as {}", kind_name(e)),
                    None => format!("{id}: missing {kind} {group:?}"),
                });
            }
        }
        for e in mine {
            let keys = spellings(e, index);
            score.extracted += 1;
            if groups.iter().any(|g| !keys.is_disjoint(g)) {
                score.correct += 1;
            } else if keys.is_disjoint(&all_gold) && keys.iter().any(|k| neutral.contains(k)) {
                // Allowed but not required: neither right nor wrong.
                score.extracted -= 1;
            } else {
                s.notes.push(format!("{id}: spurious {kind} {}", e.name));
            }
        }
    }
    let figures: Vec<Figure> = extract::figures(briefing)
        .into_iter()
        .filter(|f| f.at.source == index)
        .collect();
    let gold: Vec<Value> = g
        .get("figures")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let neutral: Vec<String> = g
        .get("neutral_figures")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect();
    let mut found = 0;
    for want in &gold {
        if figures.iter().any(|f| figure_matches(f, want)) {
            found += 1;
        } else {
            s.notes.push(format!("{id}: figure not found {want}"));
        }
    }
    let mut non = 0;
    for f in &figures {
        if !figure_allowed(f, &gold, &neutral) {
            non += 1;
            s.notes.push(format!(
                "{id}: non-figure {:?} ({:?} {:?})",
                f.text, f.kind, f.value
            ));
        }
    }
    s.figures.push((id.to_string(), gold.len(), found, non));
}

/// Prints per-kind P/R/F1 and figures per source, for the test log.
pub fn report_real(name: &str, s: &RealScores) {
    for (kind, k) in &s.kinds {
        println!(
            "{name}: {kind:<12} P {:.3} ({}/{})  R {:.3} ({}/{})  F1 {:.3}",
            k.precision(),
            k.correct,
            k.extracted,
            k.recall(),
            k.found,
            k.gold,
            k.f1()
        );
    }
    for (id, gold, found, non) in &s.figures {
        println!("{name}: figures {found}/{gold} found, {non} non-figures  {id}");
    }
    for n in &s.notes {
        println!("  {n}");
    }
}
