//! Search benchmarks: per-keystroke latency while a query is typed one
//! character at a time (default briefing and a 1,000-article corpus), and
//! building the index (and loading + indexing) for 1,000 articles.
//! `cargo bench --bench search`

use std::hint::black_box;
use std::time::Duration;

use brief::briefing;
use brief::search::{Index, Query, Searcher};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

#[path = "../examples/gen-corpus.rs"]
mod gen_corpus;

const LIMIT: usize = 50;

/// For each keystroke of `typed`, the time to answer it given the searcher
/// state left by the previous keystroke (what a search box sees).
fn keystrokes(c: &mut Criterion, group_name: &str, index: &Index, typed: &str) {
    let mut group = c.benchmark_group(group_name);
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(2))
        .warm_up_time(Duration::from_millis(300));
    let mut primed = Searcher::new();
    let ends: Vec<usize> = typed
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .collect();
    for end in ends {
        let query = Query::parse(&typed[..end]);
        let label = typed[..end].replace(' ', "_");
        group.bench_function(label, |b| {
            b.iter_batched(
                || primed.clone(),
                |mut searcher| black_box(searcher.search(index, &query, LIMIT)),
                BatchSize::SmallInput,
            )
        });
        primed.search(index, &query, LIMIT);
    }
    group.finish();
}

fn default_briefing(c: &mut Criterion) {
    let Ok(b) = briefing::load(None) else {
        panic!("the embedded briefing loads");
    };
    let index = Index::build(&b);
    keystrokes(c, "keystroke-default", &index, "pyongyang troops");
    keystrokes(c, "keystroke-default-typo", &index, "pyonhyang");
}

fn thousand_articles(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    gen_corpus::write_corpus(1000, dir.path(), None).unwrap_or_else(|e| panic!("corpus: {e}"));
    let Ok(b) = briefing::load(Some(dir.path())) else {
        panic!("the corpus loads");
    };
    let index = Index::build(&b);
    keystrokes(c, "keystroke-1000", &index, "harbour grain");
    keystrokes(c, "keystroke-1000-typo", &index, "renzanbr");
    keystrokes(c, "keystroke-1000-case", &index, "Harbour");

    let mut group = c.benchmark_group("index-1000");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    group.bench_function("build", |bench| bench.iter(|| black_box(Index::build(&b))));
    // The first search needing typos builds the word table: a one-off cost.
    group.bench_function("build-and-first-typo-search", |bench| {
        let typo = Query::parse("harbuor");
        bench.iter(|| black_box(Index::build(&b).search(&typo, LIMIT)))
    });
    group.bench_function("load-and-build", |bench| {
        bench.iter(|| {
            let loaded = briefing::load(Some(dir.path())).unwrap_or_else(|e| panic!("{e}"));
            black_box(Index::build(&loaded))
        })
    });
    group.finish();
}

criterion_group!(benches, default_briefing, thousand_articles);
criterion_main!(benches);
