//! A figure's amount as a person reads it: "$284 billion", "5,000–6,000
//! people" style numbers, "−22%"; one wording for every view.

use super::types::{Figure, FigureKind};

/// Scales a large number is read in, largest first.
const SCALES: [(f64, &str); 3] = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")];

/// The symbol a currency is read with before the number; other codes are
/// written after it ("5 million NOK").
fn symbol(code: &str) -> Option<&'static str> {
    match code {
        "USD" => Some("$"),
        "EUR" => Some("€"),
        "GBP" => Some("£"),
        "JPY" => Some("¥"),
        _ => None,
    }
}

/// "1,234,567", "5,967.34", "0.5": digits grouped in thousands.
fn grouped(v: f64) -> String {
    let sign = if v < 0.0 { "−" } else { "" };
    let v = v.abs();
    let text = format!("{}", (v * 100.0).round() / 100.0);
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    format!("{sign}{out}")
}

/// The scale both ends of an amount are read in, if it is large.
fn scale_of(values: &[f64]) -> Option<(f64, &'static str)> {
    let smallest = values.iter().map(|v| v.abs()).fold(f64::INFINITY, f64::min);
    SCALES.into_iter().find(|(s, _)| smallest >= *s)
}

/// The numbers of a figure, in one scale: "5", "1–3 billion", "8–15.5".
fn numbers(values: &[f64]) -> String {
    match scale_of(values) {
        Some((scale, word)) => {
            let parts: Vec<String> = values.iter().map(|v| grouped(v / scale)).collect();
            format!("{} {word}", parts.join("–"))
        }
        None => values
            .iter()
            .map(|v| grouped(*v))
            .collect::<Vec<_>>()
            .join("–"),
    }
}

pub fn amount(f: &Figure) -> String {
    let values: Vec<f64> = match (f.value, f.low, f.high) {
        (Some(v), _, _) => vec![v],
        (None, Some(l), Some(h)) => vec![l, h],
        _ => Vec::new(),
    };
    if f.kind == FigureKind::Date || values.is_empty() {
        return f.text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let core = numbers(&values);
    let mut out = match f.currency.as_deref() {
        Some(code) => match symbol(code) {
            // "−$22 billion": the sign goes before the symbol.
            Some(sym) => match core.strip_prefix('−') {
                Some(rest) => format!("−{sym}{rest}"),
                None => format!("{sym}{core}"),
            },
            None => format!("{core} {code}"),
        },
        None if f.kind == FigureKind::Percent => format!("{core}%"),
        None => core,
    };
    if let Some(q) = &f.qualifier {
        out = format!("{q} {out}");
    }
    if f.vague {
        out.push_str(" (vague)");
    }
    out
}
