//! The text prompts (search bar, topic picker, bookmark note, sidebar
//! filter): which one is on top and takes the keys, and what an [`Edit`]
//! does to a prompt's text and to the selection in the list under it. Each
//! prompt's handler uses these and decides for itself what Submit and
//! Cancel mean.

use super::action::Edit;
use super::app::{App, Overlay};
use crate::text::last_word_start;

/// A prompt that takes every key while it is on top.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prompt {
    Search,
    TopicPicker,
    Note,
    SidebarFilter,
}

impl App {
    /// The prompt on top, if any: the top overlay when it is one.
    pub fn prompt(&self) -> Option<Prompt> {
        match self.overlays.last()? {
            Overlay::Search => Some(Prompt::Search),
            Overlay::TopicPicker { .. } => Some(Prompt::TopicPicker),
            Overlay::Note { .. } => Some(Prompt::Note),
            Overlay::SidebarFilter => Some(Prompt::SidebarFilter),
            Overlay::Help { .. } | Overlay::Bookmarks { .. } => None,
        }
    }
}

/// Applies the text part of `edit` (Char, Backspace, DeleteWord,
/// ClearLine) to `text`; other edits leave it alone. Returns whether the
/// text changed.
pub fn apply_text_edit(text: &mut String, edit: Edit) -> bool {
    match edit {
        Edit::Char(c) => {
            text.push(c);
            true
        }
        Edit::Backspace => text.pop().is_some(),
        Edit::DeleteWord => {
            let kept = without_last_word(text).len();
            let changed = kept < text.len();
            text.truncate(kept);
            changed
        }
        Edit::ClearLine => {
            let changed = !text.is_empty();
            text.clear();
            changed
        }
        Edit::Up
        | Edit::Down
        | Edit::PageUp
        | Edit::PageDown
        | Edit::Submit
        | Edit::SubmitTyped
        | Edit::Cancel => false,
    }
}

/// Where `selected` moves in a list of `count` rows for the movement part
/// of `edit` (Up, Down, PageUp, PageDown; a page is `page` rows), kept
/// within the list; other edits leave it where it is.
pub fn move_selection(selected: usize, edit: Edit, page: usize, count: usize) -> usize {
    let to = match edit {
        Edit::Up => selected.saturating_sub(1),
        Edit::Down => selected.saturating_add(1),
        Edit::PageUp => selected.saturating_sub(page),
        Edit::PageDown => selected.saturating_add(page),
        _ => selected,
    };
    to.min(count.saturating_sub(1))
}

/// What an edit did to a list prompt (a line of text over a list of rows,
/// as the search bar, the topic picker and the sidebar filter are).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListEdit {
    /// The text changed: the prompt filters or searches again.
    Typed,
    /// The selection moved (or tried to).
    Moved,
    /// Enter: take the selected row.
    Submit,
    /// Alt-Enter: take the text as typed.
    SubmitTyped,
    /// Esc: close the prompt.
    Cancel,
    /// A text edit that changed nothing.
    Unchanged,
}

/// The one way a list prompt takes an edit: text edits change `text`,
/// movement moves `selected` within the `count()` rows (`page` rows a
/// page); what Submit and Cancel mean is left to the prompt.
pub fn list_edit(
    text: &mut String,
    selected: &mut usize,
    edit: Edit,
    page: usize,
    count: impl FnOnce() -> usize,
) -> ListEdit {
    match edit {
        Edit::Char(_) | Edit::Backspace | Edit::DeleteWord | Edit::ClearLine => {
            if apply_text_edit(text, edit) {
                ListEdit::Typed
            } else {
                ListEdit::Unchanged
            }
        }
        Edit::Up | Edit::Down | Edit::PageUp | Edit::PageDown => {
            *selected = move_selection(*selected, edit, page, count());
            ListEdit::Moved
        }
        Edit::Submit => ListEdit::Submit,
        Edit::SubmitTyped => ListEdit::SubmitTyped,
        Edit::Cancel => ListEdit::Cancel,
    }
}

/// The first row of a list shown `visible` rows at a time so that row
/// `selected` is on screen (the list scrolls only as far as it must).
pub fn first_visible(selected: usize, visible: usize) -> usize {
    (selected + 1).saturating_sub(visible.max(1))
}

/// `text` without its last word (and the spaces after it), as Ctrl-w does.
fn without_last_word(text: &str) -> &str {
    &text[..last_word_start(text.trim_end())]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ctrl_w_deletes_the_last_word_and_its_spaces() {
        assert_eq!(without_last_word("heat stress"), "heat ");
        assert_eq!(without_last_word("heat stress  "), "heat ");
        assert_eq!(without_last_word("heat"), "");
        assert_eq!(without_last_word(""), "");
        assert_eq!(without_last_word("北朝鮮 ロシア"), "北朝鮮 ");
    }

    #[test]
    fn text_edits_change_the_text_and_say_so() {
        let mut text = String::from("port ");
        assert!(apply_text_edit(&mut text, Edit::Char('é')));
        assert_eq!(text, "port é");
        assert!(apply_text_edit(&mut text, Edit::Backspace));
        assert_eq!(text, "port ");
        assert!(apply_text_edit(&mut text, Edit::DeleteWord));
        assert_eq!(text, "");
        assert!(!apply_text_edit(&mut text, Edit::DeleteWord));
        assert!(!apply_text_edit(&mut text, Edit::Backspace));
        text.push_str("two words");
        assert!(apply_text_edit(&mut text, Edit::ClearLine));
        assert_eq!(text, "");
        assert!(!apply_text_edit(&mut text, Edit::ClearLine));
        text.push('x');
        for other in [Edit::Up, Edit::PageDown, Edit::Submit, Edit::Cancel] {
            assert!(!apply_text_edit(&mut text, other), "{other:?}");
            assert_eq!(text, "x", "{other:?}");
        }
    }

    #[test]
    fn the_selection_moves_within_the_list() {
        assert_eq!(move_selection(0, Edit::Up, 5, 10), 0);
        assert_eq!(move_selection(3, Edit::Up, 5, 10), 2);
        assert_eq!(move_selection(3, Edit::Down, 5, 10), 4);
        assert_eq!(move_selection(9, Edit::Down, 5, 10), 9);
        assert_eq!(move_selection(3, Edit::PageUp, 5, 10), 0);
        assert_eq!(move_selection(3, Edit::PageDown, 5, 10), 8);
        assert_eq!(move_selection(8, Edit::PageDown, 5, 10), 9);
        assert_eq!(move_selection(0, Edit::Down, 5, 0), 0, "an empty list");
        assert_eq!(move_selection(4, Edit::Char('a'), 5, 10), 4);
        assert_eq!(move_selection(usize::MAX, Edit::Down, 5, 10), 9);
    }

    #[test]
    fn a_list_prompt_types_moves_and_hands_back_the_rest() {
        let (mut text, mut selected) = (String::new(), 0);
        let mut apply = |edit| list_edit(&mut text, &mut selected, edit, 3, || 10);
        assert_eq!(apply(Edit::Char('a')), ListEdit::Typed);
        assert_eq!(apply(Edit::PageDown), ListEdit::Moved);
        assert_eq!(apply(Edit::ClearLine), ListEdit::Typed);
        assert_eq!(apply(Edit::ClearLine), ListEdit::Unchanged);
        assert_eq!(apply(Edit::SubmitTyped), ListEdit::SubmitTyped);
        assert_eq!(apply(Edit::Cancel), ListEdit::Cancel);
        assert_eq!((text.as_str(), selected), ("", 3));
        assert_eq!(first_visible(0, 5), 0);
        assert_eq!(first_visible(7, 5), 3);
        assert_eq!(first_visible(7, 0), 7);
    }
}
