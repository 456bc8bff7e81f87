//! The claim ledger: for one topic, the facts the sources state — a
//! quantity (troops sent), a dated event (the treaty signed in June 2024),
//! an actor's act or stance (Ukraine claims, Beijing denies) — as rows, the
//! sources as columns, and in each cell whether the source AGREES with the
//! others, DIFFERS from them (its value beside theirs), is UNMATCHED (states
//! it with nothing to hold it against), or is SILENT, with the sentences that state it. Rows sort by how contested
//! they are. Built from what comparison and the timeline already find; no
//! terminal code.

mod stance;
mod wording;

pub use stance::{Stance, stances_in};

use std::collections::HashSet;

use serde::Serialize;

use crate::compare::{
    Claim, Comparison, Interval, PassageAt, PassageIndex, Quantity, Topic, conflicts, family_of,
};
use crate::extract::{Entity, EntityKind, Figure};
use crate::model::{Briefing, Part, TextRef};
use crate::text::sentences;
use crate::timeline::{Dated, Entry, Timeline, Weights, When, content_stems};

/// What a row is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A measured amount (from comparison's quantities).
    Quantity,
    /// Something that happened at a time (from the timeline).
    Event,
    /// An actor's act or stance ("Ukraine claims").
    Stance,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Quantity => "quantity",
            Kind::Event => "event",
            Kind::Stance => "stance",
        }
    }
}

/// What one source's cell says of a row's fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Its value cannot be true together with another source's.
    Differs,
    /// Its value fits another source's (same value, compatible interval, same date).
    Agrees,
    /// It states the fact, but there is nothing to hold it against: no
    /// other source states it, or it is a projection ("could send up to
    /// 30,000") or an order of magnitude ("thousands of troops").
    Unmatched,
    /// It does not state the fact.
    Silent,
}

impl Verdict {
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Differs => "differs",
            Verdict::Agrees => "agrees",
            Verdict::Unmatched => "unmatched",
            Verdict::Silent => "silent",
        }
    }

    /// As the ledger's cells show it.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Differs => "DIFFERS",
            Verdict::Agrees => "AGREES",
            Verdict::Unmatched => "UNMATCHED",
            Verdict::Silent => "SILENT",
        }
    }
}

/// One sentence stating a row's fact, and the value it states.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// Where the value is written (the figure, the date, the verb).
    pub at: TextRef,
    /// The value as written ("over 11 000 soldiers", "June 2024", "claims").
    pub value: String,
    /// The sentence.
    pub sentence: String,
    pub sentence_at: TextRef,
    /// A quantity's claim as an interval.
    pub interval: Option<Interval>,
    /// "Could send up to 30 000": a projection, never compared.
    pub projection: bool,
    /// "Thousands of troops": an order of magnitude, never compared.
    pub vague: bool,
    /// An event's date.
    pub when: Option<When>,
}

/// One source's cell of a row.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// Index into `Briefing::sources`.
    pub source: usize,
    pub verdict: Verdict,
    /// Empty when silent; reading order.
    pub statements: Vec<Statement>,
}

/// One fact across the sources.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub kind: Kind,
    /// The fact in a few words ("troops (soldiers)", "2024-06: … signed the treaty").
    pub fact: String,
    /// One per source, in briefing order.
    pub cells: Vec<Cell>,
}

impl Row {
    pub fn count(&self, verdict: Verdict) -> usize {
        self.cells.iter().filter(|c| c.verdict == verdict).count()
    }

    /// Sources that state the fact.
    pub fn stated(&self) -> usize {
        self.cells.len() - self.count(Verdict::Silent)
    }
}

/// The ledger of one topic.
#[derive(Debug, Clone)]
pub struct Ledger {
    pub topic: Topic,
    /// Whether each source covers the topic at all (as comparison decides).
    pub covered: Vec<bool>,
    /// Most contested first.
    pub rows: Vec<Row>,
}

/// The ledger of `topic` (indexing the briefing and building its timeline).
pub fn ledger(briefing: &Briefing, topic: &Topic) -> Ledger {
    let figures = crate::extract::figures(briefing);
    let timeline = crate::timeline::build(briefing, &figures);
    let entities = crate::extract::entities(briefing);
    let index = PassageIndex::with_figures(briefing, figures);
    build(briefing, &index.compare(topic), &timeline, &entities)
}

/// The ledger of a comparison, with the briefing's timeline and entities.
pub fn build(
    briefing: &Briefing,
    comparison: &Comparison,
    timeline: &Timeline,
    entities: &[Entity],
) -> Ledger {
    let n = briefing.sources.len();
    let passages: Vec<(usize, &PassageAt)> = comparison
        .sources
        .iter()
        .flat_map(|c| c.passages.iter().map(move |p| (c.source, &p.at)))
        .collect();
    let in_topic = |at: &TextRef| {
        passages
            .iter()
            .any(|(s, p)| *s == at.source && holds(p, at))
    };
    let mut rows = Vec::new();
    for q in &comparison.quantities {
        for (i, (part, subject)) in by_subject(q, entities).into_iter().enumerate() {
            // Orders of magnitude go with the main group only.
            let vague = i == 0;
            rows.push(quantity_row(briefing, comparison, &part, subject, vague, n));
        }
    }
    for entry in topic_events(timeline, &in_topic) {
        rows.push(event_row(entry, n));
    }
    rows.extend(stance_rows(briefing, &passages, n));
    rows.sort_by(|a, b| {
        let key = |r: &Row| {
            (
                std::cmp::Reverse(r.count(Verdict::Differs)),
                std::cmp::Reverse(r.count(Verdict::Agrees)),
                std::cmp::Reverse(r.stated()),
                r.kind,
            )
        };
        key(a).cmp(&key(b))
    });
    Ledger {
        topic: comparison.topic.clone(),
        covered: comparison.sources.iter().map(|c| c.covered).collect(),
        rows,
    }
}

/// Whether a passage holds the start of a reference.
pub fn holds(p: &PassageAt, at: &TextRef) -> bool {
    let Part::Block(b) = at.part else {
        return false;
    };
    at.section == p.section
        && p.blocks.contains(&b)
        && (b != p.blocks.start || at.range.start >= p.start)
        && (b + 1 != p.blocks.end || at.range.start < p.end)
}

/// The sentence of a block that holds a reference's start.
fn sentence_of(briefing: &Briefing, at: &TextRef) -> (TextRef, String) {
    let whole = TextRef {
        range: 0..usize::MAX,
        ..at.clone()
    };
    let text = match at.part {
        Part::Block(b) => briefing
            .sources
            .get(at.source)
            .and_then(|s| s.sections.get(at.section))
            .and_then(|s| s.blocks.get(b))
            .map_or("", |b| b.text.as_str()),
        Part::Heading | Part::Title => "",
    };
    let range = sentences(text)
        .into_iter()
        .find(|r| r.start <= at.range.start && at.range.start < r.end)
        .unwrap_or(0..text.len());
    (
        TextRef {
            range: range.clone(),
            ..whole
        },
        text.get(range).unwrap_or_default().to_string(),
    )
}

/// Whether a vague figure ("thousands of troops") counts what `q` counts.
fn vague_of(q: &Quantity, f: &Figure) -> bool {
    f.vague
        && family_of(f).is_some_and(|family| {
            let name = match &f.currency {
                Some(c) if family.money => format!("{} ({c})", family.name),
                _ => family.name.clone(),
            };
            name == q.quantity
        })
}

/// Words of organisation names too common to tell two apart.
const GENERIC_NAME_WORDS: &[&str] = &[
    "bank",
    "group",
    "inc",
    "corp",
    "co",
    "company",
    "ltd",
    "llc",
    "plc",
    "the",
    "of",
    "and",
    "association",
    "agency",
    "department",
    "ministry",
    "office",
    "council",
    "national",
    "news",
];

/// The words of the organisations named in a claim's sentence.
fn organisations(entities: &[Entity], c: &Claim) -> HashSet<String> {
    let sentence = sentence_range(&c.figure);
    entities
        .iter()
        .filter(|e| e.kind == EntityKind::Organization)
        .filter(|e| {
            e.mentions.iter().any(|m| {
                m.at.source == c.figure.at.source
                    && m.at.section == c.figure.at.section
                    && m.at.part == c.figure.at.part
                    && sentence.start <= m.at.range.start
                    && m.at.range.end <= sentence.end
            })
        })
        .flat_map(|e| {
            crate::compare::tokens(&e.name)
                .into_iter()
                .map(|t| t.word)
                .filter(|w| !GENERIC_NAME_WORDS.contains(&w.as_str()))
        })
        .collect()
}

/// The byte range, in its block, of the sentence a figure stands in.
fn sentence_range(f: &Figure) -> std::ops::Range<usize> {
    let start = f.at.range.start;
    let before = f.sentence.find(&f.text).unwrap_or(0);
    let s = start.saturating_sub(before);
    s..s + f.sentence.len()
}

/// A quantity's claims split by whose amount they are: claims whose
/// sentences name organisations, none shared, count different things
/// ("Goldman's $5 billion hit" and "JPMorgan's up to $2 billion"). Each part
/// comes with the organisation it is about when the claims name one.
fn by_subject(q: &Quantity, entities: &[Entity]) -> Vec<(Quantity, Option<String>)> {
    let orgs: Vec<HashSet<String>> = q
        .claims
        .iter()
        .map(|c| organisations(entities, c))
        .collect();
    let apart = |a: usize, b: usize| {
        !orgs[a].is_empty() && !orgs[b].is_empty() && orgs[a].is_disjoint(&orgs[b])
    };
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in 0..q.claims.len() {
        match groups.iter_mut().find(|g| g.iter().all(|&m| !apart(m, i))) {
            Some(g) => g.push(i),
            None => groups.push(vec![i]),
        }
    }
    if groups.len() == 1 {
        return vec![(q.clone(), None)];
    }
    groups.sort_by_key(|g| std::cmp::Reverse(g.len()));
    groups
        .into_iter()
        .map(|g| {
            let claims: Vec<Claim> = g.iter().map(|&i| q.claims[i].clone()).collect();
            let subject = g.iter().find(|&&i| !orgs[i].is_empty()).and_then(|&i| {
                let c = &q.claims[i];
                entities
                    .iter()
                    .filter(|e| e.kind == EntityKind::Organization)
                    .find(|e| {
                        crate::compare::tokens(&e.name)
                            .iter()
                            .any(|t| orgs[i].contains(&t.word))
                            && e.mentions.iter().any(|m| m.at.source == c.source)
                    })
                    .map(|e| e.name.clone())
            });
            (
                Quantity {
                    quantity: q.quantity.clone(),
                    unit: q.unit.clone(),
                    conflicts: conflicts(&claims),
                    claims,
                },
                subject,
            )
        })
        .collect()
}

fn quantity_row(
    briefing: &Briefing,
    comparison: &Comparison,
    q: &Quantity,
    subject: Option<String>,
    with_vague: bool,
    n: usize,
) -> Row {
    let in_conflict: HashSet<usize> = q.conflicts.iter().flat_map(|&(a, b)| [a, b]).collect();
    let cells = (0..n)
        .map(|source| {
            let mine: Vec<usize> = (0..q.claims.len())
                .filter(|&i| q.claims[i].source == source)
                .collect();
            // Counts are held against counts, projections against projections.
            let verdict = if mine.is_empty() {
                Verdict::Silent
            } else if mine.iter().any(|i| in_conflict.contains(i)) {
                Verdict::Differs
            } else if mine.iter().any(|&i| {
                let mine = &q.claims[i];
                q.claims.iter().any(|c| {
                    c.source != source
                        && c.projection == mine.projection
                        && c.interval.overlaps(&mine.interval)
                })
            }) {
                Verdict::Agrees
            } else {
                Verdict::Unmatched
            };
            let vague: Vec<&Figure> = comparison
                .sources
                .get(source)
                .filter(|_| with_vague)
                .map(|c| c.figures.iter().filter(|f| vague_of(q, f)).collect())
                .unwrap_or_default();
            let verdict = if verdict == Verdict::Silent && !vague.is_empty() {
                Verdict::Unmatched
            } else {
                verdict
            };
            let mut statements: Vec<Statement> = mine
                .iter()
                .map(|&i| {
                    let c = &q.claims[i];
                    let (sentence_at, sentence) = sentence_of(briefing, &c.figure.at);
                    Statement {
                        at: c.figure.at.clone(),
                        value: c.figure.text.clone(),
                        sentence,
                        sentence_at,
                        interval: Some(c.interval),
                        projection: c.projection,
                        vague: false,
                        when: None,
                    }
                })
                .collect();
            statements.extend(vague.into_iter().map(|f| {
                let (sentence_at, sentence) = sentence_of(briefing, &f.at);
                Statement {
                    at: f.at.clone(),
                    value: f.text.clone(),
                    sentence,
                    sentence_at,
                    interval: None,
                    projection: false,
                    vague: true,
                    when: None,
                }
            }));
            statements.sort_by(|a, b| a.at.cmp(&b.at));
            Cell {
                source,
                verdict,
                statements,
            }
        })
        .collect();
    let mut fact = if q.unit == q.quantity {
        q.quantity.clone()
    } else {
        format!("{} ({})", q.quantity, q.unit)
    };
    if let Some(subject) = subject {
        fact.push_str(&format!(" · {subject}"));
    }
    Row {
        kind: Kind::Quantity,
        fact,
        cells,
    }
}

/// The timeline's events the topic's passages state, and those their
/// relative dates are counted from ("later that year" after "June 2024").
fn topic_events<'a>(timeline: &'a Timeline, in_topic: &dyn Fn(&TextRef) -> bool) -> Vec<&'a Entry> {
    let stated: Vec<&Dated> = timeline
        .entries
        .iter()
        .flat_map(|e| &e.statements)
        .filter(|d| in_topic(&d.at))
        .collect();
    let anchors: Vec<&TextRef> = stated
        .iter()
        .filter_map(|d| d.resolved.as_ref()?.anchor.as_ref())
        .collect();
    timeline
        .entries
        .iter()
        .filter(|e| {
            e.statements
                .iter()
                .any(|d| in_topic(&d.at) || anchors.contains(&&d.at))
        })
        .collect()
}

fn event_row(entry: &Entry, n: usize) -> Row {
    let stating = entry.sources().len();
    let cells = (0..n)
        .map(|source| {
            let mine: Vec<&Dated> = entry
                .statements
                .iter()
                .filter(|d| d.source == source)
                .collect();
            let clash = mine.iter().any(|d| {
                entry
                    .statements
                    .iter()
                    .any(|o| o.source != source && !o.when.overlaps(&d.when))
            });
            let verdict = match (mine.is_empty(), clash, stating) {
                (true, _, _) => Verdict::Silent,
                (false, true, _) => Verdict::Differs,
                (false, false, 1) => Verdict::Unmatched,
                (false, false, _) => Verdict::Agrees,
            };
            Cell {
                source,
                verdict,
                statements: mine
                    .into_iter()
                    .map(|d| Statement {
                        at: d.at.clone(),
                        value: d.written.clone(),
                        sentence: d.sentence.clone(),
                        sentence_at: d.sentence_at.clone(),
                        interval: None,
                        projection: false,
                        vague: false,
                        when: Some(d.when),
                    })
                    .collect(),
            }
        })
        .collect();
    Row {
        kind: Kind::Event,
        fact: format!("{}: {}", entry.when.label(), entry.event),
        cells,
    }
}

/// One actor's stance in a topic passage.
struct Found {
    source: usize,
    stance: Stance,
    key: String,
    stems: HashSet<String>,
    statement: Statement,
}

/// Stance rows: one actor's acts of similar wording, across sources.
fn stance_rows(briefing: &Briefing, passages: &[(usize, &PassageAt)], n: usize) -> Vec<Row> {
    let mut found: Vec<Found> = Vec::new();
    for (source, p) in passages {
        let Some(section) = briefing
            .sources
            .get(*source)
            .and_then(|s| s.sections.get(p.section))
        else {
            continue;
        };
        for b in p.blocks.clone() {
            let Some(block) = section.blocks.get(b) else {
                continue;
            };
            let lo = if b == p.blocks.start { p.start } else { 0 };
            let hi = if b + 1 == p.blocks.end {
                p.end
            } else {
                block.text.len()
            };
            for range in sentences(&block.text) {
                if range.end <= lo || range.start >= hi {
                    continue;
                }
                let sentence = &block.text[range.clone()];
                let sentence_at = TextRef {
                    source: *source,
                    section: p.section,
                    part: Part::Block(b),
                    range: range.clone(),
                };
                if found.iter().any(|f| f.statement.sentence_at == sentence_at) {
                    continue;
                }
                for stance in stances_in(sentence) {
                    let verb = range.start + stance.verb.start..range.start + stance.verb.end;
                    found.push(Found {
                        source: *source,
                        key: crate::extract::name_key(&stance.actor),
                        stems: content_stems(sentence),
                        statement: Statement {
                            at: TextRef {
                                range: verb.clone(),
                                ..sentence_at.clone()
                            },
                            value: block.text[verb].to_string(),
                            sentence: sentence.to_string(),
                            sentence_at: sentence_at.clone(),
                            interval: None,
                            projection: false,
                            vague: false,
                            when: None,
                        },
                        stance,
                    });
                }
            }
        }
    }
    let weights = Weights::new(found.iter().map(|f| &f.stems));
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, f) in found.iter().enumerate() {
        let home = groups.iter_mut().find(|g| {
            g.iter().any(|&m| {
                let (share, words) = weights.overlap(&found[m].stems, &f.stems);
                found[m].key == f.key
                    && share >= crate::timeline::SAME_EVENT
                    && words >= crate::timeline::SAME_EVENT_WORDS
            })
        });
        match home {
            Some(g) => g.push(i),
            None => groups.push(vec![i]),
        }
    }
    groups
        .into_iter()
        .map(|members| {
            let sources: HashSet<usize> = members.iter().map(|&m| found[m].source).collect();
            let cells = (0..n)
                .map(|source| {
                    let mine: Vec<&Found> = members
                        .iter()
                        .map(|&m| &found[m])
                        .filter(|f| f.source == source)
                        .collect();
                    let clash = mine.iter().any(|f| {
                        members.iter().any(|&m| {
                            found[m].source != source
                                && stance::contrary(found[m].stance.kind, f.stance.kind)
                        })
                    });
                    let verdict = match (mine.is_empty(), clash, sources.len()) {
                        (true, _, _) => Verdict::Silent,
                        (false, true, _) => Verdict::Differs,
                        (false, false, 1) => Verdict::Unmatched,
                        (false, false, _) => Verdict::Agrees,
                    };
                    Cell {
                        source,
                        verdict,
                        statements: mine.iter().map(|f| f.statement.clone()).collect(),
                    }
                })
                .collect();
            let first = &found[members[0]];
            Row {
                kind: Kind::Stance,
                fact: format!(
                    "{} {}: {}",
                    first.stance.actor,
                    first.stance.kind,
                    crate::timeline::short(&first.statement.sentence)
                ),
                cells,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, BlockKind, Section, Source, TopicDef};

    fn source(id: &str, paragraphs: &[&str]) -> Source {
        Source {
            id: id.into(),
            sections: vec![Section {
                heading: None,
                blocks: paragraphs
                    .iter()
                    .map(|p| Block::new(BlockKind::Paragraph, *p))
                    .collect(),
            }],
            ..Source::default()
        }
    }

    fn ledger_of(sources: Vec<Source>, keywords: &[&str]) -> Ledger {
        let b = Briefing {
            sources,
            topics: vec![TopicDef {
                id: "t".into(),
                title: "T".into(),
                keywords: keywords.iter().map(|k| k.to_string()).collect(),
                anchors: Vec::new(),
            }],
            ..Briefing::default()
        };
        let topic = crate::compare::resolve(&b, "t");
        ledger(&b, &topic)
    }

    #[test]
    fn figures_that_exclude_each_other_differ_and_silence_shows() {
        let l = ledger_of(
            vec![
                source(
                    "a",
                    &["The union says 500 workers joined the strike at the port."],
                ),
                source(
                    "b",
                    &["Some 900 workers joined the strike at the port, police said."],
                ),
                source("c", &["The mayor opened a school."]),
            ],
            &["strike", "workers"],
        );
        let row = &l.rows[0];
        assert_eq!(row.kind, Kind::Quantity, "{:#?}", l.rows);
        let verdicts: Vec<Verdict> = row.cells.iter().map(|c| c.verdict).collect();
        assert_eq!(
            verdicts,
            [Verdict::Differs, Verdict::Differs, Verdict::Silent]
        );
        assert_eq!(row.cells[0].statements[0].value, "500 workers");
        assert!(row.cells[1].statements[0].sentence.contains("900"));
        assert_eq!(l.covered, [true, true, false]);
    }

    #[test]
    fn the_same_date_agrees_and_anchors_join_the_topic() {
        let l = ledger_of(
            vec![
                source(
                    "a",
                    &[
                        "In June 2024, Russia and North Korea signed the Comprehensive Strategic Partnership Treaty.",
                        "Later that year, North Korea sent troops to Kursk.",
                    ],
                ),
                source(
                    "b",
                    &[
                        "Pyongyang and Moscow signed a Treaty on Comprehensive Strategic Partnership in June 2024.",
                        "Troops fought in Kursk.",
                    ],
                ),
            ],
            &["troops"],
        );
        let treaty = l
            .rows
            .iter()
            .find(|r| r.kind == Kind::Event && r.fact.contains("2024-06:"));
        let Some(treaty) = treaty else {
            panic!("no treaty row: {:#?}", l.rows);
        };
        assert_eq!(treaty.count(Verdict::Agrees), 2);
        let later = l.rows.iter().find(|r| r.fact.starts_with("2024-07"));
        assert!(
            later.is_some_and(|r| r.cells[0].verdict == Verdict::Unmatched
                && r.cells[1].verdict == Verdict::Silent)
        );
    }

    #[test]
    fn rows_sort_by_how_contested_they_are() {
        let l = ledger_of(
            vec![
                source(
                    "a",
                    &[
                        "Officials warned that 40 ships left the harbour. The strike began in 2019 at the harbour docks.",
                    ],
                ),
                source(
                    "b",
                    &[
                        "Only 10 ships left the harbour, officials warned. The strike began in 2019 at the harbour docks.",
                    ],
                ),
            ],
            &["harbour", "ships"],
        );
        let differs: Vec<usize> = l.rows.iter().map(|r| r.count(Verdict::Differs)).collect();
        let mut sorted = differs.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        assert_eq!(differs, sorted);
        assert!(differs[0] == 2, "{:#?}", l.rows);
    }

    #[test]
    fn amounts_of_different_organisations_are_not_held_together() {
        let l = ledger_of(
            vec![
                source(
                    "a",
                    &["Goldman Sachs Group Inc. paid $5 billion in tax on its profit."],
                ),
                source(
                    "b",
                    &["Goldman Sachs paid $5 billion in tax on its profit, the bank said."],
                ),
                source(
                    "c",
                    &["Rival JPMorgan Chase paid $2 billion in tax on its profit."],
                ),
            ],
            &["tax", "profit"],
        );
        let money: Vec<&Row> = l.rows.iter().filter(|r| r.kind == Kind::Quantity).collect();
        assert_eq!(money.len(), 2, "{:#?}", l.rows);
        assert_eq!(money[0].count(Verdict::Agrees), 2);
        assert_eq!(money[0].count(Verdict::Differs), 0);
        assert!(
            money[1].fact.ends_with("JPMorgan Chase"),
            "{}",
            money[1].fact
        );
        assert_eq!(money[1].count(Verdict::Unmatched), 1);
    }
}
