//! The right sidebar: what is known about the source being read. (The
//! entities and figures view will share this pane.)

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::layout::display_safe;
use crate::tui::app::{App, Focus};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let styles = &app.styles;
    let block = Block::bordered()
        .title(" About ")
        .border_style(styles.border(app.focus == Focus::Sidebar));
    let Some(source) = app.briefing.sources.get(app.reader.source) else {
        frame.render_widget(block, area);
        return;
    };
    let meta = &source.meta;
    let (words, minutes) = app.source_stats(app.reader.source);
    let fields: [(&str, Option<String>); 7] = [
        ("Outlet", meta.outlet.clone()),
        ("Author", meta.author.clone()),
        ("Date", meta.published.clone()),
        ("Words", Some(words.to_string())),
        ("Reading", Some(format!("{minutes} min"))),
        ("File", Some(source.file.clone())),
        ("URL", meta.url.clone()),
    ];
    let lines: Vec<Line> = fields
        .into_iter()
        .map(|(label, value)| {
            let value = value.unwrap_or_else(|| "—".into());
            Line::from(vec![
                Span::styled(format!("{label:<8}"), styles.dim()),
                Span::styled(display_safe(&value).replace('\n', " "), styles.text()),
            ])
        })
        .collect();
    let paragraph = Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false });
    frame.render_widget(paragraph, area);
}
