//! Every command and every error path, fed hostile strings (escape
//! sequences, C1 controls, bidi overrides) in ids, titles, outlets, file
//! names, config values, notes and queries: no control character other than
//! a line break reaches stdout or stderr, text or JSON (issue #13, item 1).

use std::path::Path;

use assert_cmd::Command;
use proptest::prelude::*;

/// Sequences a terminal acts on: OSC 52 (clipboard), OSC 0 (title), a
/// clear screen, CSI in its C1 form, bidi override, DEL, NEL, BEL, CR.
const NASTY: &[&str] = &[
    "\u{1b}]52;c;SGVsbG8=\u{7}",
    "\u{1b}]0;T\u{7}",
    "\u{1b}[2J",
    "\u{9b}31m",
    "\u{202e}",
    "\u{2066}",
    "\u{7f}",
    "\u{85}",
    "\r",
    "\u{8}",
];

/// Whether `bytes` has a character a terminal would act on (line breaks
/// are fine).
fn unsafe_chars(bytes: &[u8]) -> Vec<char> {
    String::from_utf8_lossy(bytes)
        .chars()
        .filter(|&c| c != '\n' && brief::layout::is_unsafe(c))
        .collect()
}

/// A TOML basic string holding `text` exactly, every unusual character escaped.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == ' ' || c == '-' || c == '.' {
            out.push(c);
        } else {
            out.push_str(&format!("\\U{:08X}", u32::from(c)));
        }
    }
    out.push('"');
    out
}

struct Hostile {
    id: String,
    title: String,
    outlet: String,
    file_stem: String,
    note: String,
    query: String,
}

/// A briefing folder whose manifest and file names carry the strings.
fn write_briefing(dir: &Path, h: &Hostile) -> std::io::Result<()> {
    // A file name may hold anything but `/` and NUL.
    let stem: String = h
        .file_stem
        .chars()
        .filter(|&c| c != '/' && c != '\0')
        .take(40)
        .collect();
    let file = format!("{stem}x.txt");
    let body = format!(
        "{title}\n\nBy {outlet}\n\nThe {title} said 70{nasty}000 tonnes of grain moved in 2024. {outlet} reported it.\n\n## {title}\n\nA second paragraph about grain and {id}.\n",
        title = h.title,
        outlet = h.outlet,
        id = h.id,
        nasty = NASTY[0],
    );
    std::fs::write(dir.join(&file), body)?;
    std::fs::write(dir.join("plain.txt"), "Plain\n\nGrain moved by rail.\n")?;
    let manifest = format!(
        "title = {title}\n[[source]]\nid = {id}\nfile = {file}\ntitle = {title}\noutlet = {outlet}\nauthor = {outlet}\n[[source]]\nid = \"plain\"\nfile = \"plain.txt\"\n[[topic]]\nid = {id}\ntitle = {title}\nkeywords = [{outlet}, \"grain\"]\n",
        title = toml_string(&h.title),
        id = toml_string(&h.id),
        outlet = toml_string(&h.outlet),
        file = toml_string(&file),
    );
    std::fs::write(dir.join("briefing.toml"), manifest)
}

fn brief(state: &Path, config: &Path) -> Command {
    let mut cmd = Command::cargo_bin("brief").unwrap_or_else(|e| panic!("{e}"));
    cmd.env_remove("NO_COLOR")
        .env("BRIEF_STATE_DIR", state)
        .env("BRIEF_CONFIG", config);
    cmd
}

/// Runs every command and error path on a briefing built from `h`;
/// returns the first output with an unsafe character.
fn check(h: &Hostile) -> Result<(), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let folder = dir.path().join("b");
    std::fs::create_dir(&folder).map_err(|e| e.to_string())?;
    write_briefing(&folder, h).map_err(|e| e.to_string())?;
    let state = dir.path().join("state");
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!("[theme]\nheading = {}\n", toml_string(&h.title)),
    )
    .map_err(|e| e.to_string())?;
    let good_config = dir.path().join("empty.toml");
    std::fs::write(&good_config, "").map_err(|e| e.to_string())?;
    let b = folder.to_string_lossy().into_owned();
    let runs: Vec<(Vec<String>, &Path)> = vec![
        (vec!["sources".into()], &good_config),
        (vec!["sources".into(), "--json".into()], &good_config),
        (vec!["read".into(), h.id.clone()], &good_config),
        (vec!["read".into(), h.note.clone()], &good_config),
        (
            vec!["read".into(), "--raw".into(), h.id.clone()],
            &good_config,
        ),
        (vec!["topics".into()], &good_config),
        (vec!["topics".into(), "--json".into()], &good_config),
        (vec!["compare".into(), h.id.clone()], &good_config),
        (vec!["compare".into(), h.query.clone()], &good_config),
        (
            vec!["compare".into(), "--json".into(), h.id.clone()],
            &good_config,
        ),
        (vec!["entities".into()], &good_config),
        (vec!["entities".into(), "--json".into()], &good_config),
        (
            vec!["entities".into(), "--source".into(), h.query.clone()],
            &good_config,
        ),
        (vec!["figures".into()], &good_config),
        (vec!["figures".into(), "--json".into()], &good_config),
        (vec!["search".into(), "grain".into()], &good_config),
        (vec!["search".into(), h.query.clone()], &good_config),
        (
            vec!["search".into(), "--json".into(), "grain".into()],
            &good_config,
        ),
        (
            vec![
                "search".into(),
                "--source".into(),
                h.query.clone(),
                "x".into(),
            ],
            &good_config,
        ),
        (
            vec![
                "bookmarks".into(),
                "add".into(),
                h.id.clone(),
                "--note".into(),
                h.note.clone(),
            ],
            &good_config,
        ),
        (vec!["bookmarks".into()], &good_config),
        (vec!["bookmarks".into(), "--json".into()], &good_config),
        (
            vec!["bookmarks".into(), "remove".into(), h.note.clone()],
            &good_config,
        ),
        (vec!["export".into(), "bookmarks".into()], &good_config),
        (
            vec!["export".into(), "compare".into(), h.id.clone()],
            &good_config,
        ),
        // Config values echoed in errors.
        (vec!["config".into()], &config),
        // clap echoes what it cannot parse.
        (
            vec![
                "compare".into(),
                "--width".into(),
                h.query.clone(),
                "x".into(),
            ],
            &good_config,
        ),
        (vec![h.query.clone()], &good_config),
    ];
    for (args, config) in runs {
        let out = brief(&state, config)
            .arg("--briefing")
            .arg(&b)
            .args(&args)
            .output()
            .map_err(|e| e.to_string())?;
        for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            let bad = unsafe_chars(bytes);
            if !bad.is_empty() {
                return Err(format!(
                    "brief {args:?}: {stream} has {bad:?}:\n{}",
                    String::from_utf8_lossy(bytes)
                ));
            }
        }
    }
    // A manifest brief refuses still names things in its error.
    for manifest in [
        format!(
            "[[source]]\nid = {id}\nfile = \"a.txt\"\n[[source]]\nid = {id}\nfile = \"a.txt\"\n",
            id = toml_string(&h.id)
        ),
        format!(
            "[[source]]\nid = \"a\"\nfile = {}\n",
            toml_string(&format!("/{}.txt", h.file_stem))
        ),
        format!(
            "[[source]]\nid = \"a\"\nfile = {}\n",
            toml_string(&format!("{}.txt", h.title))
        ),
        format!("title = {}\nbogus = 1\n", toml_string(&h.title)),
        format!("{} = 1\n", toml_string(&h.outlet)),
    ] {
        std::fs::write(folder.join("briefing.toml"), manifest).map_err(|e| e.to_string())?;
        let out = brief(&state, &good_config)
            .arg("--briefing")
            .arg(&b)
            .arg("sources")
            .output()
            .map_err(|e| e.to_string())?;
        let bad = unsafe_chars(&out.stderr);
        if out.status.success() || !bad.is_empty() {
            return Err(format!(
                "refused manifest: stderr has {bad:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    Ok(())
}

fn nasty_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        proptest::sample::select(NASTY).prop_map(str::to_string),
        "[a-z]{1,6}",
        any::<String>(),
    ];
    proptest::collection::vec(piece, 1..4).prop_map(|parts| parts.concat())
}

#[test]
fn the_known_attacks_reach_no_terminal() {
    let h = Hostile {
        id: format!("id{}", NASTY.concat()),
        title: format!("Title {}", NASTY.concat()),
        outlet: format!("Outlet{}{}", NASTY[0], NASTY[4]),
        file_stem: NASTY[1].to_string(),
        note: format!("note{}{}", NASTY[4], NASTY[0]),
        query: format!("\u{15}{}", NASTY[2]),
    };
    if let Err(e) = check(&h) {
        panic!("{e}");
    }
}

proptest! {
    // Each case runs some thirty processes: a few cases cover the shapes.
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_reach_no_terminal(
        id in nasty_text(),
        title in nasty_text(),
        outlet in nasty_text(),
        file_stem in nasty_text(),
        note in nasty_text(),
        query in nasty_text(),
    ) {
        // An id brief refuses (blank) is its own error path, checked too.
        let h = Hostile { id, title, outlet, file_stem, note, query };
        let result = check(&h);
        prop_assert!(result.is_ok(), "{}", result.err().unwrap_or_default());
    }
}
