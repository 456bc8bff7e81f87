//! The right sidebar: a compact "about" header for the source being read,
//! then tabs of the briefing's people, organisations, places and figures.
//! Entity rows show the name, the number of mentions and one mark per
//! source (● named there, ○ not); those named in the section on screen
//! are marked ▸ and bold.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::extract::Entity;
use crate::layout::{display_safe, wrap};
use crate::tui::app::{App, Focus};
use crate::tui::panes::inner;
use crate::tui::sidebar::{Extraction, SidebarRow, SidebarTab};
use crate::tui::view::{fit, typed_tail};

/// The most lines a figure's text takes in the list.
const FIGURE_LINES: usize = 3;

/// Above this many sources the marks become a count ("5/12").
const MAX_MARKS: usize = 8;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let styles = &app.styles;
    let focused = app.focus == Focus::Sidebar;
    let block = Block::bordered()
        .title(" About & entities ")
        .border_style(styles.border(focused));
    frame.render_widget(block, area);
    let body = inner(area);
    if body.height == 0 || body.width == 0 {
        return;
    }
    let width = usize::from(body.width);
    let mut top: Vec<Line> = about(app, width);
    top.push(Line::styled("─".repeat(width), styles.border(false)));
    top.push(tab_bar(app, width, focused));
    if app.editing_filter() || !app.sidebar.filter.is_empty() {
        // While typed, the end shows with the cursor; kept, the start.
        let room = width.saturating_sub(1);
        let text = if app.editing_filter() {
            format!(
                "/{}▏",
                typed_tail(&app.sidebar.filter, room.saturating_sub(2))
            )
        } else {
            fit(&format!("/{}", app.sidebar.filter), room)
        };
        top.push(Line::styled(text, styles.text()));
    }
    let header_rows = u16::try_from(top.len())
        .unwrap_or(u16::MAX)
        .min(body.height);
    frame.render_widget(
        Paragraph::new(top),
        Rect {
            height: header_rows,
            ..body
        },
    );
    let list_area = Rect {
        y: body.y + header_rows,
        height: body.height - header_rows,
        ..body
    };
    if list_area.height > 0 {
        draw_list(app, frame, list_area, focused);
    }
}

/// The source's metadata in three lines: outlet, author and date, length.
fn about(app: &App, width: usize) -> Vec<Line<'static>> {
    let styles = &app.styles;
    let Some(source) = app.current_source() else {
        return Vec::new();
    };
    let meta = &source.meta;
    let (words, minutes) = app.source_stats(app.reader.source);
    let outlet = meta.outlet.clone().unwrap_or_else(|| source.file.clone());
    let byline = [meta.author.as_deref(), meta.published.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let byline = if byline.is_empty() { "—" } else { &byline };
    vec![
        Line::styled(fit(&outlet, width), styles.heading()),
        Line::styled(fit(byline, width), styles.text()),
        Line::styled(
            fit(&format!("{words} words · {minutes} min"), width),
            styles.dim(),
        ),
    ]
}

fn tab_bar(app: &App, width: usize, focused: bool) -> Line<'static> {
    let styles = &app.styles;
    let mut spans = Vec::new();
    let mut used = 0;
    for tab in SidebarTab::ALL {
        let title = tab.title();
        if used + title.width() + 1 > width {
            break;
        }
        let style = if tab == app.sidebar.tab {
            styles.selection(focused)
        } else {
            styles.dim()
        };
        spans.push(Span::styled(title.to_string(), style));
        spans.push(Span::raw(" "));
        used += title.width() + 1;
    }
    Line::from(spans)
}

fn draw_list(app: &App, frame: &mut Frame, area: Rect, focused: bool) {
    let styles = &app.styles;
    let width = usize::from(area.width);
    let dim = styles.dim();
    let note = |frame: &mut Frame, text: &str| {
        frame.render_widget(Paragraph::new(Line::styled(fit(text, width), dim)), area)
    };
    let data = match &app.sidebar.extraction {
        Extraction::Ready(data) => data,
        Extraction::Running => return note(frame, "extracting…"),
        Extraction::NotStarted => return note(frame, "entities not extracted"),
        Extraction::Failed => return note(frame, "extraction failed"),
    };
    let rows = app.sidebar.rows();
    if rows.is_empty() {
        let what = app.sidebar.tab.title().to_lowercase();
        return match app.sidebar.filter.trim() {
            "" => note(frame, &format!("no {what} found")),
            filter => note(frame, &format!("no {what} match “{filter}”")),
        };
    }
    // Build only the items that can be on screen: a window of a screenful
    // each side of the selection (the list scrolls to keep it in view).
    let selected = app.sidebar.selected.min(rows.len() - 1);
    let reach = usize::from(area.height);
    let first = selected.saturating_sub(reach);
    let items: Vec<ListItem> = rows
        .iter()
        .skip(first)
        .take(2 * reach + 1)
        .filter_map(|row| match *row {
            SidebarRow::Entity(i) => Some(entity_item(app, data.entities.get(i)?, width)),
            SidebarRow::Figure(i) => {
                let figure = data.figures.get(i)?;
                let source = app
                    .briefing
                    .sources
                    .get(figure.at.source)
                    .map_or("?", |s| s.id.as_str());
                let detail = format!("  {source} · {}", figure.kind.name());
                // Figures are short phrases: wrap them (at most three
                // lines) rather than cut the unit off.
                let mut lines: Vec<Line> = wrap(&display_safe(&figure.text), width)
                    .into_iter()
                    .take(FIGURE_LINES)
                    .map(|l| Line::styled(fit(&l, width), styles.text()))
                    .collect();
                lines.push(Line::styled(fit(&detail, width), styles.dim()));
                Some(ListItem::new(lines))
            }
        })
        .collect();
    let list = List::new(items).highlight_style(styles.selection(focused));
    let mut state = ListState::default().with_selected(Some(selected - first));
    frame.render_stateful_widget(list, area, &mut state);
}

/// "▸Name        12 ●○●●": marker, name, mentions right-aligned, marks.
fn entity_item(app: &App, entity: &Entity, width: usize) -> ListItem<'static> {
    let styles = &app.styles;
    let present = app.sources_of(entity);
    let marks = if present.len() > MAX_MARKS {
        let count = present.iter().filter(|&&p| p).count();
        format!("{count}/{}", present.len())
    } else {
        present.iter().map(|&p| if p { '●' } else { '○' }).collect()
    };
    let here = app.on_screen(entity);
    let count = entity.mentions.len().to_string();
    // Marker, name, a space, count (at least 3 wide), a space, marks.
    let tail = format!(" {count:>3} {marks}");
    let name_room = width.saturating_sub(1 + tail.width());
    let name = fit(&entity.name, name_room);
    let pad = name_room.saturating_sub(name.width());
    let style = if here {
        styles.text().add_modifier(Modifier::BOLD)
    } else {
        styles.text()
    };
    ListItem::new(Line::from(vec![
        Span::styled(if here { "▸" } else { " " }, style),
        Span::styled(format!("{name}{}", " ".repeat(pad)), style),
        Span::styled(tail, styles.dim()),
    ]))
}
