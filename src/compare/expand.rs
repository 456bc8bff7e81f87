//! Expanding a topic's own words by meaning: forms of the same word the
//! stemmer misses (`assets/word_families.toml`) and words of the briefing
//! close in meaning (see [`super::related`]), each a term of its own that
//! stands for the word it came from and weighs by its closeness.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use serde::Deserialize;

use super::related::Meaning;
use super::terms::{Word, phrase_words};
use super::topic::Term;

/// Least cosine similarity for a briefing word to stand for a topic word
/// (troops/soldiers ≈ 0.87, companies/firms ≈ 0.86, but north/south and
/// killed/injured are close too, so a related word only ever adds evidence
/// at its similarity's weight and is shown to the reader).
pub const RELATED: f32 = 0.65;
/// Most related words added per topic word.
const MAX_RELATED: usize = 6;
/// Weight of another form of the same word (a word family).
const FAMILY_WEIGHT: f64 = 1.0;

#[derive(Debug, Default, Deserialize)]
struct Families {
    families: Vec<Vec<String>>,
}

/// Word → the other words of its family.
fn families() -> &'static HashMap<String, Vec<String>> {
    static MAP: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    MAP.get_or_init(|| {
        // Our own asset, checked by a test; a broken edit means no families.
        let f: Families =
            toml::from_str(include_str!("../../assets/word_families.toml")).unwrap_or_default();
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for family in f.families {
            for w in &family {
                map.entry(w.clone())
                    .or_default()
                    .extend(family.iter().filter(|o| *o != w).cloned());
            }
        }
        map
    })
}

/// A term that matches one word.
fn word_term(word: &Word, group: usize, weight: f64) -> Term {
    Term {
        stems: vec![word.stem.clone()],
        words: vec![word.clone()],
        anchor: false,
        weight,
        group,
        related: true,
    }
}

/// The topic's terms followed by the related terms of its one-word terms.
/// `vocabulary` is the briefing's distinct content words; only words that
/// occur in the briefing are worth a term.
pub fn expand(mut terms: Vec<Term>, vocabulary: &[Word]) -> Vec<Term> {
    let mut seen: HashSet<String> = terms.iter().flat_map(|t| t.stems.clone()).collect();
    let own: Vec<(usize, Word)> = terms
        .iter()
        .filter(|t| !t.related && t.words.len() == 1)
        .map(|t| (t.group, t.words[0].clone()))
        .collect();
    let mut added: Vec<Term> = Vec::new();
    // Words whose neighbours in meaning are looked for: the topic's own and
    // their other forms ("death" → "deaths" → "fatalities").
    let mut seeds = own.clone();
    for (group, word) in &own {
        for other in families().get(&word.word).into_iter().flatten() {
            let Some(token) = phrase_words(other).into_iter().next() else {
                continue;
            };
            seeds.push((*group, token.clone()));
            if seen.insert(token.stem.clone()) {
                added.push(word_term(&token, *group, FAMILY_WEIGHT));
            }
        }
    }
    let meanings: Vec<(usize, Meaning)> = seeds
        .iter()
        .filter_map(|(g, w)| Some((*g, Meaning::of(&w.word)?)))
        .collect();
    if !meanings.is_empty() {
        let mut best: Vec<Vec<(f32, &Word)>> = vec![Vec::new(); meanings.len()];
        for v in vocabulary {
            if seen.contains(&v.stem) {
                continue;
            }
            let Some(m) = Meaning::of(&v.word) else {
                continue;
            };
            for (i, (_, own)) in meanings.iter().enumerate() {
                let s = own.similarity(&m);
                if s >= RELATED {
                    best[i].push((s, v));
                }
            }
        }
        // Per topic word (its forms together), the closest words first.
        let mut per_group: HashMap<usize, Vec<(f32, &Word)>> = HashMap::new();
        for (i, list) in best.into_iter().enumerate() {
            per_group.entry(meanings[i].0).or_default().extend(list);
        }
        let mut groups: Vec<(usize, Vec<(f32, &Word)>)> = per_group.into_iter().collect();
        groups.sort_by_key(|(g, _)| *g);
        for (group, mut list) in groups {
            list.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.word.cmp(&b.1.word)));
            let mut taken = 0;
            for (s, v) in list {
                if taken == MAX_RELATED {
                    break;
                }
                if seen.insert(v.stem.clone()) {
                    added.push(word_term(v, group, f64::from(s)));
                    taken += 1;
                }
            }
        }
    }
    terms.extend(added);
    terms
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::terms::tokens;

    fn own(word: &str) -> Term {
        let t = tokens(word).remove(0);
        Term {
            related: false,
            ..word_term(&t, 0, 1.0)
        }
    }

    #[test]
    fn families_parse_and_are_symmetric() {
        let f: Families =
            toml::from_str(include_str!("../../assets/word_families.toml")).expect("families");
        assert!(f.families.len() > 20);
        assert!(families()["dead"].contains(&"died".to_string()));
        assert!(families()["died"].contains(&"dead".to_string()));
    }

    #[test]
    fn expands_by_family_and_by_meaning_within_the_briefing() {
        let vocabulary = tokens("soldiers bananas personnel");
        let terms = expand(vec![own("troops")], &vocabulary);
        let words: Vec<&str> = terms.iter().map(|t| t.words[0].word.as_str()).collect();
        assert!(words.contains(&"soldiers"), "{words:?}");
        assert!(!words.contains(&"bananas"), "{words:?}");
        assert!(terms[1..].iter().all(|t| t.related && t.weight < 1.0));
        let terms = expand(vec![own("died")], &[]);
        let words: Vec<&str> = terms.iter().map(|t| t.words[0].word.as_str()).collect();
        assert!(
            words.contains(&"dead") && words.contains(&"death"),
            "{words:?}"
        );
    }
}
