use std::ops::Range;

/// Sorts byte ranges and joins those that overlap or touch; empty ranges
/// are dropped. Highlights (search matches, topic terms) are drawn from this.
pub fn merge_ranges(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges.into_iter().filter(|r| r.start < r.end) {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_overlapping_and_touching_ranges() {
        assert_eq!(
            merge_ranges(vec![5..7, 0..2, 1..3, 7..9, 4..4]),
            vec![0..3, 5..9]
        );
        assert_eq!(
            merge_ranges(vec![4..9, 0..3, 4..6, 8..12, 13..14]),
            vec![0..3, 4..12, 13..14]
        );
        assert!(merge_ranges(Vec::new()).is_empty());
    }
}
