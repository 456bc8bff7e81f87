//! Spans of the calendar: what a date as written covers ("June 2024" is the
//! thirty days of that month, "the 1990s" ten years), parsed from a date
//! figure's text or a publication date, with day arithmetic for resolving
//! relative dates.

use serde::Serialize;

/// A day of the proleptic Gregorian calendar, counted from 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i64);

/// How precisely a span was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Week,
    Month,
    /// Part of a year ("later that year"): a run of months.
    Months,
    Year,
    /// A run of years ("2022–2024").
    Years,
    Decade,
}

/// A span of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct When {
    pub start: Day,
    pub end: Day,
    pub precision: Precision,
}

pub use crate::text::month_number;

/// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> Day {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Day(era * 146_097 + doe - 719_468)
}

/// The civil date of a day: (year, month, day).
pub fn civil_from_days(day: Day) -> (i64, u32, u32) {
    let z = day.0 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    let next = if month == 12 {
        days_from_civil(year + 1, 1, 1)
    } else {
        days_from_civil(year, month + 1, 1)
    };
    (next.0 - days_from_civil(year, month, 1).0) as u32
}

/// 0 = Monday … 6 = Sunday.
pub fn weekday(day: Day) -> u32 {
    // 1970-01-01 was a Thursday.
    ((day.0 + 3).rem_euclid(7)) as u32
}

impl When {
    pub fn day(year: i64, month: u32, day: u32) -> Option<When> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        let d = days_from_civil(year, month, day);
        Some(When {
            start: d,
            end: d,
            precision: Precision::Day,
        })
    }

    pub fn month(year: i64, month: u32) -> Option<When> {
        if !(1..=12).contains(&month) {
            return None;
        }
        Some(When {
            start: days_from_civil(year, month, 1),
            end: days_from_civil(year, month, days_in_month(year, month)),
            precision: Precision::Month,
        })
    }

    /// The months `first..=last` of one year.
    pub fn months(year: i64, first: u32, last: u32) -> Option<When> {
        let (a, b) = (When::month(year, first)?, When::month(year, last)?);
        Some(When {
            start: a.start,
            end: b.end,
            precision: if first == last {
                Precision::Month
            } else {
                Precision::Months
            },
        })
    }

    pub fn year(year: i64) -> When {
        When {
            start: days_from_civil(year, 1, 1),
            end: days_from_civil(year, 12, 31),
            precision: Precision::Year,
        }
    }

    pub fn years(first: i64, last: i64) -> When {
        let decade = first % 10 == 0 && last == first + 9;
        When {
            start: days_from_civil(first, 1, 1),
            end: days_from_civil(last, 12, 31),
            precision: if decade {
                Precision::Decade
            } else {
                Precision::Years
            },
        }
    }

    /// Whether the two spans share a day: both can be true of one event.
    pub fn overlaps(&self, other: &When) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    pub fn width(&self) -> i64 {
        self.end.0 - self.start.0
    }

    /// The span as people read it, to its precision: "2024-06-19",
    /// "2024-06", "2024-07–2024-12", "2024", "2022–2024", "1990s".
    pub fn label(&self) -> String {
        let (y0, m0, d0) = civil_from_days(self.start);
        let (y1, m1, _) = civil_from_days(self.end);
        match self.precision {
            Precision::Day => format!("{y0:04}-{m0:02}-{d0:02}"),
            Precision::Week => format!("week of {y0:04}-{m0:02}-{d0:02}"),
            Precision::Month => format!("{y0:04}-{m0:02}"),
            Precision::Months => format!("{y0:04}-{m0:02}–{y1:04}-{m1:02}"),
            Precision::Year => format!("{y0:04}"),
            Precision::Years => format!("{y0:04}–{y1:04}"),
            Precision::Decade => format!("{y0:04}s"),
        }
    }

    /// ISO date of the first day.
    pub fn start_iso(&self) -> String {
        iso(self.start)
    }

    /// ISO date of the last day.
    pub fn end_iso(&self) -> String {
        iso(self.end)
    }
}

fn iso(day: Day) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Years a date may name: far enough back for history, not far into the future.
const YEARS: std::ops::RangeInclusive<i64> = 1000..=2100;

/// A date as written: "2024-06-19", "June 19, 2024", "19 June 2024",
/// "Dec. 26, 2017 10:02 AM", "June 2024", "2024". Needs a year; a month and
/// day without one are left to the caller.
pub fn parse_date(text: &str) -> Option<When> {
    // ISO first: "2017-12-26" and "2017-12-26T10:00".
    for word in text.split(|c: char| c.is_whitespace() || c == 'T') {
        let parts: Vec<&str> = word
            .trim_matches(|c: char| !c.is_ascii_digit())
            .split(['-', '/'])
            .collect();
        if let [y, m, d] = parts[..]
            && y.len() == 4
            && let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i64>(), m.parse::<u32>(), d.parse::<u32>())
            && YEARS.contains(&y)
        {
            return When::day(y, m, d);
        }
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let mut year = None;
    let mut month = None;
    let mut day = None;
    for (i, w) in words.iter().enumerate() {
        let digits = w.trim_end_matches(|c: char| c.is_alphabetic() || c == '.');
        if let Some(m) = month_number(w) {
            month.get_or_insert(m);
        } else if digits.len() == 4
            && digits.chars().all(|c| c.is_ascii_digit())
            && let Ok(y) = digits.parse::<i64>()
            && YEARS.contains(&y)
        {
            year.get_or_insert(y);
        } else if (1..=2).contains(&digits.len())
            && digits.chars().all(|c| c.is_ascii_digit())
            // A day sits next to its month ("June 19", "19 June").
            && (words.get(i + 1).is_some_and(|n| month_number(n).is_some())
                || i > 0 && month_number(words[i - 1]).is_some())
        {
            day.get_or_insert(digits.parse::<u32>().ok()?);
        }
    }
    match (year?, month, day) {
        (y, Some(m), Some(d)) => When::day(y, m, d),
        (y, Some(m), None) => When::month(y, m),
        (y, None, _) => Some(When::year(y)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_and_weekdays() {
        assert_eq!(days_from_civil(1970, 1, 1), Day(0));
        for (y, m, d) in [(2024, 2, 29), (2000, 3, 1), (1999, 12, 31), (1600, 1, 1)] {
            assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y, m, d));
        }
        // 9 November 2016 was a Wednesday.
        assert_eq!(weekday(days_from_civil(2016, 11, 9)), 2);
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2023, 2), 28);
    }

    #[test]
    fn dates_as_written() {
        let label = |t: &str| parse_date(t).map(|w| w.label());
        assert_eq!(label("9 November 2016").as_deref(), Some("2016-11-09"));
        assert_eq!(label("June 19, 2024").as_deref(), Some("2024-06-19"));
        assert_eq!(
            label("Dec. 26, 2017 10:02 AM").as_deref(),
            Some("2017-12-26")
        );
        assert_eq!(label("2017-12-26T08:00:00Z").as_deref(), Some("2017-12-26"));
        assert_eq!(label("in June 2024").as_deref(), Some("2024-06"));
        assert_eq!(label("2023").as_deref(), Some("2023"));
        assert_eq!(label("about a year ago"), None);
        assert_eq!(label("June 31, 2024"), None, "no such day");
        assert_eq!(When::years(1990, 1999).label(), "1990s");
        assert_eq!(When::years(2022, 2024).label(), "2022–2024");
        assert_eq!(
            When::months(2024, 7, 12).map(|w| w.label()).as_deref(),
            Some("2024-07–2024-12")
        );
    }

    #[test]
    fn spans_overlap_when_they_share_a_day() {
        let june = When::month(2024, 6);
        let day = When::day(2024, 6, 19);
        let year = When::year(2023);
        assert!(june.is_some_and(|j| day.is_some_and(|d| j.overlaps(&d))));
        assert!(june.is_some_and(|j| !j.overlaps(&year)));
        assert!(When::years(2020, 2029).overlaps(&When::year(2024)));
    }
}
