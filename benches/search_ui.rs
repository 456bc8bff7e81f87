//! The search bar's cost on the UI thread and on the worker: a keystroke
//! typed into the bar and the frame drawn after it (inline search, default
//! briefing), the worker's first page and all hits on 1,000 articles,
//! and a frame of the reader with every hit of a common word highlighted.
//! `cargo bench --bench search_ui`

use std::hint::black_box;
use std::time::Duration;

use brief::briefing;
use brief::config::Keymap;
use brief::model::Briefing;
use brief::search::{Index, Query, Searcher};
use brief::tui::search::{HIT_LIMIT, LISTED};
use brief::tui::{Action, App, Edit, Styles, update, view};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "../examples/gen-corpus.rs"]
mod gen_corpus;

fn app(briefing: Briefing) -> App {
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

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(160, 48)).unwrap_or_else(|e| panic!("{e}"))
}

/// Types `typed` into the open bar, a frame after each key, then clears it
/// (one more key and frame): what a user typing a word costs the UI thread.
fn type_and_draw(app: &mut App, terminal: &mut Terminal<TestBackend>, typed: &str) {
    for c in typed.chars() {
        update(app, Action::Edit(Edit::Char(c)));
        let _ = terminal.draw(|frame| view(app, frame));
    }
    update(app, Action::Edit(Edit::ClearLine));
    let _ = terminal.draw(|frame| view(app, frame));
}

fn default_briefing(c: &mut Criterion) {
    let Ok(b) = briefing::load(None) else {
        panic!("the embedded briefing loads");
    };
    let mut app = app(b);
    let mut terminal = terminal();
    update(&mut app, Action::Key(brief::config::KeyAction::Search));
    let mut group = c.benchmark_group("search-ui-default");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(3));
    // 10 keys: "pyongyang" and the Ctrl-u that clears it.
    group.bench_function("type-pyongyang-10-keys-and-frames", |bench| {
        bench.iter(|| type_and_draw(&mut app, &mut terminal, "pyongyang"))
    });
    group.finish();
}

fn thousand_articles(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    gen_corpus::write_corpus(1000, dir.path(), None).unwrap_or_else(|e| panic!("corpus: {e}"));
    let Ok(b) = briefing::load(Some(dir.path())) else {
        panic!("the corpus loads");
    };
    let index = Index::build(&b);
    let mut group = c.benchmark_group("search-ui-1000");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(4));
    // The worker's cost per keystroke: the first page it sends at once,
    // then every hit (the core bench uses a limit of 50).
    for typed in ["h", "harbour", "harbour grain"] {
        let query = Query::parse(typed);
        let name = typed.replace(' ', "_");
        group.bench_function(format!("worker-first-page-{name}"), |bench| {
            bench.iter(|| black_box(Searcher::new().search(&index, &query, LISTED)))
        });
        group.bench_function(format!("worker-all-hits-{name}"), |bench| {
            bench.iter(|| black_box(Searcher::new().search(&index, &query, HIT_LIMIT)))
        });
    }
    // A reader frame with every hit of a common word highlighted.
    let mut app = app(b);
    let mut terminal = terminal();
    update(&mut app, Action::Key(brief::config::KeyAction::Search));
    for c in "harbour".chars() {
        update(&mut app, Action::Edit(Edit::Char(c)));
    }
    update(&mut app, Action::Edit(Edit::Submit));
    let highlighted = app.highlights().len();
    group.bench_function(format!("frame-with-{highlighted}-highlights"), |bench| {
        bench.iter(|| {
            let _ = terminal.draw(|frame| view(&app, frame));
        })
    });
    group.finish();
}

criterion_group!(benches, default_briefing, thousand_articles);
criterion_main!(benches);
