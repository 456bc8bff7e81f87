//! Derived topics for a briefing without curated ones: key phrases (runs of
//! up to three content words) that two or more sources share, ranked by
//! TF-IDF over sources and labelled with their most common written form.

use std::collections::HashMap;

use super::passages::is_title_like;
use super::terms::tokens;
use super::topic::{Topic, TopicOrigin, slug};
use super::wordlists::stopwords;
use crate::model::Briefing;

/// Most derived topics listed.
const MAX_TOPICS: usize = 12;
/// Fewest occurrences of a one-word key phrase.
const MIN_SINGLE_WORD: usize = 3;
/// Longest key phrase, in words.
const MAX_WORDS: usize = 3;

#[derive(Default)]
struct Phrase {
    /// Occurrences per source.
    per_source: HashMap<usize, usize>,
    /// Written forms and how often each occurs.
    forms: HashMap<String, usize>,
}

/// Key phrases shared by at least two sources, best first.
pub fn derived_topics(briefing: &Briefing) -> Vec<Topic> {
    let lists = stopwords();
    let mut phrases: HashMap<Vec<String>, Phrase> = HashMap::new();
    for (s, source) in briefing.sources.iter().enumerate() {
        // The same text passages are cut from, so a derived topic's
        // coverage is judged on what produced it.
        let texts = source
            .sections
            .iter()
            .flat_map(|sec| sec.blocks.iter().map(|b| &b.text))
            .filter(|t| !is_title_like(t));
        for text in texts {
            let words = tokens(text);
            let mut run: Vec<usize> = Vec::new();
            let mut flush = |run: &mut Vec<usize>| {
                for i in 0..run.len() {
                    for n in 1..=MAX_WORDS.min(run.len() - i) {
                        let part = &run[i..i + n];
                        let stems = part.iter().map(|&k| words[k].stem.clone()).collect();
                        let first = &words[part[0]];
                        let last = &words[part[n - 1]];
                        let form = text[first.range.start..last.range.end].to_string();
                        let entry = phrases.entry(stems).or_default();
                        *entry.per_source.entry(s).or_default() += 1;
                        *entry.forms.entry(form).or_default() += 1;
                    }
                }
                run.clear();
            };
            for (k, w) in words.iter().enumerate() {
                let joined = k > 0
                    && text[words[k - 1].range.end..w.range.start]
                        .chars()
                        .all(|c| c.is_whitespace() || c == '-');
                if !joined {
                    flush(&mut run);
                }
                let content = !w.stop
                    && w.word.chars().count() >= 3
                    && w.word.chars().all(char::is_alphabetic)
                    && !lists.chrome.contains(&w.word);
                if content {
                    run.push(k);
                } else {
                    flush(&mut run);
                }
            }
            flush(&mut run);
        }
    }
    let n = briefing.sources.len() as f64;
    let mut ranked: Vec<(f64, Vec<String>, Phrase)> = phrases
        .into_iter()
        .filter(|(stems, p)| {
            let single = stems.len() == 1;
            let total: usize = p.per_source.values().sum();
            p.per_source.len() >= 2
                && !(single && p.forms.keys().any(|f| lists.generic.contains(&f.to_lowercase())))
                // A single word met once or twice is more often a passing
                // verb ("afford", "call") than a subject.
                && !(single && total < MIN_SINGLE_WORD)
        })
        .map(|(stems, p)| {
            let idf = ((n + 1.0) / p.per_source.len() as f64).ln();
            let tf: f64 = p.per_source.values().map(|&c| 1.0 + (c as f64).ln()).sum();
            let length = 1.0 + 0.5 * (stems.len() as f64 - 1.0);
            (tf * idf * length, stems, p)
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let mut chosen: Vec<(Vec<String>, Topic)> = Vec::new();
    for (_, stems, phrase) in ranked {
        if chosen.len() == MAX_TOPICS {
            break;
        }
        let overlaps = chosen.iter().any(|(other, _)| {
            stems.iter().all(|s| other.contains(s)) || other.iter().all(|s| stems.contains(s))
        });
        if overlaps {
            continue;
        }
        let Some(label) = phrase
            .forms
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
            .map(|(form, _)| form.clone())
        else {
            continue;
        };
        let title = capitalised(&label);
        chosen.push((
            stems,
            Topic {
                id: slug(&label),
                keywords: vec![label.clone()],
                anchors: vec![label],
                title,
                origin: TopicOrigin::Derived,
            },
        ));
    }
    chosen.into_iter().map(|(_, t)| t).collect()
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, BlockKind, Section, Source};

    fn source(id: &str, paragraphs: &[&str]) -> Source {
        Source {
            id: id.into(),
            sections: vec![Section {
                heading: None,
                blocks: paragraphs
                    .iter()
                    .map(|p| Block::new(BlockKind::Paragraph, *p))
                    .collect(),
            }],
            ..Source::default()
        }
    }

    #[test]
    fn shared_phrases_become_topics_and_single_generic_words_do_not() {
        let b = Briefing {
            sources: vec![
                source(
                    "a",
                    &[
                        "The water tariff rose this year.",
                        "Farmers protest the water tariff.",
                        "Farmers wait.",
                    ],
                ),
                source(
                    "b",
                    &[
                        "A new water tariff hits farmers.",
                        "Subscribe to our newsletter.",
                        "Hits again.",
                    ],
                ),
                source(
                    "c",
                    &["The harbour was dredged this year.", "Subscribe now."],
                ),
            ],
            ..Briefing::default()
        };
        let topics = derived_topics(&b);
        let titles: Vec<&str> = topics.iter().map(|t| t.title.as_str()).collect();
        assert_eq!(titles.first(), Some(&"Water tariff"), "{titles:?}");
        assert!(titles.contains(&"Farmers"), "{titles:?}");
        assert!(
            !titles.iter().any(|t| t.eq_ignore_ascii_case("year")),
            "{titles:?}"
        );
        assert!(
            !titles.contains(&"Hits"),
            "two occurrences are too few: {titles:?}"
        );
        assert!(
            !titles
                .iter()
                .any(|t| t.to_lowercase().contains("subscribe")),
            "{titles:?}"
        );
        assert!(
            !titles.iter().any(|t| t.to_lowercase().contains("harbour")),
            "one source only"
        );
        assert!(
            topics
                .iter()
                .all(|t| t.origin == TopicOrigin::Derived && !t.anchors.is_empty())
        );
    }
}
