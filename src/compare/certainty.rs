//! How sure a passage's wording is, and whether a figure is a projection
//! ("could send up to 30,000") rather than a count. Word lists live in
//! `assets/certainty.toml`.

use super::comparison::Certainty;
use super::terms::{Word, tokens};
use super::wordlists::certainty_words;

/// The first certainty level (most hedged first) whose wording occurs in the
/// words `words` (folded).
pub fn certainty_of(words: &[Word]) -> Option<Certainty> {
    let folded: Vec<&str> = words.iter().map(|t| t.word.as_str()).collect();
    certainty_words()
        .level
        .iter()
        .find(|level| level.words.iter().any(|w| contains_phrase(&folded, w)))
        .and_then(|level| Certainty::from_name(&level.name))
}

/// Whether the figure in `sentence` that starts at byte `figure_start` is a
/// projection: a modal followed by an action word ("could send"), or a word
/// like "projected", before it in the same sentence.
pub fn is_projection(sentence: &str, figure_start: usize) -> bool {
    let lists = certainty_words();
    let before: Vec<String> = tokens(sentence)
        .into_iter()
        .take_while(|t| t.range.start < figure_start)
        .map(|t| t.word)
        .collect();
    let words: Vec<&str> = before.iter().map(String::as_str).collect();
    if lists
        .projection_words
        .iter()
        .any(|w| contains_phrase(&words, w))
    {
        return true;
    }
    lists.projection_modals.iter().any(|modal| {
        let modal: Vec<&str> = modal.split_whitespace().collect();
        (0..words.len()).any(|i| {
            words[i..].starts_with(&modal)
                && words
                    .get(i + modal.len())
                    .is_some_and(|next| !lists.static_verbs.iter().any(|s| s == next))
        })
    })
}

/// Whether the word sequence holds `phrase` (one or more words) contiguously.
fn contains_phrase(words: &[&str], phrase: &str) -> bool {
    let phrase: Vec<&str> = phrase.split_whitespace().collect();
    !phrase.is_empty() && words.windows(phrase.len()).any(|w| w == phrase.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level(text: &str) -> Option<Certainty> {
        certainty_of(&tokens(text))
    }

    #[test]
    fn wording_gives_the_certainty() {
        assert_eq!(
            level("That would be very speculative."),
            Some(Certainty::Speculative)
        );
        assert_eq!(
            level("The army could send more."),
            Some(Certainty::Possible)
        );
        assert_eq!(level("An estimated 500 ships."), Some(Certainty::Estimated));
        assert_eq!(
            level("It was reported on Monday."),
            Some(Certainty::Reported)
        );
        assert_eq!(
            level("According to the ministry, 40 died."),
            Some(Certainty::Reported)
        );
        assert_eq!(level("The ships left port."), None);
    }

    #[test]
    fn projections_need_a_modal_and_an_action() {
        let s = "Officials say the city could send up to 300 buses.";
        assert!(is_projection(s, s.find("up to").unwrap_or(0)));
        let s = "Between 40 and 50 buses may be parked there.";
        assert!(!is_projection(s, 0));
        let s = "As many as 60 buses may be parked there, and it could grow.";
        assert!(!is_projection(s, s.find("60").unwrap_or(0)));
        let s = "The plan projected 80 new buses.";
        assert!(is_projection(s, s.find("80").unwrap_or(0)));
    }
}
