//! `view(&App, &mut Frame)`: draws the state. The panes (outline, reader,
//! status) and help are drawn here, one file each; the comparison, search,
//! sidebar and bookmarks by the `view` of their own folder. Views only read
//! the [`App`]; what they show is derived from it every frame.

mod help;
mod outline;
mod reader;
mod status;
mod too_small;

use ratatui::Frame;
use ratatui::layout::Rect;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::app::{App, Overlay};
use crate::layout::display_safe;
use crate::model::Source;

/// Draws the whole screen.
pub fn view(app: &App, frame: &mut Frame) {
    let Some(panes) = app.panes() else {
        too_small::draw(frame);
        return;
    };
    if app.screen.is_compare() {
        // The comparison replaces the panes while it is open.
        super::compare::view::draw(app, frame);
        overlays(app, frame);
        return;
    }
    if let super::Screen::List(list) = &app.screen {
        super::list::draw(app, frame, list);
        overlays(app, frame);
        return;
    }
    if let Some(area) = panes.outline {
        outline::draw(app, frame, area);
    }
    reader::draw(app, frame, &panes);
    if let Some(area) = panes.sidebar {
        super::sidebar::view::draw(app, frame, area);
    }
    status::draw(app, frame, panes.status);
    overlays(app, frame);
}

fn overlays(app: &App, frame: &mut Frame) {
    for overlay in &app.overlays {
        match overlay {
            Overlay::Help { scroll } => help::draw(app, frame, *scroll),
            Overlay::Bookmarks { selected } => super::bookmarks::view::draw(app, frame, *selected),
            Overlay::Note { text, .. } => super::bookmarks::draw_note(app, frame, text),
            Overlay::TopicPicker { query, selected } => {
                super::compare::draw_picker(app, frame, query, *selected)
            }
            Overlay::Search => super::search::view::draw(app, frame),
            // The sidebar draws its own filter line.
            Overlay::SidebarFilter => {}
        }
    }
}

/// Untrusted text made safe and cut to `width` display columns, with an
/// ellipsis when cut.
pub(crate) fn fit(text: &str, width: usize) -> String {
    let safe = display_safe(text).replace('\n', " ");
    let mut out = String::new();
    let mut used = 0;
    for c in safe.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            // Make room for the ellipsis.
            while used + 1 > width {
                match out.pop() {
                    Some(p) => used -= p.width().unwrap_or(0),
                    None => return out,
                }
            }
            out.push('…');
            return out;
        }
        used += w;
        out.push(c);
    }
    out
}

/// The end of typed text that fits in `room` columns, made safe: a prompt
/// longer than its line shows the end, where the typing happens.
pub(crate) fn typed_tail(text: &str, room: usize) -> String {
    let safe = display_safe(text);
    let mut used = safe.width();
    let mut start = 0;
    for (i, c) in safe.char_indices() {
        if used <= room {
            break;
        }
        used -= c.width().unwrap_or(0);
        start = i + c.len_utf8();
    }
    safe[start..].to_string()
}

/// A box centred in `area`, at most `max_width` columns wide and `wanted`
/// rows tall, with a margin left round it so the screen under an overlay
/// stays in sight.
pub(crate) fn centred_box(area: Rect, max_width: u16, wanted: usize) -> Rect {
    let width = area.width.saturating_sub(4).min(max_width);
    let wanted = u16::try_from(wanted).unwrap_or(u16::MAX);
    let height = area.height.saturating_sub(2).min(wanted);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// How the outline and status bar name a section.
pub(crate) fn section_label(source: &Source, section: usize) -> String {
    match source
        .sections
        .get(section)
        .and_then(|s| s.heading.as_deref())
    {
        Some(heading) => heading.to_string(),
        None if section == 0 => "Lead".to_string(),
        None => format!("Section {}", section + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_by_display_width_and_makes_text_safe() {
        assert_eq!(fit("short", 10), "short");
        assert_eq!(fit("a longer title", 8), "a longe…");
        assert_eq!(fit("北朝鮮とロシア", 5), "北朝…");
        assert_eq!(fit("bad\u{1b}[2Jthing", 20), "bad [2Jthing");
        assert_eq!(fit("abc", 0), "");
    }

    #[test]
    fn typed_text_shows_its_end_when_too_long() {
        assert_eq!(typed_tail("short", 10), "short");
        assert_eq!(typed_tail("a longer query", 6), " query");
        assert_eq!(typed_tail("北朝鮮とロシア", 6), "ロシア");
        assert_eq!(typed_tail("北朝鮮とロシア", 5), "シア");
        assert_eq!(typed_tail("bad\u{1b}[2J", 20), "bad [2J");
        assert_eq!(typed_tail("abc", 0), "");
    }

    #[test]
    fn a_centred_box_keeps_a_margin_and_its_limits() {
        let area = Rect::new(10, 5, 100, 40);
        assert_eq!(centred_box(area, 76, 12), Rect::new(22, 19, 76, 12));
        assert_eq!(centred_box(area, 200, 500), Rect::new(12, 6, 96, 38));
        let tiny = Rect::new(0, 0, 3, 1);
        assert_eq!(centred_box(tiny, 80, 10), Rect::new(1, 0, 0, 0));
    }
}
