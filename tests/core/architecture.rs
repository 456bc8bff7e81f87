//! The shape of the code, checked: the core knows nothing of the terminal
//! (only `src/tui/` may use ratatui or crossterm), and modules depend on
//! each other one way, down the layers of the README's architecture table.

use std::collections::BTreeSet;
use std::path::Path;

/// The layers, bottom first: a module may use any module of a layer below
/// its own, never one above.
const LAYERS: &[&[&str]] = &[
    &["model", "text", "config"],
    &["ingest", "extract", "search", "layout"],
    &["compare", "briefing", "state", "ledger", "timeline"],
    // The analysis cache stores what the layers below compute.
    &["cache"],
    &["cli", "tui"],
];

/// The only edges between modules of one layer, each with its reason.
const SIDEWAYS: &[(&str, &str, &str)] = &[
    (
        "config",
        "text",
        "errors are put on one line by text::one_line",
    ),
    (
        "state",
        "briefing",
        "state files live next to the briefing's folder",
    ),
    ("cli", "tui", "`brief` with no command starts the reader"),
    (
        "timeline",
        "compare",
        "events are told apart by comparison's words (tokens, stems)",
    ),
    (
        "ledger",
        "compare",
        "a ledger's rows are a comparison's quantities and passages",
    ),
    (
        "ledger",
        "timeline",
        "a ledger's dated events are the timeline's entries",
    ),
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// Whether `from` may use `to`.
fn allowed(from: &str, to: &str) -> bool {
    if from == to {
        return true;
    }
    match (layer_of(from), layer_of(to)) {
        (Some(a), Some(b)) if b < a => true,
        (Some(a), Some(b)) if a == b => SIDEWAYS.iter().any(|&(f, t, _)| f == from && t == to),
        _ => false,
    }
}

/// The modules `code` names as `crate::module`, comments left out.
fn crate_modules(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in code.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            let after = &rest[i + "crate::".len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.insert(name);
            }
            rest = after;
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn only_the_tui_module_imports_terminal_crates() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let tui = src.join("tui");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 5, "found too few source files: {files:?}");
    let mut offenders = Vec::new();
    for file in files.iter().filter(|f| !f.starts_with(&tui)) {
        let text = std::fs::read_to_string(file).expect("source file is UTF-8");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if code.contains("ratatui") || code.contains("crossterm") {
                offenders.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "terminal crates used outside src/tui/:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn crossterm_comes_only_through_ratatui() {
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
            .expect("Cargo.toml");
    assert!(
        !manifest
            .lines()
            .any(|l| l.trim_start().starts_with("crossterm")),
        "use ratatui's re-exported crossterm, not a second one"
    );
}

#[test]
fn modules_depend_only_down_the_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut offenders = Vec::new();
    let mut modules = BTreeSet::new();
    for file in &files {
        let Ok(relative) = file.strip_prefix(&src) else {
            continue;
        };
        let Some(first) = relative.components().next() else {
            continue;
        };
        let first = first.as_os_str().to_string_lossy();
        // lib.rs and main.rs sit above every module.
        let module = first.trim_end_matches(".rs");
        if module == "lib" || module == "main" {
            continue;
        }
        modules.insert(module.to_string());
        let text = std::fs::read_to_string(file).expect("source file is UTF-8");
        for used in crate_modules(&text) {
            if !allowed(module, &used) {
                offenders.push(format!(
                    "{}: {module} uses crate::{used}",
                    relative.display()
                ));
            }
        }
    }
    // Every module has a place in the table: a new one must be given one.
    let placed: BTreeSet<String> = LAYERS
        .iter()
        .flat_map(|l| l.iter().map(|m| m.to_string()))
        .collect();
    assert_eq!(modules, placed, "modules in src/ vs the layer table");
    assert!(
        offenders.is_empty(),
        "dependencies against the layers (see LAYERS and SIDEWAYS):\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_layer_check_itself_tells_up_from_down() {
    assert!(allowed("tui", "compare") && allowed("compare", "extract"));
    assert!(
        !allowed("tui", "cli"),
        "the TUI does not reach into the CLI"
    );
    assert!(!allowed("extract", "compare") && !allowed("model", "text"));
    assert!(
        !allowed("search", "extract"),
        "no sideways edge unless listed"
    );
    assert!(allowed("cli", "tui"));
    let found =
        crate_modules("use crate::compare::X; // crate::tui\nlet a = crate::text::fold(b);");
    assert_eq!(found.into_iter().collect::<Vec<_>>(), ["compare", "text"]);
}
