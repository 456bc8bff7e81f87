//! Image, video and chart captions and their credits. A caption without its
//! picture is a stray fragment in running text, so captions are removed
//! like chrome (they stay in the raw text), and never taken for headings,
//! subtitles or paragraphs.
//!
//! Crawled pages flatten a caption into one line in several shapes: a
//! short line naming a credit ("Chart on phone image via Shutterstock"); a
//! sentence ending in a credit ("... on Sunday. Photograph: A. Name/Agency",
//! "... (Name/AP)", "... Sunday.Name / Agency"); an agency's name in front
//! ("GETTY Bitcoin has fallen ..."); a line of agencies ("Reuters - AP");
//! and, on pages whose paragraphs end in full stops, a long line that does
//! not: the caption sentence of a picture, or the headline of a teaser.

use super::unit::{Unit, UnitKind};
use super::vocabulary::{credits, key, vocabulary};

/// Longest caption, in words (a wire photo caption can be a paragraph).
const MAX_CAPTION_WORDS: usize = 120;
/// Most words of a credit at the end of a caption.
const MAX_CREDIT_WORDS: usize = 8;
/// Fewest words of a line without closing punctuation that is too long to
/// be a heading, and so a caption or teaser on a page of sentences.
const MIN_LOOSE_WORDS: usize = 13;
/// Fewest words of a line that counts as a paragraph when telling a page
/// of sentences from one of verse or lists.
const PARAGRAPH_WORDS: usize = 30;
/// Fewest such paragraphs for their share to count.
const MIN_PARAGRAPHS: usize = 3;
/// Most words of a caption of several sentences without a closing full stop.
const MAX_LOOSE_CAPTION_WORDS: usize = 40;

/// An image caption or credit: see the module documentation.
pub fn is_caption(unit: &Unit) -> bool {
    if unit.kind == UnitKind::Caption {
        return true;
    }
    if unit.kind != UnitKind::Text || unit.words() > MAX_CAPTION_WORDS {
        return false;
    }
    let names_credit = |s: &str| credits().any_in(s);
    if unit.words() <= 12 && (names_credit(unit.key()) || is_agency_line(unit.key())) {
        return true;
    }
    let text = unit.text.trim_end();
    // A longer line is a caption when it opens with a credit label
    // ("Image caption, ...", "Photo: ...") or ends with a credit; fold just
    // those ends.
    let head = key(&text.chars().take(24).collect::<String>());
    if vocabulary()
        .credits
        .iter()
        .any(|c| head.starts_with(c.as_str()))
    {
        return true;
    }
    if text.ends_with(')') {
        let tail = text.rfind('(').map_or(text, |at| &text[at..]);
        // "(Source: X)" after a line of prose cites where its facts come
        // from (a citation, kept); only a picture credit makes it a caption.
        if key(tail).starts_with("(source") {
            return false;
        }
        return tail.split_whitespace().count() <= MAX_CREDIT_WORDS
            && (names_credit(&key(tail)) || has_slash_credit(tail));
    }
    let tail = text.rsplit(". ").next().unwrap_or(text);
    if tail.split_whitespace().count() <= MAX_CREDIT_WORDS && names_credit(&key(tail)) {
        return true;
    }
    // An agency's name may front a question ("GETTY Is this the end?").
    (!ends_sentence(text) && ends_with_slash_credit(text))
        || (opens_with_agency(text) && !text.ends_with(['.', '"', '”']))
}

/// Removes captions, and on a page of sentences the long lines that end
/// without punctuation (see [`is_loose_caption`]).
pub fn remove(units: &mut Vec<Unit>) {
    let prose = is_prose(units);
    units.retain(|u| !(is_caption(u) || (prose && is_loose_caption(u))));
}

/// [`remove`] for a page that marks its captions (a saved page's
/// `figcaption`): the marked ones stay, to be shown as captions.
pub fn remove_unmarked(units: &mut Vec<Unit>) {
    let prose = is_prose(units);
    units.retain(|u| {
        u.kind == UnitKind::Caption || !(is_caption(u) || (prose && is_loose_caption(u)))
    });
}

/// A page of sentences: two thirds of its lines longer than a heading end
/// in punctuation, or two thirds of its paragraphs (lines longer than most
/// captions) do, on a page crowded with captions.
fn is_prose(units: &[Unit]) -> bool {
    let closed_share = |min_words: usize| {
        let long = units
            .iter()
            .filter(|u| u.kind == UnitKind::Text && u.words() >= min_words);
        let (total, closed) = long.fold((0, 0), |(t, c), u| {
            (t + 1, c + usize::from(ends_sentence(u.text.trim_end())))
        });
        (total, closed)
    };
    let two_thirds = |(total, closed): (usize, usize)| total > 0 && closed * 3 >= total * 2;
    let paragraphs = closed_share(PARAGRAPH_WORDS);
    two_thirds(closed_share(MIN_LOOSE_WORDS))
        || (paragraphs.0 >= MIN_PARAGRAPHS && two_thirds(paragraphs))
}

/// A line too long for a heading that does not end a sentence. A
/// paragraph signed off with a dash ("... he says. —With Jo Park") ends
/// its last sentence before the dash.
fn is_loose_caption(unit: &Unit) -> bool {
    let text = unit.text.trim_end();
    let signed_off = text
        .rsplit_once(". ")
        .is_some_and(|(_, tail)| tail.starts_with(['—', '–']));
    // A long paragraph of several sentences that lost its last full stop
    // (crawlers cut some) is still a paragraph.
    let paragraph = unit.words() > MAX_LOOSE_CAPTION_WORDS && text.contains(". ");
    unit.kind == UnitKind::Text
        && (MIN_LOOSE_WORDS..=MAX_CAPTION_WORDS).contains(&unit.words())
        && !ends_sentence(text)
        && !signed_off
        && !paragraph
}

/// Ends like a sentence, a quotation, a list introduction or a bracket.
fn ends_sentence(text: &str) -> bool {
    text.ends_with([
        '.', '!', '?', ':', ';', '"', '”', '“', '’', '‘', '\'', '…', ')', ']', '»', '«', '。',
    ])
}

/// "(Mark Schiefelbein/AP)", "( /Associated Press)": a credit in brackets.
fn has_slash_credit(tail: &str) -> bool {
    tail.split('/')
        .nth(1)
        .is_some_and(|after| after.trim_start().starts_with(char::is_uppercase))
}

/// "... George Frey/Getty Images", "... Sunday.Ezequiel Becerra / Agence
/// Francepresse": a photographer and an agency around a slash among the
/// last words, both capitalised ("2024/25" and "and/or" are not credits).
fn ends_with_slash_credit(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let from = words.len().saturating_sub(MAX_CREDIT_WORDS);
    let cap = |s: Option<&str>| s.is_some_and(|s| s.starts_with(char::is_uppercase));
    (from..words.len()).any(|i| {
        let Some((left, right)) = words[i].split_once('/') else {
            return false;
        };
        let left = if left.is_empty() {
            i.checked_sub(1).map(|p| words[p])
        } else {
            Some(left)
        };
        let right = if right.is_empty() {
            words.get(i + 1).copied()
        } else {
            Some(right)
        };
        cap(left) && cap(right)
    })
}

/// "GETTY Bitcoin has fallen ...", "Reuters Defiant... North Korean
/// leader ...": an agency's name glued in front of a caption.
fn opens_with_agency(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    // "Getty - Contributor Russia shares ...": a separator may follow.
    let Some(second) = words.find(|w| !matches!(*w, "-" | "–" | "—" | "/" | "|" | ":")) else {
        return false;
    };
    let v = vocabulary();
    v.is(&v.agencies, &key(first)) && second.starts_with(char::is_uppercase)
}

/// "Reuters - AP - AFP": nothing but agencies' names.
fn is_agency_line(k: &str) -> bool {
    let v = vocabulary();
    let names: Vec<&str> = k
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '/' | ',' | '|' | '–'))
        .filter(|w| !w.is_empty())
        .collect();
    !names.is_empty() && names.iter().all(|w| v.is(&v.agencies, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Unit {
        Unit::new(UnitKind::Text, t)
    }

    #[test]
    fn captions_name_a_credit() {
        assert!(is_caption(&text(
            "Paul Klee, \"Senecio\", 1922. Public Domain"
        )));
        assert!(is_caption(&text(
            "Crowds in the square on Sunday (Source: Jane Roe)"
        )));
        assert!(is_caption(&text("(Source: BBC News)")));
        assert!(is_caption(&text(
            "Image caption, Volunteers cleared the beach of plastic after the storm on Saturday morning"
        )));
        assert!(!is_caption(&text(
            "The report, published in the public domain archive last year, found that most of the claims made by the ministry were false and that it had hidden data."
        )));
    }

    #[test]
    fn flattened_captions_and_their_credits() {
        for caption in [
            "The mayor speaks to reporters outside the town hall in the rain on Monday. (Jo Park/AP)",
            "The harbour after the storm, seen from the old lighthouse on the hill. ( /Associated Press)",
            "A ferry waits at the quay for the wind to drop on Sunday.Ana Lima / Agence Presse",
            "A ferry waits at the quay for the wind to drop on Sunday. Photograph: Ana Lima/Getty Images",
            "GETTY Ferries have been cancelled all week",
            "Getty - Contributor Ferries have been cancelled all week",
            "Reuters Stranded... islanders wait for the first boat in three days",
            "Reuters - AP - AFP",
            "Screenshot: “example.org”",
        ] {
            assert!(is_caption(&text(caption)), "should be a caption: {caption}");
        }
        for prose in [
            "Reuters reported that the ferries would run again on Friday.",
            "The council said its budget for 2024/25 would rise by a tenth.",
            "Services between the islands will resume when the wind drops",
            "The ferry company said (in a statement) that it was sorry.",
        ] {
            assert!(!is_caption(&text(prose)), "should be kept: {prose}");
        }
    }

    #[test]
    fn long_lines_without_a_full_stop_go_on_a_page_of_sentences() {
        let sentence = "The ferry made its last crossing on Sunday, after ninety years of service between the two villages on either bank of the river, and the whole of both villages came down to the quay to see it off.";
        let caption = "Islanders wait on the quay at dawn for the first boat to cross since the storm began on Friday night";
        let heading = "When will services resume";
        let mut units = vec![
            text(sentence),
            text(caption),
            text(sentence),
            text(heading),
            text(sentence),
        ];
        remove(&mut units);
        let kept: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(kept, vec![sentence, sentence, heading, sentence]);
        // A page without full stops (a poem, a list) keeps its lines.
        let verse = format!("{caption} and the wind and the rain and the sea {caption}");
        let mut units = vec![text(&verse), text(&verse), text(sentence)];
        remove(&mut units);
        assert_eq!(units.len(), 3);
    }
}
