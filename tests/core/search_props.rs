//! Properties of search over arbitrary queries: no panic, every range valid
//! in its snippet, and the incremental searcher agrees with a fresh search.

use crate::support::build;
use brief::model::Briefing;
use brief::search::{Index, Query, Searcher};
use proptest::prelude::*;

/// Text with the characters that make folding and mapping hard: accents,
/// ligatures, ß, no-break spaces, curly quotes, digit groups, CJK, emoji.
fn briefing() -> Briefing {
    let blocks = [
        "Straße in Zürich: 13\u{a0}000 Ærzte, “Œuvre” and naïve café-goers.",
        "İstanbul’s 1,200,000 ﬁles — ﬂow 12,5 % ; 東京 met 😀 Łódź on 3 000 km.",
        "Short.",
        "A long paragraph about rivers. It keeps going with more words, numbers like 4,000 and 45 000, and names such as Ñuñoa and Øresund. Then another sentence follows here! And a question? Yes: the end of the long paragraph arrives at last.",
    ];
    build::briefing(vec![build::source(
        "mixed",
        vec![(Some("Überblick ß"), blocks.to_vec())],
    )])
}

fn query() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop::sample::select(vec![
            "a", "e", "ü", "Z", "ß", "ae", "æ", "1", "3", "000", ",", " ", "\u{a0}", "'", "\"",
            "東", "😀", "ﬁ", "İ", "s", "t", "r", "ö", "-", "%", "?",
        ]),
        0..8,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn ranges_are_valid_char_boundaries_in_the_snippet(q in query()) {
        let b = briefing();
        let index = Index::build(&b);
        for hit in index.search(&Query::parse(&q), 100) {
            let snippet = index.snippet(&hit).expect("snippet");
            prop_assert_eq!(Some(snippet), hit.at.text(&b));
            for r in &hit.matches {
                prop_assert!(r.start < r.end && r.end <= snippet.len(), "{:?} in {:?}", r, snippet);
                prop_assert!(snippet.is_char_boundary(r.start) && snippet.is_char_boundary(r.end));
            }
            for pair in hit.matches.windows(2) {
                prop_assert!(pair[0].end < pair[1].start, "sorted and disjoint");
            }
        }
    }

    #[test]
    fn typing_incrementally_matches_a_fresh_search(q in query()) {
        let b = briefing();
        let index = Index::build(&b);
        let mut searcher = Searcher::new();
        let ends: Vec<usize> = q.char_indices().map(|(i, _)| i).chain([q.len()]).collect();
        for end in ends {
            let typed = Query::parse(&q[..end]);
            prop_assert_eq!(searcher.search(&index, &typed, 20), index.search(&typed, 20));
        }
    }
}

proptest! {
    #[test]
    fn the_index_form_equals_the_mapped_form(text in "\\PC{0,40}") {
        prop_assert_eq!(brief::search::search_fold_text(&text), brief::search::search_fold(&text, false).text);
        prop_assert_eq!(brief::search::search_fold_text_cased(&text), brief::search::search_fold(&text, true).text);
    }

    #[test]
    fn any_query_parses_and_searches_without_panic(q in "\\PC{0,24}") {
        let b = briefing();
        let index = Index::build(&b);
        let query = Query::parse(&q);
        for hit in index.search(&query, 10) {
            let snippet = index.snippet(&hit).expect("snippet");
            for r in &hit.matches {
                prop_assert!(snippet.get(r.clone()).is_some());
            }
        }
    }
}
