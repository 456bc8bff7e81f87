//! Terminal key events to keymap chords and actions.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::{Action, Edit};
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

/// The edit a key event makes in the text prompt on top: characters are
/// typed as they are (`q`, `j`, `n` included), whatever the keymap binds
/// them to; the rest edit the line, move the list under it, or end it.
pub fn prompt(event: &KeyEvent) -> Option<Edit> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    let edit = match event.code {
        KeyCode::Char('c') if ctrl => Edit::Cancel,
        KeyCode::Char('u') if ctrl => Edit::ClearLine,
        KeyCode::Char('w') if ctrl => Edit::DeleteWord,
        KeyCode::Char('n') if ctrl => Edit::Down,
        KeyCode::Char('p') if ctrl => Edit::Up,
        KeyCode::Char(c) if !ctrl && !c.is_control() => Edit::Char(c),
        KeyCode::Backspace => Edit::Backspace,
        KeyCode::Up | KeyCode::BackTab => Edit::Up,
        KeyCode::Down | KeyCode::Tab => Edit::Down,
        KeyCode::PageUp => Edit::PageUp,
        KeyCode::PageDown => Edit::PageDown,
        KeyCode::Enter if alt => Edit::SubmitTyped,
        KeyCode::Enter => Edit::Submit,
        KeyCode::Esc => Edit::Cancel,
        _ => return None,
    };
    Some(edit)
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
    fn releases_and_repeats_do_not_fire() {
        let k = keymap();
        let mut release = press(KeyCode::Char('j'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        release.state = KeyEventState::NONE;
        assert_eq!(action(&k, &release), None);
    }

    #[test]
    fn a_prompt_takes_letters_the_keymap_binds() {
        let typed = |code, mods| prompt(&press(code, mods));
        for c in ['q', 'j', 'n', 'N', '/', '?', 'é'] {
            assert_eq!(
                typed(KeyCode::Char(c), KeyModifiers::NONE),
                Some(Edit::Char(c))
            );
        }
        assert_eq!(
            typed(KeyCode::Char('G'), KeyModifiers::SHIFT),
            Some(Edit::Char('G'))
        );
        assert_eq!(typed(KeyCode::F(5), KeyModifiers::NONE), None);
        assert_eq!(typed(KeyCode::Char('d'), KeyModifiers::CONTROL), None);
    }

    #[test]
    fn a_prompt_edits_moves_and_ends() {
        let typed = |code, mods| prompt(&press(code, mods));
        let none = KeyModifiers::NONE;
        let ctrl = KeyModifiers::CONTROL;
        let cases = [
            (KeyCode::Backspace, none, Edit::Backspace),
            (KeyCode::Char('u'), ctrl, Edit::ClearLine),
            (KeyCode::Char('w'), ctrl, Edit::DeleteWord),
            (KeyCode::Char('n'), ctrl, Edit::Down),
            (KeyCode::Char('p'), ctrl, Edit::Up),
            (KeyCode::Down, none, Edit::Down),
            (KeyCode::Up, none, Edit::Up),
            (KeyCode::Tab, none, Edit::Down),
            (KeyCode::BackTab, KeyModifiers::SHIFT, Edit::Up),
            (KeyCode::PageDown, none, Edit::PageDown),
            (KeyCode::PageUp, none, Edit::PageUp),
            (KeyCode::Enter, none, Edit::Submit),
            (KeyCode::Enter, KeyModifiers::ALT, Edit::SubmitTyped),
            (KeyCode::Esc, none, Edit::Cancel),
            (KeyCode::Char('c'), ctrl, Edit::Cancel),
        ];
        for (code, mods, edit) in cases {
            assert_eq!(typed(code, mods), Some(edit), "{code:?} {mods:?}");
        }
    }

    #[test]
    fn a_prompt_ignores_releases() {
        let mut release = press(KeyCode::Char('q'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        release.state = KeyEventState::NONE;
        assert_eq!(prompt(&release), None);
    }
}
