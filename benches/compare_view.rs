//! The comparison screen's costs on the default briefing: the first `c`
//! (indexing the briefing, once per session, when no analysis thread has
//! done it; and after the analysis has, as in the running reader),
//! switching topic (one comparison), a scroll key (re-wraps every column to
//! find its limits) and drawing a frame.

use std::hint::black_box;

use std::sync::Arc;

use brief::config::{KeyAction, Keymap};
use brief::tui::analysis::Analysed;
use brief::tui::compare::CompareData;
use brief::tui::jobs::Shared;
use brief::tui::{Action, App, Edit, Styles, update, view};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn app() -> App {
    let briefing = brief::briefing::load(None).unwrap_or_else(|e| panic!("{e}"));
    let keymap = Keymap::default_keymap().unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new(briefing, keymap, Styles::monochrome());
    update(
        &mut app,
        Action::Resize {
            width: 160,
            height: 48,
        },
    );
    app
}

fn bench(c: &mut Criterion) {
    c.bench_function("compare_view/first_c_indexes", |b| {
        b.iter_batched(
            app,
            |mut app| {
                update(&mut app, Action::Key(KeyAction::Compare));
                app
            },
            BatchSize::LargeInput,
        )
    });

    // In the reader the analysis thread has built the index (with the
    // sidebar's figures) before the user thinks of `c`: what is left on the
    // UI thread is opening the picker.
    let analysed = {
        let app = app();
        let data = CompareData::with_figures(&app.briefing, brief::extract::figures(&app.briefing));
        Analysed::Compare(Shared(Arc::new(data)))
    };
    c.bench_function("compare_view/first_c_after_analysis", |b| {
        b.iter_batched(
            || {
                let mut app = app();
                update(&mut app, Action::Analysed(analysed.clone()));
                app
            },
            |mut app| {
                update(&mut app, Action::Key(KeyAction::Compare));
                app
            },
            BatchSize::LargeInput,
        )
    });

    let mut app = app();
    update(&mut app, Action::Key(KeyAction::Compare));
    update(&mut app, Action::Edit(Edit::Submit));
    assert!(app.screen.is_compare());
    c.bench_function("compare_view/next_and_previous_topic", |b| {
        b.iter(|| {
            update(&mut app, Action::Key(KeyAction::NextSection));
            update(&mut app, Action::Key(KeyAction::PreviousSection));
        })
    });
    c.bench_function("compare_view/scroll_key", |b| {
        b.iter(|| {
            update(&mut app, Action::Key(KeyAction::ScrollDown));
            update(&mut app, Action::Key(KeyAction::ScrollUp));
        })
    });
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap_or_else(|e| panic!("{e}"));
    c.bench_function("compare_view/draw_160x48", |b| {
        b.iter(|| {
            terminal
                .draw(|frame| view(black_box(&app), frame))
                .unwrap_or_else(|e| panic!("{e}"));
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
