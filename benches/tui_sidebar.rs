//! The sidebar's per-frame cost: building the sorted, filtered rows of a
//! tab and drawing a whole frame with the sidebar, for a small briefing's
//! worth of entities and for a very large one (as a 1,000-article briefing
//! could have). Extraction itself is benchmarked in `extract`.

use std::hint::black_box;

use brief::config::{KeyAction, Keymap};
use brief::extract::{Entity, EntityKind, Mention};
use brief::model::{Block, BlockKind, Briefing, Part, Section, Source, TextRef};
use brief::tui::sidebar::{Extracted, Extraction};
use brief::tui::{Action, App, Styles, update, view};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SOURCES: usize = 12;

fn briefing() -> Briefing {
    let text = "Officials in the delta said the levee held, though the river rose again overnight.";
    let source = |i: usize| Source {
        id: format!("s{i}"),
        sections: (0..5)
            .map(|_| Section {
                heading: None,
                blocks: (0..8)
                    .map(|_| Block::new(BlockKind::Paragraph, text))
                    .collect(),
            })
            .collect(),
        ..Source::default()
    };
    Briefing {
        sources: (0..SOURCES).map(source).collect(),
        ..Briefing::default()
    }
}

/// `count` people, organisations and places with 1 to 40 mentions each,
/// spread over the sources and sections.
fn extracted(count: usize) -> Extracted {
    let kinds = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
    ];
    let entities = (0..count)
        .map(|i| Entity {
            name: format!("Name{i} Surname{}", i % 97),
            kind: kinds[i % 3],
            aliases: vec![format!("Surname{}", i % 97)],
            mentions: (0..1 + i % 40)
                .map(|m| Mention {
                    at: TextRef {
                        source: (i + m) % SOURCES,
                        section: m % 5,
                        part: Part::Block(m % 8),
                        range: 0..8,
                    },
                    text: "Officials".into(),
                })
                .collect(),
        })
        .collect();
    Extracted::new(entities, Vec::new())
}

fn app_with(count: usize) -> App {
    let keymap = Keymap::default_keymap().unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new(briefing(), keymap, Styles::monochrome());
    app.sidebar.extraction = Extraction::Ready(extracted(count));
    update(
        &mut app,
        Action::Resize {
            width: 160,
            height: 48,
        },
    );
    update(&mut app, Action::Key(KeyAction::FocusNext));
    app
}

fn bench(c: &mut Criterion) {
    for count in [150, 15_000] {
        let mut app = app_with(count);
        c.bench_function(&format!("sidebar_rows_{count}_entities"), |b| {
            b.iter(|| black_box(app.sidebar.rows()))
        });
        app.sidebar.filter = "surname4".into();
        c.bench_function(&format!("sidebar_rows_filtered_{count}_entities"), |b| {
            b.iter(|| black_box(app.sidebar.rows()))
        });
        app.sidebar.filter.clear();
        let mut terminal =
            Terminal::new(TestBackend::new(160, 48)).unwrap_or_else(|e| panic!("{e}"));
        c.bench_function(&format!("frame_with_sidebar_{count}_entities"), |b| {
            b.iter(|| {
                terminal
                    .draw(|frame| view(&app, frame))
                    .unwrap_or_else(|e| panic!("{e}"));
            })
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
