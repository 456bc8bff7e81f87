//! The reader's costs: laying out a long source at one width (done once per
//! source and width, then cached) against drawing one frame from the cache
//! (done on every key), and the position lookups a resize needs.

use std::hint::black_box;

use brief::config::{KeyAction, Keymap};
use brief::layout::Document;
use brief::model::{Block, BlockKind, Briefing, Section, Source, SourceMeta};
use brief::tui::{Action, App, Styles, update, view};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// A long article: 40 sections of 10 paragraphs of about 60 words.
fn long_source() -> Source {
    let sentence = "The committee heard that 13,000 households had lost power for more than a week, and that repairs in the hill districts would take until spring.";
    let sections = (0..40)
        .map(|s| Section {
            heading: Some(format!("Part {s}: what the inquiry found")),
            blocks: (0..10)
                .map(|_| Block::new(BlockKind::Paragraph, format!("{sentence} {sentence}")))
                .collect(),
        })
        .collect();
    Source {
        id: "inquiry".into(),
        meta: SourceMeta {
            title: "The storm inquiry".into(),
            ..SourceMeta::default()
        },
        sections,
        ..Source::default()
    }
}

fn bench(c: &mut Criterion) {
    let source = long_source();
    c.bench_function("layout_long_source_width_100", |b| {
        b.iter(|| Document::of_source(0, black_box(&source), 100))
    });
    let doc = Document::of_source(0, &source, 100);
    c.bench_function("row_of_and_position_at_1000_rows", |b| {
        b.iter(|| {
            for row in (0..doc.len()).step_by(doc.len().div_ceil(1000).max(1)) {
                black_box(doc.row_of(doc.position_at(row)));
            }
        })
    });

    let keymap = Keymap::default_keymap().unwrap_or_else(|e| panic!("{e}"));
    let briefing = Briefing {
        sources: vec![source],
        ..Briefing::default()
    };
    let mut app = App::new(briefing, keymap, Styles::monochrome());
    update(
        &mut app,
        Action::Resize {
            width: 160,
            height: 48,
        },
    );
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap_or_else(|e| panic!("{e}"));
    c.bench_function("scroll_and_draw_frame_160x48", |b| {
        b.iter(|| {
            update(&mut app, Action::Key(KeyAction::ScrollDown));
            terminal
                .draw(|frame| view(&app, frame))
                .unwrap_or_else(|e| panic!("{e}"));
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
