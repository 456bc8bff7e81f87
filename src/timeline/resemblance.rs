//! Whether two sentences tell of the same event: the share of their content
//! words they have in common, each word weighted by how rare it is among
//! the sentences compared (so "North Korea" in every sentence counts for
//! little and "treaty" for much).

use std::collections::{HashMap, HashSet};

use super::when::month_number;
use crate::compare::tokens;

/// The content-word stems of a sentence: no stopwords, numbers, months or
/// weekdays (the date is compared apart).
pub fn content_stems(sentence: &str) -> HashSet<String> {
    tokens(sentence)
        .into_iter()
        .filter(|t| {
            !t.stop
                && t.word.len() > 1
                && !t.word.chars().all(|c| c.is_ascii_digit())
                && month_number(&t.word).is_none()
                && !WEEKDAYS.contains(&t.word.as_str())
        })
        .map(|t| t.stem)
        .collect()
}

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Word weights over a set of sentences.
#[derive(Debug, Clone, Default)]
pub struct Weights {
    idf: HashMap<String, f64>,
    unseen: f64,
}

impl Weights {
    /// Inverse document frequency of each stem over `sets`.
    pub fn new<'a>(sets: impl IntoIterator<Item = &'a HashSet<String>>) -> Weights {
        let mut df: HashMap<String, usize> = HashMap::new();
        let mut n = 0usize;
        for set in sets {
            n += 1;
            for s in set {
                *df.entry(s.clone()).or_default() += 1;
            }
        }
        let n = n as f64;
        let idf = df
            .into_iter()
            .map(|(s, d)| (s, (1.0 + n / d as f64).ln()))
            .collect();
        Weights {
            idf,
            unseen: (1.0 + n).ln(),
        }
    }

    fn weight(&self, stem: &str) -> f64 {
        self.idf.get(stem).copied().unwrap_or(self.unseen)
    }

    /// How much of the smaller sentence the two share, by weight (0–1),
    /// and how many words they share.
    pub fn overlap(&self, a: &HashSet<String>, b: &HashSet<String>) -> (f64, usize) {
        let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        let total: f64 = small.iter().map(|s| self.weight(s)).sum();
        let shared: Vec<&String> = small.iter().filter(|s| large.contains(*s)).collect();
        let common: f64 = shared.iter().map(|s| self.weight(s)).sum();
        if total <= 0.0 {
            return (0.0, 0);
        }
        (common / total, shared.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rare_shared_words_weigh_more_than_common_ones() {
        let sentences = [
            "In June 2024, Russia and North Korea signed the Comprehensive Strategic Partnership Treaty.",
            "Pyongyang and Moscow signed a Treaty on Comprehensive Strategic Partnership in June 2024.",
            "North Korea and Russia held a summit in 2023.",
            "Russia and North Korea traded shells in 2023.",
        ];
        let sets: Vec<HashSet<String>> = sentences.iter().map(|s| content_stems(s)).collect();
        assert!(!sets[0].contains("june") && sets[0].contains("treati"));
        let w = Weights::new(&sets);
        let (same, shared) = w.overlap(&sets[0], &sets[1]);
        let (other, _) = w.overlap(&sets[2], &sets[3]);
        assert!(same > 0.6 && shared >= 4, "{same} {shared}");
        assert!(other < 0.5, "{other}");
    }
}
