//! Live search in the reader, driven through `update` without a terminal:
//! typing, selecting, Enter, `n`/`N`, Esc, stale results and the worker.

use crate::support::tui as tui_support;

use tui_support::drive::{edit, key, screen, type_text};

use std::time::{Duration, Instant};

use brief::config::KeyAction;
use brief::search::{Index, Query};
use brief::tui::search::SearchMode;
use brief::tui::{App, Edit, Overlay};

/// Opens the bar and types `text`.
fn search(app: &mut App, text: &str) {
    key(app, KeyAction::Search);
    type_text(app, text);
}

/// The hits a fresh, non-incremental search finds for `text`.
fn fresh_hits(app: &App, text: &str) -> Vec<brief::search::Hit> {
    Index::build(&app.briefing).search(&Query::parse(text), brief::tui::search::HIT_LIMIT)
}

#[test]
fn every_keystroke_updates_the_results_and_counts_per_source() {
    let mut app = tui_support::app(80, 24);
    search(&mut app, "w");
    let after_one = app.search.results.hits.len();
    assert!(after_one > 0);
    type_text(&mut app, "eeks");
    let hits = &app.search.results.hits;
    assert_eq!(app.search.results.generation, app.search.sent);
    assert_eq!(*hits, fresh_hits(&app, "weeks"));
    assert!(hits.len() < after_one, "a longer query narrows the list");
    let counted: usize = app.search.results.per_source.iter().map(|&(_, n)| n).sum();
    assert_eq!(counted, hits.len());
    for hit in hits {
        let text = hit.at.text(&app.briefing).unwrap_or_default();
        let matched: String = hit.matches.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(matched.to_lowercase(), "weeks", "{text}");
    }
    // Backspace widens again; Ctrl-u empties.
    edit(&mut app, Edit::Backspace);
    assert_eq!(app.search.query, "week");
    assert_eq!(app.search.results.hits, fresh_hits(&app, "week"));
    edit(&mut app, Edit::ClearLine);
    assert_eq!(app.search.query, "");
    assert!(app.search.results.hits.is_empty());
}

#[test]
fn ctrl_w_deletes_the_last_word_of_the_query() {
    let mut app = tui_support::app(80, 24);
    search(&mut app, "bus weekend");
    let both = app.search.results.hits.len();
    edit(&mut app, Edit::DeleteWord);
    assert_eq!(app.search.query, "bus ");
    assert!(app.search.results.hits.len() >= both);
    assert_eq!(app.search.results.hits, fresh_hits(&app, "bus"));
}

#[test]
fn letters_the_keymap_binds_go_into_the_query() {
    let mut app = tui_support::app(80, 24);
    search(&mut app, "qjnN/");
    assert_eq!(app.search.query, "qjnN/");
    assert!(!app.quit);
    assert_eq!(app.overlays.last(), Some(&Overlay::Search));
}

#[test]
fn typing_narrows_the_previous_results_instead_of_searching_everything() {
    let mut app = tui_support::app(80, 24);
    assert_eq!(app.search.mode(), SearchMode::Inline);
    search(&mut app, "bleach");
    assert_eq!(app.search.inline_searches, 6);
    assert_eq!(
        app.search.narrowed_searches, 5,
        "every letter after the first"
    );
    // Same results as searching from scratch.
    assert_eq!(app.search.results.hits, fresh_hits(&app, "bleach"));
    edit(&mut app, Edit::Backspace);
    assert_eq!(app.search.inline_searches, 7);
    assert_eq!(
        app.search.narrowed_searches, 5,
        "a shorter query is not a narrowing"
    );
    assert_eq!(app.search.results.hits, fresh_hits(&app, "bleac"));
}

#[test]
fn selecting_previews_the_hit_and_esc_returns_to_where_the_reader_was() {
    let mut app = tui_support::app(80, 24);
    key(&mut app, KeyAction::PageDown);
    key(&mut app, KeyAction::ScrollDown);
    let (source, scroll, anchor) = (app.reader.source, app.reader.scroll, app.reader.anchor);
    search(&mut app, "weekend");
    // The only hit is in the second source: the reader shows it.
    let hit = app.search.results.hits[0].at.clone();
    assert_eq!(hit.source, 1);
    assert_eq!(app.reader.source, 1);
    assert!(!app.highlights().is_empty());
    edit(&mut app, Edit::Cancel);
    assert!(app.overlays.is_empty());
    assert_eq!(
        (app.reader.source, app.reader.scroll, app.reader.anchor),
        (source, scroll, anchor)
    );
    assert!(app.highlights().is_empty());
    assert!(app.matches.is_none());
    // The place remembered for the second source is untouched by the preview.
    key(&mut app, KeyAction::NextSource);
    assert_eq!(app.reader.scroll, 0);
}

#[test]
fn enter_opens_the_hit_highlights_every_match_and_counts_k_of_n() {
    let mut app = tui_support::app(80, 24);
    search(&mut app, "weeks");
    let hits = app.search.results.hits.clone();
    assert!(hits.len() >= 3, "the fixture has several");
    edit(&mut app, Edit::Down);
    edit(&mut app, Edit::Down);
    let chosen = hits[2].at.clone();
    edit(&mut app, Edit::Submit);
    assert!(app.overlays.is_empty());
    let list = app
        .matches
        .as_ref()
        .unwrap_or_else(|| panic!("Enter sets the match list"));
    assert_eq!(list.refs.len(), hits.len());
    let k = list
        .refs
        .iter()
        .position(|r| *r == chosen)
        .unwrap_or_else(|| panic!("the chosen hit is in the list"));
    assert_eq!(list.current, Some(k));
    assert_eq!(list.counter(), format!("/weeks {}/{}", k + 1, hits.len()));
    assert_eq!(app.reading_position(), chosen.position());

    // Every match of every hit is highlighted, not only the chosen one.
    for hit in &hits {
        for range in hit.block_matches() {
            assert!(
                app.highlights().iter().any(|h| h.source == hit.at.source
                    && h.part == hit.at.part
                    && h.range == range),
                "{hit:?} not highlighted"
            );
        }
    }
    // And the chosen one is on screen, highlighted.
    let doc = app.document();
    let shown = (app.reader.scroll..app.reader.scroll + app.page_height())
        .filter(|&row| !doc.highlights(row, app.highlights()).is_empty())
        .count();
    assert!(shown > 0, "a highlight is in view");
    assert!(screen(&app).contains(&format!("/weeks {}/{}", k + 1, hits.len())));
}

#[test]
fn n_and_shift_n_step_through_hits_across_sources_and_say_when_they_wrap() {
    let mut app = tui_support::app(80, 24);
    // "week" is in the first source ("weeks") and the second ("weekend").
    search(&mut app, "week");
    let total = app.search.results.hits.len();
    let sources: std::collections::BTreeSet<usize> = app
        .search
        .results
        .hits
        .iter()
        .map(|h| h.at.source)
        .collect();
    assert!(sources.len() >= 2, "hits in more than one source");
    edit(&mut app, Edit::Submit);
    // Walk forward to the last hit, visiting every source.
    let mut visited = std::collections::BTreeSet::new();
    let start = app.matches.as_ref().and_then(|m| m.current).unwrap_or(0);
    for _ in start..total - 1 {
        key(&mut app, KeyAction::NextMatch);
        let message = app.message.as_deref().unwrap_or_default();
        assert!(!message.contains("wrapped"), "no wrap before the end");
        visited.insert(app.reader.source);
    }
    key(&mut app, KeyAction::NextMatch);
    assert_eq!(app.message.as_deref(), Some("wrapped to first match"));
    assert_eq!(app.matches.as_ref().and_then(|m| m.current), Some(0));
    key(&mut app, KeyAction::PreviousMatch);
    assert_eq!(app.message.as_deref(), Some("wrapped to last match"));
    assert_eq!(
        app.matches.as_ref().and_then(|m| m.current),
        Some(total - 1)
    );
    let last = app.matches.as_ref().and_then(|m| m.current_ref().cloned());
    assert_eq!(last.map(|r| r.source), Some(app.reader.source));
    visited.insert(app.reader.source);
    assert!(visited.len() >= 2, "n crossed sources");
}

#[test]
fn esc_in_the_reader_clears_the_highlights_and_the_match_list() {
    let mut app = tui_support::app(80, 24);
    search(&mut app, "weeks");
    edit(&mut app, Edit::Submit);
    assert!(app.matches.is_some());
    key(&mut app, KeyAction::Close);
    assert!(app.matches.is_none());
    assert!(app.highlights().is_empty());
    key(&mut app, KeyAction::NextMatch);
    assert!(
        app.message.is_some(),
        "n says there is nothing to step through"
    );
}

#[test]
fn enter_without_matches_closes_the_bar_and_says_so() {
    let mut app = tui_support::app(80, 24);
    let before = app.reading_position();
    search(&mut app, "xqzvw");
    assert!(app.search.results.hits.is_empty());
    assert!(screen(&app).contains("no matches"));
    edit(&mut app, Edit::Submit);
    assert!(app.overlays.is_empty());
    assert_eq!(app.message.as_deref(), Some("no matches for xqzvw"));
    assert_eq!(app.reading_position(), before);
    assert!(app.matches.is_none());
}

#[test]
fn results_of_a_stale_query_are_dropped() {
    let mut app = tui_support::app(80, 24);
    search(&mut app, "reef");
    let stale = app.search.sent;
    let stale_hits = app.search.results.hits.clone();
    type_text(&mut app, "s");
    let current = app.search.results.clone();
    assert_ne!(current.hits, stale_hits, "the fixture tells them apart");
    // An answer to the older query arrives late: it must not replace the newer one.
    assert!(!app.receive_search(stale, stale_hits, true));
    assert_eq!(app.search.results.hits, current.hits);
    assert_eq!(app.search.results.generation, app.search.sent);
    // Nor may anything arrive after Esc.
    let sent = app.search.sent;
    edit(&mut app, Edit::Cancel);
    assert!(!app.receive_search(sent, current.hits, true));
}

#[test]
fn all_hits_after_a_first_page_keep_the_selection_and_complete_the_count() {
    let mut app = tui_support::app(80, 24);
    search(&mut app, "colonies");
    let all = app.search.results.hits.clone();
    assert!(all.len() > 3, "the fixture has many");
    // As the worker does: a first page, then every hit, for one generation.
    let generation = app.search.sent;
    assert!(app.receive_search(generation, all[..3].to_vec(), false));
    assert_eq!(app.search.results.count_label(), "3+");
    assert!(!app.search.complete());
    edit(&mut app, Edit::Down);
    edit(&mut app, Edit::Down);
    let previewed = app.reading_position();
    assert!(app.receive_search(generation, all.clone(), true));
    assert_eq!(app.search.selected, 2, "the selection stays");
    assert_eq!(app.reading_position(), previewed);
    assert_eq!(app.search.results.count_label(), all.len().to_string());
    assert!(app.search.complete());
}

/// Polls the app until its search results answer the query last sent.
fn wait_for_results(app: &mut App) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !app.search.complete() {
        assert!(Instant::now() < deadline, "the worker never answered");
        for action in app.poll_jobs() {
            brief::tui::update(app, action);
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn the_worker_answers_off_the_ui_thread_with_the_newest_query() {
    let mut app = tui_support::app(80, 24);
    app.search.start_worker(&app.briefing.clone());
    assert_eq!(app.search.mode(), SearchMode::Background);
    search(&mut app, "bleaching");
    assert_eq!(
        app.search.inline_searches, 0,
        "nothing ran on the UI thread"
    );
    wait_for_results(&mut app);
    assert_eq!(app.search.results.hits, fresh_hits(&app, "bleaching"));
    assert!(!app.search_waiting());
    // A query still on its way when Esc closes the bar keeps nothing waiting.
    edit(&mut app, Edit::Char('x'));
    assert!(app.search_waiting());
    edit(&mut app, Edit::Cancel);
    assert!(!app.search_waiting(), "the event loop may sleep again");
    key(&mut app, KeyAction::Search);
    type_text(&mut app, "bleaching");
    // Enter while an answer is on its way opens what was typed.
    edit(&mut app, Edit::ClearLine);
    type_text(&mut app, "weekend");
    edit(&mut app, Edit::Submit);
    let list = app
        .matches
        .as_ref()
        .unwrap_or_else(|| panic!("Enter sets the match list"));
    assert_eq!(list.label, "/weekend");
    assert_eq!(app.reader.source, 1);
}

#[test]
fn hostile_text_in_results_draws_no_control_characters() {
    let mut app = tui_support::app(80, 24);
    search(&mut app, "mixed");
    assert!(!app.search.results.hits.is_empty());
    let shown = screen(&app);
    assert!(
        !shown.chars().any(|c| c.is_control() && c != '\n'),
        "{shown:?}"
    );
}

#[test]
fn search_overlay_80x24() {
    let mut app = tui_support::app(80, 24);
    search(&mut app, "weeks");
    edit(&mut app, Edit::Down);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn search_overlay_160x48() {
    let mut app = tui_support::app(160, 48);
    search(&mut app, "week");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn search_overlay_with_an_empty_query_shows_the_syntax() {
    let mut app = tui_support::app(80, 24);
    key(&mut app, KeyAction::Search);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn slash_n_and_shift_n_search_in_every_preset_as_in_less() {
    use brief::config::{KeyChord, Preset};
    for preset in Preset::ALL {
        let keymap = preset.keymap().unwrap_or_else(|e| panic!("{e}"));
        let action =
            |key: &str| keymap.action(&KeyChord::parse(key).unwrap_or_else(|e| panic!("{e}")));
        assert_eq!(action("/"), Some(KeyAction::Search), "{}", preset.name());
        assert_eq!(action("n"), Some(KeyAction::NextMatch), "{}", preset.name());
        assert_eq!(
            action("N"),
            Some(KeyAction::PreviousMatch),
            "{}",
            preset.name()
        );
    }
}
