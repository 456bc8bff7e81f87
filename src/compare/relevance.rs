//! Ranking passages for a topic (BM25 over stemmed terms) and deciding which
//! sources cover it; builds the [`Comparison`].

use std::collections::HashSet;
use std::ops::Range;

use super::attribution::attribution;
use super::certainty::certainty_of;
use super::comparison::{Comparison, Passage, SourceColumn};
use super::passages::{Candidate, candidates};
use super::quantity::quantities;
use super::terms::Word;
use super::topic::{Requirement, Term, Topic};
use crate::extract::Figure;
use crate::model::{Briefing, Part};

/// BM25 term-frequency saturation and length normalisation.
const K1: f64 = 1.2;
const B: f64 = 0.75;
/// Most passages shown per source.
const MAX_PASSAGES: usize = 3;
/// A source's further passages must score this share of its best one.
const PASSAGE_FLOOR: f64 = 0.35;
/// Share of a term's IDF a passage gains when its section heading holds the term.
const HEADING_WEIGHT: f64 = 0.5;
/// How many of a source's best distinct passages make its strength.
const STRENGTH_PASSAGES: usize = 3;
/// A source covers the topic when its best passage reaches this share of
/// the best source's best passage, or its strength (its best few passages'
/// scores together) this share of the strongest source's.
const COVER_FLOOR: f64 = 0.3;

/// The passages and figures of a briefing, cut and tokenised once, to
/// compare on any number of topics.
#[derive(Debug, Clone)]
pub struct PassageIndex {
    candidates: Vec<Candidate>,
    figures: Vec<Figure>,
    /// Indices of `figures` in (source, section) order, to find a
    /// passage's figures without scanning them all.
    by_section: Vec<usize>,
    sources: usize,
    average_length: f64,
}

/// One candidate's match against the topic.
struct Scored<'a> {
    candidate: &'a Candidate,
    score: f64,
    terms: Vec<Range<usize>>,
}

impl PassageIndex {
    /// Indexes the briefing with the figures of [`crate::extract::figures`].
    pub fn new(briefing: &Briefing) -> PassageIndex {
        PassageIndex::with_figures(briefing, crate::extract::figures(briefing))
    }

    /// Indexes the briefing with figures found elsewhere.
    pub fn with_figures(briefing: &Briefing, figures: Vec<Figure>) -> PassageIndex {
        let candidates = candidates(briefing);
        let total: usize = candidates.iter().map(Candidate::length).sum();
        let average_length = (total as f64 / candidates.len().max(1) as f64).max(1.0);
        let mut by_section: Vec<usize> = (0..figures.len()).collect();
        by_section.sort_by_key(|&f| (figures[f].at.source, figures[f].at.section, f));
        PassageIndex {
            candidates,
            figures,
            by_section,
            sources: briefing.sources.len(),
            average_length,
        }
    }

    /// Compares every source of the briefing on `topic`.
    pub fn compare(&self, topic: &Topic) -> Comparison {
        let (terms, requirement) = topic.terms();
        let scored = self.score(&terms, requirement);
        // Best-first, so that the first passage of a source that does not
        // overlap an earlier one is its best distinct passage.
        let mut ranked: Vec<&Scored> = scored.iter().collect();
        ranked.sort_by(|a, b| b.score.total_cmp(&a.score));
        // Each source's passages, best first, in one pass over the ranking
        // (not one pass per source).
        let mut mine_of: Vec<Vec<&Scored>> = vec![Vec::new(); self.sources];
        for s in ranked {
            if let Some(list) = mine_of.get_mut(s.candidate.source) {
                list.push(s);
            }
        }
        let distinct: Vec<Vec<&Scored>> = mine_of
            .iter()
            .map(|mine| {
                let mut distinct: Vec<&Scored> = Vec::new();
                for &s in mine {
                    if !distinct.iter().any(|d| d.candidate.overlaps(s.candidate)) {
                        distinct.push(s);
                    }
                }
                distinct
            })
            .collect();
        // How much a source says: its few best distinct passages together, so
        // that one keyword-rich list does not silence a source that treats
        // the topic over several paragraphs.
        let strength: Vec<f64> = distinct
            .iter()
            .map(|d| d.iter().take(STRENGTH_PASSAGES).map(|s| s.score).sum())
            .collect();
        let strongest = strength.iter().copied().fold(0.0, f64::max);
        let best: Vec<f64> = distinct
            .iter()
            .map(|d| d.first().map_or(0.0, |s| s.score))
            .collect();
        let overall = best.iter().copied().fold(0.0, f64::max);
        let mut columns = Vec::new();
        for source in 0..self.sources {
            // Covered: one passage on the topic as strong as the others'
            // best, or a treatment over several passages; a passing mention
            // is neither.
            let covered = best[source] > 0.0
                && (best[source] >= COVER_FLOOR * overall
                    || strength[source] >= COVER_FLOOR * strongest);
            let best = best[source];
            let mentions = distinct[source].len();
            let mut picked: Vec<&Scored> = Vec::new();
            if covered {
                for &s in &mine_of[source] {
                    if picked.len() == MAX_PASSAGES || s.score < PASSAGE_FLOOR * best {
                        break;
                    }
                    // Overlapping windows and repeated text (a page that
                    // prints a line twice) would show the same words twice.
                    let repeat = picked.iter().any(|p| {
                        p.candidate.overlaps(s.candidate) || p.candidate.text == s.candidate.text
                    });
                    if !repeat {
                        picked.push(s);
                    }
                }
            }
            let mut figures: Vec<Figure> = Vec::new();
            let passages = picked
                .iter()
                .map(|s| {
                    let mine = self.figures_in(s.candidate);
                    let ranges = mine.iter().filter_map(|(_, r)| r.clone()).collect();
                    for (f, _) in mine {
                        if !figures.contains(f) {
                            figures.push(f.clone());
                        }
                    }
                    Passage {
                        at: s.candidate.at.clone(),
                        text: s.candidate.text.clone(),
                        score: s.score,
                        attribution: attribution(&s.candidate.text, &s.candidate.citations),
                        certainty: certainty_of(&s.candidate.tokens),
                        terms: s.terms.clone(),
                        figures: ranges,
                    }
                })
                .collect();
            figures.sort_by(|a, b| a.at.cmp(&b.at));
            columns.push(SourceColumn {
                source,
                covered,
                mentions,
                passages,
                figures,
            });
        }
        let topic_stems: HashSet<String> = terms.iter().flat_map(|t| t.stems.clone()).collect();
        let all: Vec<Figure> = columns.iter().flat_map(|c| c.figures.clone()).collect();
        Comparison {
            topic: topic.clone(),
            quantities: quantities(&all, &topic_stems),
            sources: columns,
        }
    }

    /// The figures that stand in a candidate, with their range in its text.
    fn figures_in(&self, c: &Candidate) -> Vec<(&Figure, Option<Range<usize>>)> {
        let key = |f: usize| (self.figures[f].at.source, self.figures[f].at.section);
        let wanted = (c.source, c.at.section);
        let first = self.by_section.partition_point(|&f| key(f) < wanted);
        self.by_section[first..]
            .iter()
            .take_while(|&&f| key(f) == wanted)
            .map(|&f| &self.figures[f])
            .filter_map(|f| {
                let Part::Block(block) = f.at.part else {
                    return None;
                };
                let range = c.text_range(block, &f.at.range)?;
                Some((f, Some(range)))
            })
            .collect()
    }

    /// BM25 of every candidate that meets the requirement, with the ranges
    /// of the terms it holds.
    fn score(&self, terms: &[Term], requirement: Requirement) -> Vec<Scored<'_>> {
        let n = self.candidates.len() as f64;
        let hits: Vec<Vec<Vec<Range<usize>>>> = self
            .candidates
            .iter()
            .map(|c| {
                let content: Vec<&Word> = c.tokens.iter().filter(|t| !t.stop).collect();
                terms
                    .iter()
                    .map(|t| occurrences(&content, &t.stems))
                    .collect()
            })
            .collect();
        let idf: Vec<f64> = (0..terms.len())
            .map(|t| {
                let df = hits.iter().filter(|h| !h[t].is_empty()).count() as f64;
                (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
            })
            .collect();
        self.candidates
            .iter()
            .zip(hits)
            .filter_map(|(c, h)| {
                let meets = match requirement {
                    Requirement::Anchor => {
                        terms.iter().zip(&h).any(|(t, o)| t.anchor && !o.is_empty())
                    }
                    Requirement::Terms(k) => {
                        terms
                            .iter()
                            .zip(&h)
                            .filter(|(t, o)| t.stems.len() == 1 && !o.is_empty())
                            .count()
                            >= k
                            || terms
                                .iter()
                                .zip(&h)
                                .any(|(t, o)| t.stems.len() > 1 && !o.is_empty())
                    }
                };
                if !meets {
                    return None;
                }
                let length = c.length() as f64 / self.average_length;
                let score: f64 = h
                    .iter()
                    .zip(&idf)
                    .map(|(o, idf)| {
                        let tf = o.len() as f64;
                        idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * length))
                    })
                    .sum();
                // A heading that names the topic says what its section is
                // about: a small bonus, never enough to count on its own.
                let headed: f64 = terms
                    .iter()
                    .zip(&idf)
                    .filter(|(t, _)| {
                        !t.stems.is_empty()
                            && c.heading
                                .windows(t.stems.len())
                                .any(|w| w == t.stems.as_slice())
                    })
                    .map(|(_, idf)| HEADING_WEIGHT * idf)
                    .sum();
                let score = score + headed;
                let ranges = crate::text::merge_ranges(h.into_iter().flatten().collect());
                (score > 0.0).then_some(Scored {
                    candidate: c,
                    score,
                    terms: ranges,
                })
            })
            .collect()
    }
}

/// Where a term's stems occur contiguously among a candidate's content
/// words, as ranges of its text.
fn occurrences(content: &[&Word], stems: &[String]) -> Vec<Range<usize>> {
    if stems.is_empty() || content.len() < stems.len() {
        return Vec::new();
    }
    content
        .windows(stems.len())
        .filter(|w| w.iter().zip(stems).all(|(t, s)| t.stem == *s))
        .map(|w| w[0].range.start..w[w.len() - 1].range.end)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::Topic;
    use crate::model::{Block, BlockKind, Section, Source};

    fn source(id: &str, sections: Vec<(Option<&str>, &str)>) -> Source {
        Source {
            id: id.into(),
            sections: sections
                .into_iter()
                .map(|(heading, text)| Section {
                    heading: heading.map(Into::into),
                    blocks: vec![Block::new(BlockKind::Paragraph, text)],
                })
                .collect(),
            ..Source::default()
        }
    }

    #[test]
    fn a_heading_naming_the_topic_ranks_its_passage_higher() {
        let b = Briefing {
            sources: vec![source(
                "a",
                vec![
                    (None, "The council met and fees were discussed briefly."),
                    (
                        Some("Harbour fees"),
                        "The council met and fees were discussed briefly again.",
                    ),
                ],
            )],
            ..Briefing::default()
        };
        let c = PassageIndex::with_figures(&b, Vec::new()).compare(&Topic::query("fees"));
        let best = &c.sources[0].passages[0];
        assert_eq!(best.at.section, 1, "{:?}", c.sources[0].passages);
    }

    #[test]
    fn several_passages_cover_a_topic_as_well_as_one_rich_list() {
        let b = Briefing {
            sources: vec![
                source(
                    "list",
                    vec![(None, "Fees, tariffs, tolls, levies and dues all rose.")],
                ),
                source(
                    "steady",
                    vec![
                        (None, "The council raised fees in March."),
                        (Some("Later"), "A month later, tolls on the bridge went up."),
                        (
                            Some("Reaction"),
                            "Fishermen protested against the new levies.",
                        ),
                    ],
                ),
                source(
                    "passing",
                    vec![(
                        None,
                        "Among other things, the new tolls annoyed a few drivers.",
                    )],
                ),
            ],
            ..Briefing::default()
        };
        let topic = Topic {
            id: "fees".into(),
            title: "Fees".into(),
            keywords: ["fees", "tariffs", "tolls", "levies", "dues"]
                .map(String::from)
                .to_vec(),
            anchors: Vec::new(),
            origin: crate::compare::TopicOrigin::Manifest,
        };
        let c = PassageIndex::with_figures(&b, Vec::new()).compare(&topic);
        let covered: Vec<bool> = c.sources.iter().map(|s| s.covered).collect();
        assert_eq!(covered, [true, true, false], "{:?}", c.sources);
        assert_eq!(c.sources[2].mentions, 1);
    }

    #[test]
    fn silent_and_passing_sources_are_not_covered() {
        let b = Briefing {
            sources: vec![
                source(
                    "a",
                    vec![(
                        None,
                        "Harbour fees rose. Harbour fees will rise again, and fees for ferries too.",
                    )],
                ),
                source(
                    "b",
                    vec![(
                        None,
                        "Fees for harbour pilots doubled. Harbour fees are now the highest in the region.",
                    )],
                ),
                source(
                    "c",
                    vec![(None, "The mayor opened a school. Children sang.")],
                ),
            ],
            ..Briefing::default()
        };
        let c = PassageIndex::with_figures(&b, Vec::new()).compare(&Topic::query("harbour fees"));
        let covered: Vec<bool> = c.sources.iter().map(|s| s.covered).collect();
        assert_eq!(covered, [true, true, false]);
        assert_eq!(c.sources[2].mentions, 0);
        assert!(c.sources[2].passages.is_empty());
        let p = &c.sources[0].passages[0];
        for r in &p.terms {
            assert!(
                p.text[r.clone()].to_lowercase().contains("fees")
                    || p.text[r.clone()].to_lowercase().contains("harbour")
            );
        }
    }
}
