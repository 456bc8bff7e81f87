//! Capitalised-phrase chunking: runs of capitalised words (with "of"/"for"
//! after an organisation head, and name particles), split at titles,
//! possessives and punctuation, then cut into named parts: gazetteer names,
//! names with a head word (University, River, Treaty), and unknown names
//! with the cues around them.

use std::collections::HashSet;

use super::tokens::Token;
use crate::extract::key::name_key;
use crate::extract::lexicon::Lexicon;
use crate::extract::types::EntityKind;

/// What the words around a name say about it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cues {
    pub person: bool,
    pub organization: bool,
    pub place: bool,
    /// Weaker: "in X", "to X".
    pub place_weak: bool,
    /// A verb of saying follows ("X said"): people and bodies both speak,
    /// so it tells a person only when nothing else speaks for a kind.
    pub said: bool,
    /// Starts with a common given name ("Hannah", "Bruce Steinberg").
    pub given_name: bool,
}

/// A name found in one piece of text, before merging.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Byte range in the normalised text.
    pub start: usize,
    pub end: usize,
    /// The words of the name (cores), leading "the" and titles removed.
    pub words: Vec<String>,
    /// The gazetteer's canonical name and kind, when it knows the name.
    pub known: Option<(String, EntityKind)>,
    /// The kind a head word gives ("… University" → organisation).
    pub head_kind: Option<EntityKind>,
    pub cues: Cues,
    /// Came from a heading written in title case.
    pub title_case_heading: bool,
    /// A single word left over beside a gazetteer name.
    pub residue: bool,
    /// Written after the article "the" ("the Military-Security
    /// Alignment"): people's names do not take one.
    pub after_article: bool,
    /// The name's first word starts a sentence.
    pub sentence_start: bool,
    /// An acronym in brackets right after a name ("Japan Aerospace
    /// Exploration Agency (JAXA)"): the index, among the piece's
    /// candidates, of the name it abbreviates.
    pub abbreviates: Option<usize>,
}

impl Candidate {
    pub fn text(&self) -> String {
        self.words.join(" ")
    }
}

fn is_connector(lexicon: &Lexicon, word: &str) -> bool {
    matches!(word, "of" | "for" | "the" | "&") || lexicon.name_particles.contains(word)
}

/// Runs of capitalised tokens (with connectors inside), as index ranges.
fn runs(lexicon: &Lexicon, tokens: &[Token<'_>]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].is_capitalised() {
            i += 1;
            continue;
        }
        // "von der Leyen", "de Gaulle": lower-case particles open the name.
        let mut start = i;
        while start > 0
            && i - start < 3
            && lexicon.name_particles.contains(&tokens[start - 1].lower())
            && !tokens[start - 1].closes
            && !(start >= 2 && tokens[start - 2].is_capitalised() && !tokens[start - 2].closes)
        {
            start -= 1;
        }
        let mut end = i + 1;
        while end <= tokens.len() {
            let last = &tokens[end - 1];
            if end < tokens.len() && joins_possessive(lexicon, last, &tokens[end]) {
                end += 1;
                continue;
            }
            if let Some(list_end) = listed_purposes(lexicon, tokens, start..end) {
                end = list_end;
                continue;
            }
            if last.closes || end == tokens.len() {
                break;
            }
            let next = &tokens[end];
            if next.is_capitalised() && !next.sentence_start {
                end += 1;
                continue;
            }
            // A connector joins only between capitalised words, and "of"/"for"
            // only after a head word or a title ("Institute for New Europe").
            let word = next.lower();
            if is_connector(lexicon, &word) && !next.closes {
                let mut j = end;
                while j < tokens.len()
                    && is_connector(lexicon, &tokens[j].lower())
                    && !tokens[j].closes
                {
                    j += 1;
                }
                let after_cap =
                    j < tokens.len() && tokens[j].is_capitalised() && !tokens[j].sentence_start;
                let joins = match word.as_str() {
                    "of" | "for" | "the" => tokens[start..end].iter().any(|t| {
                        let l = t.lower();
                        lexicon.organization_heads.contains(&l)
                            || lexicon.place_heads.contains(&l)
                            || lexicon.other_heads.contains(&l)
                            || lexicon.titles.contains(&l)
                    }),
                    _ => true,
                };
                if after_cap && joins {
                    end = j + 1;
                    continue;
                }
            }
            break;
        }
        out.push(start..end);
        i = end;
    }
    out
}

/// "Teachers' Union", "Kestrel House Residents' Association": a plural
/// possessive inside a name, before the organisation's head word.
fn joins_possessive(lexicon: &Lexicon, last: &Token<'_>, next: &Token<'_>) -> bool {
    last.plural_possessive
        && next.is_capitalised()
        && !next.sentence_start
        && lexicon.organization_heads.contains(&next.lower())
}

/// Most tokens a list of purposes inside a name spans.
const MAX_LIST_TOKENS: usize = 10;

/// "Department for Levelling Up, Housing and Communities", "Institute for
/// Forest, Snow and Landscape Research": after "<head> for X,", a list of
/// short capitalised items closed by "and Y" belongs to the name. Items
/// with a head word of their own are separate names ("Office for Budget,
/// Foreign Office and Treasury" is a list of bodies), and so are lists
/// after "of". Returns where the name then ends.
fn listed_purposes(
    lexicon: &Lexicon,
    tokens: &[Token<'_>],
    run: std::ops::Range<usize>,
) -> Option<usize> {
    let last = &tokens[run.end - 1];
    if !last.comma_after {
        return None;
    }
    let head_for = tokens[run.clone()]
        .windows(2)
        .any(|w| lexicon.organization_heads.contains(&w[0].lower()) && w[1].lower() == "for");
    if !head_for {
        return None;
    }
    let is_item = |t: &Token<'_>| {
        t.is_capitalised()
            && !t.sentence_start
            && !t.plural_possessive
            && !lexicon.organization_heads.contains(&t.lower())
    };
    let limit = tokens.len().min(run.end + MAX_LIST_TOKENS);
    let mut j = run.end;
    let mut seen_and = false;
    let mut item_words = 0;
    while j < limit {
        let t = &tokens[j];
        if !seen_and && t.core == "and" && item_words == 0 {
            return None;
        }
        if !seen_and && t.core == "and" && !t.closes {
            seen_and = true;
            item_words = 0;
            j += 1;
            continue;
        }
        if !is_item(t) || item_words == 2 {
            return None;
        }
        item_words += 1;
        j += 1;
        if seen_and && (t.closes || j == tokens.len() || !is_item(&tokens[j])) {
            // The last item may end on the name's own head ("… Research").
            return Some(j);
        }
        if t.comma_after {
            item_words = 0;
        } else if t.closes {
            return None;
        }
    }
    None
}

fn join(tokens: &[Token<'_>]) -> String {
    tokens.iter().map(|t| t.core).collect::<Vec<_>>().join(" ")
}

/// Context shared by every run of one piece.
pub struct PieceContext<'a> {
    pub lexicon: &'a Lexicon,
    pub tokens: &'a [Token<'a>],
    /// Words seen capitalised somewhere other than a sentence start.
    pub mid_sentence_caps: &'a HashSet<String>,
    /// Words seen starting a capitalised run mid-sentence ("Li" of "met Li Wei").
    pub name_starts: &'a HashSet<String>,
    pub title_case_heading: bool,
    /// The normalised text the tokens point into.
    pub text: &'a str,
}

/// All candidate names of one piece.
pub fn candidates(cx: &PieceContext<'_>, text: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    for run in runs(cx.lexicon, cx.tokens) {
        split_run(cx, run, &mut out);
    }
    link_bracketed_acronyms(text, &mut out);
    out
}

/// "Name (ACRONYM)": the acronym is another spelling of the name before it.
fn link_bracketed_acronyms(text: &str, out: &mut [Candidate]) {
    for i in 1..out.len() {
        let (before, after) = out.split_at_mut(i);
        let (name, acronym) = (&before[i - 1], &mut after[0]);
        let is_acronym = acronym.words.len() == 1
            && acronym.words[0]
                .chars()
                .filter(|c| c.is_alphabetic())
                .count()
                >= 2
            && acronym.words[0]
                .chars()
                .all(|c| c.is_uppercase() || c == '.' || c == '&');
        let bracketed = text.get(name.end..acronym.start) == Some(" (")
            && text.get(acronym.end..).is_some_and(|t| t.starts_with(')'));
        if is_acronym && bracketed && name.words.len() >= 2 {
            acronym.abbreviates = Some(i - 1);
        }
    }
}

/// "President", "Dr.", and capitalised roles ("Manager", "Analyst").
fn is_title(lexicon: &Lexicon, t: &Token<'_>) -> bool {
    let lower = t.lower();
    let word = lower.trim_end_matches('.');
    lexicon.titles.contains(word) || lexicon.person_cues.contains(word)
}

/// Cuts one run into names: titles and what precedes them are dropped
/// (keeping gazetteer names inside), the rest is named.
fn split_run(cx: &PieceContext<'_>, run: std::ops::Range<usize>, out: &mut Vec<Candidate>) {
    let lexicon = cx.lexicon;
    let run = without_shouted_prefix(cx, run);
    if run.is_empty() {
        return;
    }
    let tokens = &cx.tokens[run.clone()];
    // A whole known name wins over any split ("Prime Minister" is not, "Pope Francis" is).
    if lexicon.lookup(&join(tokens)).is_some() {
        named_part(cx, run, Cues::default(), out);
        return;
    }
    // A name ending in a head word is not split at a title inside it
    // ("Premier League", "General Motors").
    let ends_in_head = tokens.len() > 1
        && tokens.last().is_some_and(|t| {
            let l = t.lower();
            lexicon.organization_heads.contains(&l)
                || lexicon.place_heads.contains(&l)
                || lexicon.other_heads.contains(&l)
        });
    if ends_in_head {
        named_part(cx, run, Cues::default(), out);
        return;
    }
    let last_title = tokens.iter().rposition(|t| is_title(lexicon, t));
    match last_title {
        Some(t) => {
            known_inside(cx, run.start..run.start + t + 1, out);
            let rest = run.start + t + 1..run.end;
            if !rest.is_empty() {
                let cues = Cues {
                    person: true,
                    ..Cues::default()
                };
                // "Professor Jane Doe of the University of Leeds": the
                // person, then the institution.
                match institution_after(cx, rest.clone()) {
                    Some((person, institution)) => {
                        named_part(cx, person, cues, out);
                        named_part(cx, institution, Cues::default(), out);
                    }
                    None => named_part(cx, rest, cues, out),
                }
            }
        }
        None => named_part(cx, run, Cues::default(), out),
    }
}

/// "PERV SLAPPED Harvey Weinstein", "BREAKING Smith": shouted words
/// before a name are a headline or a label, not part of it.
fn without_shouted_prefix(
    cx: &PieceContext<'_>,
    run: std::ops::Range<usize>,
) -> std::ops::Range<usize> {
    let shouted = |t: &Token<'_>| {
        t.core.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !t.core.chars().any(char::is_lowercase)
            && cx.lexicon.lookup(t.core).is_none()
    };
    let tokens = &cx.tokens[run.clone()];
    let caps = tokens.iter().take_while(|t| shouted(t)).count();
    let long = tokens
        .first()
        .is_some_and(|t| t.core.chars().filter(|c| c.is_alphabetic()).count() > 5);
    if caps < tokens.len() && (caps >= 2 || (caps == 1 && long)) {
        run.start + caps..run.end
    } else {
        run
    }
}

/// After a title, "<name> of <institution>": the person's words and the
/// institution's, when the name before the connector has no head word and
/// the part after it has one or is known.
fn institution_after(
    cx: &PieceContext<'_>,
    range: std::ops::Range<usize>,
) -> Option<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    let lexicon = cx.lexicon;
    let tokens = cx.tokens;
    let c = (range.start + 1..range.end)
        .find(|&i| matches!(tokens[i].lower().as_str(), "of" | "for" | "at"))?;
    let person = range.start..c;
    let mut institution = c + 1..range.end;
    while institution.len() > 1 && tokens[institution.start].lower() == "the" {
        institution.start += 1;
    }
    let named = |r: &std::ops::Range<usize>| {
        !r.is_empty()
            && (head_kind(lexicon, &tokens[r.clone()]).is_some()
                || lexicon.lookup(&join(&tokens[r.clone()])).is_some())
    };
    (!named(&person) && named(&institution)).then_some((person, institution))
}

/// Gazetteer names inside a stretch that is otherwise not a name ("Pentagon"
/// in "Pentagon Press Secretary").
fn known_inside(cx: &PieceContext<'_>, range: std::ops::Range<usize>, out: &mut Vec<Candidate>) {
    let mut i = range.start;
    while i < range.end {
        match longest_known(cx, i, range.end) {
            Some(j) => {
                push(cx, i..j, Cues::default(), false, out);
                i = j;
            }
            None => i += 1,
        }
    }
}

/// The end of the longest gazetteer name starting at token `i`.
fn longest_known(cx: &PieceContext<'_>, i: usize, end: usize) -> Option<usize> {
    if !cx.lexicon.starts_known(cx.tokens[i].core) {
        return None;
    }
    let max = (i + cx.lexicon.longest_known).min(end);
    (i + 1..=max)
        .rev()
        .find(|&j| cx.lexicon.lookup(&join(&cx.tokens[i..j])).is_some())
}

fn head_kind(lexicon: &Lexicon, tokens: &[Token<'_>]) -> Option<EntityKind> {
    // An organisation head before of/for names the whole ("Federal Institute
    // for Forest … Research", "Bank of England").
    let connected_org = tokens.windows(2).any(|w| {
        let next = w[1].lower();
        (next == "of" || next == "for") && lexicon.organization_heads.contains(&w[0].lower())
    });
    if connected_org {
        return Some(EntityKind::Organization);
    }
    let last = tokens.last()?.lower();
    if lexicon.organization_heads.contains(&last) {
        return Some(EntityKind::Organization);
    }
    if lexicon.place_heads.contains(&last) {
        return Some(EntityKind::Place);
    }
    if lexicon.other_heads.contains(&last) {
        return Some(EntityKind::Other);
    }
    // "Institute for New Europe", "University of Oxford": a head before of/for.
    let connected = tokens.windows(2).find_map(|w| {
        let next = w[1].lower();
        (next == "of" || next == "for").then(|| w[0].lower())
    })?;
    if lexicon.organization_heads.contains(&connected) {
        Some(EntityKind::Organization)
    } else if lexicon.place_heads.contains(&connected) {
        Some(EntityKind::Place)
    } else if lexicon.other_heads.contains(&connected) {
        Some(EntityKind::Other)
    } else {
        None
    }
}

/// A stretch meant to be a name: known whole, or by its head, or cut at
/// the gazetteer names inside it.
fn named_part(
    cx: &PieceContext<'_>,
    range: std::ops::Range<usize>,
    cues: Cues,
    out: &mut Vec<Candidate>,
) {
    let lexicon = cx.lexicon;
    let mut range = range;
    // A leading article is not part of the name ("the Kremlin", "The Kyiv Independent"),
    // unless the gazetteer says so ("The Hague").
    while range.len() > 1
        && matches!(cx.tokens[range.start].lower().as_str(), "the" | "a" | "an")
        && lexicon.lookup(&join(&cx.tokens[range.clone()])).is_none()
    {
        range.start += 1;
    }
    // A name with a head keeps its adjectives ("Swiss National Science Foundation").
    if range.len() > 1 && head_kind(lexicon, &cx.tokens[range.clone()]).is_some() {
        push(cx, range, cues, false, out);
        return;
    }
    // "ETH Zurich", "HEC Paris": an acronym before a city names an institution.
    if range.len() == 2 {
        let (a, b) = (&cx.tokens[range.start], &cx.tokens[range.start + 1]);
        let acronym =
            (2..=5).contains(&a.core.len()) && a.core.chars().all(|c| c.is_ascii_uppercase());
        if acronym
            && lexicon.lookup(a.core).is_none()
            && lexicon
                .lookup(b.core)
                .is_some_and(|k| k.kind == EntityKind::Place)
        {
            let cues = Cues {
                organization: true,
                ..cues
            };
            push(cx, range, cues, false, out);
            return;
        }
    }
    // Peoples and compass points before a name are adjectives ("Russian Far East").
    while range.len() > 1 && lexicon.lookup(&join(&cx.tokens[range.clone()])).is_none() {
        let first = &cx.tokens[range.start];
        let second = &cx.tokens[range.start + 1];
        if lexicon.is_demonym(first.core)
            || (lexicon.directions.contains(&first.lower()) && lexicon.is_demonym(second.core))
        {
            range.start += 1;
        } else {
            break;
        }
    }
    let tokens = &cx.tokens[range.clone()];
    if lexicon.lookup(&join(tokens)).is_some() {
        push(cx, range, cues, false, out);
        return;
    }
    if head_kind(lexicon, tokens).is_some() {
        // A head word alone ("the Council", "Rovers") names something only
        // as the short form of a full name seen elsewhere: kept as residue.
        let residue = tokens.len() == 1;
        push(cx, range, cues, residue, out);
        return;
    }
    // Cut at the gazetteer names inside; what is left between is unknown.
    let mut i = range.start;
    let mut pending = range.start;
    let mut found_known = false;
    while i < range.end {
        if let Some(j) = longest_known(cx, i, range.end) {
            if pending < i {
                unknown_part(cx, pending..i, cues, true, out);
            }
            push(cx, i..j, cues, false, out);
            found_known = true;
            i = j;
            pending = j;
        } else {
            i += 1;
        }
    }
    if pending < range.end {
        unknown_part(cx, pending..range.end, cues, found_known, out);
    }
}

/// A name the gazetteer does not know: drop sentence starters, demonyms and
/// lone function words; keep the rest.
fn unknown_part(
    cx: &PieceContext<'_>,
    range: std::ops::Range<usize>,
    cues: Cues,
    beside_known: bool,
    out: &mut Vec<Candidate>,
) {
    let lexicon = cx.lexicon;
    let mut range = range;
    // A capitalised sentence starter is only a name if it is also seen
    // capitalised mid-sentence ("However", "Sanctioned" are not).
    while !range.is_empty() {
        let first = &cx.tokens[range.start];
        let lower = first.lower();
        // A starter followed by an unknown capitalised word is the first
        // name of a person ("Jean-Luc Moreau, an analyst …").
        let begins_name = range.len() > 1 && {
            let next = &cx.tokens[range.start + 1];
            next.is_capitalised()
                && lexicon.lookup(next.core).is_none()
                && !cx.name_starts.contains(&name_key(next.core))
        };
        let seen = cx.mid_sentence_caps.contains(&name_key(first.core));
        // "Corvane (CRVN) said", "Tessaly is an airline": what is said of
        // a sentence's first word can make it a name.
        let described = || {
            let mut cues = Cues::default();
            described_after(cx, range.clone(), &mut cues);
            cues.organization || cues.person || cues.place
        };
        let starter = first.sentence_start && !seen && !begins_name && !described();
        let filler = lexicon.never_alone.contains(&lower)
            || lexicon.is_demonym(first.core)
            || lexicon.titles.contains(&lower)
            || matches!(lower.as_str(), "of" | "for" | "the" | "&");
        if starter || filler {
            range.start += 1;
        } else {
            break;
        }
    }
    while !range.is_empty() && is_connector(lexicon, &cx.tokens[range.end - 1].lower()) {
        range.end -= 1;
    }
    if range.is_empty() {
        return;
    }
    let tokens = &cx.tokens[range.clone()];
    if tokens
        .iter()
        .all(|t| lexicon.is_demonym(t.core) || lexicon.directions.contains(&t.lower()))
        || lexicon.is_demonym_of_place(&join(tokens))
    {
        return;
    }
    // "Freelance Journalist", "Press Secretary": a role, not a name.
    if tokens.last().is_some_and(|t| {
        let l = t.lower();
        lexicon.person_cues.contains(&l) || lexicon.titles.contains(&l)
    }) {
        return;
    }
    // "PAID SUBSCRIBER": shouted chrome, not a name.
    if tokens.len() >= 2
        && tokens
            .iter()
            .all(|t| !t.core.chars().any(char::is_lowercase))
    {
        return;
    }
    // Shouted words longer than an acronym are page chrome ("GEOPOLITIKS").
    if tokens.len() == 1 {
        let core = tokens[0].core;
        let letters = core.chars().filter(|c| c.is_alphabetic()).count();
        if letters > 5 && core.chars().all(|c| !c.is_lowercase()) {
            return;
        }
        if letters < 2 {
            return;
        }
    }
    if !tokens
        .iter()
        .any(|t| t.core.chars().any(char::is_alphabetic))
    {
        return;
    }
    push(cx, range, cues, beside_known && tokens.len() == 1, out);
}

fn push(
    cx: &PieceContext<'_>,
    range: std::ops::Range<usize>,
    mut cues: Cues,
    residue: bool,
    out: &mut Vec<Candidate>,
) {
    let lexicon = cx.lexicon;
    let tokens = &cx.tokens[range.clone()];
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return;
    };
    // Punctuation inside a name is kept for display ("Levelling Up,
    // Housing", "Residents' Association"); keys ignore it.
    let words: Vec<String> = tokens
        .iter()
        .enumerate()
        .map(|(k, t)| match () {
            _ if k + 1 == tokens.len() => t.core.to_string(),
            _ if t.plural_possessive => format!("{}'", t.core),
            _ if t.comma_after => format!("{},", t.core),
            _ => t.core.to_string(),
        })
        .collect();
    let known = lexicon
        .lookup(&words.join(" "))
        .map(|k| (k.canonical.clone(), k.kind));
    let context = surrounding(cx, range.clone());
    cues.given_name = lexicon.is_given_name(first.core) && lexicon.lookup(first.core).is_none();
    cues.said |= context.said;
    cues.person |= context.person;
    cues.organization |= context.organization;
    cues.place |= context.place;
    cues.place_weak |= context.place_weak;
    out.push(Candidate {
        start: first.start,
        end: last.end,
        words,
        known,
        head_kind: head_kind(lexicon, tokens),
        cues,
        title_case_heading: cx.title_case_heading,
        residue,
        after_article: range.start > 0 && cx.tokens[range.start - 1].lower() == "the",
        sentence_start: first.sentence_start,
        abbreviates: None,
    });
}

/// Cues in the words just before and after a name.
fn surrounding(cx: &PieceContext<'_>, range: std::ops::Range<usize>) -> Cues {
    let lexicon = cx.lexicon;
    let tokens = cx.tokens;
    let mut cues = Cues::default();
    let before = |n: usize| -> Option<String> {
        (range.start >= n).then(|| tokens[range.start - n].lower())
    };
    // "a London-based company Acme", "Kremlin-backed Wagner".
    if range.start > 0
        && tokens[range.start - 1]
            .adjective
            .is_some_and(|a| super::tokens::ORGANIZATION_ADJECTIVES.contains(&a))
    {
        cues.organization = true;
    }
    if let Some(prev) = before(1)
        && !tokens[range.start - 1].closes
    {
        if lexicon.person_cues.contains(prev.trim_end_matches('.')) {
            cues.person = true;
        }
        if lexicon.organization_cues.contains(&prev) {
            cues.organization = true;
        }
        if matches!(prev.as_str(), "in" | "to" | "near" | "across" | "into") {
            cues.place_weak = true;
        }
    }
    // "the city of Kursk", "near Kharkiv".
    let preceding: Vec<String> = (1..=4).rev().filter_map(before).collect();
    let preceding = preceding.join(" ");
    if lexicon.place_cues_before.iter().any(|cue| {
        preceding
            .strip_suffix(cue.as_str())
            .is_some_and(|head| head.is_empty() || head.ends_with(' '))
    }) {
        cues.place = true;
    }
    let last = &tokens[range.end - 1];
    described_after(cx, range.clone(), &mut cues);
    if !last.closes || last.comma_after {
        let mut i = range.end;
        // "Kirby also claimed": skip an adverb or two.
        while i < tokens.len()
            && i < range.end + 2
            && (tokens[i].core.ends_with("ly") || tokens[i].core == "also")
        {
            i += 1;
        }
        if let Some(next) = tokens.get(i) {
            let lower = next.lower();
            if !last.closes && lexicon.saying_verbs.contains(&lower) {
                cues.said = true;
            }
            if !last.closes && lexicon.place_cues_after.contains(&lower) {
                cues.place = true;
            }
            // "the Bruegel think tank", "the Wagner group".
            let two = tokens.get(i + 1).map(|t| format!("{lower} {}", t.lower()));
            if !last.closes
                && (lexicon.organization_cues_after.contains(&lower)
                    || two.is_some_and(|t| lexicon.organization_cues_after.contains(&t)))
            {
                cues.organization = true;
            }
        }
    }
    cues
}

/// How many words of a description are read for its noun ("an independent
/// media outlet").
const DESCRIPTION_WORDS: usize = 4;

/// What is said of a name right after it: a bracketed ticker or acronym
/// ("Apple (AAPL)"), an apposition or a copula with a noun for a kind of
/// body or person ("Nature Air is an airline", "Amaq, an IS-affiliated
/// website", "Cai Jian, an expert"), or the region a town is in
/// ("Scarsdale, New York,").
fn described_after(cx: &PieceContext<'_>, range: std::ops::Range<usize>, cues: &mut Cues) {
    let lexicon = cx.lexicon;
    let tokens = cx.tokens;
    let text = cx.text;
    let last = &tokens[range.end - 1];
    let Some(next) = tokens.get(range.end) else {
        return;
    };
    // "(AAPL)", "(GS)": letters in capitals in brackets.
    let letters = next.core.chars().filter(|c| c.is_alphabetic()).count();
    if text.get(last.end..next.start) == Some(" (")
        && text.get(next.end..).is_some_and(|t| t.starts_with(')'))
        && (2..=5).contains(&letters)
        && next
            .core
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '.')
    {
        cues.organization = true;
    }
    let copula =
        !last.closes && matches!(next.lower().as_str(), "is" | "was" | "remains" | "became");
    if !(last.comma_after || copula) {
        // "Scarsdale, New York,": only after a comma.
        return;
    }
    let mut i = range.end + usize::from(copula);
    if last.comma_after && !copula {
        // "Erie, Pa.", "Belleair, Florida,": a known region after a comma.
        let region = (1..=3).rev().find_map(|n| {
            let r = i..(i + n).min(tokens.len());
            let known = lexicon.lookup(&join(&tokens[r.clone()]))?;
            let closed = tokens[r.end - 1].closes && !possessive(text, &tokens[r.end - 1]);
            (known.kind == crate::extract::types::EntityKind::Place && closed).then_some(())
        });
        if region.is_some() && lexicon.lookup(&join(&tokens[range.clone()])).is_none() {
            cues.place = true;
            return;
        }
    }
    if tokens
        .get(i)
        .is_some_and(|t| matches!(t.lower().as_str(), "a" | "an" | "the" | "one"))
    {
        i += 1;
    }
    for t in tokens.iter().skip(i).take(DESCRIPTION_WORDS) {
        if t.is_capitalised() && !t.core.chars().all(|c| c.is_uppercase() || c == '-') {
            return;
        }
        if possessive(text, t) {
            return;
        }
        let lower = t.lower();
        if lexicon.organization_cues.contains(&lower) {
            cues.organization = true;
            return;
        }
        if lexicon.person_cues.contains(&lower) {
            cues.person = true;
            return;
        }
        if t.closes && t.adjective.is_none() {
            return;
        }
    }
}

/// "company's": a possessive, which describes what follows it.
fn possessive(text: &str, t: &Token<'_>) -> bool {
    text.get(t.end..)
        .is_some_and(|r| r.starts_with("'s") || r.starts_with("’s") || r.starts_with("s'"))
}
