//! Image captions and credits: kept as `Caption` blocks (shown dim), never
//! taken for headings, subtitles or paragraphs.

use super::unit::{Unit, UnitKind};
use super::vocabulary::{credits, key, vocabulary};

/// An image caption or credit: a short line naming a credit, or a line
/// whose tail is a credit ("... 1918. Public Domain", "... (Source: X)").
pub fn is_caption(unit: &Unit) -> bool {
    if unit.kind == UnitKind::Caption {
        return true;
    }
    if unit.kind != UnitKind::Text || unit.words() > 60 {
        return false;
    }
    let names_credit = |s: &str| credits().any_in(s);
    if unit.words() <= 12 {
        return names_credit(unit.key());
    }
    // A longer line is a caption when it opens with a credit label
    // ("Image caption, ...", "Photo: ...") or ends with a credit; fold just
    // those ends.
    let text = unit.text.trim_end();
    let head = key(&text.chars().take(24).collect::<String>());
    if vocabulary()
        .credits
        .iter()
        .any(|c| head.starts_with(c.as_str()))
    {
        return true;
    }
    let tail = if text.ends_with(')') {
        text.rfind('(').map_or(text, |at| &text[at..])
    } else {
        text.rsplit(". ").next().unwrap_or(text)
    };
    tail.split_whitespace().count() <= 8 && names_credit(&key(tail))
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
}
