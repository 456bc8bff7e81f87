//! The actions a key can be bound to. Their names are the stable strings the
//! keymap file uses, so renaming one breaks users' config files.

/// An action a key chord can trigger in the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyAction {
    ScrollDown,
    ScrollUp,
    PageDown,
    PageUp,
    HalfPageDown,
    HalfPageUp,
    Top,
    Bottom,
    NextSection,
    PreviousSection,
    NextSource,
    PreviousSource,
    /// Jump to source n, where n is the digit of the key pressed.
    JumpToSource,
    FocusNext,
    FocusPrevious,
    Open,
    ToggleRaw,
    Help,
    Close,
    Quit,
    /// Bookmark the paragraph at the top of the reader, with a note.
    Bookmark,
    /// Show the list of bookmarks.
    Bookmarks,
    /// Delete the selected item of a list (a bookmark).
    Delete,
    /// Mark the current source read or unread.
    ToggleRead,
    /// Show or hide the entities & figures sidebar.
    ToggleSidebar,
    /// Go to the next match (entity mention, search hit).
    NextMatch,
    /// Go to the previous match.
    PreviousMatch,
    /// Type a filter or search text (the sidebar filters its list).
    Search,
    /// Right: the next tab of the sidebar, the next column of the comparison.
    MoveRight,
    /// Left: the previous tab of the sidebar, the previous column of the comparison.
    MoveLeft,
    /// Compare the sources on a topic (opens the topic picker).
    Compare,
    /// In the comparison: scroll all columns together, or only the focused one.
    ToggleColumnScroll,
    /// The claim ledger of a topic (the comparison's, else picked).
    Ledger,
    /// Every dated statement on one time axis.
    Timeline,
}

impl KeyAction {
    /// Every action, in the order the help overlay lists them.
    pub const ALL: [KeyAction; 34] = [
        KeyAction::ScrollDown,
        KeyAction::ScrollUp,
        KeyAction::PageDown,
        KeyAction::PageUp,
        KeyAction::HalfPageDown,
        KeyAction::HalfPageUp,
        KeyAction::Top,
        KeyAction::Bottom,
        KeyAction::NextSection,
        KeyAction::PreviousSection,
        KeyAction::NextSource,
        KeyAction::PreviousSource,
        KeyAction::JumpToSource,
        KeyAction::FocusNext,
        KeyAction::FocusPrevious,
        KeyAction::Open,
        KeyAction::ToggleRaw,
        KeyAction::Help,
        KeyAction::Close,
        KeyAction::Quit,
        KeyAction::Bookmark,
        KeyAction::Bookmarks,
        KeyAction::Delete,
        KeyAction::ToggleRead,
        KeyAction::ToggleSidebar,
        KeyAction::NextMatch,
        KeyAction::PreviousMatch,
        KeyAction::Search,
        KeyAction::MoveRight,
        KeyAction::MoveLeft,
        KeyAction::Compare,
        KeyAction::ToggleColumnScroll,
        KeyAction::Ledger,
        KeyAction::Timeline,
    ];

    /// The stable name used in keymap files.
    pub fn name(self) -> &'static str {
        match self {
            KeyAction::ScrollDown => "scroll_down",
            KeyAction::ScrollUp => "scroll_up",
            KeyAction::PageDown => "page_down",
            KeyAction::PageUp => "page_up",
            KeyAction::HalfPageDown => "half_page_down",
            KeyAction::HalfPageUp => "half_page_up",
            KeyAction::Top => "top",
            KeyAction::Bottom => "bottom",
            KeyAction::NextSection => "next_section",
            KeyAction::PreviousSection => "previous_section",
            KeyAction::NextSource => "next_source",
            KeyAction::PreviousSource => "previous_source",
            KeyAction::JumpToSource => "jump_to_source",
            KeyAction::FocusNext => "focus_next",
            KeyAction::FocusPrevious => "focus_previous",
            KeyAction::Open => "open",
            KeyAction::ToggleRaw => "toggle_raw",
            KeyAction::Help => "help",
            KeyAction::Close => "close",
            KeyAction::Quit => "quit",
            KeyAction::Bookmark => "bookmark",
            KeyAction::Bookmarks => "bookmarks",
            KeyAction::Delete => "delete",
            KeyAction::ToggleRead => "toggle_read",
            KeyAction::ToggleSidebar => "toggle_sidebar",
            KeyAction::NextMatch => "next_match",
            KeyAction::PreviousMatch => "previous_match",
            KeyAction::Search => "search",
            KeyAction::MoveRight => "move_right",
            KeyAction::MoveLeft => "move_left",
            KeyAction::Compare => "compare",
            KeyAction::ToggleColumnScroll => "toggle_column_scroll",
            KeyAction::Ledger => "ledger",
            KeyAction::Timeline => "timeline",
        }
    }

    /// The action with this keymap name.
    pub fn from_name(name: &str) -> Option<KeyAction> {
        KeyAction::ALL.into_iter().find(|a| a.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_unique() {
        let mut names: Vec<&str> = KeyAction::ALL.iter().map(|a| a.name()).collect();
        for action in KeyAction::ALL {
            assert_eq!(KeyAction::from_name(action.name()), Some(action));
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), KeyAction::ALL.len());
        assert_eq!(KeyAction::from_name("scroll_sideways"), None);
    }
}
