use super::args::ReadArgs;
use super::output;
use crate::layout::wrap;
use crate::model::{BlockKind, Source};

pub fn run(briefing: &crate::model::Briefing, args: &ReadArgs) -> Result<(), String> {
    let source = output::find_source(briefing, &args.source)?;
    let width = output::wrap_width(args.width);
    let text = if args.raw {
        fill(&source.raw, width, "", "")
    } else {
        render(source, width)
    };
    output::print_text(&text)
}

/// The cleaned source as Markdown-like text: `# title`, `## heading`,
/// paragraphs separated by blank lines, list items as `- `.
pub fn render(source: &Source, width: Option<usize>) -> String {
    let mut out = fill(&format!("# {}", source.meta.title), width, "", "");
    if let Some(subtitle) = &source.meta.subtitle {
        out.push('\n');
        out.push_str(&fill(subtitle, width, "", ""));
    }
    let byline: Vec<&str> = [
        &source.meta.author,
        &source.meta.outlet,
        &source.meta.published,
    ]
    .into_iter()
    .filter_map(|f| f.as_deref())
    .collect();
    if !byline.is_empty() {
        out.push('\n');
        out.push_str(&fill(&byline.join(" · "), width, "", ""));
    }
    for section in &source.sections {
        if let Some(heading) = &section.heading {
            out.push('\n');
            out.push_str(&fill(&format!("## {heading}"), width, "", ""));
        }
        let mut previous: Option<BlockKind> = None;
        for block in &section.blocks {
            let mut text = block.text.clone();
            for citation in &block.citations {
                text.push_str(&format!(" [{citation}]"));
            }
            let in_list = matches!(block.kind, BlockKind::ListItem { .. })
                && matches!(previous, Some(BlockKind::ListItem { .. }));
            if !in_list {
                out.push('\n');
            }
            let filled = match block.kind {
                BlockKind::ListItem { ordered: None } => fill(&text, width, "- ", "  "),
                BlockKind::ListItem { ordered: Some(n) } => {
                    let marker = format!("{n}. ");
                    let indent = " ".repeat(marker.len());
                    fill(&text, width, &marker, &indent)
                }
                BlockKind::Quote => fill(&text, width, "> ", "> "),
                BlockKind::Code => text.lines().map(|l| format!("    {l}\n")).collect(),
                BlockKind::Paragraph | BlockKind::Caption => fill(&text, width, "", ""),
            };
            out.push_str(&filled);
            previous = Some(block.kind);
        }
    }
    out
}

/// Wraps `text` with a first-line prefix and a continuation indent; each line
/// ends in a newline. Without a width, every paragraph stays one line.
fn fill(text: &str, width: Option<usize>, first: &str, rest: &str) -> String {
    let Some(width) = width else {
        return format!("{first}{text}\n");
    };
    let mut out = String::new();
    let inner = width.saturating_sub(first.len()).max(10);
    for paragraph in text.split('\n') {
        for (i, line) in wrap(paragraph, inner).iter().enumerate() {
            out.push_str(if i == 0 && out.is_empty() {
                first
            } else {
                rest
            });
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}
