//! Ingestion speed: loading the embedded default briefing (decode, ingest
//! and manifest for four articles), and the pipeline alone on each source.

use std::hint::black_box;

use brief::ingest::{Format, ingest};
use criterion::{Criterion, criterion_group, criterion_main};

fn load_default_briefing(c: &mut Criterion) {
    c.bench_function("load default briefing", |b| {
        b.iter(|| brief::briefing::load(black_box(None)))
    });
}

fn ingest_each_source(c: &mut Criterion) {
    let briefing = brief::briefing::load(None).expect("default briefing loads");
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/briefings/north-korea-russia");
    let mut group = c.benchmark_group("ingest");
    for source in &briefing.sources {
        let path = format!("{folder}/{}", source.file);
        let text = std::fs::read_to_string(&path).expect("seed article is readable");
        group.bench_function(source.id.as_str(), |b| {
            b.iter(|| ingest(black_box(&text), Format::Text))
        });
    }
    group.finish();
}

criterion_group!(benches, load_default_briefing, ingest_each_source);
criterion_main!(benches);
