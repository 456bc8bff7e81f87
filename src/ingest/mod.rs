//! Ingestion: raw article text in, a clean structured source out. Each step
//! of the pipeline is its own module, run in order by [`ingest`]:
//! 1. [`sanitize`]: safe text (no control characters or escape sequences);
//! 2. `blocks` (plain text) or `markdown` (pulldown-cmark): units, then
//!    `markers`: reference markers ("[1]", "[citation needed]", "[edit]");
//! 3. `chrome::strip_leading`, then `metadata` (title, subtitle, with
//!    `byline` and `dates` for author, outlet and date);
//! 4. `chrome::strip`: navigation, prompts, appeals, trailing sections;
//! 5. `captions`: image, video and chart captions and credits, removed;
//! 6. `headings`: outline and table of contents, then `citations` (outlet
//!    tags after paragraphs);
//! 7. `sections`: the model's sections.
//!
//! The vocabulary of chrome lives in `assets/ingest/chrome.toml`
//! (`vocabulary`); the rules are written from kinds of lines, not pages.

mod blocks;
mod byline;
mod captions;
mod chrome;
mod citations;
mod dates;
mod decode;
mod headings;
mod markdown;
mod markers;
mod metadata;
mod sanitize;
mod sections;
mod unit;
mod vocabulary;

pub use decode::{Decoded, decode};
pub use sanitize::sanitize;

use crate::model::{Section, SourceMeta};
use unit::{Unit, UnitKind};

/// How a source file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
}

/// What ingestion makes of one article.
#[derive(Debug, Clone, Default)]
pub struct Ingested {
    pub meta: SourceMeta,
    pub sections: Vec<Section>,
    /// The sanitised text before cleaning, for `--raw`.
    pub raw: String,
}

/// Runs the pipeline over decoded text.
pub fn ingest(text: &str, format: Format) -> Ingested {
    let (meta, units, raw) = clean(text, format);
    Ingested {
        meta,
        sections: sections::assemble(units),
        raw,
    }
}

/// A line of a plain-text article that is still shown after cleaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShownLine {
    /// 1-based, in the sanitised text (the file's own numbering unless it
    /// uses bare CR or Unicode line separators).
    pub line: usize,
    pub heading: bool,
}

/// Ingests `text` and says which of its lines are still shown, and which
/// of those as headings: for measuring the cleaning rules against lines
/// marked by hand (`tests/clean_realworld.rs`). Lines absent from the list
/// were removed or taken as metadata. Markdown units carry no line, so
/// this is for plain text.
pub fn trace(text: &str, format: Format) -> (Ingested, Vec<ShownLine>) {
    let (meta, units, raw) = clean(text, format);
    let shown = units
        .iter()
        .filter(|u| u.line > 0)
        .map(|u| ShownLine {
            line: u.line,
            heading: u.kind == UnitKind::Heading,
        })
        .collect();
    let ingested = Ingested {
        meta,
        sections: sections::assemble(units),
        raw,
    };
    (ingested, shown)
}

/// Every step but the assembly into sections.
fn clean(text: &str, format: Format) -> (SourceMeta, Vec<Unit>, String) {
    let raw = sanitize(text);
    let (mut units, declared) = match format {
        Format::Text => (blocks::split(&raw), SourceMeta::default()),
        Format::Markdown => markdown::parse(&raw),
    };
    markers::strip_all(&mut units);
    let masthead = chrome::strip_leading(&mut units);
    // A title declared in front matter stands in for a missing `# Title`.
    if !declared.title.is_empty() && units.first().is_none_or(|u| u.kind != UnitKind::Heading) {
        units.insert(0, Unit::new(UnitKind::Heading, declared.title.clone()));
    }
    let mut meta = metadata::take_head(&mut units);
    overlay(&mut meta, declared);
    drop_title_repeats(&mut units, &meta.title);
    let signed = byline::closing_signature(&units);
    let copyright = units
        .iter()
        .rev()
        .find_map(|u| byline::copyright_holder(&u.text));
    chrome::strip(&mut units);
    // Captions are taken out before headings are looked for, so that a
    // caption neither becomes one nor stands between one and its text.
    captions::remove(&mut units);
    // Markdown marks its headings; a Markdown file without any is pasted
    // text, and gets the plain-text rules.
    if format == Format::Text || !units.iter().any(|u| u.kind == UnitKind::Heading) {
        headings::detect(&mut units);
    }
    let dateline = units
        .iter()
        .find(|u| u.kind == UnitKind::Text)
        .and_then(|u| byline::dateline_outlet(&u.text));
    meta.outlet = meta
        .outlet
        .or(dateline)
        .or(masthead)
        .or(copyright)
        .map(|o| unit::one_line(&o));
    meta.author = meta.author.or(signed).map(|a| unit::one_line(&a));
    citations::take_all(&mut units);
    (meta, units, raw)
}

/// What the article declares about itself (front matter) wins over what
/// was detected.
fn overlay(meta: &mut SourceMeta, declared: SourceMeta) {
    if !declared.title.is_empty() {
        meta.title = unit::one_line(&declared.title);
    }
    for (field, value) in [
        (&mut meta.subtitle, declared.subtitle),
        (&mut meta.author, declared.author),
        (&mut meta.outlet, declared.outlet),
        (&mut meta.published, declared.published),
        (&mut meta.url, declared.url),
    ] {
        if let Some(value) = value {
            *field = Some(unit::one_line(&value));
        }
    }
}

/// A page may repeat its title just below it (a breadcrumb, a second h1).
fn drop_title_repeats(units: &mut Vec<Unit>, title: &str) {
    if title.is_empty() {
        return;
    }
    let title = vocabulary::key(title);
    let mut seen = 0;
    units.retain(|u| {
        seen += 1;
        seen > 3 || u.key() != title
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_without_headings_gets_the_plain_text_rules() {
        let text = "Title of the post\n\nA first paragraph that says enough to be running text.\n\nA part\n\nMore running text that ends in a full stop.\n";
        let doc = ingest(text, Format::Markdown);
        assert_eq!(doc.meta.title, "Title of the post");
        let headings: Vec<_> = doc
            .sections
            .iter()
            .filter_map(|s| s.heading.as_deref())
            .collect();
        assert_eq!(headings, vec!["A part"]);
        let marked = ingest(
            "# T\n\nText here.\n\n## Real\n\nShort line\n\nMore text.\n",
            Format::Markdown,
        );
        let headings: Vec<_> = marked
            .sections
            .iter()
            .filter_map(|s| s.heading.as_deref())
            .collect();
        assert_eq!(headings, vec!["Real"]);
    }

    #[test]
    fn pipeline_on_a_small_page() {
        let page = "  • Home\n  • World\nSmall Town Votes to Keep Its Library\n\nBy Ana Lima | June 2, 2024\n\n\
                    The vote was close. Local Herald+1\n\nWhat happens now\n\nThe council meets again in July.\n\n\
                    Share this article\n\n© 2024 Local Herald. All rights reserved.\n";
        let got = ingest(page, Format::Text);
        assert_eq!(got.meta.title, "Small Town Votes to Keep Its Library");
        assert_eq!(got.meta.author.as_deref(), Some("Ana Lima"));
        assert_eq!(got.meta.published.as_deref(), Some("June 2, 2024"));
        assert_eq!(got.meta.outlet.as_deref(), Some("Local Herald"));
        let shape: Vec<(Option<&str>, Vec<&str>)> = got
            .sections
            .iter()
            .map(|s| {
                (
                    s.heading.as_deref(),
                    s.blocks.iter().map(|b| b.text.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            shape,
            vec![
                (None, vec!["The vote was close."]),
                (
                    Some("What happens now"),
                    vec!["The council meets again in July."]
                ),
            ]
        );
        assert_eq!(
            got.sections[0].blocks[0].citations,
            vec!["Local Herald".to_string()]
        );
        assert!(got.raw.contains("Share this article"));
    }
}
