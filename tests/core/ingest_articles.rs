//! The pipeline on articles from other sites and in other styles than the
//! default briefing (fixtures in tests/fixtures/articles/): title, metadata,
//! outline, and no chrome left.

use brief::ingest::{Format, Ingested, ingest};
use brief::model::{BlockKind, MarkKind};

fn fixture(name: &str) -> Ingested {
    let path = format!(
        "{}/tests/fixtures/articles/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("fixture is readable");
    let format = if name.ends_with(".md") {
        Format::Markdown
    } else {
        Format::Text
    };
    ingest(&text, format)
}

fn headings(doc: &Ingested) -> Vec<&str> {
    doc.sections
        .iter()
        .filter_map(|s| s.heading.as_deref())
        .collect()
}

/// Every line of shown text: headings and blocks.
fn shown(doc: &Ingested) -> Vec<&str> {
    doc.sections
        .iter()
        .flat_map(|s| {
            s.heading
                .as_deref()
                .into_iter()
                .chain(s.blocks.iter().map(|b| b.text.as_str()))
        })
        .collect()
}

fn assert_no_chrome(doc: &Ingested, chrome: &[&str]) {
    for text in shown(doc) {
        for c in chrome {
            assert!(!text.contains(c), "chrome {c:?} left in {text:?}");
        }
    }
}

#[test]
fn wire_story() {
    let doc = fixture("wire-story.txt");
    assert_eq!(
        doc.meta.title,
        "Kenya's central bank holds rate steady as inflation eases"
    );
    assert_eq!(doc.meta.author.as_deref(), Some("Grace Mwangi"));
    assert_eq!(doc.meta.outlet.as_deref(), Some("Reuters"));
    assert_eq!(doc.meta.published.as_deref(), Some("March 12, 2025"));
    assert_eq!(
        headings(&doc),
        vec!["Shilling steadies", "What economists expect"]
    );
    assert!(doc.sections[0].heading.is_none());
    assert!(
        doc.sections[0].blocks[0]
            .text
            .starts_with("NAIROBI (Reuters) - Kenya's central bank")
    );
    // The sentence introducing the list stays with it, in its section.
    let list: Vec<_> = doc.sections[1]
        .blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::ListItem { .. }))
        .collect();
    assert_eq!(list.len(), 3);
    assert!(
        doc.sections[1]
            .blocks
            .iter()
            .any(|b| b.text.ends_with("middle of the year:"))
    );
    assert_no_chrome(
        &doc,
        &[
            "Skip to",
            "Home ›",
            "min read",
            "Share this",
            "Facebook",
            "Read next",
            "Ethiopia",
            "Ghana",
            "Our Standards",
        ],
    );
}

#[test]
fn blog_post_with_comments_below() {
    let doc = fixture("blog-with-comments.txt");
    assert_eq!(doc.meta.title, "Why I stopped mowing my lawn");
    assert_eq!(doc.meta.outlet.as_deref(), Some("The Slow Garden"));
    assert_eq!(doc.meta.author.as_deref(), Some("Tomás Ferreira"));
    assert_eq!(doc.meta.published.as_deref(), Some("June 3, 2024"));
    assert!(
        doc.meta
            .subtitle
            .as_deref()
            .is_some_and(|s| s.starts_with("Letting a lawn"))
    );
    assert_eq!(
        headings(&doc),
        vec!["What came back first", "Is it worth it?"]
    );
    assert!(
        shown(&doc)
            .last()
            .is_some_and(|t| t.ends_with("Your neighbours may disagree."))
    );
    assert_no_chrome(
        &doc,
        &[
            "Tags",
            "gardening",
            "About the author",
            "writes about small gardens",
            "Comments",
            "Maria K.",
            "Reply",
            "email address",
            "Post Comment",
        ],
    );
}

#[test]
fn page_with_cookie_banner_and_related_articles() {
    let doc = fixture("cookie-banner-related.txt");
    assert_eq!(
        doc.meta.title,
        "The quiet spread of antibiotic resistance in hospitals"
    );
    assert_eq!(doc.meta.outlet.as_deref(), Some("HEALTH DESK"));
    assert_eq!(doc.meta.published.as_deref(), Some("4 November 2024"));
    assert_eq!(
        headings(&doc),
        vec!["Where the infections were found", "What hospitals can do"]
    );
    let numbered: Vec<Option<u32>> = doc
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b.kind {
            BlockKind::ListItem { ordered } => Some(ordered),
            _ => None,
        })
        .collect();
    assert_eq!(numbered, vec![Some(1), Some(2), Some(3)]);
    assert_no_chrome(
        &doc,
        &[
            "cookies",
            "Accept all",
            "Reject all",
            "Manage preferences",
            "logo",
            "Menu",
            "Search",
            "ADVERTISEMENT",
            "Read more",
            "Related",
            "superbugs",
            "hard to make",
            "Contact",
            "Privacy",
            "Terms",
            "©",
        ],
    );
}

#[test]
fn markdown_post() {
    let doc = fixture("markdown-post.md");
    assert_eq!(doc.meta.title, "Notes on running a small weather station");
    assert_eq!(
        doc.meta.subtitle.as_deref(),
        Some("A hobby that turns into a habit.")
    );
    assert_eq!(
        headings(&doc),
        vec![
            "Choosing a site",
            "Reading the data",
            "What I would do differently"
        ]
    );
    let lead = &doc.sections[0].blocks[0];
    assert!(
        lead.text
            .ends_with("manufacturer's manual (https://example.com/manual.pdf).")
    );
    let marked = |kind| {
        lead.marks
            .iter()
            .find(|m| m.kind == kind)
            .map(|m| &lead.text[m.range.clone()])
    };
    assert_eq!(marked(MarkKind::Strong), Some("cheap"));
    assert_eq!(
        marked(MarkKind::LinkUrl),
        Some("(https://example.com/manual.pdf)")
    );
    let kinds: Vec<BlockKind> = doc
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .map(|b| b.kind)
        .collect();
    assert!(kinds.contains(&BlockKind::Quote) && kinds.contains(&BlockKind::Code));
    assert!(kinds.contains(&BlockKind::ListItem { ordered: Some(2) }));
    let code = doc.sections[2]
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Code)
        .expect("code block");
    assert_eq!(code.text, "temp_c,humidity\n12.4,81");
}

#[test]
fn raw_keeps_what_cleaning_removed() {
    let doc = fixture("blog-with-comments.txt");
    assert!(doc.raw.contains("Leave a Reply") && doc.raw.contains("12 Comments"));
}

#[test]
fn platform_post_with_app_prompts_and_counters() {
    let doc = fixture("platform-post.txt");
    assert_eq!(doc.meta.title, "How I Learned to Love Boring Databases");
    assert!(
        doc.meta
            .subtitle
            .as_deref()
            .is_some_and(|s| s.starts_with("Postgres did everything"))
    );
    assert_eq!(doc.meta.author.as_deref(), Some("Lena Fischer"));
    assert_eq!(doc.meta.published.as_deref(), Some("Jan 5, 2024"));
    assert_eq!(
        headings(&doc),
        vec!["The first problem", "What changed", "Lessons"]
    );
    assert!(
        shown(&doc)
            .last()
            .is_some_and(|t| t.ends_with("That is worth a lot."))
    );
    assert_no_chrome(
        &doc,
        &[
            "Open in app",
            "Sign",
            "Follow",
            "min read",
            "Listen",
            "Share",
            "245",
            "Databases",
            "Written by",
            "Followers",
            "More from",
            "Recommended",
            "Careers",
            "Privacy",
        ],
    );
}

#[test]
fn newsletter_post_with_share_bar_and_discussion() {
    let doc = fixture("newsletter-post.txt");
    assert_eq!(doc.meta.title, "Why grain prices will stay high");
    assert_eq!(
        doc.meta.subtitle.as_deref(),
        Some("Three reasons the market has not priced in")
    );
    assert_eq!(doc.meta.author.as_deref(), Some("Sam Okoro"));
    assert_eq!(doc.meta.outlet.as_deref(), Some("The Long View"));
    assert_eq!(doc.meta.published.as_deref(), Some("Mar 14, 2025"));
    assert_eq!(
        headings(&doc),
        vec!["1. Stocks are low", "2. Freight is expensive", "3. Weather"]
    );
    assert!(
        shown(&doc)
            .last()
            .is_some_and(|t| t.ends_with("cut expected yields."))
    );
    assert_no_chrome(
        &doc,
        &[
            "Subscribe",
            "Sign in",
            "Share",
            "Copy link",
            "Facebook",
            "Thanks for reading",
            "Likes",
            "Restack",
            "Discussion",
            "Write a comment",
            "fertiliser",
            "Ready for more",
            "©",
            "Privacy",
            "Get the app",
            "home for great culture",
        ],
    );
}

#[test]
fn broadcaster_page_with_menu_image_credits_and_related_topics() {
    let doc = fixture("broadcaster.txt");
    assert_eq!(
        doc.meta.title,
        "Ferry services cancelled as storm batters west coast"
    );
    // A relative date ("2 hours ago") is no publication date.
    assert_eq!(doc.meta.published, None);
    assert_eq!(doc.meta.outlet, None, "a menu item is not the outlet");
    assert_eq!(
        headings(&doc),
        vec!["Islanders stranded", "When will services resume?"]
    );
    // Image sources and captions are removed from the text, kept in raw.
    assert!(
        doc.sections
            .iter()
            .flat_map(|s| &s.blocks)
            .all(|b| b.kind != BlockKind::Caption)
    );
    assert!(doc.raw.contains("Image caption"));
    assert!(
        shown(&doc)
            .last()
            .is_some_and(|t| t.ends_with("depending on conditions."))
    );
    assert_no_chrome(
        &doc,
        &[
            "Skip to",
            "Sport",
            "Weather",
            "Published",
            "Share",
            "Save",
            "Related topics",
            "Transport",
            "More on this story",
            "Storm warning issued",
        ],
    );
}

#[test]
fn hard_wrapped_press_release() {
    let doc = fixture("press-release.txt");
    assert_eq!(
        doc.meta.title,
        "City of Ashford opens first public tool library"
    );
    assert_eq!(headings(&doc), vec!["HOW IT WORKS", "ABOUT THE PROJECT"]);
    let lead = &doc.sections[0].blocks;
    assert_eq!(
        lead.len(),
        2,
        "wrapped lines are joined into paragraphs: {lead:#?}"
    );
    assert!(
        lead[0].text.starts_with("ASHFORD, 4 April 2025 - The City"),
        "{:?}",
        lead[0].text
    );
    assert!(lead[0].text.ends_with("at no cost."), "{:?}", lead[0].text);
    assert!(lead[0].text.contains("public tool library, where"));
    assert_no_chrome(&doc, &["FOR IMMEDIATE RELEASE", "Media contact"]);
}
