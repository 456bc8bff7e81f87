//! Relative dates: "last year", "on Tuesday", "two days ago" (placed from
//! the article's publication date) and "later that year", "the following
//! year" (placed from the last date the article wrote before them).

use std::ops::Range;

use super::when::{Day, Precision, When, civil_from_days, weekday};

/// What a relative date is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    /// The publication date.
    Published,
    /// The date written last before it.
    Earlier,
}

/// A relative date found in a text, before it is placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte range in the text.
    pub range: Range<usize>,
    pub base: Base,
    rule: Rule,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    DaysFrom(i64),
    /// Years from the base's year (0 = the same year).
    Year(i64),
    Month(i64),
    Week(i64),
    /// A weekday (0 = Monday) on or before the base; `next` after it.
    Weekday {
        day: u32,
        last: bool,
        next: bool,
    },
    /// The rest of the base's year after it.
    LaterThatYear,
    /// The base's year before it.
    EarlierThatYear,
    /// So many units before the base.
    Ago {
        n: i64,
        unit: Unit,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const NUMBERS: [&str; 13] = [
    "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// Words of a text, lower-cased, with their byte ranges.
fn words(text: &str) -> Vec<(String, Range<usize>)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let part = c.is_alphanumeric() || (c == '-' && start.is_some());
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let word = text[s..i].trim_end_matches('-');
                out.push((word.to_lowercase(), s..s + word.len()));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The relative dates of a text, in reading order.
pub fn find(text: &str) -> Vec<Found> {
    let w = words(text);
    let at = |i: usize| w.get(i).map_or("", |(s, _)| s.as_str());
    let mut out = Vec::new();
    let mut i = 0;
    while i < w.len() {
        let found = match_at(&at, i);
        if let Some((len, base, rule)) = found {
            out.push(Found {
                range: w[i].1.start..w[i + len - 1].1.end,
                base,
                rule,
            });
            i += len;
        } else {
            i += 1;
        }
    }
    out
}

/// The relative date starting at word `i`: its length in words and rule.
fn match_at<'a>(at: &dyn Fn(usize) -> &'a str, i: usize) -> Option<(usize, Base, Rule)> {
    use Base::{Earlier, Published};
    let (a, b, c) = (at(i), at(i + 1), at(i + 2));
    let shift = |w: &str| match w {
        "last" | "past" | "previous" => Some(-1),
        "this" | "current" => Some(0),
        "next" | "coming" => Some(1),
        _ => None,
    };
    let weekday_of = |w: &str| WEEKDAYS.iter().position(|d| *d == w).map(|d| d as u32);
    // Anaphoric: counted from the date written before.
    match (a, b, c) {
        ("later" | "late", "that", "year") => return Some((3, Earlier, Rule::LaterThatYear)),
        ("earlier", "that", "year") => return Some((3, Earlier, Rule::EarlierThatYear)),
        ("the", "same" | "following" | "next" | "previous", "year") => {
            let n = match b {
                "same" => 0,
                "previous" => -1,
                _ => 1,
            };
            return Some((3, Earlier, Rule::Year(n)));
        }
        ("a", "year", "later") => return Some((3, Earlier, Rule::Year(1))),
        ("that", "year", _) => return Some((2, Earlier, Rule::Year(0))),
        _ => {}
    }
    match (a, b) {
        ("yesterday", _) => return Some((1, Published, Rule::DaysFrom(-1))),
        ("today", _) => return Some((1, Published, Rule::DaysFrom(0))),
        ("tomorrow", _) => return Some((1, Published, Rule::DaysFrom(1))),
        ("earlier" | "later", "this") if c == "year" => {
            return Some((3, Published, Rule::Year(0)));
        }
        ("earlier" | "later", "this") if c == "month" => {
            return Some((3, Published, Rule::Month(0)));
        }
        _ => {}
    }
    if let Some(n) = shift(a) {
        match b {
            "year" => return Some((2, Published, Rule::Year(n))),
            "month" => return Some((2, Published, Rule::Month(n))),
            "week" => return Some((2, Published, Rule::Week(n))),
            _ => {}
        }
        if let Some(day) = weekday_of(b) {
            return Some((
                2,
                Published,
                Rule::Weekday {
                    day,
                    last: n < 0,
                    next: n > 0,
                },
            ));
        }
    }
    if let Some(day) = weekday_of(a) {
        return Some((
            1,
            Published,
            Rule::Weekday {
                day,
                last: false,
                next: false,
            },
        ));
    }
    // "two days ago", "3 weeks ago", "a year ago".
    let n = NUMBERS
        .iter()
        .position(|w| *w == a)
        .map(|n| n.max(1) as i64)
        .or_else(|| a.parse::<i64>().ok().filter(|n| (1..=100).contains(n)));
    if let Some(n) = n
        && c == "ago"
    {
        let unit = match b.trim_end_matches('s') {
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            _ => return None,
        };
        return Some((3, Published, Rule::Ago { n, unit }));
    }
    None
}

/// Months from a (year, month) pair, carried into years.
fn add_months(year: i64, month: u32, n: i64) -> (i64, u32) {
    let total = year * 12 + i64::from(month) - 1 + n;
    (total.div_euclid(12), (total.rem_euclid(12) + 1) as u32)
}

impl Found {
    /// The span this relative date names, counted from `base`.
    pub fn place(&self, base: &When) -> Option<When> {
        let (y, m, _) = civil_from_days(base.start);
        let (_, m_end, _) = civil_from_days(base.end);
        let day = |d: Day| When {
            start: d,
            end: d,
            precision: Precision::Day,
        };
        // Day-exact rules need a day-exact base.
        let exact = base.precision == Precision::Day;
        match self.rule {
            Rule::DaysFrom(n) if exact => Some(day(Day(base.start.0 + n))),
            Rule::Year(n) => Some(When::year(y + n)),
            Rule::Month(n) if matches!(base.precision, Precision::Day | Precision::Month) => {
                let (y, m) = add_months(y, m, n);
                When::month(y, m)
            }
            Rule::Week(n) if exact => {
                let monday = base.start.0 - i64::from(weekday(base.start)) + 7 * n;
                Some(When {
                    start: Day(monday),
                    end: Day(monday + 6),
                    precision: Precision::Week,
                })
            }
            Rule::Weekday { day: d, last, next } if exact => {
                let today = i64::from(weekday(base.start));
                let d = i64::from(d);
                let offset = if next {
                    (d - today - 1).rem_euclid(7) + 1
                } else if last {
                    -((today - d - 1).rem_euclid(7) + 1)
                } else {
                    -(today - d).rem_euclid(7)
                };
                Some(day(Day(base.start.0 + offset)))
            }
            Rule::LaterThatYear if base.precision < Precision::Year && m_end < 12 => {
                When::months(y, m_end + 1, 12)
            }
            Rule::LaterThatYear | Rule::EarlierThatYear => {
                if self.rule == Rule::EarlierThatYear && base.precision < Precision::Year && m > 1 {
                    When::months(y, 1, m - 1)
                } else {
                    Some(When::year(y))
                }
            }
            Rule::Ago { n, unit } => match unit {
                Unit::Day if exact => Some(day(Day(base.start.0 - n))),
                Unit::Week if exact => Some(When {
                    start: Day(base.start.0 - 7 * n - 3),
                    end: Day(base.start.0 - 7 * n + 3),
                    precision: Precision::Week,
                }),
                Unit::Month if base.precision <= Precision::Month => {
                    let (y, m) = add_months(y, m, -n);
                    When::month(y, m)
                }
                Unit::Year => Some(When::year(y - n)),
                _ => None,
            },
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(text: &str, base: When) -> Vec<String> {
        find(text)
            .iter()
            .filter_map(|f| f.place(&base))
            .map(|w| w.label())
            .collect()
    }

    #[test]
    fn relative_to_the_publication_date() {
        // Wednesday 9 November 2016.
        let Some(published) = When::day(2016, 11, 9) else {
            return;
        };
        assert_eq!(place("It rained yesterday.", published), ["2016-11-08"]);
        assert_eq!(
            place("On Tuesday the vote closed.", published),
            ["2016-11-08"]
        );
        assert_eq!(
            place("Polls opened last Wednesday.", published),
            ["2016-11-02"]
        );
        assert_eq!(
            place("Talks resume next Monday.", published),
            ["2016-11-14"]
        );
        assert_eq!(place("Two days ago it began.", published), ["2016-11-07"]);
        assert_eq!(place("Prices rose last year.", published), ["2015"]);
        assert_eq!(
            place("Earlier this month, a storm.", published),
            ["2016-11"]
        );
        assert_eq!(place("Three months ago", published), ["2016-08"]);
        assert!(place("Last time we met.", published).is_empty());
    }

    #[test]
    fn relative_to_an_earlier_date() {
        let Some(june) = When::month(2024, 6) else {
            return;
        };
        let found = find("Later that year, troops went. The following year, more.");
        assert!(found.iter().all(|f| f.base == Base::Earlier));
        assert_eq!(
            place(
                "Later that year, troops went. The following year, more.",
                june
            ),
            ["2024-07–2024-12", "2025"]
        );
        assert_eq!(place("Later that year", When::year(2024)), ["2024"]);
        assert_eq!(place("that year", june), ["2024"]);
    }

    #[test]
    fn a_day_exact_rule_needs_a_day_exact_base() {
        assert!(place("yesterday", When::year(2020)).is_empty());
        assert_eq!(place("two years ago", When::year(2020)), ["2018"]);
    }
}
