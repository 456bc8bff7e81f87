//! The core knows nothing of the terminal: only `src/tui/` may use ratatui or crossterm.

use std::path::Path;

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
