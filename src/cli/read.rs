use super::args::ReadArgs;
use super::output;
use crate::layout::{Document, Markup, display_safe, wrap};
use crate::model::{Briefing, Source};

/// Without a terminal to fit, paragraphs stay on one line.
const NO_WRAP: usize = usize::MAX / 4;

pub fn run(briefing: &Briefing, args: &ReadArgs) -> Result<(), String> {
    let source = output::find_source(briefing, &args.source)?;
    let width = output::wrap_width(args.width).unwrap_or(NO_WRAP);
    let text = if args.raw {
        let mut out = String::new();
        for line in wrap(&display_safe(&source.raw), width) {
            out.push_str(&line);
            out.push('\n');
        }
        out
    } else {
        render(source, width)
    };
    output::print_text(&text)
}

/// The cleaned source as Markdown-like text: `# title`, `## heading`,
/// paragraphs separated by blank lines, list items as `- `.
pub fn render(source: &Source, width: usize) -> String {
    let document = Document::of_source_with(0, source, width, Markup::Markdown);
    let mut out = String::new();
    for line in document.lines() {
        out.push_str(line.text.trim_end());
        out.push('\n');
    }
    out
}
