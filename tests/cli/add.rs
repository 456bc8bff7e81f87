//! `brief add` and files as arguments, as a script uses them. Pages are
//! served by a small HTTP server on 127.0.0.1 that each test starts; nothing
//! reaches the network.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

const PARAGRAPH: &str = "The harbour authority said on Tuesday that the new cranes would double the number of containers handled each day, and that the dock workers' union had agreed to the new shifts after two months of talks.";

fn page(title: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><title>{title}</title>\
         <meta property=\"og:site_name\" content=\"Harbour News\"></head><body><article><h1>{title}</h1>\
         <p>{PARAGRAPH}</p><h2>What the union says</h2><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>"
    )
}

fn brief(state: &Path) -> Command {
    let mut cmd = Command::cargo_bin("brief").expect("binary built");
    cmd.env("BRIEF_STATE_DIR", state)
        .env("BRIEF_FETCH_TIMEOUT", "5");
    cmd
}

/// Serves a few fixed routes on 127.0.0.1, at most `limit` requests.
fn serve(limit: usize) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let addr = listener.local_addr().expect("address");
    std::thread::spawn(move || {
        for stream in listener.incoming().take(limit) {
            let Ok(stream) = stream else { continue };
            let _ = answer(stream);
        }
    });
    format!("http://{addr}")
}

fn answer(mut stream: TcpStream) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    // Read the headers to the blank line.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
    let (status, headers, body): (&str, String, Vec<u8>) = match path.as_str() {
        "/news/port-cranes.html" => (
            "200 OK",
            "Content-Type: text/html; charset=utf-8\r\n".into(),
            page("Port doubles its capacity").into_bytes(),
        ),
        "/old" => (
            "301 Moved Permanently",
            "Location: /news/port-cranes.html\r\n".into(),
            Vec::new(),
        ),
        "/report.pdf" => (
            "200 OK",
            "Content-Type: application/pdf\r\n".into(),
            b"%PDF-1.4".to_vec(),
        ),
        "/login" => (
            "200 OK",
            "Content-Type: text/html\r\n".into(),
            b"<html><body><form><input name=u><button>Sign in</button></form></body></html>"
                .to_vec(),
        ),
        "/huge" => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html><body><p>";
            stream.write_all(head.as_bytes())?;
            let chunk = vec![b'a'; 1024 * 1024];
            for _ in 0..17 {
                stream.write_all(&chunk)?;
            }
            return Ok(());
        }
        _ => (
            "404 Not Found",
            "Content-Type: text/html\r\n".into(),
            b"<html><body>not here</body></html>".to_vec(),
        ),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(&body)?;
    stream.flush()
}

fn stderr_of(cmd: &mut Command) -> String {
    let out = cmd.assert().failure().code(1).get_output().stderr.clone();
    String::from_utf8(out).expect("UTF-8")
}

fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn a_url_is_fetched_once_through_redirects_and_recorded_in_the_manifest() {
    let base = serve(8);
    let state = tempfile::tempdir().expect("tempdir");
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("notes.txt"),
        format!("Earlier notes\n\n{PARAGRAPH}\n"),
    )
    .expect("write");
    let folder = dir.path().join("port");
    fs::create_dir(&folder).expect("mkdir");
    fs::write(
        folder.join("notes.txt"),
        format!("Earlier notes\n\n{PARAGRAPH}\n"),
    )
    .expect("write");
    let url = format!("{base}/old");
    brief(state.path())
        .args(["add", "-b"])
        .arg(&folder)
        .arg(&url)
        .assert()
        .success();
    assert_eq!(
        listing(&folder),
        ["briefing.toml", "notes.txt", "port-cranes.html"]
    );
    let manifest = fs::read_to_string(folder.join("briefing.toml")).expect("manifest");
    let parsed = brief::briefing::parse_manifest(&manifest, "m").expect("valid manifest");
    let files: Vec<&str> = parsed.sources.iter().map(|s| s.file.as_str()).collect();
    assert_eq!(
        files,
        ["notes.txt", "port-cranes.html"],
        "files already there stay listed"
    );
    let added = &parsed.sources[1];
    assert_eq!(added.url.as_deref(), Some(url.as_str()));
    assert!(
        added
            .fetched
            .as_deref()
            .is_some_and(|t| t.ends_with('Z') && t.len() == 20)
    );

    // The folder reads as one briefing, the page as HTML.
    let out = brief(state.path())
        .args(["sources", "--json", "-b"])
        .arg(&folder)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: Value = serde_json::from_slice(&out).expect("JSON");
    let formats: Vec<(&str, &str)> = json
        .as_array()
        .expect("array")
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap_or(""),
                s["format"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(formats, [("notes", "text"), ("port-cranes", "html")]);
    assert_eq!(json[1]["title"], "Port doubles its capacity");
    assert_eq!(json[1]["outlet"], "Harbour News");

    // The same URL again is not fetched twice.
    let out = brief(state.path())
        .args(["add", "-b"])
        .arg(&folder)
        .arg(&url)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(
        String::from_utf8_lossy(&out).contains("already"),
        "{}",
        String::from_utf8_lossy(&out)
    );
    assert_eq!(listing(&folder).len(), 3);
}

#[test]
fn a_url_that_fails_leaves_folder_and_manifest_untouched() {
    let base = serve(8);
    let state = tempfile::tempdir().expect("tempdir");
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path();
    fs::write(folder.join("briefing.toml"), "title = \"Port\"\n").expect("write");
    let before = fs::read(folder.join("briefing.toml")).expect("read");
    let refused = {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = l.local_addr().expect("addr").port();
        drop(l);
        format!("http://127.0.0.1:{port}/x")
    };
    for (url, says) in [
        (format!("{base}/missing"), "404"),
        (format!("{base}/report.pdf"), "application/pdf"),
        (format!("{base}/login"), "no article"),
        (format!("{base}/huge"), "16 MiB"),
        (refused, "connect"),
    ] {
        let err = stderr_of(
            brief(state.path())
                .args(["add", "-b"])
                .arg(folder)
                .arg(&url),
        );
        assert!(err.contains(says), "{url}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert_eq!(listing(folder), ["briefing.toml"], "{url}");
        assert_eq!(
            fs::read(folder.join("briefing.toml")).expect("read"),
            before
        );
    }
}

#[test]
fn files_and_stdin_are_added_and_a_file_already_there_is_not_duplicated() {
    let state = tempfile::tempdir().expect("tempdir");
    let dir = tempfile::tempdir().expect("tempdir");
    let src = dir.path().join("report.txt");
    fs::write(&src, format!("Cranes arrive\n\n{PARAGRAPH}\n")).expect("write");
    let folder = dir.path().join("new-briefing");
    brief(state.path())
        .args(["add", "--id", "cranes", "--title", "Cranes, day one", "-b"])
        .arg(&folder)
        .arg(&src)
        .assert()
        .success();
    let out = brief(state.path())
        .args(["add", "-b"])
        .arg(&folder)
        .arg(&src)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8_lossy(&out).contains("already"));
    brief(state.path())
        .args(["add", "-b"])
        .arg(&folder)
        .arg("-")
        .write_stdin(format!("Union agrees to new shifts\n\n{PARAGRAPH}\n"))
        .assert()
        .success();
    assert_eq!(
        listing(&folder),
        [
            "briefing.toml",
            "report.txt",
            "union-agrees-to-new-shifts.txt"
        ]
    );
    let out = brief(state.path())
        .args(["sources", "--json", "-b"])
        .arg(&folder)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: Value = serde_json::from_slice(&out).expect("JSON");
    assert_eq!(json[0]["id"], "cranes");
    assert_eq!(json[0]["title"], "Cranes, day one");
    assert_eq!(json[1]["format"], "text");
    let err = stderr_of(
        brief(state.path())
            .args(["add", "--id", "cranes", "-b"])
            .arg(&folder)
            .arg(&src),
    );
    assert!(err.contains("cranes"), "{err}");
}

#[test]
fn files_as_arguments_and_stdin_open_as_briefings() {
    let state = tempfile::tempdir().expect("tempdir");
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("a.txt"),
        format!("Cranes arrive\n\n{PARAGRAPH}\n"),
    )
    .expect("write");
    fs::write(dir.path().join("b.html"), page("Port doubles its capacity")).expect("write");
    // Not a terminal: the sources table.
    let out = brief(state.path())
        .arg(dir.path().join("a.txt"))
        .arg(dir.path().join("b.html"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8_lossy(&out);
    assert!(
        text.contains("Cranes arrive") && text.contains("Port doubles its capacity"),
        "{text}"
    );
    let out = brief(state.path())
        .args(["read", "b", "-b"])
        .arg(dir.path().join("b.html"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8_lossy(&out);
    assert!(
        text.contains("What the union says") && text.contains("harbour authority"),
        "{text}"
    );
    let out = brief(state.path())
        .arg("-")
        .write_stdin(page("Piped page"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8_lossy(&out).contains("Piped page"));
    let err = stderr_of(brief(state.path()).arg(dir.path().join("nope.txt")));
    assert!(err.contains("nope.txt"), "{err}");
}
