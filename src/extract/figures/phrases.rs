//! Stage 2 of the scanner, number phrases: every number of the text in
//! reading order, in digits ("1,200", "3.5") or in words ("seven",
//! "forty-two", "two hundred", "a dozen", "a couple of"), with "and a half"
//! added, and marked when it is glued to the number before it or is part
//! of a phone number or code. Whether a number is a figure is decided later.

use super::cursor::skip_word;
use super::number::{self, Number};
use crate::extract::lexicon::FigureWords;

/// Longest number word ("seventeen"); longer words are not looked up.
const LONGEST_NUMBER_WORD: usize = 9;

pub fn numbers(w: &FigureWords, text: &str) -> Vec<Number> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            let prev = text[..i].chars().next_back();
            let prev2 = text[..i].chars().rev().nth(1);
            let in_word = prev.is_some_and(char::is_alphanumeric)
                || (prev == Some('-') && prev2.is_some_and(char::is_alphabetic));
            if in_word {
                i = skip_word(b, i);
                continue;
            }
            let Some(mut n) = number::parse(text, i) else {
                i += 1;
                continue;
            };
            n.joined = matches!(prev, Some('-' | '–' | '/' | ':' | '.'))
                && prev2.is_some_and(|p| p.is_ascii_digit());
            // "007", "0207 …": a leading zero writes a code, not an amount.
            n.code = prev == Some('+') || (n.plain && n.digits >= 2 && c == b'0');
            let n = half_after(text, n);
            i = n.end.max(i + 1);
            out.push(n);
        } else if c.is_ascii_alphabetic() {
            let starts_word = !text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            if starts_word
                && may_start_number(w, text, i)
                && let Some(n) = spelled(w, text, i)
            {
                let n = half_after(text, n);
                i = n.end;
                out.push(n);
                continue;
            }
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    mark_chains(text, &mut out);
    out
}

/// "4 and a half", "two and a half years".
fn half_after(text: &str, n: Number) -> Number {
    const HALF: &str = " and a half";
    let rest = &text[n.end..];
    let ends = rest
        .get(HALF.len()..)
        .is_some_and(|after| !after.starts_with(char::is_alphanumeric));
    if ends && rest[..HALF.len()].eq_ignore_ascii_case(HALF) {
        let end = n.end + HALF.len();
        return n.and_a_half(end);
    }
    n
}

/// "0207 782 4368", "555-123-4567", "192.168.1.1": three or more digit
/// groups one separator apart are a phone number or a code.
fn mark_chains(text: &str, numbers: &mut [Number]) {
    let linked = |a: &Number, b: &Number| {
        !a.spelled
            && !b.spelled
            && b.start == a.end + 1
            && matches!(text.as_bytes()[a.end], b' ' | b'-' | b'.')
    };
    let mut k = 0;
    while k < numbers.len() {
        let mut last = k;
        while last + 1 < numbers.len() && linked(&numbers[last], &numbers[last + 1]) {
            last += 1;
        }
        if last >= k + 2 {
            for n in &mut numbers[k..=last] {
                n.code = true;
            }
        }
        k = last + 1;
    }
}

/// The ASCII word at `pos`, lower-cased, and its end; `None` when it runs
/// on into other letters or is too long to be a number word.
fn word_at(text: &str, pos: usize) -> Option<(String, usize)> {
    let b = text.as_bytes();
    let len = b[pos..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let end = pos + len;
    let runs_on = text[end..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    (len > 0 && len <= LONGEST_NUMBER_WORD && !runs_on)
        .then(|| (text[pos..end].to_ascii_lowercase(), end))
}

/// Whether the word at `pos` may start a number in words, read without
/// allocating: most words of a text are not.
fn may_start_number(w: &FigureWords, text: &str, pos: usize) -> bool {
    let b = text.as_bytes();
    let len = b[pos..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    if len == 0 || len > LONGEST_NUMBER_WORD {
        return false;
    }
    let mut buf = [0u8; LONGEST_NUMBER_WORD];
    for (d, s) in buf.iter_mut().zip(&b[pos..pos + len]) {
        *d = s.to_ascii_lowercase();
    }
    let word = std::str::from_utf8(&buf[..len]).unwrap_or_default();
    word == "a" || word == "an" || w.number_words.contains_key(word)
}

/// The word after one space.
fn next_word(text: &str, pos: usize) -> Option<(String, usize)> {
    let at = pos + 1;
    (text[pos..].starts_with(' ') && text.as_bytes().get(at)?.is_ascii_alphabetic())
        .then(|| word_at(text, at))
        .flatten()
}

/// A number written in words starting at `pos`.
fn spelled(w: &FigureWords, text: &str, pos: usize) -> Option<Number> {
    let (first, mut end) = word_at(text, pos)?;
    if first == "a" || first == "an" {
        let (next, next_end) = next_word(text, end)?;
        return match next.as_str() {
            "dozen" => Some(Number::spelled(pos, next_end, 12.0)),
            "couple" => {
                let (of, of_end) = next_word(text, next_end)?;
                (of == "of").then(|| Number::spelled(pos, of_end, 2.0))
            }
            // "a million people": the multiplier is read after the number.
            "hundred" | "thousand" | "million" | "billion" | "trillion" => {
                Some(Number::spelled(pos, end, 1.0))
            }
            _ => None,
        };
    }
    let &small = w.number_words.get(&first)?;
    if first == "dozen" {
        return None;
    }
    let mut value = small;
    // "forty-two"
    if value >= 20.0
        && text[end..].starts_with('-')
        && let Some((unit, unit_end)) = text
            .as_bytes()
            .get(end + 1)
            .filter(|c| c.is_ascii_alphabetic())
            .and_then(|_| word_at(text, end + 1))
        && let Some(&u) = w.number_words.get(&unit).filter(|u| **u < 10.0)
    {
        value += u;
        end = unit_end;
    }
    // "two hundred and fifty", "two dozen"
    if let Some((next, next_end)) = next_word(text, end) {
        if next == "hundred" {
            value *= 100.0;
            end = next_end;
            let rest = next_word(text, end)
                .filter(|(and, _)| and == "and")
                .and_then(|(_, e)| next_word(text, e));
            if let Some((tail, tail_end)) = rest
                && let Some(&t) = w.number_words.get(&tail).filter(|t| **t < 100.0)
            {
                value += t;
                end = tail_end;
            }
        } else if next == "dozen" {
            value *= 12.0;
            end = next_end;
        }
    }
    Some(Number::spelled(pos, end, value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lexicon::Lexicon;

    fn values(text: &str) -> Vec<(f64, bool)> {
        numbers(&Lexicon::get().figures, text)
            .iter()
            .map(|n| (n.times(1.0), n.code || n.joined))
            .collect()
    }

    #[test]
    fn numbers_in_words_and_digits_alike() {
        assert_eq!(values("seven people"), [(7.0, false)]);
        assert_eq!(values("forty-two ships"), [(42.0, false)]);
        assert_eq!(values("two hundred and fifty"), [(250.0, false)]);
        assert_eq!(
            values("a dozen eggs, two dozen"),
            [(12.0, false), (24.0, false)]
        );
        assert_eq!(values("a couple of weeks"), [(2.0, false)]);
        assert_eq!(values("4 and a half"), [(4.5, false)]);
        assert_eq!(
            values("between eight and 10"),
            [(8.0, false), (10.0, false)]
        );
        assert!(values("someone often stones").is_empty());
    }

    #[test]
    fn codes_and_spans_are_marked() {
        assert!(values("call 0207 782 4368").iter().all(|(_, c)| *c));
        assert_eq!(values("2015-16"), [(2015.0, false), (16.0, true)]);
        assert_eq!(values("10:30"), [(10.0, false), (30.0, true)]);
    }
}
