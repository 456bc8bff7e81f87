//! The word lists comparison reads from `assets/` (stopwords, unit families,
//! certainty wording), parsed once.

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
pub struct Stopwords {
    pub words: HashSet<String>,
    pub generic: HashSet<String>,
    pub chrome: HashSet<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct UnitFamilies {
    pub family: Vec<UnitFamily>,
}

/// Figures whose counted noun holds one of `words` measure the same thing.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct UnitFamily {
    pub name: String,
    #[serde(default)]
    pub money: bool,
    pub words: Vec<String>,
    #[serde(default)]
    pub topic_words: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct CertaintyWords {
    pub level: Vec<CertaintyLevel>,
    pub projection_modals: Vec<String>,
    pub projection_words: Vec<String>,
    pub static_verbs: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct CertaintyLevel {
    pub name: String,
    pub words: Vec<String>,
}

// The assets are ours and checked by the tests below; a broken edit falls
// back to empty lists rather than a panic.
pub fn stopwords() -> &'static Stopwords {
    static LISTS: OnceLock<Stopwords> = OnceLock::new();
    LISTS.get_or_init(|| {
        toml::from_str(include_str!("../../assets/stopwords.toml")).unwrap_or_default()
    })
}

pub fn unit_families() -> &'static UnitFamilies {
    static LISTS: OnceLock<UnitFamilies> = OnceLock::new();
    LISTS.get_or_init(|| {
        toml::from_str(include_str!("../../assets/unit_families.toml")).unwrap_or_default()
    })
}

pub fn certainty_words() -> &'static CertaintyWords {
    static LISTS: OnceLock<CertaintyWords> = OnceLock::new();
    LISTS.get_or_init(|| {
        toml::from_str(include_str!("../../assets/certainty.toml")).unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assets_parse() {
        let s: Stopwords =
            toml::from_str(include_str!("../../assets/stopwords.toml")).expect("stopwords.toml");
        assert!(
            s.words.contains("the") && s.generic.contains("year") && s.chrome.contains("subscribe")
        );
        let u: UnitFamilies = toml::from_str(include_str!("../../assets/unit_families.toml"))
            .expect("unit_families.toml");
        assert!(u.family.iter().any(|f| f.money));
        assert!(
            u.family
                .iter()
                .any(|f| f.words.iter().any(|w| w == "soldier"))
        );
        let c: CertaintyWords =
            toml::from_str(include_str!("../../assets/certainty.toml")).expect("certainty.toml");
        assert_eq!(
            c.level.first().map(|l| l.name.as_str()),
            Some("speculative")
        );
        assert!(!c.projection_modals.is_empty());
    }
}
