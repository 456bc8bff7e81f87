//! Where each pane goes for a terminal size. One pure function shared by
//! `update` (page sizes, mouse hit-testing) and `view` (drawing), so both
//! always agree.

use ratatui::layout::Rect;

/// Below this size only the "terminal too small" message is shown.
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 8;
/// The widest text column, like a book's measure: long lines are hard to read.
pub const MAX_MEASURE: u16 = 100;

/// Terminal areas of the panes; hidden panes are `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    pub outline: Option<Rect>,
    /// The reader's block, border included.
    pub reader: Rect,
    pub sidebar: Option<Rect>,
    pub status: Rect,
}

impl Panes {
    /// Lays out the panes in `area`, or `None` when it is too small.
    pub fn of(area: Rect) -> Option<Panes> {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return None;
        }
        let body = Rect {
            height: area.height - 1,
            ..area
        };
        let status = Rect {
            y: area.y + area.height - 1,
            height: 1,
            ..area
        };
        // Narrow terminals give the reading pane priority: the sidebar goes
        // first, then the outline.
        let outline_width = match area.width {
            0..60 => 0,
            60..120 => 24,
            _ => 30,
        };
        let sidebar_width = if area.width >= 110 { 30 } else { 0 };
        let take = |x: u16, width: u16| Rect { x, width, ..body };
        let outline = (outline_width > 0).then(|| take(body.x, outline_width));
        let sidebar =
            (sidebar_width > 0).then(|| take(body.x + body.width - sidebar_width, sidebar_width));
        let reader = take(
            body.x + outline_width,
            body.width - outline_width - sidebar_width,
        );
        Some(Panes {
            outline,
            reader,
            sidebar,
            status,
        })
    }

    /// Inside the reader's border.
    pub fn reader_inner(&self) -> Rect {
        inner(self.reader)
    }

    /// The text column: at most [`MAX_MEASURE`] wide, centred, with a
    /// column of padding on each side.
    pub fn text_area(&self) -> Rect {
        let inner = self.reader_inner();
        let room = inner.width.saturating_sub(2).max(1);
        let width = room.min(MAX_MEASURE);
        Rect {
            x: inner.x + 1 + (room - width) / 2,
            width,
            ..inner
        }
    }
}

/// A bordered block's inside.
pub fn inner(area: Rect) -> Rect {
    Rect {
        x: area.x.saturating_add(1),
        y: area.y.saturating_add(1),
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panes_tile_the_screen_and_the_measure_is_capped() {
        for (w, h) in [
            (30, 8),
            (59, 20),
            (80, 24),
            (119, 30),
            (160, 48),
            (400, 100),
        ] {
            let area = Rect::new(0, 0, w, h);
            let Some(p) = Panes::of(area) else {
                panic!("{w}x{h} is big enough")
            };
            let widths = p.outline.map_or(0, |r| r.width)
                + p.reader.width
                + p.sidebar.map_or(0, |r| r.width);
            assert_eq!(widths, w);
            assert_eq!(p.status.y, h - 1);
            assert!(p.text_area().width <= MAX_MEASURE);
            assert!(p.text_area().right() <= p.reader_inner().right());
        }
        let wide = Panes::of(Rect::new(0, 0, 400, 50));
        assert!(wide.is_some_and(|p| p.text_area().width == MAX_MEASURE));
    }

    #[test]
    fn too_small_below_the_minimum() {
        assert!(Panes::of(Rect::new(0, 0, 1, 1)).is_none());
        assert!(Panes::of(Rect::new(0, 0, MIN_WIDTH - 1, 40)).is_none());
        assert!(Panes::of(Rect::new(0, 0, 200, MIN_HEIGHT - 1)).is_none());
    }
}
