//! Terminal key events to keymap chords and actions.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::{Action, Edit};
use super::search::SearchKey;
use crate::config::{KeyAction, KeyChord, KeyName, Keymap};

/// The chord for a crossterm key event, if it is one the keymap can name.
pub fn chord(event: &KeyEvent) -> Option<KeyChord> {
    let mods = event.modifiers;
    let mut shift = mods.contains(KeyModifiers::SHIFT);
    let code = match event.code {
        KeyCode::Char(c) => KeyName::Char(c),
        KeyCode::Up => KeyName::Up,
        KeyCode::Down => KeyName::Down,
        KeyCode::Left => KeyName::Left,
        KeyCode::Right => KeyName::Right,
        KeyCode::PageUp => KeyName::PageUp,
        KeyCode::PageDown => KeyName::PageDown,
        KeyCode::Home => KeyName::Home,
        KeyCode::End => KeyName::End,
        KeyCode::Enter => KeyName::Enter,
        KeyCode::Esc => KeyName::Esc,
        KeyCode::Tab => KeyName::Tab,
        // Terminals send shift-tab as its own key.
        KeyCode::BackTab => {
            shift = true;
            KeyName::Tab
        }
        KeyCode::Backspace => KeyName::Backspace,
        KeyCode::Delete => KeyName::Delete,
        KeyCode::Insert => KeyName::Insert,
        KeyCode::F(n) => KeyName::F(n),
        _ => return None,
    };
    Some(KeyChord::new(
        code,
        mods.contains(KeyModifiers::CONTROL),
        mods.contains(KeyModifiers::ALT),
        shift,
    ))
}

/// The action for a key event: presses only, so a key never fires twice
/// on terminals that also report releases.
pub fn action(keymap: &Keymap, event: &KeyEvent) -> Option<Action> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    let chord = chord(event)?;
    match keymap.action(&chord)? {
        KeyAction::JumpToSource => match chord.code {
            KeyName::Char(c) => c
                .to_digit(10)
                .filter(|&d| d > 0)
                .map(|d| Action::JumpToSource(d as usize - 1)),
            _ => None,
        },
        key => Some(Action::Key(key)),
    }
}

/// The edit a key event makes in a text prompt: characters are typed as
/// they are, whatever the keymap binds them to.
pub fn edit(event: &KeyEvent) -> Option<Action> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let edit = match event.code {
        KeyCode::Char('c') if ctrl => Edit::Cancel,
        KeyCode::Char(c) if !ctrl && !c.is_control() => Edit::Char(c),
        KeyCode::Backspace => Edit::Backspace,
        KeyCode::Enter => Edit::Submit,
        KeyCode::Esc => Edit::Cancel,
        _ => return None,
    };
    Some(Action::Edit(edit))
}

/// The edit a key event makes in the topic picker: like [`edit`], plus
/// moving through the list (arrows, Ctrl-n/Ctrl-p) and Alt-Enter to use
/// the typed text rather than the selected topic.
pub fn picker(event: &KeyEvent) -> Option<Action> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    let edit = match event.code {
        KeyCode::Up | KeyCode::BackTab => Edit::Up,
        KeyCode::Char('p') if ctrl => Edit::Up,
        KeyCode::Down | KeyCode::Tab => Edit::Down,
        KeyCode::Char('n') if ctrl => Edit::Down,
        KeyCode::Enter if alt => Edit::SubmitTyped,
        _ => return edit(event),
    };
    Some(Action::Edit(edit))
}

/// The key a key event is in the open search bar: characters (`q`, `n`,
/// `j` included) go to the query, and a few editing and list keys.
pub fn search_key(event: &KeyEvent) -> Option<Action> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let key = match event.code {
        KeyCode::Char('c') if ctrl => SearchKey::Cancel,
        KeyCode::Char('u') if ctrl => SearchKey::ClearLine,
        KeyCode::Char('w') if ctrl => SearchKey::DeleteWord,
        KeyCode::Char('n') if ctrl => SearchKey::Down,
        KeyCode::Char('p') if ctrl => SearchKey::Up,
        KeyCode::Char(c) if !ctrl && !c.is_control() => SearchKey::Char(c),
        KeyCode::Backspace => SearchKey::Backspace,
        KeyCode::Up => SearchKey::Up,
        KeyCode::Down => SearchKey::Down,
        KeyCode::PageUp => SearchKey::PageUp,
        KeyCode::PageDown => SearchKey::PageDown,
        KeyCode::Enter => SearchKey::Submit,
        KeyCode::Esc => SearchKey::Cancel,
        _ => return None,
    };
    Some(Action::Search(key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventState;

    fn keymap() -> Keymap {
        Keymap::default_keymap().unwrap_or_else(|e| panic!("{e}"))
    }

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn maps_presses_to_actions() {
        let k = keymap();
        let act = |code, mods| action(&k, &press(code, mods));
        assert_eq!(
            act(KeyCode::Char('j'), KeyModifiers::NONE),
            Some(Action::Key(KeyAction::ScrollDown))
        );
        assert_eq!(
            act(KeyCode::Char('G'), KeyModifiers::SHIFT),
            Some(Action::Key(KeyAction::Bottom))
        );
        assert_eq!(
            act(KeyCode::Char('d'), KeyModifiers::CONTROL),
            Some(Action::Key(KeyAction::HalfPageDown))
        );
        assert_eq!(
            act(KeyCode::BackTab, KeyModifiers::SHIFT),
            Some(Action::Key(KeyAction::FocusPrevious))
        );
        assert_eq!(
            act(KeyCode::Char(' '), KeyModifiers::NONE),
            Some(Action::Key(KeyAction::PageDown))
        );
        assert_eq!(
            act(KeyCode::Char('3'), KeyModifiers::NONE),
            Some(Action::JumpToSource(2))
        );
        assert_eq!(
            act(KeyCode::Char('}'), KeyModifiers::SHIFT),
            Some(Action::Key(KeyAction::NextSource))
        );
        assert_eq!(act(KeyCode::Char('~'), KeyModifiers::NONE), None);
    }

    #[test]
    fn the_picker_types_moves_and_submits() {
        let act = |code, mods| picker(&press(code, mods));
        assert_eq!(
            act(KeyCode::Char('j'), KeyModifiers::NONE),
            Some(Action::Edit(Edit::Char('j')))
        );
        assert_eq!(
            act(KeyCode::Char('n'), KeyModifiers::CONTROL),
            Some(Action::Edit(Edit::Down))
        );
        assert_eq!(
            act(KeyCode::Up, KeyModifiers::NONE),
            Some(Action::Edit(Edit::Up))
        );
        assert_eq!(
            act(KeyCode::Enter, KeyModifiers::ALT),
            Some(Action::Edit(Edit::SubmitTyped))
        );
        assert_eq!(
            act(KeyCode::Enter, KeyModifiers::NONE),
            Some(Action::Edit(Edit::Submit))
        );
    }

    #[test]
    fn releases_and_repeats_do_not_fire() {
        let k = keymap();
        let mut release = press(KeyCode::Char('j'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        release.state = KeyEventState::NONE;
        assert_eq!(action(&k, &release), None);
    }

    #[test]
    fn the_search_bar_takes_letters_the_keymap_binds() {
        let typed = |code, mods| search_key(&press(code, mods));
        for c in ['q', 'j', 'n', 'N', '/', '?'] {
            assert_eq!(
                typed(KeyCode::Char(c), KeyModifiers::NONE),
                Some(Action::Search(SearchKey::Char(c)))
            );
        }
        assert_eq!(
            typed(KeyCode::Char('n'), KeyModifiers::CONTROL),
            Some(Action::Search(SearchKey::Down))
        );
        assert_eq!(
            typed(KeyCode::Char('p'), KeyModifiers::CONTROL),
            Some(Action::Search(SearchKey::Up))
        );
        assert_eq!(
            typed(KeyCode::Char('u'), KeyModifiers::CONTROL),
            Some(Action::Search(SearchKey::ClearLine))
        );
        assert_eq!(
            typed(KeyCode::Char('w'), KeyModifiers::CONTROL),
            Some(Action::Search(SearchKey::DeleteWord))
        );
        assert_eq!(
            typed(KeyCode::Esc, KeyModifiers::NONE),
            Some(Action::Search(SearchKey::Cancel))
        );
        assert_eq!(typed(KeyCode::F(5), KeyModifiers::NONE), None);
    }
}
