//! The event loop and terminal setup: the only code that touches crossterm
//! events and terminal modes. The terminal is restored on quit, on error
//! and on panic, mouse capture included.

use std::io::stdout;

use ratatui::DefaultTerminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;

use super::action::Action;
use super::app::App;
use super::search::SEARCH_THREAD;
use super::sidebar::EXTRACTION_THREAD;
use super::theme::Styles;
use super::{Options, keys, update, view};
use crate::config::Config;
use crate::model::Briefing;
use crate::state::StateStore;

/// Runs the reader with `config` (loaded and checked by the caller, so its
/// errors print before the terminal changes) until the user quits, then
/// saves where the reader left off.
pub fn run(briefing: Briefing, options: Options, config: Config) -> Result<(), String> {
    let styles = Styles::from_env(config.theme);
    let (store, warnings) = StateStore::open(&briefing);
    let mut app = App::new(briefing, config.keymap, styles);
    app.mouse = options.mouse;
    // Positions are logical, so resuming before the real size is known is
    // fine: the first resize maps the position onto it.
    app.attach_store(store, warnings);
    app.analyse_in_background();
    app.search.start_worker(&app.briefing);

    let mut terminal =
        ratatui::try_init().map_err(|e| format!("cannot start the terminal UI: {e}"))?;
    install_panic_hook(options.mouse);
    if options.mouse
        && let Err(e) = execute!(stdout(), EnableMouseCapture)
    {
        restore(options.mouse);
        return Err(format!("cannot enable the mouse: {e}"));
    }
    let result = event_loop(&mut terminal, &mut app);
    restore(options.mouse);
    let saved = app.save_state();
    result.and(saved)
}

/// Puts the terminal back: mouse off, raw mode off, main screen, cursor shown.
fn restore(mouse: bool) {
    if mouse {
        let _ = execute!(stdout(), DisableMouseCapture);
    }
    ratatui::restore();
    let _ = execute!(stdout(), Show);
}

/// ratatui's hook (installed by `try_init`) leaves raw mode and the
/// alternate screen; this one also turns the mouse off and shows the cursor
/// before the panic message prints.
fn install_panic_hook(mouse: bool) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // A panic in a background thread must not tear the terminal down
        // under the running reader: the sidebar reports a failed extraction,
        // and search carries on inline without its worker.
        let name = std::thread::current().name().map(str::to_string);
        if matches!(name.as_deref(), Some(EXTRACTION_THREAD | SEARCH_THREAD)) {
            return;
        }
        if mouse {
            let _ = execute!(stdout(), DisableMouseCapture);
        }
        let _ = execute!(stdout(), Show);
        previous(info);
    }));
}

/// How often the event loop checks for the extraction result.
const EXTRACTION_POLL: std::time::Duration = std::time::Duration::from_millis(100);
/// How soon the event loop looks again for search results it waits for.
const SEARCH_POLL: std::time::Duration = std::time::Duration::from_millis(5);

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> Result<(), String> {
    let size = terminal.size().map_err(|e| e.to_string())?;
    update(
        app,
        Action::Resize {
            width: size.width,
            height: size.height,
        },
    );
    while !app.quit {
        for action in app.poll_jobs() {
            update(app, action);
        }
        terminal
            .draw(|frame| view(app, frame))
            .map_err(|e| format!("cannot draw: {e}"))?;
        // While a search or the extraction runs, wake up soon to show its result.
        let wait = if app.search_waiting() {
            Some(SEARCH_POLL)
        } else if app.analysing() {
            Some(EXTRACTION_POLL)
        } else {
            None
        };
        if let Some(wait) = wait
            && !event::poll(wait).map_err(|e| format!("cannot read the terminal: {e}"))?
        {
            continue;
        }
        let event = event::read().map_err(|e| format!("cannot read the terminal: {e}"))?;
        if let Some(action) = action_of(app, &event) {
            update(app, action);
        }
    }
    Ok(())
}

/// The action a terminal event asks for, if any.
fn action_of(app: &App, event: &Event) -> Option<Action> {
    match event {
        // While a prompt is on top, keys go to it, not to the keymap.
        Event::Key(key) if app.prompt().is_some() => keys::prompt(key).map(Action::Edit),
        Event::Key(key) => keys::action(&app.keymap, key),
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        Event::Mouse(mouse) if app.mouse => {
            let (column, row) = (mouse.column, mouse.row);
            match mouse.kind {
                MouseEventKind::ScrollDown => Some(Action::Wheel {
                    column,
                    row,
                    lines: 3,
                }),
                MouseEventKind::ScrollUp => Some(Action::Wheel {
                    column,
                    row,
                    lines: -3,
                }),
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
                _ => None,
            }
        }
        _ => None,
    }
}
