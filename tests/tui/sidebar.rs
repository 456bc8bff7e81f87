//! The entities & figures sidebar and the match cursor, driven through
//! `update` without a terminal, on a briefing built here (a port strike,
//! a vaccine trial, a river flood) with hand-made extraction results, so
//! the tests depend neither on the default articles nor on the extractor's
//! current rules. Screens are drawn on ratatui's TestBackend.

use crate::support::tui as tui_support;

use tui_support::drive::{key, screen, type_text};

use crate::support::build;
use brief::config::{KeyAction, Keymap};
use brief::extract::{Entity, EntityKind, Figure, FigureKind, Mention};
use brief::model::{Briefing, Part, Source, SourceMeta, TextRef};
use brief::tui::analysis::Analysed;
use brief::tui::jobs::{Inbox, Outbox, Worker};
use brief::tui::sidebar::{Extracted, Extraction, SidebarRow, SidebarTab};
use brief::tui::{Action, App, Edit, Focus, Styles, update, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Modifier;

fn source(id: &str, outlet: &str, sections: Vec<(Option<&str>, Vec<String>)>) -> Source {
    Source {
        meta: SourceMeta {
            title: format!("The {id} story"),
            outlet: Some(outlet.into()),
            author: Some("R. Ndlovu".into()),
            published: Some("2025-02-11".into()),
            ..SourceMeta::default()
        },
        ..build::source(id, sections)
    }
}

/// Long enough filler that a source is several screens long.
fn filler(topic: &str, n: usize) -> Vec<String> {
    (1..=n)
        .map(|i| format!("Paragraph {i} on the {topic} goes on about schedules, budgets and the people waiting for news, at some length so that it wraps."))
        .collect()
}

fn briefing() -> Briefing {
    let mut port_lead = vec![
        "Dockworkers at Valdoria walked out on Monday, said union leader Amara Okafor.".to_string(),
    ];
    port_lead.extend(filler("strike", 12));
    let port = source(
        "port",
        "Harbour Gazette",
        vec![
            (None, port_lead),
            (
                Some("Talks"),
                vec![
                    "The Port Authority of Valdoria offered a 4% raise; Okafor refused it.".into(),
                ],
            ),
        ],
    );
    let mut trial = vec!["The trial enrolled 2,400 volunteers in Lisbon.".to_string()];
    trial.extend(filler("trial", 12));
    let vaccine = source("vaccine", "Clinic Weekly", vec![(None, trial)]);
    let flood = source(
        "flood",
        "River News",
        vec![
            (None, filler("flood", 10)),
            (
                Some("Relief"),
                vec!["Amara Okafor pledged the union's help; José Álvarez led the rescue.".into()],
            ),
        ],
    );
    Briefing {
        title: "Fixture briefing".into(),
        sources: vec![port, vaccine, flood],
        ..Briefing::default()
    }
}

/// A reference to the first `needle` in a block of the briefing.
fn find(b: &Briefing, source: usize, section: usize, block: usize, needle: &str) -> TextRef {
    let text = &b.sources[source].sections[section].blocks[block].text;
    let start = text
        .find(needle)
        .unwrap_or_else(|| panic!("fixture lacks {needle:?}"));
    TextRef {
        source,
        section,
        part: Part::Block(block),
        range: start..start + needle.len(),
    }
}

fn entity(name: &str, kind: EntityKind, aliases: &[&str], at: Vec<TextRef>) -> Entity {
    Entity {
        name: name.into(),
        kind,
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        mentions: at
            .into_iter()
            .map(|at| Mention {
                at,
                text: name.into(),
            })
            .collect(),
    }
}

fn figure(at: TextRef, text: &str, kind: FigureKind) -> Figure {
    Figure {
        at,
        text: text.into(),
        kind,
        value: None,
        low: None,
        high: None,
        qualifier: None,
        bound: None,
        unit: None,
        currency: None,
        vague: false,
        sentence: String::new(),
        sentence_range: 0..0,
    }
}

/// What an extractor should find in the fixture, written by hand.
fn extracted(b: &Briefing) -> Extracted {
    Extracted::new(
        vec![
            entity(
                "José Álvarez",
                EntityKind::Person,
                &[],
                vec![find(b, 2, 1, 0, "José Álvarez")],
            ),
            entity(
                "Amara Okafor",
                EntityKind::Person,
                &["Okafor"],
                vec![
                    // Out of order on purpose: the match list sorts.
                    find(b, 2, 1, 0, "Amara Okafor"),
                    find(b, 0, 0, 0, "Amara Okafor"),
                    find(b, 0, 1, 0, "Okafor"),
                ],
            ),
            entity(
                "Port Authority of Valdoria",
                EntityKind::Organization,
                &[],
                vec![find(b, 0, 1, 0, "Port Authority of Valdoria")],
            ),
            entity(
                "Lisbon",
                EntityKind::Place,
                &[],
                vec![find(b, 1, 0, 0, "Lisbon")],
            ),
            entity(
                "Valdoria",
                EntityKind::Place,
                &[],
                vec![find(b, 0, 0, 0, "Valdoria")],
            ),
        ],
        vec![
            figure(
                find(b, 1, 0, 0, "2,400 volunteers"),
                "2,400 volunteers",
                FigureKind::Count,
            ),
            figure(find(b, 0, 1, 0, "4%"), "a 4% raise", FigureKind::Percent),
        ],
    )
}

fn app(width: u16, height: u16) -> App {
    let keymap = Keymap::default_keymap().unwrap_or_else(|e| panic!("{e}"));
    let b = briefing();
    let data = extracted(&b);
    let mut app = App::new(b, keymap, Styles::monochrome());
    app.sidebar.extraction = Extraction::Ready(data);
    update(&mut app, Action::Resize { width, height });
    app
}

/// The names of the sidebar's rows, in order.
fn row_names(app: &App) -> Vec<String> {
    let Some(data) = app.sidebar.extracted() else {
        return Vec::new();
    };
    app.sidebar
        .rows()
        .into_iter()
        .map(|row| match row {
            SidebarRow::Entity(i) => data.entities[i].name.clone(),
            SidebarRow::Figure(i) => data.figures[i].text.clone(),
        })
        .collect()
}

fn focus_sidebar(app: &mut App) {
    while app.focus != Focus::Sidebar {
        key(app, KeyAction::FocusNext);
    }
}

#[test]
fn tabs_switch_with_their_keys_and_list_one_kind_by_mentions() {
    let mut app = app(160, 48);
    focus_sidebar(&mut app);
    assert_eq!(app.sidebar.tab, SidebarTab::People);
    assert_eq!(
        row_names(&app),
        ["Amara Okafor", "José Álvarez"],
        "most mentions first"
    );
    key(&mut app, KeyAction::ScrollDown);
    assert_eq!(app.sidebar.selected, 1);
    key(&mut app, KeyAction::MoveRight);
    assert_eq!(app.sidebar.tab, SidebarTab::Organisations);
    assert_eq!(app.sidebar.selected, 0, "a new tab starts at its top");
    assert_eq!(row_names(&app), ["Port Authority of Valdoria"]);
    key(&mut app, KeyAction::MoveRight);
    assert_eq!(row_names(&app), ["Lisbon", "Valdoria"], "ties by name");
    key(&mut app, KeyAction::MoveRight);
    assert_eq!(app.sidebar.tab, SidebarTab::Figures);
    assert_eq!(
        row_names(&app),
        ["a 4% raise", "2,400 volunteers"],
        "reading order"
    );
    key(&mut app, KeyAction::MoveRight);
    assert_eq!(app.sidebar.tab, SidebarTab::People, "wraps round");
    key(&mut app, KeyAction::MoveLeft);
    assert_eq!(app.sidebar.tab, SidebarTab::Figures);
}

#[test]
fn selection_stays_within_the_rows() {
    let mut app = app(160, 48);
    focus_sidebar(&mut app);
    key(&mut app, KeyAction::Bottom);
    assert_eq!(app.sidebar.selected, 1);
    key(&mut app, KeyAction::ScrollDown);
    assert_eq!(app.sidebar.selected, 1);
    key(&mut app, KeyAction::Top);
    key(&mut app, KeyAction::ScrollUp);
    assert_eq!(app.sidebar.selected, 0);
    assert_eq!(
        app.reader.scroll, 0,
        "sidebar keys do not scroll the reader"
    );
}

#[test]
fn the_filter_is_case_and_accent_insensitive_and_esc_clears_it() {
    let mut app = app(160, 48);
    focus_sidebar(&mut app);
    key(&mut app, KeyAction::Search);
    assert!(app.editing_filter());
    type_text(&mut app, "JOSE");
    assert_eq!(row_names(&app), ["José Álvarez"]);
    update(&mut app, Action::Edit(Edit::Backspace));
    type_text(&mut app, "e a");
    assert_eq!(row_names(&app), ["José Álvarez"], "“jose a” still matches");
    update(&mut app, Action::Edit(Edit::Submit));
    assert!(
        !app.editing_filter(),
        "Enter closes the line and keeps the filter"
    );
    assert_eq!(app.sidebar.filter, "JOSe a");
    key(&mut app, KeyAction::Close);
    assert!(app.sidebar.filter.is_empty(), "Esc clears a kept filter");
    assert_eq!(row_names(&app).len(), 2);

    key(&mut app, KeyAction::Search);
    type_text(&mut app, "okaf");
    assert_eq!(row_names(&app), ["Amara Okafor"]);
    update(&mut app, Action::Edit(Edit::Cancel));
    assert!(!app.editing_filter() && app.sidebar.filter.is_empty());
}

#[test]
fn the_filter_matches_aliases_and_figure_units() {
    let mut app = app(160, 48);
    focus_sidebar(&mut app);
    app.sidebar.filter = "okafor".into();
    assert_eq!(row_names(&app), ["Amara Okafor"]);
    key(&mut app, KeyAction::MoveLeft);
    app.sidebar.filter = "volunt".into();
    assert_eq!(row_names(&app), ["2,400 volunteers"]);
}

#[test]
fn selecting_an_entity_highlights_its_mentions_and_starts_at_the_reader() {
    let mut app = app(160, 48);
    let b = briefing();
    // Read on past the first mention in the port story.
    key(&mut app, KeyAction::NextSection);
    assert_eq!(app.reading_position().section, 1);
    focus_sidebar(&mut app);
    key(&mut app, KeyAction::Open);
    let mentions = vec![
        find(&b, 0, 0, 0, "Amara Okafor"),
        find(&b, 0, 1, 0, "Okafor"),
        find(&b, 2, 1, 0, "Amara Okafor"),
    ];
    assert_eq!(
        app.highlights(),
        mentions,
        "every mention, in reading order"
    );
    let Some(list) = &app.matches else {
        panic!("no match list")
    };
    assert_eq!(
        list.counter(),
        "Amara Okafor 2/3",
        "first mention at/after the reader"
    );
    assert_eq!(app.reader.source, 0);
    assert_eq!(app.reading_position().section, 1);
}

#[test]
fn n_and_shift_n_step_through_mentions_across_sources_and_wrap() {
    let mut app = app(160, 48);
    focus_sidebar(&mut app);
    key(&mut app, KeyAction::Open);
    let counter = |app: &App| app.matches.as_ref().map(|m| m.counter());
    assert_eq!(counter(&app).as_deref(), Some("Amara Okafor 1/3"));
    key(&mut app, KeyAction::NextMatch);
    key(&mut app, KeyAction::NextMatch);
    assert_eq!(counter(&app).as_deref(), Some("Amara Okafor 3/3"));
    assert_eq!(
        app.reader.source, 2,
        "the reader follows into the flood story"
    );
    assert!(
        !app.message
            .as_deref()
            .is_some_and(|m| m.contains("wrapped")),
        "no wrap yet"
    );
    key(&mut app, KeyAction::NextMatch);
    assert_eq!(counter(&app).as_deref(), Some("Amara Okafor 1/3"));
    assert_eq!(app.message.as_deref(), Some("wrapped to first mention"));
    assert_eq!(app.reader.source, 0);
    key(&mut app, KeyAction::PreviousMatch);
    assert_eq!(counter(&app).as_deref(), Some("Amara Okafor 3/3"));
    assert_eq!(app.message.as_deref(), Some("wrapped to last mention"));
    let status = screen(&app);
    assert!(
        status
            .lines()
            .last()
            .is_some_and(|l| l.contains("Amara Okafor 3/3")),
        "{status}"
    );
}

#[test]
fn n_without_matches_says_what_to_do() {
    let mut app = app(160, 48);
    key(&mut app, KeyAction::NextMatch);
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.contains("select an entity"))
    );
    assert_eq!(app.reader.scroll, 0);
}

#[test]
fn enter_on_a_figure_jumps_to_it_and_highlights_it() {
    let mut app = app(160, 48);
    let b = briefing();
    focus_sidebar(&mut app);
    key(&mut app, KeyAction::MoveLeft);
    key(&mut app, KeyAction::ScrollDown);
    key(&mut app, KeyAction::Open);
    let target = find(&b, 1, 0, 0, "2,400 volunteers");
    assert_eq!(app.reader.source, 1);
    assert_eq!(app.reading_position(), target.position());
    assert_eq!(app.highlights(), [target]);
}

#[test]
fn esc_in_the_reader_clears_highlights_and_matches() {
    let mut app = app(160, 48);
    focus_sidebar(&mut app);
    key(&mut app, KeyAction::Open);
    assert!(!app.highlights().is_empty());
    key(&mut app, KeyAction::FocusNext);
    key(&mut app, KeyAction::FocusNext);
    assert_eq!(app.focus, Focus::Reader);
    key(&mut app, KeyAction::Close);
    assert!(app.highlights().is_empty());
    assert!(app.matches.is_none());
}

#[test]
fn the_sidebar_marks_sources_and_the_section_on_screen() {
    let mut app = app(160, 48);
    let Some(data) = app.sidebar.extracted().cloned() else {
        panic!("fixture data missing")
    };
    let okafor = &data.entities[1];
    let alvarez = &data.entities[0];
    assert_eq!(app.sources_of(okafor), [true, false, true]);
    assert!(app.on_screen(okafor), "named in the port story's lead");
    assert!(!app.on_screen(alvarez));
    update(&mut app, Action::JumpToSource(2));
    key(&mut app, KeyAction::NextSection);
    assert!(app.on_screen(alvarez), "the sidebar follows the reader");
    let text = screen(&app);
    assert!(text.contains("▸José Álvarez"), "{text}");
    assert!(text.contains("●○●"), "{text}");
}

#[test]
fn e_shows_the_sidebar_at_80_columns_in_place_of_the_outline() {
    let mut app = app(80, 24);
    let panes = app.panes().unwrap_or_else(|| panic!("80x24 fits"));
    assert!(panes.sidebar.is_none() && panes.outline.is_some());
    key(&mut app, KeyAction::ToggleSidebar);
    let panes = app.panes().unwrap_or_else(|| panic!("80x24 fits"));
    let Some(side) = panes.sidebar else {
        panic!("e shows the sidebar")
    };
    assert!(panes.outline.is_none());
    assert_eq!(panes.reader.width + side.width, 80, "panes still tile");
    assert_eq!(app.focus, Focus::Sidebar);
    assert!(app.measure() >= 40, "the reader stays readable");
    key(&mut app, KeyAction::ToggleSidebar);
    let panes = app.panes().unwrap_or_else(|| panic!("80x24 fits"));
    assert!(panes.sidebar.is_none());
    assert_eq!(app.focus, Focus::Reader);
}

#[test]
fn e_hides_the_sidebar_on_a_wide_screen_and_the_reader_widens() {
    let mut app = app(160, 48);
    let before = app.panes().map(|p| p.reader.width);
    key(&mut app, KeyAction::ToggleSidebar);
    let panes = app.panes().unwrap_or_else(|| panic!("160x48 fits"));
    assert!(panes.sidebar.is_none() && panes.outline.is_some());
    assert_eq!(before.map(|w| w + 30), Some(panes.reader.width));
    assert!(!app.visible_focuses().contains(&Focus::Sidebar));
}

#[test]
fn the_sidebar_toggle_draws_at_every_width() {
    for width in [30, 45, 59, 60, 80, 109, 110, 200] {
        let mut app = app(width, 20);
        key(&mut app, KeyAction::ToggleSidebar);
        let text = screen(&app);
        assert_eq!(text.lines().count(), 20);
        let panes = app.panes().unwrap_or_else(|| panic!("{width} fits"));
        let total = panes.outline.map_or(0, |r| r.width)
            + panes.reader.width
            + panes.sidebar.map_or(0, |r| r.width);
        assert_eq!(total, width);
    }
}

#[test]
fn background_extraction_arrives_and_matches_a_direct_one() {
    let keymap = Keymap::default_keymap().unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new(briefing(), keymap, Styles::monochrome());
    update(
        &mut app,
        Action::Resize {
            width: 160,
            height: 48,
        },
    );
    app.analyse_in_background();
    assert!(screen(&app).contains("extracting…") || !app.sidebar.is_running());
    // `c` before the analysis is done waits for it rather than extracting again.
    key(&mut app, KeyAction::Compare);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while app.analysing() {
        assert!(
            std::time::Instant::now() < deadline,
            "the analysis never finished"
        );
        for action in app.poll_jobs() {
            update(&mut app, action);
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let direct = Extracted::of(&app.briefing);
    let Some(background) = app.sidebar.extracted() else {
        panic!("extraction failed")
    };
    assert_eq!(background.entities, direct.entities);
    assert_eq!(background.figures, direct.figures);
    // The comparison was built from the same figures, and the picker opened
    // when it arrived.
    assert!(app.compare.data.is_some());
    assert!(matches!(
        app.overlays.last(),
        Some(brief::tui::Overlay::TopicPicker { .. })
    ));
}

#[test]
fn many_sources_show_a_count_instead_of_marks() {
    let keymap = Keymap::default_keymap().unwrap_or_else(|e| panic!("{e}"));
    let mut b = briefing();
    let base = b.sources[0].clone();
    for i in 0..9 {
        let mut extra = base.clone();
        extra.id = format!("copy{i}");
        b.sources.push(extra);
    }
    let Extracted {
        mut entities,
        figures,
        ..
    } = extracted(&b);
    // Named in the copies 3 and 4 as well: 4 of 12 sources.
    for source in [5, 6] {
        let at = find(&b, source, 0, 0, "Amara Okafor");
        entities[1].mentions.push(Mention {
            at,
            text: "Amara Okafor".into(),
        });
    }
    let data = Extracted::new(entities, figures);
    let mut app = App::new(b, keymap, Styles::monochrome());
    app.sidebar.extraction = Extraction::Ready(data);
    update(
        &mut app,
        Action::Resize {
            width: 160,
            height: 48,
        },
    );
    let text = screen(&app);
    assert!(text.contains("4/12"), "{text}");
    assert!(!text.contains('●'), "{text}");
}

#[test]
fn sidebar_160x48_with_an_entity_selected() {
    let mut app = app(160, 48);
    focus_sidebar(&mut app);
    key(&mut app, KeyAction::Open);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn sidebar_figures_tab_160x48() {
    let mut app = app(160, 48);
    focus_sidebar(&mut app);
    key(&mut app, KeyAction::MoveLeft);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn e_at_80x24_with_a_filter() {
    let mut app = app(80, 24);
    key(&mut app, KeyAction::ToggleSidebar);
    key(&mut app, KeyAction::Search);
    type_text(&mut app, "ok");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn a_pending_extraction_says_so() {
    let keymap = Keymap::default_keymap().unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new(briefing(), keymap, Styles::monochrome());
    // A worker that never answers (it waits for a request that never comes).
    app.analysis = Worker::spawn(
        "test-analysis",
        |mut inbox: Inbox<()>, _: Outbox<Analysed>| {
            inbox.newest();
        },
    );
    app.sidebar.extraction = Extraction::Running;
    update(
        &mut app,
        Action::Resize {
            width: 160,
            height: 48,
        },
    );
    assert!(screen(&app).contains("extracting…"));
    assert!(app.poll_jobs().is_empty(), "nothing arrived yet");
    focus_sidebar(&mut app);
    key(&mut app, KeyAction::Open);
    assert!(app.matches.is_none(), "nothing to select yet");
}

#[test]
fn a_dead_extraction_thread_is_reported_not_hung_on() {
    let keymap = Keymap::default_keymap().unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new(briefing(), keymap, Styles::monochrome());
    // A worker that stops without a word, as a panicking one does.
    app.analysis = Worker::spawn("test-analysis", |_: Inbox<()>, _: Outbox<Analysed>| {});
    app.sidebar.extraction = Extraction::Running;
    update(
        &mut app,
        Action::Resize {
            width: 160,
            height: 48,
        },
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while app.analysing() {
        assert!(std::time::Instant::now() < deadline, "never noticed");
        for action in app.poll_jobs() {
            update(&mut app, action);
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    assert!(!app.sidebar.is_running());
    assert!(screen(&app).contains("extraction failed"));
}

#[test]
fn every_mention_on_screen_is_drawn_highlighted() {
    let mut app = app(160, 48);
    focus_sidebar(&mut app);
    key(&mut app, KeyAction::Open);
    let area = app.size();
    let mut terminal =
        Terminal::new(TestBackend::new(area.width, area.height)).unwrap_or_else(|e| panic!("{e}"));
    terminal
        .draw(|frame| view(&app, frame))
        .unwrap_or_else(|e| panic!("{e}"));
    let buffer = terminal.backend().buffer();
    let Some(reader) = app.panes().map(|p| p.reader_inner()) else {
        panic!("160x48 fits")
    };
    // Monochrome highlights are reversed; the only reversed text in the
    // reader is the two mentions in the port story ("Amara Okafor", "Okafor").
    let mut highlighted = String::new();
    for y in reader.y..reader.bottom() {
        for x in reader.x..reader.right() {
            let cell = &buffer[(x, y)];
            if cell.modifier.contains(Modifier::REVERSED) {
                highlighted.push_str(cell.symbol());
            }
        }
    }
    assert_eq!(highlighted, "Amara OkaforOkafor");
}

#[test]
fn the_sidebar_keys_are_in_the_default_keymap() {
    let keymap = Keymap::default_keymap().unwrap_or_else(|e| panic!("{e}"));
    let press = |c: char| {
        let event = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        brief::tui::keys::action(&keymap, &event)
    };
    assert_eq!(press('e'), Some(Action::Key(KeyAction::ToggleSidebar)));
    assert_eq!(press('n'), Some(Action::Key(KeyAction::NextMatch)));
    assert_eq!(press('/'), Some(Action::Key(KeyAction::Search)));
    assert_eq!(press('l'), Some(Action::Key(KeyAction::MoveRight)));
    assert_eq!(press('h'), Some(Action::Key(KeyAction::MoveLeft)));
    let shift_n = KeyEvent::new(KeyCode::Char('N'), KeyModifiers::SHIFT);
    assert_eq!(
        brief::tui::keys::action(&keymap, &shift_n),
        Some(Action::Key(KeyAction::PreviousMatch))
    );
}

#[test]
fn the_wheel_over_the_sidebar_moves_its_selection() {
    let mut app = app(160, 48);
    let Some(side) = app.panes().and_then(|p| p.sidebar) else {
        panic!("160 columns show the sidebar")
    };
    update(
        &mut app,
        Action::Wheel {
            column: side.x + 2,
            row: side.y + 10,
            lines: 3,
        },
    );
    assert_eq!(app.sidebar.selected, 1, "clamped to the last row");
    assert_eq!(app.reader.scroll, 0);
}

#[test]
fn a_long_list_keeps_the_selection_on_screen() {
    let keymap = Keymap::default_keymap().unwrap_or_else(|e| panic!("{e}"));
    let b = briefing();
    let at = find(&b, 0, 0, 0, "Amara Okafor");
    let people = (0..200)
        .map(|i| {
            let mentions = vec![at.clone(); 1 + i % 7];
            entity(&format!("Person{i:03}"), EntityKind::Person, &[], mentions)
        })
        .collect();
    let mut app = App::new(b, keymap, Styles::monochrome());
    app.sidebar.extraction = Extraction::Ready(Extracted::new(people, Vec::new()));
    update(
        &mut app,
        Action::Resize {
            width: 160,
            height: 30,
        },
    );
    focus_sidebar(&mut app);
    for _ in 0..3 {
        key(&mut app, KeyAction::PageDown);
    }
    let names = row_names(&app);
    let selected = &names[app.sidebar.selected];
    assert!(
        app.sidebar.selected > 30,
        "paged well past the first screen"
    );
    assert!(
        screen(&app).contains(selected.as_str()),
        "{selected} is not on screen"
    );
    key(&mut app, KeyAction::Bottom);
    let last = &names[names.len() - 1];
    assert!(screen(&app).contains(last.as_str()));
    assert!(!screen(&app).contains(names[0].as_str()));
}

#[test]
fn the_match_count_stays_visible_at_80_columns_under_a_long_heading() {
    let mut app = app(80, 24);
    app.briefing.sources[0].sections[1].heading =
        Some("Talks between the dock unions and the port authority broke down twice".into());
    key(&mut app, KeyAction::NextSection);
    key(&mut app, KeyAction::ToggleSidebar);
    key(&mut app, KeyAction::Open);
    let text = screen(&app);
    let status = text.lines().last().unwrap_or_default();
    assert!(status.contains("Amara Okafor 2/3"), "{status}");
    assert!(status.contains("Talks between"), "{status}");
}

#[test]
fn entities_of_every_section_on_screen_are_marked_not_only_the_top_one() {
    let data = extracted(&briefing());
    let authority = &data.entities[2];
    // At 160×48 the whole port story fits: its "Talks" section is on
    // screen below the lead.
    let tall = app(160, 48);
    assert_eq!(tall.current_section(), Some(0));
    assert!(tall.on_screen(authority));
    // At 80×24 only the lead's first paragraphs are.
    let mut short = app(80, 24);
    assert!(!short.on_screen(authority));
    key(&mut short, KeyAction::Bottom);
    assert!(short.on_screen(authority));
}

#[test]
fn the_filter_line_edits_words_and_moves_the_list_as_it_is_typed() {
    let mut app = app(160, 48);
    focus_sidebar(&mut app);
    key(&mut app, KeyAction::Search);
    type_text(&mut app, "amara okaf");
    assert_eq!(row_names(&app), ["Amara Okafor"]);
    update(&mut app, Action::Edit(Edit::DeleteWord));
    assert_eq!(app.sidebar.filter, "amara ");
    update(&mut app, Action::Edit(Edit::ClearLine));
    assert_eq!(app.sidebar.filter, "");
    assert!(app.editing_filter(), "editing goes on after Ctrl-u");
    let count = row_names(&app).len();
    assert!(count >= 2, "{count}");
    assert_eq!(app.sidebar.selected, 0);
    update(&mut app, Action::Edit(Edit::PageDown));
    assert_eq!(app.sidebar.selected, count - 1, "stops at the last row");
    update(&mut app, Action::Edit(Edit::Up));
    assert_eq!(app.sidebar.selected, count - 2);
    update(&mut app, Action::Edit(Edit::Down));
    assert_eq!(app.sidebar.selected, count - 1);
    assert!(app.editing_filter(), "moving keeps the line open");
    update(&mut app, Action::Edit(Edit::Submit));
    assert!(!app.editing_filter());
    assert_eq!(
        app.sidebar.selected,
        count - 1,
        "Enter keeps the row moved to"
    );
    key(&mut app, KeyAction::Search);
    type_text(&mut app, "o");
    assert_eq!(
        app.sidebar.selected, 0,
        "typing selects the first row again"
    );
}

#[test]
fn a_long_filter_shows_its_end_where_the_typing_is() {
    let mut app = app(160, 48);
    focus_sidebar(&mut app);
    key(&mut app, KeyAction::Search);
    type_text(&mut app, "a filter far longer than the sidebar is wide xyz");
    let shown = screen(&app);
    assert!(shown.contains("wide xyz▏"), "{shown}");
    assert!(!shown.contains("/a filter"), "the start gives way: {shown}");
}
