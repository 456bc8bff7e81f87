//! Acts and stances: "Ukraine claims", "Beijing denied", "officials warned",
//! found in sentences by the verbs of `assets/stances.toml` and the speaker
//! just before them (as comparison's attribution finds it).

use std::sync::OnceLock;

use serde::Deserialize;

use crate::compare::speaker_before;

#[derive(Debug, Default, Deserialize)]
struct Stances {
    kind: Vec<Kind>,
    #[serde(default)]
    contrary: Vec<[String; 2]>,
}

#[derive(Debug, Default, Deserialize)]
struct Kind {
    name: String,
    words: Vec<String>,
}

// The asset is ours and checked by the tests below; a broken edit falls
// back to no stances rather than a panic.
fn stances() -> &'static Stances {
    static LISTS: OnceLock<Stances> = OnceLock::new();
    LISTS.get_or_init(|| {
        toml::from_str(include_str!("../../assets/stances.toml")).unwrap_or_default()
    })
}

/// One actor's act or stance in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stance {
    /// Who acts, as written ("Ukraine", "South Korean intelligence").
    pub actor: String,
    /// The kind's name ("claims", "denies").
    pub kind: &'static str,
    /// Byte range of the verb in the sentence.
    pub verb: std::ops::Range<usize>,
}

/// The kind of act a verb form names.
fn kind_of(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    stances()
        .kind
        .iter()
        .find(|k| k.words.contains(&lower))
        .map(|k| k.name.as_str())
}

/// A kind of speaker with the names that qualify it: "officials" after
/// "South Korean" is "South Korean officials", another actor than "US officials".
fn qualified(actor: String, before: &[&str]) -> String {
    let lower = actor.chars().next().is_some_and(char::is_lowercase);
    let Some((last, rest)) = before.split_last() else {
        return actor;
    };
    if !lower
        || !last
            .trim_matches(|c: char| !c.is_alphanumeric())
            .eq_ignore_ascii_case(&actor)
    {
        return actor;
    }
    let names: Vec<&str> = rest
        .iter()
        .rev()
        .take_while(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && !w.ends_with([',', '.', ';', ':', '"', '”'])
        })
        .copied()
        .collect();
    if names.is_empty() {
        return actor;
    }
    let mut words: Vec<&str> = names.into_iter().rev().collect();
    words.push(&actor);
    words.join(" ")
}

/// Whether two kinds contradict each other ("denies" and "confirms").
pub fn contrary(a: &str, b: &str) -> bool {
    stances()
        .contrary
        .iter()
        .any(|[x, y]| (x == a && y == b) || (x == b && y == a))
}

/// The stances of a sentence, in reading order.
pub fn stances_in(sentence: &str) -> Vec<Stance> {
    let mut words: Vec<(&str, std::ops::Range<usize>)> = Vec::new();
    let mut pos = 0;
    for w in sentence.split_whitespace() {
        let start = sentence[pos..].find(w).map_or(pos, |i| pos + i);
        pos = start + w.len();
        words.push((w, start..pos));
    }
    let mut out = Vec::new();
    for i in 1..words.len() {
        let (word, range) = &words[i];
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        // Verbs are lower case: "Warns" in a headline-like phrase is no act.
        if bare.chars().next().is_none_or(char::is_uppercase) {
            continue;
        }
        let Some(kind) = kind_of(bare) else {
            continue;
        };
        let before: Vec<&str> = words[..i].iter().map(|(w, _)| *w).collect();
        // "The Act, signed by President Nixon, says": a name closed by a
        // comma is an aside; the one who says is further back.
        if before.last().is_some_and(|w| w.ends_with(',')) {
            continue;
        }
        if let Some(actor) = speaker_before(&before).map(|a| qualified(a, &before)) {
            // The verb without the punctuation around it ("said." → "said").
            let lead = word.len()
                - word
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .len();
            out.push(Stance {
                actor,
                kind,
                verb: range.start + lead..range.start + lead + bare.len(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_asset_parses_and_has_kinds() {
        let parsed: Result<Stances, _> = toml::from_str(include_str!("../../assets/stances.toml"));
        let Ok(parsed) = parsed else {
            panic!("assets/stances.toml does not parse: {parsed:?}");
        };
        assert!(parsed.kind.len() >= 5 && !parsed.contrary.is_empty());
        for [a, b] in &parsed.contrary {
            assert!(parsed.kind.iter().any(|k| k.name == *a));
            assert!(parsed.kind.iter().any(|k| k.name == *b));
        }
    }

    #[test]
    fn actors_and_their_acts() {
        let s = stances_in("Ukraine claims that North Korea could send up to 30 000 soldiers.");
        assert_eq!(s.len(), 1);
        assert_eq!((s[0].actor.as_str(), s[0].kind), ("Ukraine", "claims"));
        let s = stances_in("Nine died, officials said.");
        assert_eq!(s.len(), 1);
        assert_eq!(&"Nine died, officials said."[s[0].verb.clone()], "said");
        let s = stances_in("Beijing denied it, and South Korean officials warned of more.");
        let found: Vec<(&str, &str)> = s.iter().map(|s| (s.actor.as_str(), s.kind)).collect();
        assert_eq!(
            found,
            [("Beijing", "denies"), ("South Korean officials", "warns")]
        );
        assert!(stances_in("The reported toll rose. It said so.").is_empty());
        assert!(stances_in("The Act, signed by President Nixon, says firms may not.").is_empty());
        assert!(contrary("denies", "confirms") && !contrary("says", "warns"));
    }
}
