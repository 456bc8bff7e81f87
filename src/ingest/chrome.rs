//! Step 5: page chrome. Navigation before the title, logos, prompts to
//! share / subscribe / comment / sign in, reading times, copyright lines,
//! donation appeals, cookie banners, footer link lists, and the trailing
//! sections (about the author, comments, related articles) that follow the
//! article. Rules describe kinds of lines, using the vocabulary in
//! `assets/ingest/chrome.toml`; removed text stays in `Ingested.raw`.

use super::unit::{Unit, UnitKind};
use super::vocabulary::{Vocabulary, appeals, key, signup, vocabulary, widgets};

/// Longest line (in words) that can be a button, label or prompt.
const SHORT: usize = 10;
/// Longest donation appeal or cookie banner, in words.
const MAX_APPEAL_WORDS: usize = 80;
/// Longest line of flattened page furniture (a slideshow, a sign-up form,
/// an expandable box), in words.
const MAX_WIDGET_WORDS: usize = 250;
/// Fewest sign-up phrases in a line that is a flattened sign-up form (a
/// sentence about newsletters has two or three).
const MIN_SIGNUP_WORDS: usize = 4;
/// Longest contributor line, teaser or notice, in words.
const MAX_NOTE_WORDS: usize = 40;

/// Removes navigation, breadcrumbs and logos before the title. Returns the
/// outlet when the chrome names it (a logo's alt text, a masthead item).
pub fn strip_leading(units: &mut Vec<Unit>) -> Option<String> {
    let v = vocabulary();
    let mut outlet = None;
    let mut drop = 0;
    let mut contents_until = 0;
    let mut in_menu = false;
    for (i, unit) in units.iter().enumerate() {
        let k = unit.key();
        let short = unit.words() <= SHORT;
        let menu_word = unit.words() <= MENU_WORDS && is_nav_line(k, v);
        if i < contents_until {
            // An entry of a table of contents.
        } else if in_menu && !menu_word && is_menu_entry(unit) {
            // A section name in a menu ("Home", "News", "Weather").
        } else if i < CONTENTS_WITHIN
            && contents_until == 0
            && let Some(end) = contents_run(units, i)
        {
            contents_until = end;
        } else if let Some(name) = logo_name(&unit.text) {
            outlet.get_or_insert(name);
        } else if matches!(unit.kind, UnitKind::Item { .. }) && short {
            // The first item of a navigation bar is usually the masthead.
            if drop == 0 && unit.words() <= 3 && !v.is(&v.nav_words, k) {
                outlet.get_or_insert_with(|| unit.text.clone());
            }
        } else if !(short && (is_nav_line(k, v) || is_breadcrumb(&unit.text)))
            && !is_chrome_line(unit)
        {
            break;
        }
        in_menu = in_menu || menu_word;
        drop += 1;
    }
    units.drain(..drop);
    outlet
}

/// Most words of a menu entry.
const MENU_WORDS: usize = 2;

/// A line that can be an entry of a menu: a word or two, capitalised, no
/// sentence punctuation, and not a logo or a link.
fn is_menu_entry(unit: &Unit) -> bool {
    let t = unit.text.trim();
    unit.kind == UnitKind::Text
        && unit.words() <= MENU_WORDS
        && t.starts_with(char::is_uppercase)
        && !t.ends_with(['.', ':', '!', '?', ','])
}

/// A navigation word or breadcrumb line.
pub fn is_navigation(unit: &Unit) -> bool {
    let v = vocabulary();
    unit.words() <= SHORT && (is_nav_line(unit.key(), v) || is_breadcrumb(&unit.text))
}

/// A navigation word, or a bar of them on one line ("Article Talk",
/// "Read Edit View history"): the line splits into navigation phrases.
fn is_nav_line(k: &str, v: &Vocabulary) -> bool {
    splits_into(k, &v.nav_words, v)
}

/// Whether the line is one phrase of `list`, or splits into several
/// ("Advertisement Continue reading the main story").
fn splits_into(k: &str, list: &[String], v: &Vocabulary) -> bool {
    const LONGEST_PHRASE: usize = 6;
    if v.is(list, k) {
        return true;
    }
    // Keys are single-spaced, so a phrase of words is a slice of `k`.
    let words: Vec<(usize, usize)> = k
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, start + w.len()))
        })
        .collect();
    if words.len() < 2 || words.len() > SHORT {
        return false;
    }
    let mut at = 0;
    while at < words.len() {
        let Some(len) = (1..=LONGEST_PHRASE.min(words.len() - at))
            .rev()
            .find(|&len| v.is(list, &k[words[at].0..words[at + len - 1].1]))
        else {
            return false;
        };
        at += len;
    }
    true
}

/// A table of contents starts within this many lines of the top, and only
/// one is looked for: each try searches the rest of the text.
const CONTENTS_WITHIN: usize = 40;
/// Fewest entries of a table of contents before the title.
const MIN_CONTENTS_ENTRIES: usize = 2;
/// Most entries looked at: each is searched for in the rest of the text,
/// so a hostile page of short lines must not make this quadratic.
const MAX_CONTENTS_ENTRIES: usize = 80;

/// A table of contents at `start`: a run of short lines that each come
/// back later in the text as a line of their own (the headings they list).
/// Returns where the run ends.
fn contents_run(units: &[Unit], start: usize) -> Option<usize> {
    let mut end = start;
    while end < units.len()
        && end - start < MAX_CONTENTS_ENTRIES
        && units[end].words() <= SHORT
        && !units[end].key().is_empty()
        // Headings are short: long paragraphs are not folded to compare.
        && units[end + 1..]
            .iter()
            .any(|u| u.words() <= SHORT && u.key() == units[end].key())
    {
        end += 1;
    }
    (end - start >= MIN_CONTENTS_ENTRIES).then_some(end)
}

/// Removes every chrome line, the trailing sections after an end marker,
/// footer link lists and the stray short lines left at the end.
pub fn strip(units: &mut Vec<Unit>) {
    cut_at_end_marker(units);
    cut_after_copyright(units);
    remove_footer_lists(units);
    remove_signup_blurbs(units);
    remove_labelled_ads(units);
    units.retain(|u| !is_chrome_line(u));
    remove_sign_off(units);
    while units.last().is_some_and(is_trailing_stray) {
        units.pop();
    }
}

/// A line that is chrome wherever it appears.
pub fn is_chrome_line(unit: &Unit) -> bool {
    if unit.kind == UnitKind::Code {
        return false;
    }
    let words = unit.words();
    // Longer than any widget: running text.
    if words > MAX_WIDGET_WORDS {
        return false;
    }
    let v = vocabulary();
    if words > SHORT {
        // Running text is only checked for furniture, appeals, banners and
        // notices; lower case is enough for those and cheaper than folding.
        let lower = unit.text.to_lowercase();
        let lower = lower.trim();
        if is_widget(lower) {
            return true;
        }
        if words > MAX_APPEAL_WORDS {
            return false;
        }
        return is_copyright(&unit.text, lower)
            || is_contact_appeal(lower)
            || is_donation(lower)
            || is_cookie_banner(lower)
            || is_pointer(&unit.text, lower, v)
            || (words <= MAX_NOTE_WORDS && is_note(&unit.text, lower, v));
    }
    let k = unit.key();
    if k.is_empty() {
        return !unit.text.trim().is_empty();
    }
    splits_into(k, &v.labels, v)
        || is_widget(k)
        || is_note(&unit.text, k, v)
        || is_box_label(&unit.text)
        || is_email_field(k)
        || is_engagement_count(k, v)
        || is_footer_line(&unit.text, v)
        || is_prompt(k, v)
        || is_social_bar(k, v)
        || is_reading_time(k)
        || logo_name(&unit.text).is_some()
        || (is_link_only(&unit.text) && appeals().any_in(k))
        || is_copyright(&unit.text, k)
        || is_donation(k)
        || is_cookie_banner(k)
        || is_pointer(&unit.text, k, v)
}

/// "Earth logo" / "Logo: Acme" → the name.
fn logo_name(text: &str) -> Option<String> {
    let t = text.trim();
    if t.split_whitespace().count() > 5 {
        return None;
    }
    // ASCII lower case keeps byte offsets, so `t` can be cut where `lower` matches.
    let lower = t.to_ascii_lowercase();
    let name = if lower.ends_with(" logo") {
        &t[..t.len() - " logo".len()]
    } else if lower.starts_with("logo") && t.len() > 4 && t.is_char_boundary(4) {
        t[4..].trim_start_matches([':', ' ', '-'])
    } else {
        return None;
    };
    let name = name.trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// "Home > World > Asia", "News / Politics", "Home » Blog".
fn is_breadcrumb(text: &str) -> bool {
    let separators = [" > ", " › ", " » ", " / ", " | ", " → "];
    separators.iter().any(|s| {
        let parts: Vec<&str> = text.split(s).collect();
        parts.len() >= 2
            && parts
                .iter()
                .all(|p| (1..=4).contains(&p.split_whitespace().count()))
    })
}

/// Most words after a prompt verb before the object that makes it one.
const MAX_PROMPT_REST_WORDS: usize = 4;

/// A short line that starts with a prompt verb and speaks about the page:
/// "Share this article", "Sign in to comment", "Subscribe", "Add your insights".
fn is_prompt(k: &str, v: &Vocabulary) -> bool {
    v.prompt_verbs.iter().any(|verb| {
        let Some(rest) = k.strip_prefix(verb.as_str()) else {
            return false;
        };
        if !(rest.is_empty() || rest.starts_with(' ')) {
            return false;
        }
        let rest = rest.trim();
        // A network or an object further on counts in a short prompt
        // ("Follow Jo Park on Twitter"), not in a headline that happens to
        // end in one ("Watch the rocket launch today").
        let near = rest.split(' ').count() <= MAX_PROMPT_REST_WORDS;
        rest.is_empty()
            || v.prompt_objects.iter().any(|o| {
                rest == o
                    || rest.starts_with(&format!("{o} "))
                    || rest.split(' ').any(|w| {
                        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                        w == o && o.len() > 3 && (near || v.is(&v.social, w))
                    })
            })
            || verb.starts_with("be the first")
    })
}

/// "245", "12 Likes", "1.2K Followers", "3 comments": counters of a page.
fn is_engagement_count(k: &str, v: &Vocabulary) -> bool {
    let mut words = k.split_whitespace();
    let Some(number) = words.next() else {
        return false;
    };
    let numeric = number
        .trim_end_matches(['k', 'm'])
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    let rest: Vec<&str> = words.collect();
    numeric
        && number.starts_with(|c: char| c.is_ascii_digit())
        && (rest.is_empty() || (rest.len() == 1 && v.is(&v.counters, rest[0])))
}

/// "Privacy · Terms · Collection notice": footer links on one line.
fn is_footer_line(text: &str, v: &Vocabulary) -> bool {
    let parts: Vec<String> = text
        .split(['·', '∙', '|', '•'])
        .map(key)
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() >= 2 && parts.iter().filter(|p| v.is(&v.footer_links, p)).count() * 2 >= parts.len()
}

/// "Facebook Twitter Email", "Share on LinkedIn | Print".
fn is_social_bar(k: &str, v: &Vocabulary) -> bool {
    let words: Vec<&str> = k
        .split(|c: char| c.is_whitespace() || c == '|' || c == ',')
        .filter(|w| !w.is_empty() && !matches!(*w, "on" | "via" | "to"))
        .collect();
    v.is(&v.social, k) || (!words.is_empty() && words.iter().all(|w| v.is(&v.social, w)))
}

/// "7 min read", "Reading time: 5 minutes", "4 minute read".
fn is_reading_time(k: &str) -> bool {
    let has_number = k.chars().any(|c| c.is_ascii_digit());
    has_number
        && (k.contains("min read")
            || k.contains("minute read")
            || k.contains("minutes read")
            || k.contains("min. read")
            || k.contains("reading time")
            || k.contains("read time"))
}

/// "© 2026 Acme", "Copyright 2024 ...", "... All rights reserved."
fn is_copyright(text: &str, k: &str) -> bool {
    let t = text.trim_start();
    t.starts_with('©')
        || k.starts_with("copyright ")
        || k.starts_with("(c) ")
        || (k.contains("all rights reserved") && k.split_whitespace().count() <= 25)
}

/// A paragraph asking for money or membership, or disclosing affiliate links.
fn is_donation(k: &str) -> bool {
    appeals().any_in(k)
}

/// "We use cookies to improve your experience. By continuing you accept ..."
fn is_cookie_banner(k: &str) -> bool {
    k.contains("cookie")
        && [
            "accept",
            "consent",
            "agree",
            "we use",
            "this site uses",
            "this website uses",
            "preferences",
        ]
        .iter()
        .any(|w| k.contains(w))
}

/// "Read more: Another headline", "RELATED: ..." — a one-line pointer to
/// another page.
fn is_pointer(text: &str, k: &str, v: &Vocabulary) -> bool {
    let Some((head, tail)) = text.split_once(':') else {
        return false;
    };
    !tail.trim().is_empty()
        && tail.split_whitespace().count() <= 20
        && !tail.trim_end().ends_with(['.', '!'])
        && v.is(&v.pointers, &key(head))
        && !k.is_empty()
}

/// Page furniture flattened into a line: a slideshow or video label, a
/// caption toggle, an expandable box, or a sign-up form.
fn is_widget(lower: &str) -> bool {
    widgets().any_in(lower) || signup().count_in(lower) >= MIN_SIGNUP_WORDS
}

/// A short note about the page rather than the story: who contributed, a
/// disclaimer, a tip line with an address, a teaser ("... Read more",
/// "[Another headline]").
fn is_note(text: &str, lower: &str, v: &Vocabulary) -> bool {
    let t = text.trim();
    is_contributor_line(lower, v)
        || v.notices.iter().any(|n| lower.starts_with(n.as_str()))
        || is_contact_appeal(lower)
        || (lower.ends_with(" read more") && !t.ends_with(['.', '!', '?']))
        || (t.starts_with('[') && t.ends_with(']') && !t[1..].contains('['))
}

/// "With assistance by Jo Park", "Jo Park contributed to this report.",
/// "Jo Park contributed from Lisbon.": who helped, not the story.
fn is_contributor_line(lower: &str, v: &Vocabulary) -> bool {
    let opening = lower.trim_start_matches(['—', '–', '-', '(', ' ']);
    let ending = lower.trim_end_matches(['.', ')', ' ']);
    v.contributor_openers
        .iter()
        .any(|p| opening.starts_with(p.as_str()))
        || v.contributor_endings
            .iter()
            .any(|p| ending.ends_with(p.as_str()))
        || (lower.split_whitespace().count() <= 10 && lower.contains(" contributed from "))
}

/// "Email us at tips@example.com", "Contact us at news@example.com": the
/// outlet asks the reader to write.
fn is_contact_appeal(lower: &str) -> bool {
    let has_address = lower.split_whitespace().any(|w| {
        w.split_once('@')
            .is_some_and(|(name, host)| !name.is_empty() && host.contains('.'))
    });
    has_address
        && [
            "us at",
            "contact us",
            "email us",
            "e-mail us",
            "write to us",
            "send us",
        ]
        .iter()
        .any(|p| lower.contains(p))
}

/// The label of a promotion box: a few capitalised words trailing off
/// ("The Daily Explains...").
fn is_box_label(text: &str) -> bool {
    let t = text.trim();
    let Some(stem) = t.strip_suffix("...").or_else(|| t.strip_suffix('…')) else {
        return false;
    };
    let words: Vec<&str> = stem.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && !stem.contains(['.', ',', '!', '?'])
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// A bare URL or domain ("ko-fi.com/name", "https://example.org/about/").
pub fn is_link_only(text: &str) -> bool {
    let t = text.trim();
    !t.contains(char::is_whitespace)
        && (t.starts_with("http://")
            || t.starts_with("https://")
            || t.starts_with("www.")
            || looks_like_domain(t))
}

/// "orfonline.org", "buymeacoffee.com/ggtv": letters, a dot, a 2–6 letter TLD.
pub fn looks_like_domain(t: &str) -> bool {
    let host = t.split('/').next().unwrap_or(t);
    let Some((name, tld)) = host.rsplit_once('.') else {
        return false;
    };
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase())
}

/// An end marker: a short line naming a trailing section ("About the
/// author", "Comments (3)", "More for you", "Authored By : Name").
pub fn is_end_marker(unit: &Unit) -> bool {
    if unit.words() > 8 || unit.kind == UnitKind::Code {
        return false;
    }
    let v = vocabulary();
    let k = unit.key();
    // "Comments (12)", "12 comments", "More from Reuters", "Written by Jane".
    let core = k
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ')
        .split(" (")
        .next()
        .unwrap_or("");
    v.end_markers.iter().any(|m| {
        let Some(rest) = core.strip_prefix(m.as_str()) else {
            return false;
        };
        rest.is_empty()
            || rest.starts_with(':')
            || (rest.starts_with(' ')
                && (m.ends_with(" by")
                    || ["more", "about", "discussion", "comments", "related"]
                        .iter()
                        .any(|p| m.starts_with(p))))
    })
}

/// Cuts the article at the first end marker in its second half: what follows
/// is the page around the article. An earlier marker is just removed.
fn cut_at_end_marker(units: &mut Vec<Unit>) {
    let total: usize = units.iter().map(|u| u.text.len()).sum();
    let mut seen = 0;
    for i in 0..units.len() {
        if is_end_marker(&units[i]) && seen * 2 >= total && !prose_follows(&units[i + 1..]) {
            units.truncate(i);
            return;
        }
        seen += units[i].text.len();
    }
}

/// Fewest words of a paragraph that shows the article goes on.
const PROSE_WORDS: usize = 40;
/// How far after an end marker such a paragraph is looked for.
const PROSE_WITHIN: usize = 2;

/// The article goes on after a "Read more" between two paragraphs (a
/// teaser's label): long sentences follow, not a list of headlines.
fn prose_follows(rest: &[Unit]) -> bool {
    rest.iter().take(PROSE_WITHIN).any(|u| {
        u.kind == UnitKind::Text
            && u.words() >= PROSE_WORDS
            && u.text.trim_end().ends_with(['.', '!', '?', '"', '”'])
    })
}

/// How many paragraphs from the end a copyright notice ends the article.
const COPYRIGHT_WITHIN: usize = 3;

/// A copyright notice near the end ends the article: what follows it is
/// the page's footer (a transcript note, a syndication line). A notice may
/// sit inside a short footer paragraph ("The original is at X. Copyright
/// 2018. Follow X on Twitter.").
fn cut_after_copyright(units: &mut Vec<Unit>) {
    let from = units.len().saturating_sub(COPYRIGHT_WITHIN);
    let notice = (from..units.len()).find(|&i| {
        let u = &units[i];
        u.kind == UnitKind::Text
            && u.words() <= MAX_APPEAL_WORDS
            && has_copyright_notice(&u.text.to_lowercase())
    });
    if let Some(i) = notice {
        units.truncate(i);
    }
}

/// "Copyright 2018", "© 2024", "copyright ©", "all rights reserved".
fn has_copyright_notice(lower: &str) -> bool {
    lower.contains('©')
        || lower.contains("all rights reserved")
        || lower.match_indices("copyright ").any(|(at, m)| {
            lower[at + m.len()..]
                .trim_start_matches(['©', ' '])
                .starts_with(|c: char| c.is_ascii_digit())
        })
}

/// Longest advertisement under an advertising label, in words.
const MAX_AD_WORDS: usize = 30;

/// "Advertisement:" or "Anzeige:" on a line of its own labels the short
/// line under it as an advertisement.
fn remove_labelled_ads(units: &mut Vec<Unit>) {
    let v = vocabulary();
    let mut i = 0;
    while i + 1 < units.len() {
        let labelled = units[i].text.trim_end().ends_with(':')
            && units[i].words() <= 2
            && v.is(&v.labels, units[i].key());
        if labelled && units[i + 1].kind == UnitKind::Text && units[i + 1].words() <= MAX_AD_WORDS {
            units.drain(i..i + 2);
        } else {
            i += 1;
        }
    }
}

/// Longest sign-off line, in words.
const MAX_SIGN_OFF_WORDS: usize = 12;

/// A letter-style ending: a short closing line, then the author's name on
/// its own ("Thanks for reading, as always. / Maria", "See you next week.
/// / Tom Brandt"). The line is the blog's sign-off, not the article; the
/// name goes with the trailing strays.
fn remove_sign_off(units: &mut Vec<Unit>) {
    let n = units.len();
    if n < 3 {
        return;
    }
    let closing = &units[n - 2];
    if is_signature(&units[n - 1])
        && closing.kind == UnitKind::Text
        && closing.words() <= MAX_SIGN_OFF_WORDS
        && closing.text.trim_end().ends_with(['.', '!', '?'])
    {
        units.remove(n - 2);
    }
}

/// A name signing off: one to three capitalised words, nothing else. An
/// agency's initials at the end ("AP", "AFP") are a credit, not a name.
fn is_signature(unit: &Unit) -> bool {
    let t = unit.text.trim();
    unit.kind == UnitKind::Text
        && (1..=3).contains(&unit.words())
        && t.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().any(char::is_lowercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '.')
        })
}

/// Longest blurb of a newsletter sign-up box, in words.
const MAX_BLURB_WORDS: usize = 30;

/// A newsletter box: a sign-up prompt, a short blurb ("Get the week's news
/// in your inbox every Friday."), then an email field. The prompt and the
/// field are chrome on their own; the blurb is chrome between them.
fn remove_signup_blurbs(units: &mut Vec<Unit>) {
    let mut drop = vec![false; units.len()];
    for i in 1..units.len().saturating_sub(1) {
        // The cheap test first: few lines are email fields.
        drop[i] = units[i + 1].words() <= 4
            && is_email_field(units[i + 1].key())
            && units[i].words() <= MAX_BLURB_WORDS
            && is_chrome_line(&units[i - 1]);
    }
    let mut index = 0;
    units.retain(|_| {
        index += 1;
        !drop[index - 1]
    });
}

/// The placeholder of an email field: "Type your email…", "Enter your
/// email address", "Your email", "Email address".
fn is_email_field(k: &str) -> bool {
    let k = k.trim_end_matches(['.', '…', ' ']);
    let rest = ["type ", "enter ", "your ", "type your ", "enter your "]
        .iter()
        .rev()
        .find_map(|p| k.strip_prefix(p))
        .unwrap_or(k);
    let rest = rest.strip_prefix("your ").unwrap_or(rest);
    matches!(
        rest,
        "email" | "e-mail" | "email address" | "e-mail address" | "email here"
    )
}

/// Runs of list items that are mostly footer links (Contact, Privacy
/// Policy, Terms of Use).
fn remove_footer_lists(units: &mut Vec<Unit>) {
    let v = vocabulary();
    let mut drop = vec![false; units.len()];
    let mut i = 0;
    while i < units.len() {
        let start = i;
        while i < units.len() && matches!(units[i].kind, UnitKind::Item { .. }) {
            i += 1;
        }
        if i > start {
            let footer = units[start..i]
                .iter()
                .filter(|u| v.is(&v.footer_links, u.key()))
                .count();
            if footer * 2 >= i - start {
                drop[start..i].iter_mut().for_each(|d| *d = true);
            }
        } else {
            i += 1;
        }
    }
    let mut index = 0;
    units.retain(|_| {
        index += 1;
        !drop[index - 1]
    });
}

/// What is left at the very end that is not article: a short line without
/// closing punctuation (a tag, a name, a section label) or a bare link.
fn is_trailing_stray(unit: &Unit) -> bool {
    // List items and code are content even when short ("- Eggs").
    if !matches!(unit.kind, UnitKind::Text | UnitKind::Heading) {
        return false;
    }
    let t = unit.text.trim_end();
    is_link_only(t)
        || (unit.words() <= 4 && !t.ends_with(['.', '!', '?', '"', '”', '\'', '’', ')']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Unit {
        Unit::new(UnitKind::Text, t)
    }

    fn item(t: &str) -> Unit {
        Unit::new(UnitKind::Item { ordered: None }, t)
    }

    #[test]
    fn navigation_and_logo_before_the_title_go_and_name_the_outlet() {
        let mut units = vec![
            item("THE DAILY PLANET"),
            item("Home"),
            item("World"),
            text("Headline of the day"),
        ];
        assert_eq!(
            strip_leading(&mut units).as_deref(),
            Some("THE DAILY PLANET")
        );
        assert_eq!(units.len(), 1);
        let mut units = vec![
            text("Acme News logo"),
            text("Home › World › Europe"),
            text("Headline"),
        ];
        assert_eq!(strip_leading(&mut units).as_deref(), Some("Acme News"));
        assert_eq!(units[0].text, "Headline");
        assert_eq!(logo_name("İİİ Press logo").as_deref(), Some("İİİ Press"));
    }

    #[test]
    fn prompts_are_chrome_but_sentences_with_the_same_verbs_are_not() {
        for chrome in [
            "Share this article",
            "Sign in to comment",
            "Subscribe",
            "Follow us on Instagram",
            "Add your insights",
            "Be the first to respond and start the conversation.",
            "Accept all cookies",
            "Facebook Twitter LinkedIn Email",
            "5 min read",
            "Reading time: 12 minutes",
            "© 2025 Example Media Ltd.",
            "Copyright 2024 The Herald. All rights reserved.",
            "Read more: Ten things we learned this week",
            "Advertisement",
            "Support us on Patreon: patreon.com/someone",
            "Follow Jo Park on Twitter: @jopark",
            "Email the author.",
        ] {
            assert!(is_chrome_line(&text(chrome)), "should be chrome: {chrome}");
        }
        for prose in [
            "Follow the money",
            "Share prices fell sharply on Monday after the announcement.",
            "Supporters gathered outside the court.",
            "Like many of his peers, he left school at sixteen.",
            "Comments from the minister drew criticism from the opposition, who called for an inquiry.",
            "Save the Children said the numbers were rising.",
            "Watch the rocket launch live today",
            "They urged donors to support our government's effort to rebuild the schools.",
        ] {
            assert!(!is_chrome_line(&text(prose)), "should be kept: {prose}");
        }
    }

    #[test]
    fn end_markers_cut_the_tail_only_late_in_the_text() {
        let long = "A long paragraph of the article that carries the story forward. ".repeat(4);
        let mut units = vec![
            text(&long),
            text(&long),
            text("About the author"),
            text("Jane Doe writes about cities."),
        ];
        strip(&mut units);
        assert_eq!(units.len(), 2);
        let mut early = vec![text("Related"), text(&long), text(&long)];
        cut_at_end_marker(&mut early);
        assert_eq!(early.len(), 3);
        // A teaser's label between two paragraphs late in the text.
        let mut units = vec![text(&long), text(&long), text("Read more"), text(&long)];
        strip(&mut units);
        assert_eq!(units, vec![text(&long), text(&long), text(&long)]);
    }

    #[test]
    fn footer_link_lists_and_trailing_strays_go() {
        let long = "The story ends with a full sentence that is long enough to count.";
        let mut units = vec![
            text(long),
            item("Contact"),
            item("Privacy Policy"),
            item("Terms of Use"),
            text("Lifestyle"),
        ];
        strip(&mut units);
        assert_eq!(units, vec![text(long)]);
    }

    #[test]
    fn a_short_last_list_item_is_content() {
        let mut units = vec![text("You will need:"), item("Flour"), item("Eggs")];
        strip(&mut units);
        assert_eq!(units.len(), 3);
    }

    #[test]
    fn phrases_match_whole_words() {
        assert!(!is_chrome_line(&text(
            "The library holds more than 400 items, most of them donated by local businesses and residents who wanted to help."
        )));
    }

    #[test]
    fn a_table_of_contents_and_a_bar_of_tabs_before_the_title_go() {
        let body = "A paragraph of running text that is long enough to be the article's first.";
        let mut units = vec![
            text("Main menu"),
            text("Origins"),
            text("Later years"),
            text("A Title About Something"),
            text("Page Discussion"),
            text(body),
            text("Origins"),
            text(body),
            text("Later years"),
        ];
        strip_leading(&mut units);
        assert_eq!(units[0].text, "A Title About Something");
        let v = vocabulary();
        assert!(is_nav_line("read edit view history", v));
        assert!(!is_nav_line("read the report", v));
        // One line that comes back later is not a table of contents.
        let mut units = vec![text("Origins"), text(body), text("Origins")];
        strip_leading(&mut units);
        assert_eq!(units.len(), 3);
    }

    #[test]
    fn section_names_in_a_menu_go_with_it() {
        let mut units = vec![
            text("Home"),
            text("News"),
            text("Gardening"),
            text("A headline that says what happened today"),
        ];
        strip_leading(&mut units);
        assert_eq!(units[0].text, "A headline that says what happened today");
    }

    #[test]
    fn a_sign_off_line_above_the_author_name_goes() {
        let long = "The story ends with a full sentence that is long enough to count.";
        let mut units = vec![
            text(long),
            text(long),
            text("Reading maps isn't a hobby. It's a habit."),
            text("Maria"),
        ];
        strip(&mut units);
        assert_eq!(units, vec![text(long), text(long)]);
        // A short last paragraph without a name under it is the article's.
        let mut units = vec![text(long), text(long), text("The vote is in July.")];
        strip(&mut units);
        assert_eq!(units.len(), 3);
        // Nor is one above an agency's initials.
        let mut units = vec![text(long), text("The vote is in July."), text("AFP")];
        strip(&mut units);
        assert_eq!(units, vec![text(long), text("The vote is in July.")]);
    }

    #[test]
    fn a_newsletter_box_goes_with_its_blurb() {
        let long = "The story goes on with a full sentence that is long enough to count.";
        let mut units = vec![
            text(long),
            text("Sign up for our newsletter"),
            text("The best of the week, every Sunday morning."),
            text("Enter your email address"),
            text("Subscribe"),
            text(long),
        ];
        strip(&mut units);
        assert_eq!(units, vec![text(long), text(long)]);
        // A short paragraph between two story lines stays.
        let mut units = vec![text(long), text("He said no."), text(long)];
        strip(&mut units);
        assert_eq!(units.len(), 3);
        assert!(is_email_field("type your email…"));
        assert!(!is_email_field("email the council"));
    }

    #[test]
    fn flattened_widgets_notes_and_teasers_are_chrome() {
        for chrome in [
            "Advertisement Continue reading the main story",
            "Photo",
            "Read more",
            "Anzeige:",
            "Enlarge this image toggle caption Jo Park/AP Jo Park/AP",
            "Media playback is unsupported on your device Media caption Storm hits the coast",
            "Photos: The storm Waves over the harbour wall. Hide Caption 3 of 12",
            "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box. Invalid email address. Please re-enter. You must select a newsletter to subscribe to.",
            "Jo Park contributed to this report.",
            "— With assistance by Jo Park",
            "Ana Lima contributed from Lisbon.",
            "Disclaimer: This article is not investment advice.",
            "Information from: The Local Herald, http://example.org",
            "Do you have a story for us? Email us at tips@example.org or call 0100 000 000.",
            "Ferry firm apologises to stranded islanders Read more",
            "[Ferry firm apologises to stranded islanders]",
            "The Herald Explains...",
        ] {
            assert!(is_chrome_line(&text(chrome)), "should be chrome: {chrome}");
        }
        for prose in [
            "The photo was taken on Sunday.",
            "Readers who subscribe to the newsletter get it in their inbox every Friday morning, the editor said.",
            "The figures, first revealed in reporting by the Herald, show a rise.",
            "Donors contributed to this report's funding, the charity said, and to two others in May.",
            "He wrote to the council at clerk@example.org but got no answer.",
            "Show me the money, she said.",
        ] {
            assert!(!is_chrome_line(&text(prose)), "should be kept: {prose}");
        }
    }

    #[test]
    fn a_copyright_notice_near_the_end_ends_the_article() {
        let long = "The story ends with a full sentence that is long enough to count.";
        let mut units = vec![
            text(long),
            text(long),
            text("The original is at the Herald. Copyright 2018. Follow the Herald on X."),
            text("Transcripts are made in a hurry and may change."),
        ];
        strip(&mut units);
        assert_eq!(units, vec![text(long), text(long)]);
        let mut units = vec![
            text(long),
            text("Anzeige:"),
            text("Buy shoes at example.org now."),
            text(long),
        ];
        strip(&mut units);
        assert_eq!(units, vec![text(long), text(long)]);
    }

    #[test]
    fn domains_and_links() {
        assert!(is_link_only("https://example.org/about/"));
        assert!(is_link_only("ko-fi.com/name"));
        assert!(looks_like_domain("orfonline.org"));
        assert!(!looks_like_domain("U.S."));
        assert!(!is_link_only("see example.org"));
    }
}
