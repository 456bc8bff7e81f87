//! Comparison by meaning: a typed topic resolved and expanded by related
//! words, on the default briefing and on 1,000 generated articles, and the
//! cost of parsing the embedded word vectors (paid once per process, the
//! first time a topic is compared).

#[path = "../examples/gen-corpus.rs"]
#[allow(dead_code)]
mod gen_corpus;

use brief::compare::{PassageIndex, resolve};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let briefing = brief::briefing::load(None).unwrap_or_else(|e| panic!("default briefing: {e}"));
    c.bench_function("meaning/parse_embeddings", |b| {
        b.iter(brief::compare::parse_embeddings)
    });
    let index = PassageIndex::new(&briefing);
    c.bench_function("meaning/typed_topic_default", |b| {
        b.iter(|| index.compare(&resolve(&briefing, black_box("soldiers killed"))))
    });
    c.bench_function("meaning/typed_topic_default_with_index", |b| {
        b.iter(|| {
            PassageIndex::new(black_box(&briefing)).compare(&resolve(&briefing, "soldiers killed"))
        })
    });
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    gen_corpus::write_corpus(1000, dir.path(), None).unwrap_or_else(|e| panic!("corpus: {e}"));
    let big = brief::briefing::load(Some(dir.path())).unwrap_or_else(|e| panic!("corpus: {e}"));
    let big_index = PassageIndex::new(&big);
    let mut group = c.benchmark_group("meaning_1000");
    group.sample_size(10);
    group.bench_function("typed_topic", |b| {
        b.iter(|| big_index.compare(&resolve(&big, black_box("soldiers killed"))))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
