//! Between saved positions (by source id) and [`Position`]s in a loaded
//! briefing. The briefing may have changed since the position was saved, so
//! resolving clamps to what exists instead of trusting the numbers.

use super::excerpt::floor_char_boundary;
use super::reading_state::{Bookmark, SavedPosition};
use crate::model::{Briefing, Position};

/// The position `saved` points at in `briefing`, clamped: a missing section
/// gives the start of the source, a missing block the start of the section,
/// an offset past the end (or inside a character) the nearest boundary
/// before it. `None` when the source itself is gone.
pub fn resolve(briefing: &Briefing, saved: &SavedPosition) -> Option<Position> {
    let source_index = briefing.source_index(&saved.source)?;
    let source = &briefing.sources[source_index];
    let start = Position {
        source: source_index,
        ..Position::default()
    };
    let Some(section) = source.sections.get(saved.section) else {
        return Some(start);
    };
    let text = match saved.block {
        None => section.heading.as_deref().unwrap_or(""),
        Some(b) => match section.blocks.get(b) {
            Some(block) => block.text.as_str(),
            None => {
                return Some(Position {
                    section: saved.section,
                    ..start
                });
            }
        },
    };
    Some(Position {
        source: source_index,
        section: saved.section,
        block: saved.block,
        offset: floor_char_boundary(text, saved.offset),
    })
}

/// `at` as saved: by source id. `None` when `at` names no source of
/// `briefing`.
pub fn save(briefing: &Briefing, at: Position) -> Option<SavedPosition> {
    let source = briefing.sources.get(at.source)?;
    Some(SavedPosition {
        source: source.id.clone(),
        section: at.section,
        block: at.block,
        offset: at.offset,
    })
}

/// Bookmarks with where they point in `briefing`, in reading order (ties by
/// creation time); those whose source is gone come last, with `None`.
pub fn in_reading_order<'a>(
    briefing: &Briefing,
    bookmarks: &'a [Bookmark],
) -> Vec<(Option<Position>, &'a Bookmark)> {
    let mut marks: Vec<_> = bookmarks
        .iter()
        .map(|b| (resolve(briefing, &b.at), b))
        .collect();
    marks.sort_by(|(pa, a), (pb, b)| {
        (pa.is_none(), pa, a.created, &a.id).cmp(&(pb.is_none(), pb, b.created, &b.id))
    });
    marks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, BlockKind, Section, Source};

    fn source(id: &str, paragraphs: &[&[&str]]) -> Source {
        Source {
            id: id.into(),
            sections: paragraphs
                .iter()
                .enumerate()
                .map(|(i, blocks)| Section {
                    heading: (i > 0).then(|| format!("Part {i}")),
                    blocks: blocks
                        .iter()
                        .map(|t| Block::new(BlockKind::Paragraph, *t))
                        .collect(),
                })
                .collect(),
            ..Source::default()
        }
    }

    fn briefing() -> Briefing {
        Briefing {
            sources: vec![
                source("ports", &[&["Ships wait."]]),
                source(
                    "grain",
                    &[&["Prices rose.", "Stocks fell."], &["Naïve forecasts."]],
                ),
            ],
            ..Briefing::default()
        }
    }

    fn saved(source: &str, section: usize, block: Option<usize>, offset: usize) -> SavedPosition {
        SavedPosition {
            source: source.into(),
            section,
            block,
            offset,
        }
    }

    fn pos(source: usize, section: usize, block: Option<usize>, offset: usize) -> Position {
        Position {
            source,
            section,
            block,
            offset,
        }
    }

    #[test]
    fn saving_then_resolving_gives_the_same_position() {
        let b = briefing();
        let at = pos(1, 0, Some(1), 7);
        assert_eq!(save(&b, at).and_then(|s| resolve(&b, &s)), Some(at));
        assert_eq!(save(&b, pos(5, 0, None, 0)), None);
    }

    #[test]
    fn positions_follow_their_source_when_the_manifest_is_reordered() {
        let b = briefing();
        let mut reordered = b.clone();
        reordered.sources.reverse();
        let s = save(&b, pos(1, 1, Some(0), 4));
        let got = s.and_then(|s| resolve(&reordered, &s));
        assert_eq!(got, Some(pos(0, 1, Some(0), 4)));
    }

    #[test]
    fn bookmarks_come_in_reading_order_with_lost_sources_last() {
        let b = briefing();
        let mark = |id: &str, at: SavedPosition, created: u64| Bookmark {
            id: id.into(),
            at,
            note: String::new(),
            created,
            excerpt: String::new(),
        };
        let marks = [
            mark("gone", saved("deleted-source", 0, None, 0), 1),
            mark("late", saved("grain", 1, Some(0), 0), 2),
            mark("early", saved("grain", 0, Some(1), 0), 3),
            mark("first", saved("ports", 0, Some(0), 0), 4),
            mark("heading", saved("grain", 1, None, 0), 5),
        ];
        let order: Vec<&str> = in_reading_order(&b, &marks)
            .iter()
            .map(|(_, m)| m.id.as_str())
            .collect();
        assert_eq!(order, ["first", "early", "heading", "late", "gone"]);
    }

    #[test]
    fn vanished_parts_clamp_to_what_exists() {
        let b = briefing();
        assert_eq!(
            resolve(&b, &saved("grain", 9, Some(0), 4)),
            Some(pos(1, 0, None, 0))
        );
        assert_eq!(
            resolve(&b, &saved("grain", 1, Some(4), 4)),
            Some(pos(1, 1, None, 0))
        );
        assert_eq!(
            resolve(&b, &saved("grain", 0, Some(0), 999)),
            Some(pos(1, 0, Some(0), 12))
        );
        // Byte 3 is inside "ï" of "Naïve": back to its start.
        assert_eq!(
            resolve(&b, &saved("grain", 1, Some(0), 3)),
            Some(pos(1, 1, Some(0), 2))
        );
        // The lead has no heading: a heading position clamps to offset 0.
        assert_eq!(
            resolve(&b, &saved("ports", 0, None, 5)),
            Some(pos(0, 0, None, 0))
        );
        assert_eq!(resolve(&b, &saved("gone", 0, None, 0)), None);
    }
}
