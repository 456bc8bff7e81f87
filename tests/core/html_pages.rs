//! Saved web pages against Mozilla Readability's reference: for each page
//! of ../shared/html-pages, the text brief shows (title, headings, blocks;
//! link addresses left out, as the reference keeps them in attributes) is
//! scored against the text of `expected.html` by token precision, recall
//! and F1, and the title and byline against `expected-metadata.json`.
//! Prints per-page and mean numbers; skips when the folder is absent.
//!
//! Run: `cargo test --test core html_pages -- --nocapture`

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use brief::briefing::load_files;
use brief::model::{MarkKind, Source};
use dom_query::Document;

fn pages() -> Option<Vec<PathBuf>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/html-pages");
    let Ok(entries) = std::fs::read_dir(&root) else {
        eprintln!("skipped: {} is absent", root.display());
        return None;
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("source.html").is_file())
        .collect();
    dirs.sort();
    Some(dirs)
}

fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Precision, recall and F1 of `got`'s tokens against `want`'s (as bags).
fn score(got: &str, want: &str) -> (f64, f64, f64) {
    let (got, want) = (tokens(got), tokens(want));
    let mut left: HashMap<&str, usize> = HashMap::new();
    for t in &want {
        *left.entry(t).or_default() += 1;
    }
    let mut common = 0usize;
    for t in &got {
        if let Some(n) = left.get_mut(t.as_str())
            && *n > 0
        {
            *n -= 1;
            common += 1;
        }
    }
    let p = common as f64 / got.len().max(1) as f64;
    let r = common as f64 / want.len().max(1) as f64;
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

/// Elements a browser shows on lines of their own.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "th",
    "tr",
    "table",
    "br",
    "figcaption",
    "figure",
    "blockquote",
    "pre",
    "dt",
    "dd",
    "dl",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "hr",
    "caption",
];

/// The reference's text as a browser shows it: text nodes run together
/// inside a line, blocks parted by line breaks.
fn reference_text(html: &str) -> String {
    fn walk(node: &dom_query::NodeRef, out: &mut String) {
        for child in node.children_it(false) {
            if child.is_text() {
                out.push_str(&child.text());
            } else if child.is_element() {
                let name = child
                    .node_name()
                    .map(|n| n.to_ascii_lowercase())
                    .unwrap_or_default();
                if matches!(name.as_str(), "script" | "style") {
                    continue;
                }
                let block = BLOCKS.contains(&name.as_str());
                if block {
                    out.push('\n');
                }
                walk(&child, out);
                if block {
                    out.push('\n');
                }
            }
        }
    }
    let doc = Document::from(html);
    let mut out = String::new();
    walk(&doc.root(), &mut out);
    out
}

/// What brief shows of a source, without the link addresses it adds.
fn shown_text(source: &Source) -> String {
    let mut out = vec![source.meta.title.clone()];
    for section in &source.sections {
        out.extend(section.heading.clone());
        for block in &section.blocks {
            let mut text = String::new();
            let mut at = 0;
            for mark in block.marks.iter().filter(|m| m.kind == MarkKind::LinkUrl) {
                if mark.range.start >= at {
                    text.push_str(&block.text[at..mark.range.start]);
                    at = mark.range.end;
                }
            }
            text.push_str(&block.text[at.min(block.text.len())..]);
            out.push(text);
            out.extend(block.citations.iter().cloned());
        }
    }
    out.join("\n")
}

fn normal(text: &str) -> String {
    let text = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    for prefix in ["by ", "par ", "written by "] {
        if let Some(rest) = text.strip_prefix(prefix) {
            return rest.to_string();
        }
    }
    text
}

#[test]
fn saved_pages_read_like_readability() {
    let Some(dirs) = pages() else {
        return;
    };
    let (mut f_sum, mut f_min, mut n) = (0.0, 1.0f64, 0usize);
    let (mut titles_right, mut bylines_right, mut bylines) = (0, 0, 0);
    println!(
        "{:<24} {:>6} {:>6} {:>6}  title byline",
        "page", "P", "R", "F1"
    );
    for dir in &dirs {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let expected = std::fs::read_to_string(dir.join("expected.html")).expect("expected.html");
        let meta: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join("expected-metadata.json")).expect("metadata"),
        )
        .expect("metadata is JSON");
        let briefing = load_files(&[dir.join("source.html")]).expect("the page loads");
        let source = &briefing.sources[0];
        let (got, want) = (shown_text(source), reference_text(&expected));
        // HTML_PAGES_DUMP=name writes both texts to the temp folder to compare.
        if std::env::var("HTML_PAGES_DUMP").is_ok_and(|d| d == name) {
            let tmp = std::env::temp_dir();
            let _ = std::fs::write(tmp.join("html-got.txt"), &got);
            let _ = std::fs::write(
                tmp.join("html-want.txt"),
                want.split_whitespace().collect::<Vec<_>>().join(" "),
            );
        }
        let (p, r, f) = score(&got, &want);
        let want_title = meta["title"].as_str().unwrap_or_default();
        // brief takes the site's name off a title ("Dam opens | Herald").
        let site = meta["siteName"].as_str().map(normal).unwrap_or_default();
        let got_title = normal(&source.meta.title);
        let title_ok = got_title == normal(want_title)
            || (!site.is_empty()
                && [" | ", " - ", " – ", " — ", " · "].iter().any(|sep| {
                    normal(want_title) == format!("{got_title}{sep}{site}")
                        || normal(want_title) == format!("{site}{sep}{got_title}")
                }));
        let byline = meta["byline"].as_str().map(normal);
        let byline_ok = byline.as_ref().map(|want| {
            source
                .meta
                .author
                .as_deref()
                .map(normal)
                .is_some_and(|got| !got.is_empty() && (want == &got || want.contains(&got)))
        });
        println!(
            "{name:<24} {p:>6.3} {r:>6.3} {f:>6.3}  {:<5} {}",
            if title_ok { "ok" } else { "MISS" },
            match byline_ok {
                Some(true) => "ok".to_string(),
                Some(false) => format!("MISS ({:?})", source.meta.author),
                None => "-".to_string(),
            }
        );
        if !title_ok {
            println!(
                "    title: got {:?}, want {want_title:?}",
                source.meta.title
            );
        }
        f_sum += f;
        f_min = f_min.min(f);
        n += 1;
        titles_right += usize::from(title_ok);
        if let Some(ok) = byline_ok {
            bylines += 1;
            bylines_right += usize::from(ok);
        }
    }
    let mean = f_sum / n as f64;
    println!(
        "pages {n}: mean F1 {mean:.4}, lowest {f_min:.3}; titles right {titles_right}/{n}; bylines right {bylines_right}/{bylines}"
    );
    assert!(n >= 40, "only {n} pages read");
    assert!(mean >= 0.97, "mean F1 {mean:.4}");
    assert!(f_min >= 0.85, "a page scores {f_min:.3}");
    assert!(
        titles_right * 10 >= n * 9,
        "titles right {titles_right}/{n}"
    );
}
