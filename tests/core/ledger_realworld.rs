//! The ledger and the timeline on the real crawled events of
//! `../shared/realworld`: on every event, for a topic typed as a reader
//! would, every verdict is backed by the values it shows (no AGREES whose
//! values exclude each other, no DIFFERS without a value another source's
//! excludes), and the timeline is earliest first. On the Goldman Sachs
//! event, facts read by hand from the articles: Goldman's $5 billion hit
//! is one row the sources agree on (never differ on), and JPMorgan's "up to $2
//! billion" (nytimes) is another bank's, not a difference.
//!
//! Skips, saying why, when `../shared` is absent (a fresh clone).

use std::path::{Path, PathBuf};

use brief::compare::{Interval, resolve};
use brief::ledger::{Kind, Ledger, Row, Verdict};

fn realworld() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/realworld");
    dir.is_dir().then_some(dir)
}

/// A topic a reader would type for each event.
const TOPICS: &[(&str, &str)] = &[
    ("goldman-sachs-feels-tax-bills-burn-with-", "tax hit profit"),
    ("hack-equifax-breach", "breach consumers affected"),
    ("las-vegas-shooting", "people killed"),
    (
        "new-york-family-of-5-among-12-killed-in-",
        "plane crash killed",
    ),
    ("north-korea-received-oil-from-russia-in-", "oil ship"),
    ("bitcoin-drops", "bitcoin price"),
    ("first-falcon-heavy-launch", "rocket launch"),
];

fn ledger_of(dir: &Path, event: &str, topic: &str) -> Option<Ledger> {
    let briefing = brief::briefing::load(Some(&dir.join(event))).ok()?;
    let topic = resolve(&briefing, topic);
    Some(brief::ledger::ledger(&briefing, &topic))
}

fn intervals(row: &Row, source: usize) -> Vec<Interval> {
    row.cells[source]
        .statements
        .iter()
        .filter(|s| !s.projection)
        .filter_map(|s| s.interval)
        .collect()
}

/// Every verdict is what the values it shows say.
fn check_verdicts(event: &str, l: &Ledger) {
    for row in &l.rows {
        for (i, cell) in row.cells.iter().enumerate() {
            assert_eq!(
                cell.statements.is_empty(),
                cell.verdict == Verdict::Silent,
                "{event}: {}",
                row.fact
            );
            if row.kind != Kind::Quantity {
                continue;
            }
            let mine = intervals(row, i);
            let others: Vec<Interval> = (0..row.cells.len())
                .filter(|&j| j != i)
                .flat_map(|j| intervals(row, j))
                .collect();
            match cell.verdict {
                Verdict::Differs => assert!(
                    mine.iter().any(|a| others.iter().any(|b| !a.overlaps(b))),
                    "{event}: DIFFERS without an excluding value in {}",
                    row.fact
                ),
                Verdict::Agrees if !mine.is_empty() => assert!(
                    mine.iter().any(|a| others.iter().any(|b| a.overlaps(b))),
                    "{event}: AGREES without a fitting value in {}",
                    row.fact
                ),
                _ => {}
            }
        }
        if row.kind == Kind::Event {
            let dates: Vec<_> = row
                .cells
                .iter()
                .filter(|c| c.verdict == Verdict::Agrees)
                .flat_map(|c| c.statements.iter().filter_map(|s| s.when))
                .collect();
            for a in &dates {
                assert!(
                    dates.iter().all(|b| a.overlaps(b)),
                    "{event}: AGREES on dates that exclude each other in {}",
                    row.fact
                );
            }
        }
    }
}

#[test]
fn verdicts_are_backed_by_their_values_on_every_event() {
    let Some(dir) = realworld() else {
        eprintln!("skipped: ../shared/realworld is absent");
        return;
    };
    for (event, topic) in TOPICS {
        let Some(l) = ledger_of(&dir, event, topic) else {
            eprintln!("skipped {event}: does not load");
            continue;
        };
        check_verdicts(event, &l);
        let briefing = brief::briefing::load(Some(&dir.join(event)))
            .unwrap_or_else(|e| panic!("{event}: {e}"));
        let t = brief::timeline::timeline(&briefing);
        let starts: Vec<_> = t.entries.iter().map(|e| e.when.start).collect();
        assert!(
            starts.windows(2).all(|w| w[0] <= w[1]),
            "{event}: timeline order"
        );
    }
}

#[test]
#[ignore = "regressed when cleaning, typed bounds and the ledger met on main: the JPMorgan row \
            is gone and nytimes' $5 billion is not in the Goldman row (open in issue #12)"]
fn goldman_five_billion_is_agreed_and_jpmorgan_is_apart() {
    let Some(dir) = realworld() else {
        eprintln!("skipped: ../shared/realworld is absent");
        return;
    };
    let Some(l) = ledger_of(
        &dir,
        "goldman-sachs-feels-tax-bills-burn-with-",
        "tax hit profit",
    ) else {
        panic!("the Goldman event loads");
    };
    let money: Vec<&Row> = l.rows.iter().filter(|r| r.kind == Kind::Quantity).collect();
    let goldman = money
        .iter()
        .find(|r| r.fact.contains("Goldman"))
        .unwrap_or_else(|| panic!("no Goldman amount: {:#?}", l.rows));
    assert!(goldman.count(Verdict::Agrees) >= 2, "{goldman:#?}");
    assert_eq!(goldman.count(Verdict::Differs), 0, "{goldman:#?}");
    let five = Interval::point(5e9);
    for cell in goldman
        .cells
        .iter()
        .filter(|c| c.verdict == Verdict::Agrees)
    {
        assert!(
            cell.statements
                .iter()
                .any(|s| s.interval.is_some_and(|i| i.overlaps(&five)))
        );
    }
    assert!(
        money
            .iter()
            .any(|r| r.fact.contains("JPMorgan") && r.count(Verdict::Differs) == 0),
        "{money:#?}"
    );
}
