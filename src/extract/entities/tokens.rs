//! Words of a (normalised) text for name chunking: each word's core without
//! surrounding punctuation, whether a sentence starts at it, and whether
//! punctuation or a possessive after it ends a name.

/// One word of the text.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    /// Byte range of the core in the text.
    pub start: usize,
    pub end: usize,
    pub core: &'a str,
    /// First word of a sentence, line, bracket or quotation.
    pub sentence_start: bool,
    /// Punctuation or a possessive follows: a name cannot run past it.
    pub closes: bool,
    /// Followed by a comma (for appositions: "Smith, an analyst").
    pub comma_after: bool,
    /// A plural possessive and nothing else after it ("Residents'"): it
    /// closes a name unless an organisation's head follows
    /// ("Residents' Association").
    pub plural_possessive: bool,
    /// A hyphenated adjective was cut off this word ("London-based" →
    /// "London", with "based"): it ends the name and describes the next.
    pub adjective: Option<&'a str>,
}

impl Token<'_> {
    /// Starts with a capital letter ("Kim", "al-Assad" counts by its second part).
    pub fn is_capitalised(&self) -> bool {
        let rest = self
            .core
            .strip_prefix("al-")
            .or_else(|| self.core.strip_prefix("el-"))
            .unwrap_or(self.core);
        rest.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn lower(&self) -> String {
        self.core.to_lowercase()
    }
}

/// Lower-case prefixes glued to a name ("post-Cold War", "anti-Western"):
/// the name starts after the hyphen.
const PREFIXES: &[&str] = &[
    "post", "pre", "anti", "pro", "non", "ex", "mid", "neo", "pan", "trans", "inter", "ultra",
    "quasi", "semi", "sub", "super", "then", "now", "all",
];

/// Lower-case endings that make a name an adjective ("London-based",
/// "state-owned", "Kremlin-backed", "IS-affiliated"): the name ends there.
const ADJECTIVE_SUFFIXES: &[&str] = &[
    "based",
    "owned",
    "backed",
    "listed",
    "headquartered",
    "run",
    "funded",
    "controlled",
    "affiliated",
    "linked",
    "led",
    "born",
    "made",
    "registered",
    "allied",
    "aligned",
    "friendly",
    "style",
    "era",
    "bound",
    "area",
    "wide",
];

/// Kinds of adjective after which the next name is an organisation
/// ("a London-based company", "Kremlin-backed Wagner").
pub const ORGANIZATION_ADJECTIVES: &[&str] = &[
    "based",
    "owned",
    "backed",
    "listed",
    "headquartered",
    "funded",
    "controlled",
    "registered",
];

const OPENERS: &[char] = &[
    '(', '[', '"', '\'', '•', '*', '·', '-', '–', '—', '«', '¿', '¡',
];
const CLOSERS: &[char] = &[
    '.', ',', ';', ':', '!', '?', ')', ']', '"', '\'', '…', '»', '*', '-', '–', '—',
];

/// "U.S.", "D.C.", "St." : a trailing dot that belongs to the word.
fn is_abbreviation(word: &str) -> bool {
    let letters: Vec<&str> = word.split('.').filter(|p| !p.is_empty()).collect();
    (letters.len() >= 2 && letters.iter().all(|p| p.chars().count() == 1))
        || matches!(
            word,
            "Mr."
                | "Mrs."
                | "Ms."
                | "Dr."
                | "St."
                | "Prof."
                | "Gen."
                | "Sen."
                | "Rep."
                | "Jr."
                | "Sr."
                | "Lt."
                | "Col."
                | "Gov."
        )
}

pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out: Vec<Token<'_>> = Vec::new();
    let mut next_starts_sentence = true;
    let mut pos = 0;
    // En and em dashes join nothing in a name ("Russia–North Korea"): split there.
    for raw in text.split_inclusive(|c: char| c.is_whitespace() || c == '–' || c == '—') {
        let raw_start = pos;
        pos += raw.len();
        let word = raw.trim_end_matches(|c: char| c.is_whitespace() || c == '–' || c == '—');
        let line_break = raw.ends_with('\n');
        let dash_after = raw.trim_end().ends_with(['–', '—']);
        let lead = word.len() - word.trim_start_matches(OPENERS).len();
        let mut body = &word[lead..];
        let mut trailing = "";
        // A name's word holds letters, digits, hyphens, apostrophes, dots and
        // "&"; anything else ends it ("Times+1").
        let allowed: usize = body
            .chars()
            .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '.' | '&'))
            .map(char::len_utf8)
            .sum();
        if allowed < body.len() {
            trailing = &body[allowed..];
            body = &body[..allowed];
        }
        // "Residents'" with nothing after: the apostrophe is a possessive,
        // not a closing quote.
        let bare_plural_possessive = trailing.is_empty() && body.len() > 2 && body.ends_with("s'");
        if !is_abbreviation(body) {
            let trimmed = body.trim_end_matches(CLOSERS);
            // "U.S.," keeps its own dot.
            let keep = if body.len() > trimmed.len() && is_abbreviation(&body[..trimmed.len() + 1])
            {
                trimmed.len() + 1
            } else {
                trimmed.len()
            };
            if trailing.is_empty() {
                trailing = &body[keep..];
            }
            body = &body[..keep];
        }
        let mut start = raw_start + lead;
        // "post-Cold War": the prefix is not part of the name.
        if let Some((prefix, rest)) = body.split_once('-')
            && PREFIXES.contains(&prefix)
            && rest.starts_with(char::is_uppercase)
        {
            start += prefix.len() + 1;
            body = rest;
        }
        // "London-based": the name, then an adjective ending.
        let mut adjective = None;
        if let Some((name, suffix)) = body.rsplit_once('-')
            && ADJECTIVE_SUFFIXES.contains(&suffix)
            && name.starts_with(char::is_uppercase)
        {
            adjective = Some(suffix);
            body = name;
        }
        let mut possessive = false;
        let mut plural_possessive = false;
        for suffix in ["'s", "'"] {
            if let Some(stem) = body.strip_suffix(suffix)
                && !stem.is_empty()
            {
                plural_possessive = suffix == "'" && stem.ends_with('s');
                body = stem;
                possessive = true;
                break;
            }
        }
        let opened = word[..lead].chars().any(|c| !matches!(c, '-' | '*'));
        if body.is_empty() {
            // Pure punctuation ("—", "•"): a break, and maybe a new sentence.
            if word.contains(['.', '!', '?', ':', '•']) {
                next_starts_sentence = true;
            }
            if let Some(last) = out.last_mut() {
                last.closes = true;
            }
            continue;
        }
        let sentence_start = next_starts_sentence || opened;
        next_starts_sentence = line_break || trailing.contains(['.', '!', '?', ':', '…']);
        out.push(Token {
            start,
            end: start + body.len(),
            core: body,
            sentence_start,
            closes: !trailing.is_empty() || possessive || dash_after || adjective.is_some(),
            comma_after: trailing.starts_with(','),
            plural_possessive: (plural_possessive && trailing.is_empty() || bare_plural_possessive)
                && !dash_after,
            adjective,
        });
        if opened && out.len() >= 2 {
            let n = out.len();
            out[n - 2].closes = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cores_possessives_and_sentence_starts() {
        let t = tokenize("Yes. Pyongyang's ties with the U.S. grew (Source: BBC News)");
        let cores: Vec<&str> = t.iter().map(|t| t.core).collect();
        assert_eq!(
            cores,
            [
                "Yes",
                "Pyongyang",
                "ties",
                "with",
                "the",
                "U.S.",
                "grew",
                "Source",
                "BBC",
                "News"
            ]
        );
        assert!(t[1].sentence_start && t[1].closes);
        assert!(!t[5].closes && !t[6].sentence_start);
        assert!(t[7].sentence_start && t[8].sentence_start);
        assert!(t[6].closes, "an opening bracket ends the name before it");
    }

    #[test]
    fn dashes_abbreviations_and_glued_chrome() {
        let t = tokenize("Russia–North Korea ties, the U.S., Times+1");
        let cores: Vec<&str> = t.iter().map(|t| t.core).collect();
        assert_eq!(
            cores,
            ["Russia", "North", "Korea", "ties", "the", "U.S.", "Times"]
        );
        assert!(t[0].closes && t[5].closes && t[6].closes);
    }

    #[test]
    fn plural_possessives_are_marked() {
        let t = tokenize("the Farmers' Union and Anna's farm, the Smiths', then");
        assert!(t[1].closes && t[1].plural_possessive);
        assert!(t[4].closes && !t[4].plural_possessive);
        assert!(!t[8].plural_possessive, "a comma follows");
    }

    #[test]
    fn prefixes_and_adjective_endings_are_cut() {
        let t = tokenize("the post-Cold War order and a London-based firm");
        let cores: Vec<&str> = t.iter().map(|t| t.core).collect();
        assert_eq!(
            cores,
            ["the", "Cold", "War", "order", "and", "a", "London", "firm"]
        );
        assert_eq!(t[6].adjective, Some("based"));
        assert!(t[6].closes);
        assert_eq!(&"the post-Cold War"[t[1].start..t[1].end], "Cold");
    }

    #[test]
    fn capitalisation() {
        let t = tokenize("met al-Assad and Kim");
        assert!(!t[0].is_capitalised());
        assert!(t[1].is_capitalised() && t[3].is_capitalised());
    }
}
