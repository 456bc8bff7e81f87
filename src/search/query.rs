//! Parsing what the user typed into terms, fzf style: words are fuzzy, a word
//! starting with `'` or a phrase in double quotes must match literally, every
//! term must match (AND, any order), and an upper-case letter anywhere makes
//! the whole query case-sensitive (smart case).

use super::fold::search_fold;

/// One term of a query, in the search form (see [`super::fold`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// Lower-case form: what the index is prefiltered with.
    pub text: String,
    /// Case-preserving form, used when the query is case-sensitive.
    pub cased: String,
    /// Must match contiguously (`'word` or `"a phrase"`); no fuzzy or typo match.
    pub literal: bool,
}

impl Term {
    /// The form to match against the text being searched.
    pub fn needle(&self, case_sensitive: bool) -> &str {
        if case_sensitive {
            &self.cased
        } else {
            &self.text
        }
    }
}

/// A parsed query. An empty query (no terms) matches nothing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub raw: String,
    pub terms: Vec<Term>,
    pub case_sensitive: bool,
}

/// The longest query searched, in characters; the rest is ignored. Matching
/// costs grow with the query's length times each sentence's, and nobody
/// types (or means to paste) more than a long sentence into a search: this
/// keeps every keystroke's search well under a frame.
pub const MAX_QUERY_CHARS: usize = 256;

/// Why `raw` is longer than a search takes, when it is.
pub fn too_long(raw: &str) -> Option<String> {
    let chars = raw.chars().count();
    (chars > MAX_QUERY_CHARS).then(|| {
        format!("the query is {chars} characters long; searches take at most {MAX_QUERY_CHARS}")
    })
}

/// A token of the query before folding decides its text.
struct Token<'a> {
    text: &'a str,
    literal: bool,
}

/// Splits a query into words, `'literal` words and `"literal phrases"`.
/// An unclosed quote runs to the end (the user is still typing).
fn tokens(query: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut rest = query;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return out;
        }
        let (text, literal, after) = if let Some(inner) = rest.strip_prefix('"') {
            match inner.find('"') {
                Some(end) => (&inner[..end], true, &inner[end + 1..]),
                None => (inner, true, ""),
            }
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let word = &rest[..end];
            match word.strip_prefix('\'') {
                Some(w) => (w, true, &rest[end..]),
                None => (word, false, &rest[end..]),
            }
        };
        let text = text.trim();
        if !text.is_empty() {
            out.push(Token { text, literal });
        }
        rest = after;
    }
}

impl Query {
    /// Parses at most [`MAX_QUERY_CHARS`] characters of `raw`; callers that
    /// can say so tell the user with [`too_long`].
    pub fn parse(raw: &str) -> Query {
        let raw = match raw.char_indices().nth(MAX_QUERY_CHARS) {
            Some((end, _)) => &raw[..end],
            None => raw,
        };
        let case_sensitive = raw.chars().any(char::is_uppercase);
        // Fold first so digit groups typed with separators ("13 000") stay
        // one term, then split.
        let lower = search_fold(raw, false).text;
        let cased = search_fold(raw, true).text;
        let lower_tokens = tokens(&lower);
        let cased_tokens = tokens(&cased);
        let same_shape = lower_tokens.len() == cased_tokens.len();
        let terms = lower_tokens
            .iter()
            .enumerate()
            .map(|(i, t)| Term {
                text: t.text.to_string(),
                cased: match cased_tokens.get(i) {
                    Some(c) if same_shape => c.text.to_string(),
                    _ => t.text.to_string(),
                },
                // A number matches as written: "11000" must not find
                // "10,000 to 15,000" by scattered digits.
                literal: t.literal || t.text.bytes().all(|b| b.is_ascii_digit()),
            })
            .collect();
        Query {
            raw: raw.to_string(),
            terms,
            case_sensitive,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether every unit that passes this query's prefilter passed
    /// `previous`'s too, so a search may start from `previous`'s candidates.
    /// True when each earlier term is implied by the term now at its place
    /// (typing extends the last word, or adds words).
    pub fn narrows(&self, previous: &Query) -> bool {
        !previous.is_empty()
            && previous.terms.len() <= self.terms.len()
            && previous
                .terms
                .iter()
                .zip(&self.terms)
                .all(|(old, new)| term_implies(new, old))
    }
}

/// Whether a unit passing `new`'s prefilter must pass `old`'s: the prefilter
/// is "is a subsequence" for fuzzy terms and "is a substring" for literal ones.
fn term_implies(new: &Term, old: &Term) -> bool {
    if old.literal {
        new.literal && new.text.contains(old.text.as_str())
    } else {
        is_subsequence(old.text.as_bytes(), new.text.as_bytes())
    }
}

/// Whether `needle`'s bytes appear in order in `hay`.
pub fn is_subsequence(needle: &[u8], hay: &[u8]) -> bool {
    let mut rest = hay;
    for &b in needle {
        match memchr::memchr(b, rest) {
            Some(i) => rest = &rest[i + 1..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_queries_are_cut_and_said_to_be() {
        let long = "wörd ".repeat(10_000);
        let q = Query::parse(&long);
        assert_eq!(q.raw.chars().count(), MAX_QUERY_CHARS);
        assert!(q.terms.len() <= MAX_QUERY_CHARS / 2);
        assert!(too_long(&long).is_some_and(|m| m.contains("50000 characters")));
        assert_eq!(too_long("short"), None);
    }

    fn texts(q: &Query) -> Vec<(&str, bool)> {
        q.terms
            .iter()
            .map(|t| (t.text.as_str(), t.literal))
            .collect()
    }

    #[test]
    fn splits_words_literals_and_phrases() {
        let q = Query::parse(r#"kim 'exact "a phrase" tail"#);
        assert_eq!(
            texts(&q),
            vec![
                ("kim", false),
                ("exact", true),
                ("a phrase", true),
                ("tail", false)
            ]
        );
        assert!(!q.case_sensitive);
    }

    #[test]
    fn unclosed_quote_runs_to_the_end_and_empty_tokens_vanish() {
        let q = Query::parse(r#"x "open phrase"#);
        assert_eq!(texts(&q), vec![("x", false), ("open phrase", true)]);
        assert!(Query::parse("  ' \"\" ").is_empty());
    }

    #[test]
    fn smart_case_and_folding() {
        let q = Query::parse("Rüdiger");
        assert!(q.case_sensitive);
        assert_eq!(q.terms[0].text, "rudiger");
        assert_eq!(q.terms[0].cased, "Rudiger");
        assert_eq!(
            texts(&Query::parse("13 000 troops")),
            vec![("13000", true), ("troops", false)]
        );
    }

    #[test]
    fn narrowing_follows_typing() {
        let p = |s| Query::parse(s);
        assert!(p("kim jo").narrows(&p("kim j")));
        assert!(p("kim j").narrows(&p("kim")));
        assert!(p("'abc").narrows(&p("'ab")));
        assert!(!p("ab").narrows(&p("abc")));
        assert!(!p("ab").narrows(&p("'ab")));
        assert!(!p("x").narrows(&p("")));
        assert!(!p("11a").narrows(&p("11")));
        assert!(p("110").narrows(&p("11")));
    }
}
