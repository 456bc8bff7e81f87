//! The bookmarks overlay (`'`): every bookmark in reading order, two rows
//! each (where it is; its note and excerpt), the selected one highlighted.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::config::KeyAction;
use crate::model::Position;
use crate::state::Bookmark;
use crate::tui::app::App;
use crate::tui::prompt::first_visible;
use crate::tui::view::{centred_box, fit, section_label};

/// Rows per bookmark in the list.
const ROWS_PER_ITEM: usize = 2;

/// The two rows of a bookmark, fitted to `width`: its place (the source
/// title cut first, so the section stays readable), then its note and
/// excerpt.
pub fn item_rows(
    app: &App,
    at: Option<Position>,
    bookmark: &Bookmark,
    width: usize,
) -> (String, String) {
    let place = match at.and_then(|at| Some((at, app.briefing.sources.get(at.source)?))) {
        Some((at, source)) => {
            let title = source.display_title();
            let section = fit(&section_label(source, at.section), width / 2);
            let room = width.saturating_sub(section.width() + 3);
            format!("{} · {section}", fit(title, room))
        }
        None => format!("{} (source no longer in the briefing)", bookmark.at.source),
    };
    let detail = match bookmark.note.trim() {
        "" => bookmark.excerpt.clone(),
        note => format!("“{note}” — {}", bookmark.excerpt),
    };
    (fit(&place, width), fit(&detail, width.saturating_sub(2)))
}

pub fn draw(app: &App, frame: &mut Frame, selected: usize) {
    let area = frame.area();
    let rows = app.bookmark_rows();
    let popup = centred_box(area, 100, rows.len().max(1) * ROWS_PER_ITEM + 2);
    let (width, height) = (popup.width, popup.height);
    let styles = &app.styles;
    let text_width = usize::from(width.saturating_sub(2));
    // Keep the selection in view.
    let visible = (usize::from(height.saturating_sub(2)) / ROWS_PER_ITEM).max(1);
    let first = first_visible(selected, visible);
    let lines: Vec<Line> = if rows.is_empty() {
        let key = first_key(app, KeyAction::Bookmark);
        vec![Line::styled(
            fit(
                &format!(" No bookmarks yet: press {key} to add one."),
                text_width,
            ),
            styles.dim(),
        )]
    } else {
        rows.iter()
            .enumerate()
            .skip(first)
            .take(visible)
            .flat_map(|(i, (at, bookmark))| {
                let (place, detail) = item_rows(app, *at, bookmark, text_width.saturating_sub(3));
                let (place_style, detail_style) = if i == selected {
                    (styles.selection(true), styles.selection(true))
                } else {
                    (styles.heading(), styles.text())
                };
                [
                    Line::from(Span::styled(
                        pad(&format!(" {place}"), text_width),
                        place_style,
                    )),
                    Line::from(Span::styled(
                        pad(&format!("   {detail}"), text_width),
                        detail_style,
                    )),
                ]
            })
            .collect()
    };
    let title = format!(
        " Bookmarks · {} jumps · {} deletes · {} closes ",
        first_key(app, KeyAction::Open),
        first_key(app, KeyAction::Delete),
        first_key(app, KeyAction::Close),
    );
    let block = Block::bordered()
        .title(fit(&title, text_width))
        .border_style(styles.border(true));
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}

/// `text` padded with spaces to `width` display columns, so a selected
/// row is highlighted across the whole list.
fn pad(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

/// How the help names an action's first key, e.g. "Enter".
fn first_key(app: &App, action: KeyAction) -> String {
    app.keymap
        .keys_of(action)
        .first()
        .map_or_else(|| "(unbound)".to_string(), |k| k.to_string())
}
