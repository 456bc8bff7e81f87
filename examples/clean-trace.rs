//! Shows what cleaning makes of each line of plain-text articles, for
//! debugging the ingest rules on pages outside the gold:
//! `cargo run --example clean-trace -- FILE...`. Each non-empty line is
//! printed with its fate: `  ` shown, `# ` heading, `x ` removed (or taken
//! as metadata); then the detected title, author, outlet and date.

use brief::ingest::{Decoded, Format, decode, sanitize, trace};

fn main() {
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let Decoded::Text { text, .. } = decode(&bytes) else {
            eprintln!("{path}: not text");
            continue;
        };
        let (doc, shown) = trace(&text, Format::Text);
        println!("== {}", sanitize(&path));
        let clean = sanitize(&text);
        for (i, line) in clean.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let fate = match shown.iter().find(|s| s.line == i + 1) {
                Some(s) if s.heading => "# ",
                Some(_) => "  ",
                None => "x ",
            };
            let short: String = line.chars().take(110).collect();
            println!("{fate}{:3} {short}", i + 1);
        }
        let m = &doc.meta;
        println!(
            "   title: {} | author: {:?} | outlet: {:?} | published: {:?}",
            m.title, m.author, m.outlet, m.published
        );
    }
}
