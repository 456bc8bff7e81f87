//! The match cursor: a list of text references in reading order (an
//! entity's mentions, search hits, a figure) with a current one that `n`/`N`
//! step through, wrapping at the ends. The reader highlights every ref and
//! the status bar shows "label k/N". Whoever finds matches only builds a
//! [`MatchList`] and hands it to [`App::set_matches`].

use super::app::App;
use crate::model::{Position, TextRef};

/// Text references to step through, and which one the reader is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchList {
    /// What is matched, for the status bar ("Jane Doe", "/reef").
    pub label: String,
    /// What one match is called in notices ("mention", "match").
    pub noun: &'static str,
    /// In reading order across sources, without duplicates.
    pub refs: Vec<TextRef>,
    /// Index into `refs`; `None` only when `refs` is empty.
    pub current: Option<usize>,
    /// What the reader marks: the refs themselves, or finer ranges inside
    /// them (each matched word of a search hit).
    pub highlights: Vec<TextRef>,
}

/// What a step did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Moved,
    /// Went past the last (or first) match and came round.
    Wrapped,
    /// There is nothing to step to.
    Empty,
}

impl MatchList {
    /// A list of `refs` (sorted into reading order), on the first one.
    pub fn new(label: impl Into<String>, noun: &'static str, mut refs: Vec<TextRef>) -> MatchList {
        refs.sort();
        refs.dedup();
        let current = (!refs.is_empty()).then_some(0);
        MatchList {
            label: label.into(),
            noun,
            highlights: refs.clone(),
            refs,
            current,
        }
    }

    /// The same list, marking `highlights` instead of the refs.
    pub fn with_highlights(mut self, highlights: Vec<TextRef>) -> MatchList {
        self.highlights = highlights;
        self
    }

    /// Moves to the first match at or after `from`, or back to the first
    /// match when none is after it.
    pub fn start_at(&mut self, from: Position) {
        if self.refs.is_empty() {
            self.current = None;
            return;
        }
        let index = self.refs.iter().position(|r| r.position() >= from);
        self.current = Some(index.unwrap_or(0));
    }

    pub fn current_ref(&self) -> Option<&TextRef> {
        self.refs.get(self.current?)
    }

    /// A cursor that wraps forever, not an iterator: the name is the
    /// `n` key's meaning.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Step {
        self.step(1)
    }

    pub fn prev(&mut self) -> Step {
        self.step(-1)
    }

    fn step(&mut self, by: isize) -> Step {
        let count = self.refs.len();
        let Some(here) = self.current.filter(|_| count > 0) else {
            return Step::Empty;
        };
        let raw = here as isize + by;
        let next = raw.rem_euclid(count as isize) as usize;
        self.current = Some(next);
        if raw < 0 || raw >= count as isize {
            Step::Wrapped
        } else {
            Step::Moved
        }
    }

    /// "label k/N" for the status bar (k is 1-based).
    pub fn counter(&self) -> String {
        format!("{} {}", self.label, self.count())
    }

    /// "k/N" alone (k is 1-based; 0/0 when empty).
    pub fn count(&self) -> String {
        let k = self.current.map_or(0, |i| i + 1);
        format!("{k}/{}", self.refs.len())
    }
}

impl App {
    /// Makes `list` the current matches: its highlights marked, the reader
    /// on the current one.
    pub fn set_matches(&mut self, list: MatchList) {
        // New matches replace a passage's marks (Esc still goes back).
        if let Some(marked) = self.screen.marked_mut() {
            marked.clear();
        }
        if list.refs.is_empty() {
            self.message = Some(format!("no {} of {}", list.noun, list.label));
        }
        let target = list.current_ref().cloned();
        self.matches = Some(list);
        if let Some(target) = target {
            self.jump_to_ref(&target);
        }
    }

    /// `n`: the next match, wrapping to the first.
    pub fn next_match(&mut self) {
        self.step_match(true);
    }

    /// `N`: the previous match, wrapping to the last.
    pub fn prev_match(&mut self) {
        self.step_match(false);
    }

    fn step_match(&mut self, forward: bool) {
        let Some(list) = self.matches.as_mut() else {
            self.message = Some("nothing to step through: select an entity or search".into());
            return;
        };
        let step = if forward { list.next() } else { list.prev() };
        let noun = list.noun;
        let target = list.current_ref().cloned();
        match step {
            Step::Empty => self.message = Some(format!("no {noun} to go to")),
            Step::Wrapped if forward => {
                self.message = Some(format!("wrapped to first {noun}"));
            }
            Step::Wrapped => self.message = Some(format!("wrapped to last {noun}")),
            Step::Moved => {}
        }
        if let Some(target) = target {
            self.jump_to_ref(&target);
        }
    }

    /// Esc in the reader: no highlights, no match list.
    pub fn clear_matches(&mut self) {
        self.matches = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Part;

    fn at(source: usize, section: usize, block: usize, start: usize) -> TextRef {
        TextRef {
            source,
            section,
            part: Part::Block(block),
            range: start..start + 3,
        }
    }

    #[test]
    fn refs_are_put_in_reading_order_and_deduplicated() {
        let list = MatchList::new(
            "x",
            "match",
            vec![
                at(1, 0, 0, 0),
                at(0, 2, 1, 5),
                at(0, 2, 1, 1),
                at(1, 0, 0, 0),
            ],
        );
        assert_eq!(
            list.refs,
            vec![at(0, 2, 1, 1), at(0, 2, 1, 5), at(1, 0, 0, 0)]
        );
        assert_eq!(list.current, Some(0));
    }

    #[test]
    fn next_and_prev_wrap_and_say_so() {
        let mut list = MatchList::new("x", "match", vec![at(0, 0, 0, 0), at(0, 1, 0, 0)]);
        assert_eq!(list.next(), Step::Moved);
        assert_eq!(list.counter(), "x 2/2");
        assert_eq!(list.next(), Step::Wrapped);
        assert_eq!(list.counter(), "x 1/2");
        assert_eq!(list.prev(), Step::Wrapped);
        assert_eq!(list.current, Some(1));
        assert_eq!(list.prev(), Step::Moved);
        assert_eq!(list.current, Some(0));
    }

    #[test]
    fn an_empty_list_does_not_move() {
        let mut list = MatchList::new("none", "match", Vec::new());
        assert_eq!(list.next(), Step::Empty);
        assert_eq!(list.prev(), Step::Empty);
        assert_eq!(list.current_ref(), None);
        assert_eq!(list.counter(), "none 0/0");
    }

    #[test]
    fn start_at_picks_the_first_match_at_or_after_a_position() {
        let mut list = MatchList::new(
            "x",
            "match",
            vec![at(0, 0, 0, 0), at(0, 3, 2, 10), at(2, 0, 0, 0)],
        );
        list.start_at(Position {
            source: 0,
            section: 1,
            block: None,
            offset: 0,
        });
        assert_eq!(list.current, Some(1));
        list.start_at(Position {
            source: 3,
            ..Position::default()
        });
        assert_eq!(
            list.current,
            Some(0),
            "past the last match: back to the first"
        );
    }
}
