//! The event loop and terminal setup: the only code that touches crossterm
//! events and terminal modes. The terminal is restored on quit, on error,
//! on panic and on TERM/HUP/INT (state saved too), mouse capture included;
//! Ctrl-Z and TSTP give it back while stopped (see [`super::signals`]).

use std::io::stdout;

use ratatui::DefaultTerminal;
use ratatui::crossterm::cursor::{Hide, Show};
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEventKind, KeyModifiers,
    MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};

use super::action::Action;
use super::app::App;
use super::search::SEARCH_THREAD;
use super::sidebar::EXTRACTION_THREAD;
use super::signals::{Request, Signals};
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

    let signals = Signals::install();
    let mut terminal =
        ratatui::try_init().map_err(|e| format!("cannot start the terminal UI: {e}"))?;
    install_panic_hook(options.mouse);
    if options.mouse
        && let Err(e) = execute!(stdout(), EnableMouseCapture)
    {
        restore(options.mouse);
        return Err(format!("cannot enable the mouse: {e}"));
    }
    let result = event_loop(&mut terminal, &mut app, &signals, options.mouse);
    restore(options.mouse);
    let saved = app.save_state();
    match result {
        // Ended by a signal: state is saved and the terminal restored; exit
        // as a process killed by it would be seen to (128 + its number).
        Ok(Some(signal)) => {
            if let Err(e) = saved {
                eprintln!("error: {}", crate::layout::display_safe(&e));
            }
            std::process::exit(128 + signal)
        }
        Ok(None) => saved,
        Err(e) => Err(e),
    }
}

/// Takes the terminal again after a stop: raw mode, alternate screen,
/// cursor hidden, mouse as it was; the caller redraws everything.
fn reenter(terminal: &mut DefaultTerminal, mouse: bool) -> Result<(), String> {
    enable_raw_mode().map_err(|e| format!("cannot resume the terminal UI: {e}"))?;
    let _ = execute!(stdout(), EnterAlternateScreen, Hide);
    if mouse {
        let _ = execute!(stdout(), EnableMouseCapture);
    }
    // `resize` clears the screen and forgets what was drawn, so the next
    // draw repaints everything; `clear` would ask the terminal where its
    // cursor is, which not every terminal answers.
    let size = terminal.size().map_err(|e| format!("cannot redraw: {e}"))?;
    terminal
        .resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))
        .map_err(|e| format!("cannot redraw: {e}"))
}

/// Gives the terminal back, stops until continued (`fg`), takes it again.
fn suspend(terminal: &mut DefaultTerminal, signals: &Signals, mouse: bool) -> Result<(), String> {
    restore(mouse);
    signals.stop();
    reenter(terminal, mouse)
}

/// Ctrl-Z, which raw mode delivers as a key instead of a TSTP: suspends,
/// unless the keymap gives it another use.
fn is_suspend_key(app: &App, event: &Event) -> bool {
    let Event::Key(key) = event else {
        return false;
    };
    let ctrl_z = key.kind != KeyEventKind::Release
        && key.code == KeyCode::Char('z')
        && key.modifiers == KeyModifiers::CONTROL;
    ctrl_z && app.prompt().is_none() && keys::action(&app.keymap, key).is_none()
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

/// The TUI's gate: whatever a view put in a cell (a manifest title, a file
/// name, a note), no character a terminal acts on is written; such a cell
/// shows a space, as the CLI's output gate does.
fn display_safe_cells(buffer: &mut ratatui::buffer::Buffer) {
    for cell in &mut buffer.content {
        if cell.symbol().chars().any(crate::layout::is_unsafe) {
            cell.set_symbol(" ");
        }
    }
}

/// How often the loop looks at the signal flags while nothing else happens.
const SIGNAL_POLL: std::time::Duration = std::time::Duration::from_millis(50);

/// Runs until the user quits (`Ok(None)`) or a signal ends the reader
/// (`Ok(Some(signal))`).
fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    signals: &Signals,
    mouse: bool,
) -> Result<Option<i32>, String> {
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
            .draw(|frame| {
                view(app, frame);
                display_safe_cells(frame.buffer_mut());
            })
            .map_err(|e| format!("cannot draw: {e}"))?;
        // While a search or the extraction runs, wake up soon to show its result.
        let wait = if app.search_waiting() {
            Some(SEARCH_POLL)
        } else if app.analysing() {
            Some(EXTRACTION_POLL)
        } else {
            None
        };
        // Wait for an event, a signal, or the wake-up above; nothing is
        // redrawn for the signal checks alone.
        let started = std::time::Instant::now();
        let event = loop {
            match signals.take() {
                Some(Request::Quit(signal)) => return Ok(Some(signal)),
                Some(Request::Suspend) => {
                    suspend(terminal, signals, mouse)?;
                    break None;
                }
                Some(Request::Resume) => {
                    reenter(terminal, mouse)?;
                    break None;
                }
                None => {}
            }
            let left = wait.map(|w| w.saturating_sub(started.elapsed()));
            if left.is_some_and(|l| l.is_zero()) {
                break None;
            }
            let slice = left.map_or(SIGNAL_POLL, |l| l.min(SIGNAL_POLL));
            if event::poll(slice).map_err(|e| format!("cannot read the terminal: {e}"))? {
                break Some(event::read().map_err(|e| format!("cannot read the terminal: {e}"))?);
            }
        };
        let Some(mut event) = event else {
            continue;
        };
        // Everything already waiting (a paste arrives as thousands of key
        // events) is handled before the next draw, within a frame's time,
        // so a paste costs a few frames, not one per character.
        let batch = std::time::Instant::now();
        loop {
            if is_suspend_key(app, &event) {
                suspend(terminal, signals, mouse)?;
                break;
            }
            if let Some(action) = action_of(app, &event) {
                update(app, action);
            }
            if app.quit
                || batch.elapsed() > BATCH_TIME
                || !event::poll(std::time::Duration::ZERO)
                    .map_err(|e| format!("cannot read the terminal: {e}"))?
            {
                break;
            }
            event = event::read().map_err(|e| format!("cannot read the terminal: {e}"))?;
        }
    }
    Ok(None)
}

/// The longest the loop handles waiting events before it draws again.
const BATCH_TIME: std::time::Duration = std::time::Duration::from_millis(16);

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
