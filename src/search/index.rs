//! The search index: every heading, caption, list item and paragraph (long
//! paragraphs cut into sentences) of a briefing as a "unit", stored in the
//! search form in one contiguous string, and the ranked search over it.

use std::ops::Range;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use fuzzy_matcher::skim::SkimMatcherV2;

use super::fold::{search_fold, search_fold_text, search_fold_text_cased};
use super::hit::Hit;
use super::matching::{Depth, Needle, Tier};
use super::query::Query;
use super::sentences::sentence_ranges;
use super::vocabulary::Vocabulary;
use crate::model::{BlockKind, Briefing, Part, TextRef};
use crate::text::merge_ranges;

/// Tells indexes apart, so a [`super::Searcher`] never reuses candidates
/// from another index.
static NEXT_ID: AtomicU64 = AtomicU64::new(0);

/// One searchable piece of text.
#[derive(Debug, Clone)]
struct Unit {
    at: TextRef,
    /// Range of the search form in [`Index::folded`].
    folded: Range<usize>,
    /// Range of the original text in [`Index::text`].
    text: Range<usize>,
}

/// The units of a briefing, in reading order. `Send + Sync`: build it once,
/// search it from any thread.
pub struct Index {
    pub(super) id: u64,
    units: Vec<Unit>,
    folded: String,
    text: String,
    matcher: SkimMatcherV2,
    /// Built on the first search that needs typo matching.
    vocabulary: OnceLock<Vocabulary>,
    /// The case-preserving search form of every unit (string, per-unit
    /// ranges), built on the first case-sensitive search.
    cased: OnceLock<(String, Vec<Range<usize>>)>,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index")
            .field("units", &self.units.len())
            .field("bytes", &self.text.len())
            .finish()
    }
}

/// Briefings larger than this (raw bytes) are indexed on two threads.
const PARALLEL_BYTES: usize = 512 * 1024;

/// Units being collected, with the strings their ranges point into.
#[derive(Default)]
struct Units {
    units: Vec<Unit>,
    folded: String,
    text: String,
}

impl Units {
    /// The units of the given sources, in reading order.
    fn of(briefing: &Briefing, sources: &[usize]) -> Units {
        let mut out = Units::default();
        for &s in sources {
            for (c, section) in briefing.sources[s].sections.iter().enumerate() {
                if let Some(heading) = &section.heading {
                    out.push(s, c, Part::Heading, heading, 0..heading.len());
                }
                for (b, block) in section.blocks.iter().enumerate() {
                    let ranges = match block.kind {
                        // A caption or code block is one unit; prose is cut into sentences.
                        BlockKind::Caption | BlockKind::Code => {
                            let whole = 0..block.text.len();
                            vec![whole]
                        }
                        _ => sentence_ranges(&block.text),
                    };
                    for r in ranges {
                        out.push(s, c, Part::Block(b), &block.text, r);
                    }
                }
            }
        }
        out
    }

    fn push(&mut self, source: usize, section: usize, part: Part, whole: &str, r: Range<usize>) {
        let Some(untrimmed) = whole.get(r.clone()) else {
            return;
        };
        // The unit (and so the snippet) without the spaces around a sentence.
        let piece = untrimmed.trim();
        if piece.is_empty() {
            return;
        }
        let lead = untrimmed.len() - untrimmed.trim_start().len();
        let r = r.start + lead..r.start + lead + piece.len();
        // The spaces between two sentences of one block are kept in `text`
        // (outside both units), so a run of sentences is one slice of it.
        if let Some(last) = self.units.last()
            && (last.at.source, last.at.section, last.at.part) == (source, section, part)
            && let Some(gap) = whole.get(last.at.range.end..r.start)
        {
            self.text.push_str(gap);
        }
        let folded_start = self.folded.len();
        self.folded.push_str(&search_fold_text(piece));
        let folded_end = self.folded.len();
        // A line break between units, so no word runs from one into the next.
        self.folded.push('\n');
        let text_start = self.text.len();
        self.text.push_str(piece);
        self.units.push(Unit {
            at: TextRef {
                source,
                section,
                part,
                range: r,
            },
            folded: folded_start..folded_end,
            text: text_start..self.text.len(),
        });
    }

    /// Appends `rest` (units of later sources), shifting its ranges.
    fn append(&mut self, rest: Units) {
        let (folded_shift, text_shift) = (self.folded.len(), self.text.len());
        self.folded.push_str(&rest.folded);
        self.text.push_str(&rest.text);
        self.units.extend(rest.units.into_iter().map(|mut u| {
            u.folded = u.folded.start + folded_shift..u.folded.end + folded_shift;
            u.text = u.text.start + text_shift..u.text.end + text_shift;
            u
        }));
    }
}

/// What the cheap pass learned of a candidate.
enum Cheap {
    /// Every term matched contiguously; the worst tier.
    Done(Tier),
    /// Some fuzzy term needs SkimMatcherV2.
    NeedsFuzzy,
}

impl Index {
    /// Indexes every source of `briefing`.
    pub fn build(briefing: &Briefing) -> Index {
        Index::build_where(briefing, |_| true)
    }

    /// Indexes one source (by index in `briefing.sources`); hits keep that
    /// source index.
    pub fn build_source(briefing: &Briefing, source: usize) -> Index {
        Index::build_where(briefing, |s| s == source)
    }

    fn build_where(briefing: &Briefing, keep: impl Fn(usize) -> bool) -> Index {
        let sources: Vec<usize> = (0..briefing.sources.len()).filter(|&s| keep(s)).collect();
        let bytes: usize = sources.iter().map(|&s| briefing.sources[s].raw.len()).sum();
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(2);
        // Folding is the cost: a large briefing is folded on two threads, in
        // two halves of its sources, joined in order.
        let units = if threads > 1 && bytes > PARALLEL_BYTES && sources.len() > 1 {
            let (first, second) = sources.split_at(sources.len() / 2);
            std::thread::scope(|scope| {
                let other = scope.spawn(|| Units::of(briefing, second));
                let mut units = Units::of(briefing, first);
                match other.join() {
                    Ok(rest) => units.append(rest),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
                units
            })
        } else {
            Units::of(briefing, &sources)
        };
        Index {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            units: units.units,
            folded: units.folded,
            text: units.text,
            matcher: SkimMatcherV2::default().respect_case(),
            vocabulary: OnceLock::new(),
            cased: OnceLock::new(),
        }
    }

    /// Number of units.
    pub fn len(&self) -> usize {
        self.units.len()
    }

    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }

    /// Bytes of original text indexed.
    pub fn text_bytes(&self) -> usize {
        self.text.len()
    }

    /// The text a hit points at (the CLI's snippet): one unit, or for a
    /// query matched across the sentences of a paragraph, the run of them.
    pub fn snippet(&self, hit: &Hit) -> Option<&str> {
        let (first, last) = self.span_of(&hit.at)?;
        self.text
            .get(self.units[first].text.start..self.units[last].text.end)
    }

    /// The first and last unit of the run of units `at` covers exactly.
    fn span_of(&self, at: &TextRef) -> Option<(usize, usize)> {
        let key = |u: &Unit| (u.at.source, u.at.section, u.at.part);
        let wanted = (at.source, at.section, at.part);
        let first = self
            .units
            .partition_point(|u| (key(u), u.at.range.start) < (wanted, at.range.start));
        let unit = self.units.get(first)?;
        if key(unit) != wanted || unit.at.range.start != at.range.start {
            return None;
        }
        let last = (first..self.units.len())
            .take_while(|&u| key(&self.units[u]) == wanted)
            .find(|&u| self.units[u].at.range.end == at.range.end)?;
        Some((first, last))
    }

    fn original(&self, u: usize) -> &str {
        &self.text[self.units[u].text.clone()]
    }

    fn folded_of(&self, u: usize) -> &str {
        &self.folded[self.units[u].folded.clone()]
    }

    /// The text to match: the stored lower-case form, or for a
    /// case-sensitive query the case-preserving form.
    fn hay(&self, u: usize, case_sensitive: bool) -> &str {
        if !case_sensitive {
            return self.folded_of(u);
        }
        let (cased, ranges) = self.cased.get_or_init(|| {
            let mut cased = String::with_capacity(self.folded.len());
            let ranges = (0..self.units.len())
                .map(|u| {
                    let start = cased.len();
                    cased.push_str(&search_fold_text_cased(self.original(u)));
                    start..cased.len()
                })
                .collect();
            (cased, ranges)
        });
        ranges
            .get(u)
            .and_then(|r| cased.get(r.clone()))
            .unwrap_or_default()
    }

    /// The best `limit` hits for `query`, best first. No hit is an empty list.
    pub fn search(&self, query: &Query, limit: usize) -> Vec<Hit> {
        self.run(query, limit, None).0
    }

    /// Searches `among` (unit numbers that passed an earlier, broader query's
    /// prefilter) or every unit; returns the hits and the units that passed
    /// this query's prefilter, for the next keystroke.
    pub(super) fn run(
        &self,
        query: &Query,
        limit: usize,
        among: Option<&[u32]>,
    ) -> (Vec<Hit>, Vec<u32>) {
        if query.is_empty() || limit == 0 {
            return (Vec::new(), Vec::new());
        }
        let cs = query.case_sensitive;
        let lower: Vec<Needle> = query.terms.iter().map(|t| Needle::new(t, false)).collect();
        let cased: Option<Vec<Needle>> =
            cs.then(|| query.terms.iter().map(|t| Needle::new(t, true)).collect());
        let needles = cased.as_deref().unwrap_or(&lower);

        // 1. Prefilter (case-insensitive, so it can be reused by any later query).
        let passes = |u: &u32| {
            lower
                .iter()
                .all(|n| n.may_match(self.folded_of(*u as usize)))
        };
        let passed: Vec<u32> = match among {
            Some(units) => units.iter().copied().filter(passes).collect(),
            None => (0..self.units.len() as u32).filter(passes).collect(),
        };

        // 2. Contiguous tiers for every candidate (memmem only).
        let mut cheap: Vec<(Tier, u32)> = Vec::new();
        let mut pending: Vec<u32> = Vec::new();
        for &u in &passed {
            match self.cheap(u as usize, needles, cs) {
                Some(Cheap::Done(tier)) => cheap.push((tier, u)),
                Some(Cheap::NeedsFuzzy) => pending.push(u),
                None => {}
            }
        }

        // 3. Score only what can be shown: the tiers up to the one the
        //    limit falls in; fuzzy and typo passes only if the page is not full.
        let mut scored: Vec<(Tier, i64, u32)> = Vec::new();
        cheap.sort_by_key(|&(tier, u)| (tier, u));
        let cutoff = cheap.get(limit - 1).map(|&(t, _)| t);
        let better = cutoff.map_or(0, |c| cheap.iter().take_while(|(t, _)| *t < c).count());
        // Within the cutoff tier (visited in reading order), once enough
        // units reach the best possible score, no later unit can rank above them.
        let mut best: i64 = needles
            .iter()
            .map(|n| n.best_contiguous_score(&self.matcher))
            .sum();
        let mut at_best = 0;
        for &(tier, u) in &cheap {
            if cutoff.is_some_and(|c| tier > c)
                || (cutoff == Some(tier) && better + at_best >= limit)
            {
                break;
            }
            if let Some((_, score)) = self.evaluate(u as usize, needles, cs, Depth::Contiguous) {
                scored.push((tier, score, u));
                if cutoff == Some(tier) {
                    // Should the bound be beaten, the new best is what to reach.
                    if score > best {
                        best = score;
                        at_best = 1;
                    } else if score == best {
                        at_best += 1;
                    }
                }
            }
        }
        if cutoff.is_none() {
            for &u in &pending {
                if let Some((tier, score)) = self.evaluate(u as usize, needles, cs, Depth::Fuzzy) {
                    scored.push((tier, score, u));
                }
            }
        }
        if scored.len() < limit && needles.iter().any(Needle::allows_typos) {
            self.typo_pass(needles, &mut scored);
        }

        scored.sort_by_key(|&(tier, score, u)| (tier, std::cmp::Reverse(score), u));
        scored.truncate(limit);
        // Units where every word matched contiguously in the one sentence:
        // their paragraphs need no paragraph-wide hit.
        let mut exact: Vec<u32> = scored
            .iter()
            .filter(|&&(tier, _, _)| tier <= Tier::Contiguous)
            .map(|&(_, _, u)| u)
            .collect();
        exact.sort_unstable();
        let mut hits: Vec<Hit> = scored
            .into_iter()
            .map(|(tier, score, u)| Hit {
                at: self.units[u as usize].at.clone(),
                tier,
                score,
                matches: self.unit_ranges(u as usize, needles, cs),
            })
            .collect();
        // Words in one sentence rank first; the page is then filled with
        // paragraphs that hold every word across their sentences.
        if lower.len() > 1 && hits.len() < limit {
            let room = limit - hits.len();
            hits.extend(self.paragraph_hits(&lower, needles, cs, &exact, room));
        }
        (hits, passed)
    }

    /// Up to `room` runs of sentences of one block that together hold every
    /// term contiguously, in blocks with no unit in `exact` (sorted: units
    /// already shown holding every term): the best tier first, then the
    /// best score.
    /// Occurrences are found with one memmem pass per term over the whole
    /// index, so the cost is the text's length, whatever `among` was.
    fn paragraph_hits(
        &self,
        lower: &[Needle],
        needles: &[Needle],
        cs: bool,
        exact: &[u32],
        room: usize,
    ) -> Vec<Hit> {
        let key = |u: usize| {
            let at = &self.units[u].at;
            (at.source, at.section, at.part)
        };
        let block_start = |mut u: usize| {
            while u > 0 && key(u - 1) == key(u) {
                u -= 1;
            }
            u
        };
        // Block (its first unit) → the first and last unit holding a term.
        let mut spans: std::collections::HashMap<usize, (usize, usize)> =
            std::collections::HashMap::new();
        for (i, n) in lower.iter().enumerate() {
            let mut found: std::collections::HashMap<usize, (usize, usize)> =
                std::collections::HashMap::new();
            let mut last_unit = usize::MAX;
            for at in n.find_iter(self.folded.as_bytes()) {
                let u = self
                    .units
                    .partition_point(|unit| unit.folded.start <= at)
                    .saturating_sub(1);
                if u == last_unit {
                    continue;
                }
                last_unit = u;
                let block = block_start(u);
                if i > 0 && !spans.contains_key(&block) {
                    continue;
                }
                let span = found.entry(block).or_insert((u, u));
                span.0 = span.0.min(u);
                span.1 = span.1.max(u);
            }
            if i > 0 {
                for (block, span) in &mut found {
                    if let Some(&(first, last)) = spans.get(block) {
                        *span = (span.0.min(first), span.1.max(last));
                    }
                }
            }
            spans = found;
            if spans.is_empty() {
                return Vec::new();
            }
        }
        let sentence_hit = |first: usize, last: usize| {
            let from = exact.partition_point(|&p| (p as usize) < first);
            exact.get(from).is_some_and(|&p| p as usize <= last)
        };
        let mut candidates: Vec<(Tier, usize, usize)> = Vec::new();
        for (block, (first, last)) in spans {
            let end = (block..self.units.len())
                .take_while(|&u| key(u) == key(block))
                .last()
                .unwrap_or(block);
            if first == last || sentence_hit(block, end) {
                continue;
            }
            let folded = &self.folded[self.units[first].folded.start..self.units[last].folded.end];
            let tiers: Option<Vec<Tier>> =
                lower.iter().map(|n| n.contiguous_tier(folded)).collect();
            if let Some(worst) = tiers.and_then(|t| t.into_iter().max()) {
                candidates.push((worst, first, last));
            }
        }
        candidates.sort_unstable();
        let mut hits: Vec<Hit> = candidates
            .into_iter()
            .filter_map(|(_, first, last)| {
                let original = &self.text[self.units[first].text.start..self.units[last].text.end];
                let mapped = search_fold(original, cs);
                let (tier, score) =
                    evaluate_on(&self.matcher, &mapped.text, needles, Depth::Contiguous)?;
                let mut matches = Vec::new();
                for n in needles {
                    matches.extend(
                        n.ranges(&self.matcher, &mapped.text, Tier::Contiguous)
                            .into_iter()
                            .map(|r| mapped.to_original(r)),
                    );
                }
                let at = &self.units[first].at;
                Some(Hit {
                    at: TextRef {
                        source: at.source,
                        section: at.section,
                        part: at.part,
                        range: at.range.start..self.units[last].at.range.end,
                    },
                    tier,
                    score,
                    matches: merge_ranges(matches),
                })
            })
            .take(room)
            .collect();
        hits.sort_by(|a, b| {
            (a.tier, std::cmp::Reverse(a.score), &a.at).cmp(&(
                b.tier,
                std::cmp::Reverse(b.score),
                &b.at,
            ))
        });
        hits
    }

    fn cheap(&self, u: usize, needles: &[Needle], cs: bool) -> Option<Cheap> {
        let hay = self.hay(u, cs);
        let mut worst = Tier::WholeWord;
        let mut needs_fuzzy = false;
        for n in needles {
            match n.contiguous_tier(hay) {
                Some(t) => worst = worst.max(t),
                None if !n.literal => needs_fuzzy = true,
                None => return None,
            }
        }
        Some(if needs_fuzzy {
            Cheap::NeedsFuzzy
        } else {
            Cheap::Done(worst)
        })
    }

    /// Every term matched down to `depth`: the worst tier and summed score.
    fn evaluate(
        &self,
        u: usize,
        needles: &[Needle],
        cs: bool,
        depth: Depth,
    ) -> Option<(Tier, i64)> {
        let hay = self.hay(u, cs);
        evaluate_on(&self.matcher, hay, needles, depth)
    }

    /// Units not found so far that match once typos are allowed: those
    /// holding a word near a typo-tolerant term (read off the vocabulary),
    /// checked in full.
    /// Case-sensitive queries allow no typos, so `needles` are lower case.
    fn typo_pass(&self, needles: &[Needle], scored: &mut Vec<(Tier, i64, u32)>) {
        let vocabulary = self.vocabulary.get_or_init(|| {
            Vocabulary::build((0..self.units.len()).map(|u| (u as u32, self.folded_of(u))))
        });
        let mut candidates: Vec<u32> = Vec::new();
        for n in needles.iter().filter(|n| n.allows_typos()) {
            for (_, units) in vocabulary.near(&n.bytes, n.edits()) {
                candidates.extend_from_slice(units);
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let found: std::collections::HashSet<u32> = scored.iter().map(|&(_, _, u)| u).collect();
        for u in candidates.into_iter().filter(|u| !found.contains(u)) {
            if let Some((tier, score)) = evaluate_on(
                &self.matcher,
                self.folded_of(u as usize),
                needles,
                Depth::Typo,
            ) && tier == Tier::Typo
            {
                scored.push((tier, score, u));
            }
        }
    }

    /// Highlight ranges of every term in unit `u`, in its original text.
    fn unit_ranges(&self, u: usize, needles: &[Needle], cs: bool) -> Vec<Range<usize>> {
        let mapped = search_fold(self.original(u), cs);
        let mut ranges = Vec::new();
        for n in needles {
            if let Some((tier, _)) = n.score(&self.matcher, &mapped.text, Depth::Typo) {
                ranges.extend(
                    n.ranges(&self.matcher, &mapped.text, tier)
                        .into_iter()
                        .map(|r| mapped.to_original(r)),
                );
            }
        }
        merge_ranges(ranges)
    }

    /// Every match of `query` inside `at` (a heading or block, or part of
    /// one), as byte ranges relative to `at.range.start`: what a reader
    /// highlights in visible text. Only units where the whole query matches
    /// are highlighted, so highlights agree with the hits.
    pub fn matches_in(&self, query: &Query, at: &TextRef) -> Vec<Range<usize>> {
        if query.is_empty() {
            return Vec::new();
        }
        let cs = query.case_sensitive;
        let needles: Vec<Needle> = query.terms.iter().map(|t| Needle::new(t, cs)).collect();
        let key = |unit: &Unit| (unit.at.source, unit.at.section, unit.at.part);
        let wanted = (at.source, at.section, at.part);
        let first = self.units.partition_point(|unit| key(unit) < wanted);
        let mut out = Vec::new();
        for u in first..self.units.len() {
            let unit = &self.units[u];
            if key(unit) != wanted || unit.at.range.start >= at.range.end {
                break;
            }
            if unit.at.range.end <= at.range.start
                || self.evaluate(u, &needles, cs, Depth::Typo).is_none()
            {
                continue;
            }
            for r in self.unit_ranges(u, &needles, cs) {
                let start = (r.start + unit.at.range.start).max(at.range.start);
                let end = (r.end + unit.at.range.start).min(at.range.end);
                if start < end {
                    out.push(start - at.range.start..end - at.range.start);
                }
            }
        }
        merge_ranges(out)
    }
}

fn evaluate_on(
    m: &SkimMatcherV2,
    hay: &str,
    needles: &[Needle],
    depth: Depth,
) -> Option<(Tier, i64)> {
    let mut worst = Tier::WholeWord;
    let mut total = 0;
    for n in needles {
        let (tier, score) = n.score(m, hay, depth)?;
        worst = worst.max(tier);
        total += score;
    }
    Some((worst, total))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Section, Source};

    fn briefing() -> Briefing {
        let source = |id: &str, text: &str| Source {
            id: id.into(),
            sections: vec![Section {
                heading: Some(format!("About {id}")),
                blocks: vec![Block::new(BlockKind::Paragraph, text)],
            }],
            ..Source::default()
        };
        Briefing {
            sources: vec![
                source("a", "Ferries to Tallinn resumed."),
                source("b", "Wind farms near Esbjerg grew."),
                source("c", "Zölle auf Stahl stiegen um 4 000 Tonnen."),
            ],
            ..Briefing::default()
        }
    }

    #[test]
    fn halves_joined_equal_one_pass() {
        let b = briefing();
        let whole = Units::of(&b, &[0, 1, 2]);
        let mut joined = Units::of(&b, &[0]);
        joined.append(Units::of(&b, &[1, 2]));
        assert_eq!(whole.folded, joined.folded);
        assert_eq!(whole.text, joined.text);
        let ranges = |u: &Units| -> Vec<_> {
            u.units
                .iter()
                .map(|x| (x.at.clone(), x.folded.clone(), x.text.clone()))
                .collect()
        };
        assert_eq!(ranges(&whole), ranges(&joined));
    }

    #[test]
    fn units_are_in_reading_order_and_snippets_resolve() {
        let b = briefing();
        let index = Index::build(&b);
        assert!(index.units.windows(2).all(|w| w[0].at < w[1].at));
        let hits = index.search(&Query::parse("4000 tonnen"), 5);
        assert_eq!(hits.len(), 1);
        assert_eq!(index.snippet(&hits[0]), hits[0].at.text(&b));
    }

    #[test]
    fn words_in_separate_sentences_of_a_paragraph_match_after_one_sentence() {
        let source = |id: &str, text: String| Source {
            id: id.into(),
            sections: vec![Section {
                heading: None,
                blocks: vec![Block::new(BlockKind::Paragraph, text)],
            }],
            ..Source::default()
        };
        // Long enough to be cut into sentences.
        let filler = "Officials met again in the capital on Tuesday. ".repeat(6);
        let apart = format!("The treaty was signed in June.  {filler}Troops later moved to Kursk.");
        let b = Briefing {
            sources: vec![
                source("a", apart.clone()),
                source(
                    "b",
                    format!("{filler}The treaty named Kursk as a border region."),
                ),
                source("c", format!("A treaty alone. {filler}")),
            ],
            ..Briefing::default()
        };
        let index = Index::build(&b);
        assert!(index.len() > 6, "the paragraphs are cut into sentences");
        let hits = index.search(&Query::parse("treaty kursk"), 10);
        let sources: Vec<usize> = hits.iter().map(|h| h.at.source).collect();
        assert_eq!(sources, [1, 0], "one sentence first: {hits:?}");
        let span = &hits[1];
        assert_eq!(index.snippet(span), Some(apart.as_str()));
        assert_eq!(index.snippet(span), span.at.text(&b));
        let text = span.at.text(&b).unwrap_or_default();
        let words: Vec<&str> = span.matches.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(words, ["treaty", "Kursk"]);
        assert_eq!(index.search(&Query::parse("treaty capital"), 10).len(), 3);
        assert!(index.search(&Query::parse("kursk june zzz"), 10).is_empty());
    }
}
