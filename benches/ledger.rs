//! The claim ledger and the timeline, from the loaded briefing to the
//! finished result (figures, index, comparison and timeline included): on
//! the default briefing, and on 1,000 generated articles
//! (`examples/gen-corpus.rs`).

#[path = "../examples/gen-corpus.rs"]
#[allow(dead_code)]
mod gen_corpus;

use std::hint::black_box;
use std::time::Duration;

use brief::briefing;
use brief::compare::resolve;
use criterion::{Criterion, criterion_group, criterion_main};

fn default_briefing(c: &mut Criterion) {
    let Ok(b) = briefing::load(None) else {
        panic!("the embedded briefing loads");
    };
    let topic = resolve(&b, "troop-deployment");
    c.bench_function("ledger/default/troop-deployment", |bench| {
        bench.iter(|| black_box(brief::ledger::ledger(&b, &topic)))
    });
    c.bench_function("timeline/default", |bench| {
        bench.iter(|| black_box(brief::timeline::timeline(&b)))
    });
}

fn thousand_articles(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    gen_corpus::write_corpus(1000, dir.path(), None).unwrap_or_else(|e| panic!("corpus: {e}"));
    let Ok(b) = briefing::load(Some(dir.path())) else {
        panic!("the corpus loads");
    };
    let topic = resolve(&b, "harbour workers");
    let mut group = c.benchmark_group("ledger-1000");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    group.bench_function("ledger", |bench| {
        bench.iter(|| black_box(brief::ledger::ledger(&b, &topic)))
    });
    group.bench_function("timeline", |bench| {
        bench.iter(|| black_box(brief::timeline::timeline(&b)))
    });
    group.finish();
}

criterion_group!(benches, default_briefing, thousand_articles);
criterion_main!(benches);
