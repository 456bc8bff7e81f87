//! A figure's claim as an interval: "up to 10,000" is ≤ 10,000, "over
//! 11,000" is > 11,000, "between 11,000 and 12,000" and "approximately
//! 10,000 to 15,000" are closed ranges.

use serde::Serialize;

use crate::extract::Bound;

/// Relative half-width given to an approximate single value ("about 4,000").
const APPROXIMATE: f64 = 0.1;

/// A set of values on one axis; `None` ends are unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// The low end itself is excluded ("more than").
    pub low_open: bool,
    /// The high end itself is excluded ("fewer than").
    pub high_open: bool,
}

impl Interval {
    pub fn point(v: f64) -> Interval {
        Interval::closed(v, v)
    }

    pub fn closed(low: f64, high: f64) -> Interval {
        Interval {
            low: Some(low.min(high)),
            high: Some(high.max(low)),
            low_open: false,
            high_open: false,
        }
    }

    /// The interval a figure's value, range and bound state.
    pub fn from_figure(
        value: Option<f64>,
        low: Option<f64>,
        high: Option<f64>,
        bound: Option<Bound>,
    ) -> Option<Interval> {
        if let (Some(low), Some(high)) = (low, high) {
            return Some(Interval::closed(low, high));
        }
        let v = value.or(high).or(low)?;
        if !v.is_finite() {
            return None;
        }
        let open = |low: Option<f64>, high: Option<f64>, open: bool| Interval {
            low,
            high,
            low_open: open && low.is_some(),
            high_open: open && high.is_some(),
        };
        let interval = match bound {
            Some(Bound::AtMost) => open(None, Some(v), false),
            Some(Bound::LessThan) => open(None, Some(v), true),
            Some(Bound::MoreThan) => open(Some(v), None, true),
            Some(Bound::AtLeast) => open(Some(v), None, false),
            Some(Bound::Nearly) => Interval::closed(v * (1.0 - APPROXIMATE), v),
            Some(Bound::About) => {
                Interval::closed(v * (1.0 - APPROXIMATE), v * (1.0 + APPROXIMATE))
            }
            Some(Bound::Exactly | Bound::Between) | None => Interval::point(v),
        };
        Some(interval)
    }

    /// Whether the two intervals share at least one value.
    pub fn overlaps(&self, other: &Interval) -> bool {
        below(self.low, self.low_open, other.high, other.high_open)
            && below(other.low, other.low_open, self.high, self.high_open)
    }
}

/// Whether a low end lies at or under a high end, given which are open.
fn below(low: Option<f64>, low_open: bool, high: Option<f64>, high_open: bool) -> bool {
    match (low, high) {
        (Some(l), Some(h)) if l == h => !low_open && !high_open,
        (Some(l), Some(h)) => l < h,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(v: f64, q: &str) -> Interval {
        let bound = crate::extract::figures_in(&format!("{q} {v} ships"))
            .first()
            .and_then(|f| f.bound);
        Interval::from_figure(Some(v), None, None, bound).expect("an interval")
    }

    #[test]
    fn qualifiers_set_the_ends() {
        assert_eq!(
            of(10_000.0, "up to"),
            Interval {
                low: None,
                high: Some(10_000.0),
                low_open: false,
                high_open: false
            }
        );
        assert_eq!(
            of(11_000.0, "over"),
            Interval {
                low: Some(11_000.0),
                high: None,
                low_open: true,
                high_open: false
            }
        );
        assert_eq!(of(11_000.0, "More than"), of(11_000.0, "over"));
        assert!(!of(5.0, "at least").low_open);
        assert_eq!(of(7.0, ""), Interval::point(7.0));
        assert_eq!(
            Interval::from_figure(None, Some(15.0), Some(10.0), Some(Bound::About)),
            Some(Interval::closed(10.0, 15.0))
        );
        assert_eq!(Interval::from_figure(None, None, None, None), None);
        assert_eq!(
            Interval::from_figure(Some(f64::NAN), None, None, None),
            None
        );
        let about = of(100.0, "about");
        assert!(about.overlaps(&Interval::point(95.0)) && !about.overlaps(&Interval::point(120.0)));
    }

    #[test]
    fn overlap_respects_open_ends() {
        let up_to = of(10_000.0, "up to");
        let between = Interval::closed(11_000.0, 12_000.0);
        let over = of(11_000.0, "over");
        let approx = Interval::closed(10_000.0, 15_000.0);
        assert!(!up_to.overlaps(&between));
        assert!(!between.overlaps(&up_to));
        assert!(between.overlaps(&over));
        assert!(up_to.overlaps(&approx));
        assert!(!of(11_000.0, "over").overlaps(&of(11_000.0, "fewer than")));
        assert!(of(11_000.0, "at least").overlaps(&of(11_000.0, "up to")));
        assert!(!Interval::point(11_000.0).overlaps(&of(11_000.0, "more than")));
    }

    #[test]
    fn every_qualifier_of_the_table_arrives_with_its_bound() {
        let v = 100.0;
        for (q, low, high) in [
            ("just over", Some(v), None),
            ("well over", Some(v), None),
            ("exceeding", Some(v), None),
            ("as few as", Some(v), None),
            ("circa", Some(90.0), Some(100.0 * 1.1)),
            ("just under", Some(90.0), Some(v)),
            ("as many as", None, Some(v)),
        ] {
            let i = of(v, q);
            assert_eq!((i.low, i.high), (low, high), "{q}");
        }
    }
}
