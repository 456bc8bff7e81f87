//! Ingestion: raw article text in, a clean structured source out. Each step
//! of the pipeline is its own module, run in order by [`ingest`]:
//! 1. [`sanitize`]: safe text (no control characters or escape sequences);
//! 2. `blocks` (plain text), `markdown` (pulldown-cmark) or `html` (saved
//!    pages: Readability, then the DOM's structure): units, then
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
pub mod html;
mod markdown;
mod markers;
mod metadata;
mod sanitize;
mod sections;
mod unit;
mod vocabulary;

pub use decode::{Decoded, decode};
pub use sanitize::sanitize;

pub use crate::model::Format;
use crate::model::{Section, SourceMeta};
use unit::{Unit, UnitKind};

/// What ingestion makes of one article.
#[derive(Debug, Clone, Default)]
pub struct Ingested {
    pub meta: SourceMeta,
    pub sections: Vec<Section>,
    /// The sanitised text before cleaning, for `--raw`.
    pub raw: String,
    /// Bytes invalid in the page's character set were replaced (HTML).
    pub lossy: bool,
}

/// Runs the pipeline over decoded text. An HTML page that holds no article
/// gives an empty result (see [`ingest_html`] for the reason).
pub fn ingest(text: &str, format: Format) -> Ingested {
    if format == Format::Html {
        return html::read_text(text, false)
            .map(ingest_page)
            .unwrap_or_default();
    }
    let (meta, units, raw) = clean(text, format);
    Ingested {
        meta,
        sections: sections::assemble(units),
        raw,
        lossy: false,
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
        lossy: false,
    };
    (ingested, shown)
}

/// Every step but the assembly into sections.
fn clean(text: &str, format: Format) -> (SourceMeta, Vec<Unit>, String) {
    let raw = sanitize(text);
    let (units, declared) = match format {
        Format::Markdown => markdown::parse(&raw),
        Format::Text | Format::Html => (blocks::split(&raw), SourceMeta::default()),
    };
    let (meta, units) = clean_units(units, declared, format);
    (meta, units, raw)
}

/// Reads a saved web page (bytes in any declared character set): the
/// article Readability finds, through the same cleaning as text. The error
/// says, in a few words, why the page holds no article.
pub fn ingest_html(bytes: &[u8]) -> Result<Ingested, String> {
    html::read(bytes).map(ingest_page)
}

fn ingest_page(page: html::Page) -> Ingested {
    let (meta, units) = clean_units(page.units, page.declared, Format::Html);
    Ingested {
        meta,
        sections: sections::assemble(units),
        raw: page.raw,
        lossy: page.lossy,
    }
}

/// Steps 2 to 7 over the units of any format.
fn clean_units(
    mut units: Vec<Unit>,
    declared: SourceMeta,
    format: Format,
) -> (SourceMeta, Vec<Unit>) {
    markers::strip_all(&mut units);
    let masthead = chrome::strip_leading(&mut units);
    // A title declared in front matter stands in for a missing `# Title`;
    // a page's own title (its metadata) always heads it.
    let first_is_title = units.first().is_some_and(|u| {
        u.kind == UnitKind::Heading
            && (format != Format::Html || u.key() == vocabulary::key(&declared.title))
    });
    if !declared.title.is_empty() && !first_is_title {
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
    if format == Format::Html {
        drop_inner_end_markers(&mut units);
    }
    chrome::strip(&mut units);
    // Captions are taken out before headings are looked for, so that a
    // caption neither becomes one nor stands between one and its text.
    // A page marks its captions (`figcaption`): those stay, shown dim.
    if format == Format::Html {
        captions::remove_unmarked(&mut units);
    } else {
        captions::remove(&mut units);
    }
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
    meta.format = format;
    (meta, units)
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
        (&mut meta.language, declared.language),
    ] {
        if let Some(value) = value {
            *field = Some(unit::one_line(&value));
        }
    }
}

/// Readability has already cut the page's tail: an end marker ("Comments
/// (3)", "Related") with much of the article still after it closes one part
/// of a page that holds several (a weekly edition), not the article. The
/// marker line goes; the text after it stays.
fn drop_inner_end_markers(units: &mut Vec<Unit>) {
    const MIN_WORDS_AFTER: usize = 100;
    let total: usize = units.iter().map(Unit::words).sum();
    let mut after = total;
    let mut keep = Vec::with_capacity(units.len());
    for unit in units.iter() {
        after -= unit.words();
        keep.push(!(chrome::is_end_marker(unit) && after >= MIN_WORDS_AFTER.max(total / 4)));
    }
    let mut flags = keep.into_iter();
    units.retain(|_| flags.next().unwrap_or(true));
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
