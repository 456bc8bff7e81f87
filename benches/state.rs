//! Reading-state costs: reading a state file, and one durable write
//! (lock, re-read, merge, write, fsync, rename) as made when a bookmark is
//! set, for a file with few and with many bookmarks.

use std::hint::black_box;

use brief::model::Position;
use brief::state::{StateStore, parse_state};
use criterion::{Criterion, criterion_group, criterion_main};

fn bench_state(c: &mut Criterion) {
    let Ok(briefing) = brief::briefing::load(None) else {
        return;
    };
    for count in [10usize, 1000] {
        let Ok(dir) = tempfile::tempdir() else {
            return;
        };
        let (mut store, _) = StateStore::open_in(dir.path(), &briefing);
        for i in 0..count {
            let at = Position {
                source: i % briefing.sources.len(),
                ..Position::default()
            };
            if store
                .add_bookmark(&briefing, at, "a note of a few words")
                .is_err()
            {
                return;
            }
        }
        let Some(path) = store.path().map(|p| p.to_path_buf()) else {
            return;
        };
        let bytes = std::fs::read(&path).unwrap_or_default();
        c.bench_function(&format!("state/parse/{count}-bookmarks"), |b| {
            b.iter(|| parse_state(black_box(&bytes)))
        });
        let mut offset = 0;
        c.bench_function(&format!("state/durable-write/{count}-bookmarks"), |b| {
            b.iter(|| {
                offset += 1;
                store.set_last(
                    &briefing,
                    Position {
                        offset,
                        ..Position::default()
                    },
                );
                store.save()
            })
        });
    }
}

criterion_group!(benches, bench_state);
criterion_main!(benches);
