//! Who a passage says its claim comes from: "according to X", "(Source: X)",
//! "X claims / said / told / estimates", and the citation tags ingestion
//! keeps beside a paragraph.

/// Verbs of saying that follow the one who says ("Ukraine claims").
const SAYING: &[&str] = &[
    "claims",
    "claimed",
    "said",
    "says",
    "told",
    "wrote",
    "writes",
    "noted",
    "stated",
    "states",
    "reported",
    "reports",
    "estimates",
    "estimated",
    "announced",
    "explained",
    "added",
    "argued",
    "argue",
    "argues",
    "warned",
    "believes",
    "believe",
    "assess",
    "assessed",
    "confirmed",
    "say",
    "estimate",
    "suggest",
    "suggests",
    "indicate",
    "indicates",
    "show",
    "shows",
];

/// Words that cannot name a source on their own ("The reported deployment").
const NOT_A_NAME: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "they", "he", "she", "we",
    "i", "you", "there", "some", "many", "but", "and", "while", "as", "if", "when",
];

/// Words that end a source's name after "according to".
const NAME_ENDS: &[&str] = &[
    "that", "which", "who", "in", "on", "at", "when", "while", "as", "and", "but", "to", "for",
];

/// Adverbs that sit between a name and its verb ("Kirby also claimed").
const BETWEEN: &[&str] = &[
    "also", "later", "has", "have", "had", "then", "recently", "once",
];

/// Kinds of speaker named without a capital ("experts said").
const SPEAKERS: &[&str] = &[
    "experts",
    "analysts",
    "officials",
    "observers",
    "sources",
    "critics",
    "assessments",
    "intelligence",
    "agencies",
    "reports",
    "estimates",
    "diplomats",
    "researchers",
    "police",
    "authorities",
    "scientists",
    "economists",
    "witnesses",
    "residents",
    "data",
    "figures",
];

/// Longest attribution kept, in words.
const MAX_WORDS: usize = 8;

/// The attributions in `text`, then the citation tags, without repeats,
/// joined by "; ".
pub fn attribution(text: &str, citations: &[String]) -> Option<String> {
    let mut found: Vec<String> = Vec::new();
    let mut add = |name: String| {
        let name = name
            .trim_matches(|c: char| !c.is_alphanumeric() && c != ')' && c != '.')
            .trim_end_matches('.')
            .to_string();
        if !name.is_empty() && !found.iter().any(|f| f.eq_ignore_ascii_case(&name)) {
            found.push(name);
        }
    };
    // ASCII lower-casing keeps byte offsets, so `at` indexes `text` too.
    let lower = text.to_ascii_lowercase();
    for marker in ["(source:", "(sources:", "source:"] {
        if let Some(at) = lower.find(marker) {
            let rest = &text[at + marker.len()..];
            let name = rest.split([')', '\n']).next().unwrap_or_default();
            add(name.to_string());
            break;
        }
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    for i in 0..words.len() {
        let word = clean(words[i]);
        if word.eq_ignore_ascii_case("according")
            && words
                .get(i + 1)
                .is_some_and(|w| clean(w).eq_ignore_ascii_case("to"))
        {
            let mut name = Vec::new();
            for w in words.iter().skip(i + 2).take(MAX_WORDS) {
                let c = clean(w);
                if NAME_ENDS.contains(&c.to_lowercase().as_str()) {
                    break;
                }
                name.push(c);
                if ends_clause(w) {
                    break;
                }
            }
            // "according to the information" names no one: a source has a
            // capitalised word or is a known kind of speaker.
            let named = name
                .iter()
                .any(|w| w.chars().next().is_some_and(char::is_uppercase))
                || name
                    .last()
                    .is_some_and(|w| SPEAKERS.contains(&w.to_lowercase().as_str()));
            if named {
                add(name.join(" "));
            }
        } else if i > 0 && SAYING.contains(&word) {
            // Verbs are lower case: "the United States" is no saying.
            if let Some(name) = speaker_before(&words[..i]) {
                add(name);
            }
        }
    }
    for c in citations {
        add(c.clone());
    }
    (!found.is_empty()).then(|| found.join("; "))
}

/// The name just before a verb of saying: a run of capitalised words (with
/// "and", "of", "the" inside), skipping an adverb; else a plural noun
/// ("experts", "analysts").
pub(crate) fn speaker_before(words: &[&str]) -> Option<String> {
    let mut end = words.len();
    while end > 0 && BETWEEN.contains(&clean(words[end - 1]).to_lowercase().as_str()) {
        end -= 1;
    }
    if end == 0 || ends_clause(words[end - 1]) && end < words.len() {
        return None;
    }
    let mut start = end;
    while start > 0 {
        let w = clean(words[start - 1]);
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        let joiner = matches!(w, "and" | "of" | "the") && start < end;
        if (capital || joiner) && !(start < end && ends_clause(words[start - 1])) {
            start -= 1;
        } else {
            break;
        }
        if end - start >= MAX_WORDS {
            break;
        }
    }
    while start < end && NOT_A_NAME.contains(&clean(words[start]).to_lowercase().as_str()) {
        start += 1;
    }
    if start < end {
        return Some(
            words[start..end]
                .iter()
                .map(|w| clean(w))
                .collect::<Vec<_>>()
                .join(" "),
        );
    }
    let last = clean(words[end - 1]).to_lowercase();
    SPEAKERS.contains(&last.as_str()).then_some(last)
}

fn clean(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '-' && c != '\'')
        .trim_end_matches(['.', '\''])
}

fn ends_clause(word: &str) -> bool {
    word.ends_with([',', '.', ';', ':', '!', '?', '"', '”'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn according_to_and_source_tags() {
        assert_eq!(
            attribution(
                "Prices fell, according to the Central Bank that said so.",
                &[]
            ),
            Some("the Central Bank".into())
        );
        assert_eq!(
            attribution("A photo (Source: Reuters Archive) of the port.", &[]),
            Some("Reuters Archive".into())
        );
    }

    #[test]
    fn speakers_before_verbs_of_saying() {
        assert_eq!(attribution("It rained on Monday.", &[]), None);
        assert_eq!(
            attribution("Ships from the United States docked.", &[]),
            None
        );
        assert_eq!(
            attribution("According to the information, it rained.", &[]),
            None
        );
        assert_eq!(
            attribution("Greenpeace claims that 40 buses left.", &[]),
            Some("Greenpeace".into())
        );
        assert_eq!(
            attribution("Smith and Jones also wrote that it rained.", &[]),
            Some("Smith and Jones".into())
        );
        assert_eq!(
            attribution("It may rain, experts said.", &[]),
            Some("experts".into())
        );
        assert_eq!(
            attribution("The reported toll rose. He said so.", &[]),
            None
        );
        assert_eq!(
            attribution("Open-source assessments estimate that 9 died.", &[]),
            Some("assessments".into())
        );
    }

    #[test]
    fn citations_are_kept_without_repeats() {
        assert_eq!(
            attribution(
                "Forty buses left, according to Reuters.",
                &["Reuters".into(), "AP".into()]
            ),
            Some("Reuters; AP".into())
        );
        assert_eq!(attribution("Nothing here.", &[]), None);
    }
}
