//! Growth with the number of articles (issue 14): entities, topics and a
//! typed comparison over 100, 200 and 400 name-rich articles from
//! `examples/gen-corpus.rs` (a quadratic step shows as 4× per doubling,
//! a linear one as 2×), and the analysis cache: loading 400 articles cold
//! (ingesting) against warm (from the cache file), and the two candidate
//! encodings of the cached sources (postcard, bitcode).
//! `cargo bench --bench scaling -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;
use std::time::Duration;

use brief::model::{Briefing, Source};
use criterion::{Criterion, criterion_group, criterion_main};

#[path = "../examples/gen-corpus.rs"]
mod gen_corpus;

const SIZES: [usize; 3] = [100, 200, 400];

fn corpus(n: usize) -> (tempfile::TempDir, Briefing) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    gen_corpus::write_corpus(n, dir.path(), None).unwrap_or_else(|e| panic!("corpus: {e}"));
    let b = brief::briefing::load(Some(dir.path())).unwrap_or_else(|e| panic!("{e}"));
    (dir, b)
}

fn growth(c: &mut Criterion) {
    let mut group = c.benchmark_group("names");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(3));
    for n in SIZES {
        let (_dir, b) = corpus(n);
        group.bench_function(format!("entities/{n}"), |bench| {
            bench.iter(|| black_box(brief::extract::entities(&b)))
        });
        group.bench_function(format!("figures/{n}"), |bench| {
            bench.iter(|| black_box(brief::extract::figures(&b)))
        });
        let index = brief::compare::PassageIndex::new(&b);
        let topics = brief::compare::topics(&b);
        group.bench_function(format!("topics-compare-all/{n}"), |bench| {
            bench.iter(|| {
                for t in &topics {
                    black_box(index.compare(t));
                }
            })
        });
        group.bench_function(format!("typed-compare/{n}"), |bench| {
            bench.iter(|| {
                let topic = brief::compare::resolve(&b, "harbour grain");
                black_box(index.compare(&topic))
            })
        });
    }
    group.finish();
}

fn cache(c: &mut Criterion) {
    let (dir, b) = corpus(400);
    let cache_dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let target = cache_dir.path().join("bench.cache");
    let mut group = c.benchmark_group("cache-400");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(3));
    group.bench_function("load-cold", |bench| {
        bench.iter(|| black_box(brief::briefing::load(Some(dir.path()))))
    });
    // Writes the file once; every later load reuses all 400 sources.
    let _ = brief::cache::load_with(Some(dir.path()), &target);
    group.bench_function("load-warm", |bench| {
        bench.iter(|| {
            let (loaded, stats) = brief::cache::load_with(Some(dir.path()), &target)
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(stats.ingested, 0);
            black_box(loaded)
        })
    });
    let sources: &Vec<Source> = &b.sources;
    let as_bitcode = bitcode::serialize(sources).unwrap_or_default();
    let as_postcard = postcard::to_allocvec(sources).unwrap_or_default();
    eprintln!(
        "400 sources: bitcode {} bytes, postcard {} bytes",
        as_bitcode.len(),
        as_postcard.len()
    );
    group.bench_function("encode/bitcode", |bench| {
        bench.iter(|| black_box(bitcode::serialize(sources)))
    });
    group.bench_function("encode/postcard", |bench| {
        bench.iter(|| black_box(postcard::to_allocvec(sources)))
    });
    group.bench_function("decode/bitcode", |bench| {
        bench.iter(|| black_box(bitcode::deserialize::<Vec<Source>>(&as_bitcode)))
    });
    group.bench_function("decode/postcard", |bench| {
        bench.iter(|| black_box(postcard::from_bytes::<Vec<Source>>(&as_postcard)))
    });
    group.finish();
}

criterion_group!(benches, growth, cache);
criterion_main!(benches);
