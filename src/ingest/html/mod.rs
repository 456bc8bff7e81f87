//! Saved web pages. The page is decoded from its declared character set
//! (`charset`), its article found by a port of Mozilla's Readability
//! (`dom_smoothie`, the algorithm of Firefox's Reader View), and the
//! article's DOM turned into units (`dom`) for the same cleaning steps as
//! text. The page's metadata (title, byline, site name, date, canonical
//! address, language) is what the page declares, as Readability reads it.

mod charset;
mod dom;

use dom_query::Document;
use dom_smoothie::{Config, Readability};

use super::byline::parse_byline;
use super::sanitize;
use super::unit::{Unit, UnitKind, one_line};
use super::vocabulary::key;
use crate::model::SourceMeta;

pub use charset::is_utf16;

/// Fewer letters of running text than this is not an article (a login
/// form, an index of links, an empty page). Counted in characters, not
/// words, so that languages written without spaces count alike.
const MIN_ARTICLE_CHARS: usize = 200;

/// What a page gives before cleaning.
pub struct Page {
    pub units: Vec<Unit>,
    /// What the page says about itself.
    pub declared: SourceMeta,
    /// The article's text as extracted, blocks parted by blank lines.
    pub raw: String,
    /// Bytes invalid in the page's character set were replaced.
    pub lossy: bool,
}

/// Reads a saved page; the error says why it holds no article.
pub fn read(bytes: &[u8]) -> Result<Page, String> {
    let (text, lossy) = charset::decode(bytes);
    read_text(&text, lossy)
}

/// [`read`] for a page already decoded.
pub fn read_text(text: &str, lossy: bool) -> Result<Page, String> {
    let doc = Document::from(text);
    let canonical = doc
        .select("link[rel~=canonical]")
        .attr("href")
        .map(|h| h.trim().to_string())
        .filter(|h| h.starts_with("http://") || h.starts_with("https://"));
    let lang = doc.select("html").attr("lang").map(|l| l.to_string());
    // Relative links resolve against the page's own address when it has one.
    let mut readability = Readability::with_document(doc, canonical.as_deref(), Some(config()))
        .or_else(|_| Readability::with_document(Document::from(text), None, Some(config())))
        .map_err(|e| e.to_string())?;
    let article = readability
        .parse()
        .map_err(|_| "no article found in the page (a login page, an index, an empty body?)")?;
    let content = Document::fragment(article.content.to_string());
    let units = dom::units(&content.root());
    let letters: usize = units
        .iter()
        .filter(|u| u.kind != UnitKind::Heading && u.kind != UnitKind::Caption)
        .map(|u| u.text.chars().filter(|c| c.is_alphanumeric()).count())
        .sum();
    if letters < MIN_ARTICLE_CHARS {
        return Err(format!(
            "no article in the page, only {letters} letters of text (a login page, an index, an empty body?)"
        ));
    }
    let field = |value: Option<String>| {
        value
            .map(|v| one_line(&sanitize(&v)).trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let mut declared = SourceMeta {
        title: field(Some(article.title)).unwrap_or_default(),
        outlet: field(article.site_name),
        published: field(article.published_time),
        url: field(canonical.or(article.url)),
        language: field(article.lang.or(lang)),
        ..SourceMeta::default()
    };
    if let Some(site) = &declared.outlet {
        declared.title = without_site_name(&declared.title, site);
    }
    if let Some(byline) = field(article.byline) {
        author(&mut declared, &byline);
    }
    declared.subtitle = field(article.excerpt).filter(|e| !opens_the_text(e, &units));
    let raw = units
        .iter()
        .map(|u| u.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    Ok(Page {
        units,
        declared,
        raw,
        lossy,
    })
}

fn config() -> Config {
    Config::default()
}

/// "Title | Site", "Site - Title": the site's name is not the title.
fn without_site_name(title: &str, site: &str) -> String {
    const SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " · ", " :: "];
    let site = key(site);
    for sep in SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep)
            && key(tail) == site
            && !head.trim().is_empty()
        {
            return head.trim().to_string();
        }
        if let Some((head, tail)) = title.split_once(sep)
            && key(head) == site
            && !tail.trim().is_empty()
        {
            return tail.trim().to_string();
        }
    }
    title.to_string()
}

/// The byline as brief reads bylines: "By NAME, date" gives the author
/// and the date; a bare name is the author.
fn author(meta: &mut SourceMeta, byline: &str) {
    match parse_byline(byline) {
        Some(parsed) => {
            meta.author = parsed.author;
            meta.published = meta.published.take().or(parsed.published);
            meta.outlet = meta.outlet.take().or(parsed.outlet);
        }
        None => meta.author = Some(byline.to_string()),
    }
}

/// Readability's excerpt is the page's description, or else its first
/// paragraph: only a description is a subtitle.
fn opens_the_text(excerpt: &str, units: &[Unit]) -> bool {
    let excerpt = key(excerpt);
    let excerpt = excerpt.trim_end_matches(['.', '…']).trim();
    excerpt.is_empty()
        || units
            .iter()
            .filter(|u| u.kind == UnitKind::Text)
            .take(3)
            .any(|u| u.key().starts_with(excerpt))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "The council voted on Tuesday to keep the library open for another ten years, after a long campaign by readers and staff who filled the hall every week. ";

    #[test]
    fn a_page_gives_metadata_and_structure() {
        let page = format!(
            "<html lang=\"en\"><head><title>Library stays open | Local Herald</title>\
             <meta property=\"og:site_name\" content=\"Local Herald\">\
             <meta name=\"author\" content=\"Ana Lima\">\
             <link rel=\"canonical\" href=\"https://herald.example/library\"></head>\
             <body><nav><a href=\"/\">Home</a></nav><article><h1>Library stays open</h1>\
             <p>{BODY}</p><h2>What next</h2><p>{BODY}</p></article></body></html>"
        );
        let got = read(page.as_bytes()).expect("an article");
        assert_eq!(got.declared.title, "Library stays open");
        assert_eq!(got.declared.outlet.as_deref(), Some("Local Herald"));
        assert_eq!(got.declared.author.as_deref(), Some("Ana Lima"));
        assert_eq!(got.declared.language.as_deref(), Some("en"));
        assert_eq!(
            got.declared.url.as_deref(),
            Some("https://herald.example/library")
        );
        let headings: Vec<&str> = got
            .units
            .iter()
            .filter(|u| u.kind == UnitKind::Heading)
            .map(|u| u.text.as_str())
            .collect();
        assert!(headings.contains(&"What next"), "{headings:?}");
        assert!(!got.raw.contains("Home"));
    }

    #[test]
    fn the_site_name_leaves_the_title() {
        assert_eq!(
            without_site_name("Dam opens | The Herald", "The Herald"),
            "Dam opens"
        );
        assert_eq!(
            without_site_name("The Herald - Dam opens", "the herald"),
            "Dam opens"
        );
        assert_eq!(without_site_name("Dam - opens", "Herald"), "Dam - opens");
        assert_eq!(without_site_name("The Herald", "The Herald"), "The Herald");
    }

    #[test]
    fn a_login_page_and_an_empty_body_are_not_articles() {
        let login = "<html><head><title>Sign in</title></head><body><form><label>Email</label>\
                     <input name=e><label>Password</label><input type=password><button>Sign in</button>\
                     </form><a href=\"/forgot\">Forgot your password?</a></body></html>";
        assert!(read(login.as_bytes()).is_err());
        assert!(read(b"<html><head><title>x</title></head><body></body></html>").is_err());
    }
}
