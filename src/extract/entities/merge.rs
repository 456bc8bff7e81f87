//! Merging candidates into one entity per real thing: same key (case,
//! accents, hyphens, spaces ignored), the gazetteer's canonical name for its
//! spellings, a lone surname to the full name seen in the briefing, a lone
//! first word or acronym to the organisation it abbreviates. No fuzzy
//! matching: "Frank" never becomes "France".

use std::collections::HashMap;

use super::chunk::Candidate;
use crate::extract::key::name_key;
use crate::extract::lexicon::Lexicon;
use crate::extract::types::{Entity, EntityKind, Mention};
use crate::model::TextRef;

/// A candidate with where it is in the original text.
pub struct Located {
    pub candidate: Candidate,
    pub at: TextRef,
    /// As written in the original text.
    pub text: String,
    /// Inside a link URL or code span: not a mention.
    pub dropped: bool,
}

struct Group {
    key: String,
    members: Vec<usize>,
    canonical: Option<(String, EntityKind)>,
    words: usize,
}

/// `lower_words` are the words the briefing writes in lower case.
pub fn merge(
    lexicon: &Lexicon,
    located: Vec<Located>,
    lower_words: &std::collections::HashSet<&str>,
) -> Vec<Entity> {
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut singles = Vec::new();
    for (i, l) in located.iter().enumerate().filter(|(_, l)| !l.dropped) {
        let c = &l.candidate;
        let key = match &c.known {
            Some((canonical, _)) => name_key(canonical),
            None => name_key(&c.text()),
        };
        if key.is_empty() {
            continue;
        }
        // A lone word, or a surname with its particles ("von der Leyen"),
        // is resolved once every full name is known.
        let surname_only =
            c.words.len() > 1 && c.words[0].chars().next().is_some_and(char::is_lowercase);
        if c.known.is_none() && (c.words.len() == 1 || surname_only) && !by_key.contains_key(&key) {
            singles.push((i, key));
            continue;
        }
        let g = *by_key.entry(key.clone()).or_insert_with(|| {
            groups.push(Group {
                key,
                members: Vec::new(),
                canonical: None,
                words: 0,
            });
            groups.len() - 1
        });
        let group = &mut groups[g];
        group.members.push(i);
        group.words = group.words.max(c.words.len());
        if group.canonical.is_none() {
            group.canonical = c.known.clone();
        }
    }
    join_inverted_heads(lexicon, &located, &mut groups, &mut by_key);
    // A bracketed acronym names the same thing as the name before it, here
    // and wherever else it is used alone.
    let mut group_of = vec![None; located.len()];
    for (g, group) in groups.iter().enumerate() {
        for &m in &group.members {
            group_of[m] = Some(g);
        }
    }
    for (i, key) in &singles {
        if let Some(g) = located[*i].candidate.abbreviates.and_then(|n| group_of[n]) {
            by_key.entry(key.clone()).or_insert(g);
        }
    }
    let heads: std::collections::HashSet<String> = lexicon
        .organization_heads
        .iter()
        .chain(&lexicon.place_heads)
        .chain(&lexicon.other_heads)
        .cloned()
        .collect();
    let profiles = profiles(&located, &groups, &heads);
    let by_word = words_index(&profiles);
    for (i, key) in singles {
        let target = by_key
            .get(&key)
            .copied()
            .or_else(|| resolve_single(&profiles, &by_word, &key, &located[i].candidate));
        match target {
            Some(g) => groups[g].members.push(i),
            None => {
                by_key.insert(key.clone(), groups.len());
                groups.push(Group {
                    key,
                    members: vec![i],
                    canonical: None,
                    words: 1,
                });
            }
        }
    }
    let prefixes = institution_prefixes(&located, &groups);
    let mut entities: Vec<Entity> = groups
        .iter()
        .filter_map(|g| build(&located, g, &prefixes, lower_words))
        .collect();
    entities.sort_by(|a, b| {
        b.mentions
            .len()
            .cmp(&a.mentions.len())
            .then_with(|| a.name.cmp(&b.name))
    });
    entities
}

/// What lone words are matched against, computed once per group of several words.
struct Profile {
    group: usize,
    kind: Option<EntityKind>,
    size: usize,
    /// Word keys of each distinct spelling.
    names: Vec<Vec<String>>,
    /// First words of spellings whose other words are all heads ("Nordvik Foods").
    bare: Vec<String>,
    /// Head words that end a spelling ("Rovers" of "Harbourside Rovers").
    heads_alone: Vec<String>,
}

fn profiles(
    located: &[Located],
    groups: &[Group],
    heads: &std::collections::HashSet<String>,
) -> Vec<Profile> {
    groups
        .iter()
        .enumerate()
        .filter(|(_, g)| g.words >= 2 && !without_evidence(located, g))
        .map(|(gi, g)| {
            let mut seen: Vec<&[String]> = Vec::new();
            for &m in &g.members {
                let words = located[m].candidate.words.as_slice();
                if !seen.contains(&words) {
                    seen.push(words);
                }
            }
            let names: Vec<Vec<String>> = seen
                .iter()
                .map(|words| words.iter().map(|w| name_key(w)).collect())
                .collect();
            let bare = seen
                .iter()
                .filter(|w| w.len() == 2 && heads.contains(&w[1].to_lowercase()))
                .map(|w| name_key(&w[0]))
                .collect();
            let heads_alone = seen
                .iter()
                .filter(|w| w.len() >= 2)
                .filter_map(|w| w.last())
                .filter(|h| heads.contains(&h.to_lowercase()))
                .map(|h| name_key(h))
                .collect();
            Profile {
                group: gi,
                kind: group_kind(located, g),
                size: g.members.len(),
                names,
                bare,
                heads_alone,
            }
        })
        .collect()
}

/// The group a lone word belongs to: a person whose surname (last word, or
/// first word for surname-first names) it is; an organisation it is the
/// bare name, first word or the initials of. Only the profiles that hold
/// the word somewhere (read off `by_word`) are scored, so resolving every
/// lone word costs its matches, not every name of the briefing.
fn resolve_single(
    profiles: &[Profile],
    by_word: &HashMap<String, Vec<usize>>,
    key: &str,
    single: &Candidate,
) -> Option<usize> {
    let acronym = single.words[0]
        .chars()
        .all(|c| c.is_uppercase() || c == '.');
    let mut best: Option<(usize, usize)> = None;
    // Ascending profile order: on a tie the first profile wins, as it would
    // in a scan of every profile.
    for &p in by_word.get(key).map_or(&[][..], Vec::as_slice) {
        let p = &profiles[p];
        if let Some(score) = single_score(p, key, acronym, single)
            && best.is_none_or(|(_, s)| score > s)
        {
            best = Some((p.group, score));
        }
    }
    best.map(|(g, _)| g)
}

/// How well lone word `key` fits profile `p`, if it fits at all.
fn single_score(p: &Profile, key: &str, acronym: bool, single: &Candidate) -> Option<usize> {
    if p.kind == Some(EntityKind::Person) || p.kind.is_none() {
        // "UN" is never the last part of "Kim Jong Un": letters in capitals
        // abbreviate a body, not a person's name.
        if acronym && key.len() >= 2 {
            return None;
        }
        let surname = p
            .names
            .iter()
            .any(|w| (1..w.len()).any(|k| w[k..].concat() == key));
        if surname {
            return Some(2000 + p.size);
        }
        // Surname-first names ("Kim" of "Kim Jong Un").
        let first = p.names.iter().any(|w| w.first().is_some_and(|f| f == key));
        return first.then_some(1000 + p.size);
    }
    if p.heads_alone.iter().any(|h| h == key) {
        // "Independent experts say": a head word opening a sentence is
        // an adjective, not the short form of "Kyiv Independent".
        return (!single.sentence_start).then_some(400 + p.size);
    }
    if p.kind == Some(EntityKind::Place) {
        // "Kingsmead" of "Kingsmead Stadium".
        return p.bare.iter().any(|b| b == key).then_some(450 + p.size);
    }
    if p.kind == Some(EntityKind::Organization) {
        let initials = p.names.iter().any(|w| initials(w) == key);
        let first = p.names.iter().any(|w| w.first().is_some_and(|f| f == key));
        let bare = p.bare.iter().any(|b| b == key);
        if (acronym && (initials || first)) || bare {
            return Some(500 + p.size);
        }
        if !acronym
            && !single.cues.place
            && !single.cues.person
            && p.names.iter().any(|w| w.len() == 2 && w[0] == key)
        {
            // "Goldman" of "Goldman Sachs": a two-word company by its first word.
            return Some(300 + p.size);
        }
    }
    None
}

fn initials(words: &[String]) -> String {
    words
        .iter()
        .filter_map(|part| part.chars().next())
        .collect()
}

/// Every word key a lone word could match a profile by (surname endings,
/// first words, initials, bare names, head words), to the profiles holding
/// it, in ascending order.
fn words_index(profiles: &[Profile]) -> HashMap<String, Vec<usize>> {
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, p) in profiles.iter().enumerate() {
        let mut keys: Vec<String> = Vec::new();
        for w in &p.names {
            keys.extend((1..w.len()).map(|k| w[k..].concat()));
            keys.extend(w.first().cloned());
            keys.push(initials(w));
        }
        keys.extend(p.bare.iter().cloned());
        keys.extend(p.heads_alone.iter().cloned());
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            index.entry(key).or_default().push(i);
        }
    }
    index
}

/// Names seen only as capitalised words of title-case headings, or as a
/// lone word left beside a known name, are not evidence of an entity.
fn without_evidence(located: &[Located], g: &Group) -> bool {
    g.members.iter().all(|&m| {
        let c = &located[m].candidate;
        c.known.is_none() && (c.title_case_heading || c.residue)
    })
}

/// The kind the evidence gives: the gazetteer, then head words, then cues.
fn group_kind(located: &[Located], g: &Group) -> Option<EntityKind> {
    if let Some((_, kind)) = &g.canonical {
        return Some(*kind);
    }
    let members = g.members.iter().map(|&m| &located[m].candidate);
    let mut head = [0usize; 4];
    let (mut person, mut place, mut weak_place, mut organization) = (0, 0, 0, 0);
    let (mut said, mut given) = (0, 0);
    for c in members {
        if let Some((_, kind)) = &c.known {
            return Some(*kind);
        }
        if let Some(kind) = c.head_kind {
            head[kind as usize] += 1;
        }
        person += usize::from(c.cues.person);
        organization += usize::from(c.cues.organization);
        place += usize::from(c.cues.place);
        weak_place += usize::from(c.cues.place_weak);
        said += usize::from(c.cues.said);
        given += usize::from(c.cues.given_name);
    }
    let kinds = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Other,
    ];
    if let Some(best) = (0..4).filter(|&k| head[k] > 0).max_by_key(|&k| head[k]) {
        return Some(kinds[best]);
    }
    if organization > person && organization >= place {
        return Some(EntityKind::Organization);
    }
    if place > person {
        return Some(EntityKind::Place);
    }
    if person > 0 {
        return Some(EntityKind::Person);
    }
    // Bodies speak too: a verb of saying, or a given name, tells a person
    // only where nothing tells another kind.
    if said + given > 0 && weak_place <= said + given {
        return Some(EntityKind::Person);
    }
    if weak_place > 0 && g.words == 1 {
        return Some(EntityKind::Place);
    }
    None
}

/// Keys of first words shared by two or more organisation names
/// ("Millbrook City Council", "Millbrook Public Library"): a town's name.
fn institution_prefixes(
    located: &[Located],
    groups: &[Group],
) -> std::collections::HashSet<String> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for g in groups.iter().filter(|g| g.words >= 3) {
        if group_kind(located, g) != Some(EntityKind::Organization) {
            continue;
        }
        let first = g
            .members
            .first()
            .and_then(|&m| located[m].candidate.words.first())
            .map(|w| name_key(w));
        if let Some(first) = first {
            *counts.entry(first).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n >= 2)
        .map(|(k, _)| k)
        .collect()
}

fn build(
    located: &[Located],
    g: &Group,
    prefixes: &std::collections::HashSet<String>,
    lower_words: &std::collections::HashSet<&str>,
) -> Option<Entity> {
    let members: Vec<&Located> = g.members.iter().map(|&m| &located[m]).collect();
    if without_evidence(located, g) {
        return None;
    }
    let kind = match group_kind(located, g) {
        Some(kind) => kind,
        None if g.words == 1 && prefixes.contains(&g.key) => EntityKind::Place,
        None => default_kind(&members, g, lower_words)?,
    };
    let mut spellings: Vec<(String, usize)> = Vec::new();
    for l in &members {
        let text = l.candidate.text();
        match spellings.iter_mut().find(|(s, _)| *s == text) {
            Some((_, n)) => *n += 1,
            None => spellings.push((text, 1)),
        }
    }
    let name = match &g.canonical {
        Some((canonical, _)) => canonical.clone(),
        None => spellings
            .iter()
            .max_by(|a, b| {
                let words = |s: &str| s.split_whitespace().count();
                words(&a.0)
                    .cmp(&words(&b.0))
                    .then(a.1.cmp(&b.1))
                    .then(b.0.cmp(&a.0))
            })
            .map(|(s, _)| s.clone())?,
    };
    let aliases = spellings
        .into_iter()
        .map(|(s, _)| s)
        .filter(|s| *s != name)
        .collect();
    let mut mentions: Vec<Mention> = members
        .iter()
        .map(|l| Mention {
            at: l.at.clone(),
            text: l.text.clone(),
        })
        .collect();
    mentions.sort_by(|a, b| a.at.cmp(&b.at));
    Some(Entity {
        name,
        kind,
        aliases,
        mentions,
    })
}

/// With no cue at all: a name of several words is a person's, unless it is
/// always written after "the" (then it is kept as `other` if it recurs) or
/// is made of words the briefing also writes in lower case (a title-case
/// caption, "Hit by Tax Overhaul"); an acronym an organisation; a lone word
/// is kept (as `other`) only if it recurs.
fn default_kind(
    members: &[&Located],
    g: &Group,
    lower_words: &std::collections::HashSet<&str>,
) -> Option<EntityKind> {
    if g.words >= 2 {
        let ordinary = members.iter().all(|l| {
            l.candidate
                .words
                .iter()
                .all(|w| lower_words.contains(w.to_lowercase().as_str()))
        });
        if ordinary {
            return None;
        }
        if members.iter().all(|l| l.candidate.after_article) {
            return (members.len() >= 2).then_some(EntityKind::Other);
        }
        return Some(EntityKind::Person);
    }
    let word = members.first()?.candidate.words.first()?;
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if word
        .chars()
        .all(|c| c.is_uppercase() || c == '.' || c.is_ascii_digit())
        && (2..=5).contains(&letters)
        && members.len() >= 2
    {
        return Some(EntityKind::Organization);
    }
    (members.len() >= 2).then_some(EntityKind::Other)
}

/// "Commerce Ministry" and "Chinese Ministry of Commerce": the same body
/// with its head word before or after its purpose. The short form joins
/// the long one when exactly one long form reads that way.
fn join_inverted_heads(
    lexicon: &Lexicon,
    located: &[Located],
    groups: &mut [Group],
    by_key: &mut HashMap<String, usize>,
) {
    // The short form each "… <Head> of <Purpose>" name reads as.
    let mut long: HashMap<String, Vec<usize>> = HashMap::new();
    for (g, group) in groups.iter().enumerate() {
        let Some(&m) = group.members.first() else {
            continue;
        };
        let words = &located[m].candidate.words;
        let Some(of) = words.iter().position(|w| w == "of") else {
            continue;
        };
        let head = of.checked_sub(1).map(|h| words[h].to_lowercase());
        if !head.is_some_and(|h| lexicon.organization_heads.contains(&h)) || of + 1 >= words.len() {
            continue;
        }
        let short: String = words[of + 1..]
            .iter()
            .chain(std::iter::once(&words[of - 1]))
            .map(|w| name_key(w))
            .collect();
        long.entry(short).or_default().push(g);
    }
    for g in 0..groups.len() {
        let target = match long.get(&groups[g].key) {
            Some(targets) if targets.len() == 1 && targets[0] != g => targets[0],
            _ => continue,
        };
        let members = std::mem::take(&mut groups[g].members);
        groups[target].members.extend(members);
        for slot in by_key.values_mut() {
            if *slot == g {
                *slot = target;
            }
        }
    }
}
