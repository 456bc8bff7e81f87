//! Reading one written number: digit groups separated by commas or spaces
//! ("1,000", "10 000"), a decimal point ("1.2"), or a decimal comma of one
//! or two digits ("3,8").

/// A number as written, before any multiplier.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    pub start: usize,
    pub end: usize,
    /// All digits as one integer, and how many of them are decimals: the
    /// value is `mantissa / 10^decimals`, kept apart for exact arithmetic.
    pub mantissa: f64,
    pub decimals: i32,
    /// Only digits, no separators and no decimals ("2023").
    pub plain: bool,
    pub digits: usize,
    /// Written in words ("seven", "a dozen"): a figure only when it
    /// counts something or is qualified.
    pub spelled: bool,
    /// Glued to the number before it by "-", "/", ":" or "." ("2015-16",
    /// "24/7", "10:30"): part of a span or code, never a figure alone.
    pub joined: bool,
    /// A phone number, a code with leading zeros or a chain of digit
    /// groups ("0207 782 4368"): never a figure.
    pub code: bool,
}

impl Number {
    /// A number written in words, as one value.
    pub fn spelled(start: usize, end: usize, value: f64) -> Number {
        Number {
            start,
            end,
            mantissa: value,
            decimals: 0,
            plain: false,
            digits: 0,
            spelled: true,
            joined: false,
            code: false,
        }
    }

    /// "4 and a half": the number plus one half, ending at `end`.
    pub fn and_a_half(&self, end: usize) -> Number {
        Number {
            end,
            mantissa: self.mantissa * 10.0 + 5.0 * 10f64.powi(self.decimals),
            decimals: self.decimals + 1,
            plain: false,
            ..self.clone()
        }
    }

    /// The value times a multiplier, rounded as little as possible.
    pub fn times(&self, multiplier: f64) -> f64 {
        self.mantissa * multiplier / 10f64.powi(self.decimals)
    }
}

fn digit_run(b: &[u8], from: usize) -> usize {
    b[from..].iter().take_while(|c| c.is_ascii_digit()).count()
}

/// Parses the number starting at byte `start` (which must be a digit).
pub fn parse(text: &str, start: usize) -> Option<Number> {
    let b = text.as_bytes();
    let first = digit_run(b, start);
    if first == 0 {
        return None;
    }
    let mut digits: String = text[start..start + first].to_string();
    let mut end = start + first;
    let mut decimals = 0;
    let mut plain = true;
    let mut comma_groups = false;
    let mut space_groups = false;
    loop {
        let sep = b.get(end).copied();
        let run = if end + 1 < b.len() {
            digit_run(b, end + 1)
        } else {
            0
        };
        match sep {
            // "1,000": a group of exactly three digits.
            Some(b',') if run == 3 && !space_groups => comma_groups = true,
            // "10 000": a space group, only after a short leading group.
            Some(b' ') if run == 3 && first <= 3 && !comma_groups => space_groups = true,
            // "1.2", and "3,8" (a decimal comma has one or two digits).
            Some(b'.') if run > 0 => {
                digits.push_str(&text[end + 1..end + 1 + run]);
                decimals = run as i32;
                end += 1 + run;
                plain = false;
                break;
            }
            Some(b',') if (1..=2).contains(&run) && !comma_groups => {
                digits.push_str(&text[end + 1..end + 1 + run]);
                decimals = run as i32;
                end += 1 + run;
                plain = false;
                break;
            }
            _ => break,
        }
        digits.push_str(&text[end + 1..end + 4]);
        end += 4;
        plain = false;
    }
    let mantissa: f64 = digits.parse().ok()?;
    Some(Number {
        start,
        end,
        mantissa,
        decimals,
        plain,
        digits: digits.len(),
        spelled: false,
        joined: false,
        code: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Option<(f64, &str)> {
        let n = parse(text, 0)?;
        Some((n.times(1.0), &text[n.end..]))
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(value("1,000 containers"), Some((1000.0, " containers")));
        assert_eq!(value("1 000 troops"), Some((1000.0, " troops")));
        assert_eq!(value("10 000 troops"), Some((10000.0, " troops")));
        assert_eq!(value("1,234,567."), Some((1234567.0, ".")));
    }

    #[test]
    fn decimal_point_and_decimal_comma() {
        assert_eq!(value("1.2 million"), Some((1.2, " million")));
        assert_eq!(value("3,8 million"), Some((3.8, " million")));
        let n = parse("52,9", 0).map(|n| n.times(1e6));
        assert_eq!(n, Some(52_900_000.0));
    }

    #[test]
    fn lists_of_years_are_not_joined() {
        assert_eq!(value("2010, 2013"), Some((2010.0, ", 2013")));
        assert_eq!(value("2022 300 soldiers"), Some((2022.0, " 300 soldiers")));
        assert!(parse("2023", 0).is_some_and(|n| n.plain && n.digits == 4));
    }
}
