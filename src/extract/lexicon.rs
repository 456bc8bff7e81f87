//! The word lists extraction reads: the gazetteer (world knowledge) and the
//! cue words of news prose, both embedded from `assets/` and parsed once.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

use serde::Deserialize;

use super::key::name_key;
use super::types::{Bound, EntityKind};

const GAZETTEER: &str = include_str!("../../assets/gazetteer.toml");
const WORDS: &str = include_str!("../../assets/extract_words.toml");
/// One given name a line; `#` starts a comment (built by scripts/given_names.sh).
const GIVEN_NAMES: &str = include_str!("../../assets/given_names.txt");

#[derive(Debug, Default, Deserialize)]
struct GazetteerFile {
    #[serde(default)]
    place: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    organization: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    person: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    other: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    aliases: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    demonyms: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
struct WordsFile {
    entities: EntityWords,
    figures: FigureWords,
}

#[derive(Debug, Default, Deserialize)]
struct EntityWords {
    titles: Vec<String>,
    person_cues: Vec<String>,
    saying_verbs: Vec<String>,
    organization_heads: Vec<String>,
    place_heads: Vec<String>,
    other_heads: Vec<String>,
    place_cues_before: Vec<String>,
    place_cues_after: Vec<String>,
    name_particles: Vec<String>,
    directions: Vec<String>,
    never_alone: Vec<String>,
    combining_forms: Vec<String>,
    organization_cues: Vec<String>,
    organization_cues_after: Vec<String>,
}

/// Figure cue words, as written in `assets/extract_words.toml`.
#[derive(Debug, Default, Deserialize)]
pub struct FigureWords {
    /// Qualifiers and what they say about the value.
    pub bounds: HashMap<String, Bound>,
    /// The keys of `bounds`, longest first.
    #[serde(skip)]
    pub qualifiers: Vec<String>,
    pub number_words: HashMap<String, f64>,
    pub falls: HashSet<String>,
    pub clock_after: Vec<String>,
    pub code_before: HashSet<String>,
    pub multipliers: HashMap<String, f64>,
    pub vague: HashMap<String, f64>,
    /// Fraction words and their denominators ("third" = 3).
    pub fractions: HashMap<String, f64>,
    pub currency_symbols: HashMap<String, String>,
    pub currency_words: HashMap<String, String>,
    pub percent_words: Vec<String>,
    pub measure_units: Vec<String>,
    pub duration_units: Vec<String>,
    pub months: Vec<String>,
    pub date_cues: Vec<String>,
    pub unit_stops: Vec<String>,
    pub chrome_before: Vec<String>,
    pub chrome_after: Vec<String>,
}

/// A name the gazetteer knows.
#[derive(Debug, Clone)]
pub struct Known {
    pub canonical: String,
    pub kind: EntityKind,
    /// A short acronym ("WHO", "UN"): it names the entity only when
    /// written in capitals, since the same letters are a common word in
    /// lower case ("Who benefits", "Us and them").
    pub short_acronym: bool,
    /// A short abbreviation with a dot ("Pa.", "Fla."): it names the
    /// entity only when not written in capitals ("PA" is another thing).
    pub dotted: bool,
}

/// Longest acronym whose lower-case spelling may be an ordinary word.
const SHORT_ACRONYM: usize = 3;

/// Everything extraction looks words up in. Entity word sets hold lower-case
/// forms; gazetteer lookups go through [`name_key`].
#[derive(Debug, Default)]
pub struct Lexicon {
    known: HashMap<String, Known>,
    /// Keys of the first words of gazetteer names: most words start none.
    first_words: HashSet<String>,
    /// The longest gazetteer name, in words: bounds the lookup window.
    pub longest_known: usize,
    demonyms: HashSet<String>,
    given_names: HashSet<&'static str>,
    pub titles: HashSet<String>,
    pub person_cues: HashSet<String>,
    pub saying_verbs: HashSet<String>,
    pub organization_heads: HashSet<String>,
    pub place_heads: HashSet<String>,
    pub other_heads: HashSet<String>,
    pub place_cues_before: Vec<String>,
    pub place_cues_after: HashSet<String>,
    pub name_particles: HashSet<String>,
    pub directions: HashSet<String>,
    pub never_alone: HashSet<String>,
    pub combining_forms: HashSet<String>,
    pub organization_cues: HashSet<String>,
    pub organization_cues_after: HashSet<String>,
    pub figures: FigureWords,
}

fn lower_set(words: &[String]) -> HashSet<String> {
    words.iter().map(|w| w.to_lowercase()).collect()
}

impl Lexicon {
    /// The embedded lexicon, parsed on first use.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| Lexicon::parse(GAZETTEER, WORDS).unwrap_or_default())
    }

    /// Parses the two asset files; an error names the file at fault.
    pub fn parse(gazetteer: &str, words: &str) -> Result<Lexicon, String> {
        let g: GazetteerFile =
            toml::from_str(gazetteer).map_err(|e| format!("assets/gazetteer.toml: {e}"))?;
        let w: WordsFile =
            toml::from_str(words).map_err(|e| format!("assets/extract_words.toml: {e}"))?;
        let mut lexicon = Lexicon::default();
        let tables = [
            (&g.place, EntityKind::Place),
            (&g.organization, EntityKind::Organization),
            (&g.person, EntityKind::Person),
            (&g.other, EntityKind::Other),
        ];
        for (table, kind) in tables {
            for name in table.values().flatten() {
                lexicon.add_known(name, name, kind);
            }
        }
        for (canonical, spellings) in &g.aliases {
            let Some(kind) = lexicon.lookup(canonical).map(|k| k.kind) else {
                return Err(format!(
                    "assets/gazetteer.toml: alias target `{canonical}` is in no list"
                ));
            };
            // The canonical name's own entry may have been a spelling of
            // something else; make it point to itself.
            lexicon.add_known(canonical, canonical, kind);
            for spelling in spellings {
                lexicon.add_known(spelling, canonical, kind);
            }
        }
        lexicon.demonyms = g.demonyms.values().flatten().map(|d| name_key(d)).collect();
        lexicon.given_names = GIVEN_NAMES
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        let e = w.entities;
        lexicon.titles = lower_set(&e.titles);
        lexicon.person_cues = lower_set(&e.person_cues);
        lexicon.saying_verbs = lower_set(&e.saying_verbs);
        lexicon.organization_heads = lower_set(&e.organization_heads);
        lexicon.place_heads = lower_set(&e.place_heads);
        lexicon.other_heads = lower_set(&e.other_heads);
        lexicon.place_cues_before = e.place_cues_before;
        lexicon.place_cues_after = lower_set(&e.place_cues_after);
        lexicon.name_particles = lower_set(&e.name_particles);
        lexicon.directions = lower_set(&e.directions);
        lexicon.never_alone = lower_set(&e.never_alone);
        lexicon.combining_forms = lower_set(&e.combining_forms);
        lexicon.organization_cues = lower_set(&e.organization_cues);
        lexicon.organization_cues_after = lower_set(&e.organization_cues_after);
        let mut f = w.figures;
        f.qualifiers = f.bounds.keys().cloned().collect();
        // Longest first, so "more than" wins over "than" and "up to" over "to".
        f.qualifiers
            .sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        f.percent_words.sort_by_key(|q| std::cmp::Reverse(q.len()));
        f.measure_units.sort_by_key(|q| std::cmp::Reverse(q.len()));
        f.chrome_after.sort_by_key(|q| std::cmp::Reverse(q.len()));
        lexicon.figures = f;
        Ok(lexicon)
    }

    fn add_known(&mut self, spelling: &str, canonical: &str, kind: EntityKind) {
        let words = spelling.split_whitespace().count();
        if let Some(first) = spelling.split_whitespace().next() {
            self.first_words.insert(name_key(first));
        }
        self.longest_known = self.longest_known.max(words);
        self.known.insert(
            name_key(spelling),
            Known {
                canonical: canonical.to_string(),
                kind,
                short_acronym: spelling.len() <= SHORT_ACRONYM
                    && spelling.len() >= 2
                    && spelling.chars().all(|c| c.is_ascii_uppercase()),
                dotted: spelling.ends_with('.')
                    && spelling.len() <= 6
                    && spelling.chars().any(char::is_lowercase),
            },
        );
    }

    /// The gazetteer entry for a name as written, if any.
    pub fn lookup(&self, name: &str) -> Option<&Known> {
        let key = name_key(name);
        if key.is_empty() {
            return None;
        }
        self.known
            .get(&key)
            .filter(|k| !k.short_acronym || !name.chars().any(char::is_lowercase))
            .filter(|k| !k.dotted || name.chars().any(char::is_lowercase))
    }

    /// Whether some gazetteer name starts with this word.
    pub fn starts_known(&self, word: &str) -> bool {
        self.first_words.contains(&name_key(word))
    }

    /// A common given name as written ("Hannah"), never a word in capitals.
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains(word)
    }

    /// "Costa Rican", "Puerto Rican": a known place's name made an
    /// adjective, not an entity.
    pub fn is_demonym_of_place(&self, name: &str) -> bool {
        let is_place = |n: &str| self.lookup(n).is_some_and(|k| k.kind == EntityKind::Place);
        let Some(stem) = name.strip_suffix('n') else {
            return false;
        };
        is_place(stem)
            || stem
                .strip_suffix('a')
                .is_some_and(|s| is_place(&format!("{s}o")) || is_place(&format!("{s}a")))
    }

    /// "Russian", "Russians", "Soviets'": a people, not an entity. So are
    /// compounds of such words and places ("North Korean-Russian",
    /// "Russo-Pyongyang").
    pub fn is_demonym(&self, word: &str) -> bool {
        if word.contains('-') {
            return word.split('-').all(|part| {
                !part.is_empty()
                    && (self.is_demonym(part)
                        || self.combining_forms.contains(&part.to_lowercase())
                        || self.directions.contains(&part.to_lowercase())
                        || self
                            .lookup(part)
                            .is_some_and(|k| k.kind == EntityKind::Place))
            });
        }
        let key = name_key(word);
        self.demonyms.contains(&key)
            || key
                .strip_suffix('s')
                .is_some_and(|k| self.demonyms.contains(k))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_assets_parse() {
        let lexicon = Lexicon::parse(GAZETTEER, WORDS);
        let lexicon = match lexicon {
            Ok(l) => l,
            Err(e) => panic!("{e}"),
        };
        assert!(lexicon.longest_known >= 3);
        assert!(lexicon.figures.qualifiers.len() > 10);
    }

    #[test]
    fn aliases_resolve_to_canonical_names() {
        let lexicon = Lexicon::get();
        let us = lexicon.lookup("U.S.").map(|k| k.canonical.as_str());
        assert_eq!(us, Some("United States"));
        assert_eq!(
            lexicon.lookup("Poutine").map(|k| k.canonical.as_str()),
            Some("Vladimir Putin")
        );
        assert_eq!(
            lexicon.lookup("france").map(|k| k.kind),
            Some(EntityKind::Place)
        );
        assert!(lexicon.lookup("Frank").is_none());
    }

    #[test]
    fn short_acronyms_match_only_in_capitals() {
        let lexicon = Lexicon::get();
        let who = lexicon.lookup("WHO").map(|k| k.canonical.as_str());
        assert_eq!(who, Some("World Health Organization"));
        assert!(lexicon.lookup("Who").is_none());
        assert!(lexicon.lookup("who").is_none());
        // Full names still match in any case.
        assert!(lexicon.lookup("world health organization").is_some());
    }

    #[test]
    fn demonyms_and_their_plurals() {
        let lexicon = Lexicon::get();
        assert!(lexicon.is_demonym("Russians"));
        assert!(lexicon.is_demonym("Korean"));
        assert!(!lexicon.is_demonym("Russia"));
        assert!(lexicon.is_demonym("Korean-Russian"));
        assert!(lexicon.is_demonym("Russo-Pyongyang"));
        assert!(!lexicon.is_demonym("Jong-Un"));
    }

    #[test]
    fn a_bad_asset_is_an_error_naming_the_file() {
        let err = Lexicon::parse("[place\n", WORDS).err().unwrap_or_default();
        assert!(err.contains("gazetteer.toml"), "{err}");
    }
}
