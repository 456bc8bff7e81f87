//! Reading saved web pages: a generated 500 KB page (scripts, styles,
//! menus, a sidebar of links, an article of 40 paragraphs with headings, a
//! figure, a list and a table) through `ingest_html` (character set,
//! Readability, DOM to blocks, cleaning), and the largest page of
//! ../shared/html-pages when that folder is there.

use std::hint::black_box;

use brief::ingest::ingest_html;
use criterion::{Criterion, criterion_group, criterion_main};

const PARAGRAPH: &str = "The harbour authority said on Tuesday that the new cranes would double the number of containers handled each day, and that the dock workers' union had agreed to <a href=\"https://news.example/shifts\">the new shifts</a> after <em>two months</em> of talks.";

/// A page of about `size` bytes shaped like a saved news page.
fn page(size: usize) -> String {
    let mut head = String::from(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Port doubles its capacity | Harbour News</title>\
         <meta property=\"og:site_name\" content=\"Harbour News\"><meta name=\"author\" content=\"Ana Lima\">",
    );
    let mut article = String::from("<main><article><h1>Port doubles its capacity</h1>");
    for i in 0..40 {
        if i % 8 == 0 {
            article.push_str(&format!("<h2>Part {i}</h2>"));
        }
        article.push_str(&format!("<p>{PARAGRAPH}</p>"));
    }
    article.push_str("<figure><img src=\"c.jpg\"><figcaption>Cranes at the port. Photo: Ana Lima</figcaption></figure>\
        <ul><li>Two new cranes</li><li>Three shifts</li></ul>\
        <table><tr><th>Year</th><th>Containers</th></tr><tr><td>2023</td><td>1.2 million</td></tr></table>\
        </article></main>");
    let mut chrome = String::from("<header><nav>");
    let mut i = 0;
    while head.len() + article.len() + chrome.len() < size {
        match i % 3 {
            0 => head.push_str(&format!(
                "<script>window.cfg{i} = {{\"a\": [1, 2, 3], \"b\": \"{}\"}};</script>",
                "x".repeat(400)
            )),
            1 => head.push_str(&format!(
                ".c{i} {{ color: #333; margin: 0 auto; padding: 4px }}\n"
            )),
            _ => chrome.push_str(&format!(
                "<li class=\"menu-item\"><a href=\"/section/{i}\">Section {i}</a></li>"
            )),
        }
        i += 1;
    }
    chrome.push_str("</nav></header>");
    format!(
        "{head}<style>.x{{}}</style></head><body>{chrome}{article}<aside><ul>{}</ul></aside><footer>© 2024 Harbour News</footer></body></html>",
        "<li><a href=\"/more\">More from Harbour News</a></li>".repeat(20)
    )
}

fn read_pages(c: &mut Criterion) {
    let mut group = c.benchmark_group("html");
    let generated = page(500 * 1024);
    assert!(
        ingest_html(generated.as_bytes()).is_ok(),
        "the page is an article"
    );
    group.bench_function("read 500 KB page", |b| {
        b.iter(|| ingest_html(black_box(generated.as_bytes())))
    });
    let shared = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/html-pages/msn/source.html"
    );
    match std::fs::read(shared) {
        Ok(bytes) => {
            group.bench_function("read msn page (551 KB, ../shared)", |b| {
                b.iter(|| ingest_html(black_box(&bytes)))
            });
        }
        Err(_) => eprintln!("skipped the shared page: {shared} is absent"),
    }
    group.finish();
}

criterion_group!(benches, read_pages);
criterion_main!(benches);
