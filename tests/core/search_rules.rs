//! Each matching rule of `brief search`, on a small briefing written for the
//! test (shipping, football, a Swiss conference): not the default articles.

use crate::support::build::source;
use brief::model::{Briefing, Part, TextRef};
use brief::search::{Index, Query, Searcher, Tier};

fn briefing() -> Briefing {
    let long = "The harbour authority in Rotterdam reported that 13,000 containers were delayed in March. \
        Dock workers blamed the new scheduling software, which the port bought in 2021. \
        Officials said the backlog would clear by May, though shipping lines remain sceptical. \
        Insurers have not yet said who pays for the spoiled fruit.";
    Briefing {
        title: "fixture".into(),
        sources: vec![
            source(
                "ports",
                vec![
                    (
                        None,
                        vec![long, "A passport check slowed the ferry at Calais."],
                    ),
                    (
                        Some("Grain deal"),
                        vec![
                            "Ukraine and Turkey extended the grain deal; 11 000 tonnes left Odesa.",
                            "Farmers roasted a turkey while the grain harbour stayed shut.",
                        ],
                    ),
                ],
            ),
            source(
                "summit",
                vec![(
                    None,
                    vec![
                        "Rüdiger Meier opened the Zürich summit on water rights.",
                        "Delegates from Pyongyang and Lagos discussed river basins.",
                        "The proposal was supported by p o r t scattered letters only.",
                    ],
                )],
            ),
        ],
        ..Briefing::default()
    }
}

/// (source id, matched texts) of each hit, in order.
fn find(query: &str) -> Vec<(String, Vec<String>, Tier)> {
    let b = briefing();
    let index = Index::build(&b);
    index
        .search(&Query::parse(query), 50)
        .iter()
        .map(|hit| {
            let snippet = index.snippet(hit).expect("hit has a snippet");
            let matched = hit
                .matches
                .iter()
                .map(|r| snippet[r.clone()].to_string())
                .collect();
            (b.sources[hit.at.source].id.clone(), matched, hit.tier)
        })
        .collect()
}

fn matched_texts(query: &str) -> Vec<Vec<String>> {
    find(query).into_iter().map(|(_, m, _)| m).collect()
}

#[test]
fn smart_case() {
    // Lower case finds both the country and the bird; upper case only the country.
    assert_eq!(matched_texts("turkey").len(), 2);
    assert_eq!(matched_texts("Turkey"), vec![vec!["Turkey".to_string()]]);
}

#[test]
fn accents_fold_both_ways() {
    assert_eq!(matched_texts("rudiger"), vec![vec!["Rüdiger".to_string()]]);
    assert_eq!(matched_texts("zurich summit")[0], vec!["Zürich", "summit"]);
}

#[test]
fn digit_separators_fold() {
    assert_eq!(matched_texts("13000"), vec![vec!["13,000".to_string()]]);
    assert_eq!(matched_texts("11000"), vec![vec!["11 000".to_string()]]);
    assert_eq!(matched_texts("11,000 tonnes")[0], vec!["11 000", "tonnes"]);
    // Another number is not a near miss.
    assert!(matched_texts("12000").is_empty());
}

#[test]
fn several_words_match_in_any_order_and_all_must_match() {
    let hits = matched_texts("harbour grain");
    assert_eq!(hits, vec![vec!["grain".to_string(), "harbour".to_string()]]);
    assert!(matched_texts("grain rotterdam").is_empty());
}

#[test]
fn quoted_terms_match_literally() {
    assert!(!matched_texts("pyongang").is_empty());
    assert!(matched_texts("'pyongang").is_empty());
    assert_eq!(matched_texts("\"grain deal\"").len(), 2); // heading and paragraph
    assert!(matched_texts("\"deal grain\"").is_empty());
}

#[test]
fn typos_within_reason() {
    let hits = find("pyonhyang"); // a substituted letter
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].1, vec!["Pyongyang"]);
    assert_eq!(hits[0].2, Tier::Typo);
    assert_eq!(find("rotterdma")[0].1, vec!["Rotterdam"]); // swapped letters
    // Smart case: no typo allowance for case-sensitive queries.
    assert!(find("Pyonhyang").is_empty());
    assert!(find("lagso").iter().any(|h| h.1 == vec!["Lagos"]));
    // Short words get no typo allowance.
    assert!(find("odse").is_empty());
    assert_eq!(find("odesa")[0].1, vec!["Odesa"]);
    assert!(find("xyzzy").is_empty());
}

#[test]
fn ranking_whole_word_then_contiguous_then_fuzzy_then_reading_order() {
    let hits = find("port");
    let tiers: Vec<Tier> = hits.iter().map(|h| h.2).collect();
    let mut sorted = tiers.clone();
    sorted.sort();
    assert_eq!(tiers, sorted, "tiers in order: {hits:?}");
    assert_eq!(tiers.first(), Some(&Tier::WholeWord)); // "the port bought"
    assert!(tiers.contains(&Tier::Contiguous)); // "passport", "support"
    assert!(hits[0].1.iter().all(|m| m == "port"), "{hits:?}");
}

#[test]
fn equal_hits_come_in_reading_order() {
    let b = briefing();
    let index = Index::build(&b);
    let hits = index.search(&Query::parse("the"), 50);
    for pair in hits.windows(2) {
        if pair[0].tier == pair[1].tier && pair[0].score == pair[1].score {
            assert!(pair[0].at < pair[1].at, "{pair:?}");
        }
    }
}

#[test]
fn no_hit_is_an_empty_list() {
    assert!(find("submarine").is_empty());
    assert!(find("").is_empty());
    assert!(find("   ").is_empty());
}

#[test]
fn hits_point_at_the_sentence_in_a_long_paragraph() {
    let b = briefing();
    let index = Index::build(&b);
    let hits = index.search(&Query::parse("scheduling software"), 5);
    let snippet = index.snippet(&hits[0]).expect("snippet");
    assert!(snippet.starts_with("Dock workers blamed"), "{snippet}");
    assert!(snippet.ends_with("in 2021."), "trimmed: {snippet:?}");
    assert_eq!(hits[0].at.text(&b), Some(snippet));
}

#[test]
fn matches_in_highlights_visible_text_relative_to_the_ref() {
    let b = briefing();
    let index = Index::build(&b);
    let q = Query::parse("port");
    let block = &b.sources[0].sections[0].blocks[0].text;
    let at = TextRef {
        source: 0,
        section: 0,
        part: Part::Block(0),
        range: 0..block.len(),
    };
    let ranges = index.matches_in(&q, &at);
    assert!(!ranges.is_empty());
    for r in &ranges {
        assert_eq!(&block[r.clone()], "port");
    }
    // A window starting mid-block gets ranges relative to the window.
    let from = block.find("Dock").expect("present");
    let window = TextRef {
        range: from..block.len(),
        ..at.clone()
    };
    let shifted = index.matches_in(&q, &window);
    let expected: Vec<_> = ranges
        .iter()
        .filter(|r| r.start >= from)
        .map(|r| r.start - from..r.end - from)
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(shifted, expected);
}

#[test]
fn the_searcher_gives_the_same_hits_while_typing() {
    let b = briefing();
    let index = Index::build(&b);
    let mut searcher = Searcher::new();
    let typed = "grain harbour";
    for end in 0..=typed.len() {
        let q = Query::parse(&typed[..end]);
        assert_eq!(
            searcher.search(&index, &q, 10),
            index.search(&q, 10),
            "at {:?}",
            &typed[..end]
        );
    }
    assert!(searcher.candidates() <= index.len());
}

#[test]
fn the_index_can_go_to_a_worker_thread() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Index>();
    assert_send_sync::<Searcher>();
}

#[test]
fn one_source_only() {
    let b = briefing();
    let index = Index::build_source(&b, 1);
    let hits = index.search(&Query::parse("the"), 50);
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h.at.source == 1));
}
