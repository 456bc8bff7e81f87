//! Extraction over the default briefing: entities, figures, both.

use criterion::{Criterion, criterion_group, criterion_main};

fn extract(c: &mut Criterion) {
    let Ok(briefing) = brief::briefing::load(None) else {
        eprintln!("the default briefing did not load");
        return;
    };
    c.bench_function("extract/entities", |b| {
        b.iter(|| brief::extract::entities(std::hint::black_box(&briefing)))
    });
    c.bench_function("extract/figures", |b| {
        b.iter(|| brief::extract::figures(std::hint::black_box(&briefing)))
    });
    c.bench_function("extract/entities+figures", |b| {
        b.iter(|| {
            let b2 = std::hint::black_box(&briefing);
            (brief::extract::entities(b2), brief::extract::figures(b2))
        })
    });
}

criterion_group!(benches, extract);
criterion_main!(benches);
