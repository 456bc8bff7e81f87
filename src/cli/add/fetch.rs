//! Fetching one web page for `brief add`: redirects followed (at most 10),
//! a time limit (30 s, `BRIEF_FETCH_TIMEOUT` seconds to change it), the
//! 16 MiB limit of every source, and a one-line error for each way it
//! fails (a status like 404, a refused connection, an unknown host, a type
//! that is not a web page).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ureq::ResponseExt;

use super::{Article, slug};
use crate::briefing::MAX_FILE_BYTES;

const MAX_REDIRECTS: u32 = 10;
const DEFAULT_TIMEOUT_SECS: u64 = 30;
const TIMEOUT_ENV: &str = "BRIEF_FETCH_TIMEOUT";

/// Fetches `url` once; the article is named after the address.
pub(super) fn page(url: &str) -> Result<Article, String> {
    let timeout = std::env::var(TIMEOUT_ENV)
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .filter(|&s| s > 0)
        .unwrap_or(DEFAULT_TIMEOUT_SECS);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(timeout)))
        .max_redirects(MAX_REDIRECTS)
        .http_status_as_error(false)
        .user_agent(concat!("brief/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let fail = |why: String| format!("{url}: {why}; nothing added");
    let mut response = agent
        .get(url)
        .header(
            "Accept",
            "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
        )
        .call()
        .map_err(|e| fail(describe(&e, timeout)))?;
    let status = response.status();
    if !status.is_success() {
        let reason = status.canonical_reason().unwrap_or("error");
        return Err(fail(format!(
            "the server answered {} {reason}",
            status.as_u16()
        )));
    }
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_string();
    let ext = match mime.as_str() {
        "text/html" | "application/xhtml+xml" | "" => "html",
        "text/plain" => "txt",
        "text/markdown" => "md",
        other => {
            return Err(fail(format!(
                "is {}, not a web page",
                crate::ingest::sanitize(other)
            )));
        }
    };
    let final_url = response.get_uri().to_string();
    let bytes = response
        .body_mut()
        .with_config()
        .limit(MAX_FILE_BYTES)
        .read_to_vec()
        .map_err(|e| fail(describe(&e, timeout)))?;
    Ok(Article {
        bytes,
        name: format!("{}.{ext}", name_from_url(&final_url)),
        url: Some(url.to_string()),
        fetched: Some(rfc3339(SystemTime::now())),
    })
}

/// One line on what went wrong, in a reader's words.
fn describe(error: &ureq::Error, timeout: u64) -> String {
    use std::io::ErrorKind;
    match error {
        ureq::Error::Timeout(_) => format!("no answer within {timeout} s"),
        ureq::Error::HostNotFound => "host not found".into(),
        ureq::Error::ConnectionFailed => "could not connect (connection refused?)".into(),
        ureq::Error::Io(e) if e.kind() == ErrorKind::ConnectionRefused => {
            "connection refused".into()
        }
        ureq::Error::Io(e) if e.kind() == ErrorKind::TimedOut => {
            format!("no answer within {timeout} s")
        }
        ureq::Error::BodyExceedsLimit(_) => {
            "the page is larger than 16 MiB; brief reads files of at most 16 MiB".into()
        }
        ureq::Error::TooManyRedirects => format!("more than {MAX_REDIRECTS} redirects"),
        ureq::Error::BadUri(_) => "not a valid address".into(),
        other => crate::ingest::sanitize(&other.to_string()).replace('\n', " "),
    }
}

/// The last meaningful part of the address's path, else its host.
fn name_from_url(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    let mut parts = rest.split('/').filter(|p| !p.is_empty());
    let host = parts.next().unwrap_or("page");
    let last = parts.rfind(|p| !matches!(*p, "index.html" | "index.htm" | "index.php"));
    let last = last.map(|l| {
        l.trim_end_matches(".html")
            .trim_end_matches(".htm")
            .trim_end_matches(".php")
            .to_string()
    });
    slug(last.as_deref().unwrap_or(host.trim_start_matches("www.")))
}

/// `2026-11-29T15:04:05Z`.
fn rfc3339(time: SystemTime) -> String {
    let secs = time.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_the_address() {
        assert_eq!(
            name_from_url("https://www.example.com/news/2024/dam-opens.html?x=1"),
            "dam-opens"
        );
        assert_eq!(name_from_url("https://www.example.com/"), "example-com");
        assert_eq!(name_from_url("http://e.org/a/index.html"), "a");
    }

    #[test]
    fn times_are_rfc3339() {
        assert_eq!(rfc3339(UNIX_EPOCH), "1970-01-01T00:00:00Z");
        let t = UNIX_EPOCH + Duration::from_secs(1_709_210_096);
        assert_eq!(rfc3339(t), "2024-02-29T12:34:56Z");
    }
}
