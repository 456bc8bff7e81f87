//! Comparison speed on the default briefing: indexing, one topic, every
//! topic (what `brief topics` does), and the interim figure reader.

use brief::compare::{PassageIndex, resolve, topics};
use brief::extract::figures as briefing_figures;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let briefing = match brief::briefing::load(None) {
        Ok(b) => b,
        Err(e) => panic!("the embedded briefing loads: {e}"),
    };
    let index = PassageIndex::new(&briefing);
    let topic = resolve(&briefing, "troop-deployment");
    let all = topics(&briefing);
    c.bench_function("compare/index", |b| {
        b.iter(|| PassageIndex::new(black_box(&briefing)))
    });
    c.bench_function("compare/one_topic", |b| {
        b.iter(|| index.compare(black_box(&topic)))
    });
    c.bench_function("compare/all_topics", |b| {
        b.iter(|| {
            all.iter()
                .map(|t| index.compare(t).sources.len())
                .sum::<usize>()
        })
    });
    c.bench_function("compare/ad_hoc_query", |b| {
        b.iter(|| {
            index.compare(&resolve(
                &briefing,
                black_box("artillery shells sent to Russia"),
            ))
        })
    });
    c.bench_function("compare/figures", |b| {
        b.iter(|| briefing_figures(black_box(&briefing)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
