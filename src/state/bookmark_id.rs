//! Bookmark ids: unique across instances writing the same file without
//! talking to each other, so they mix the time, the process and a random
//! seed (std's per-process random hasher keys; no extra dependency).

use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since the Unix epoch (0 if the clock is before it).
pub fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// A new id: 8 hex digits of time, 12 of randomness.
pub fn new_id() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(nanos);
    hasher.write_u32(std::process::id());
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    let random = hasher.finish() & 0xffff_ffff_ffff;
    format!("{:08x}{random:012x}", now_secs() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_twenty_hex_digits_and_do_not_repeat() {
        let ids: std::collections::BTreeSet<String> = (0..2000).map(|_| new_id()).collect();
        assert_eq!(ids.len(), 2000);
        assert!(
            ids.iter()
                .all(|id| id.len() == 20 && id.chars().all(|c| c.is_ascii_hexdigit()))
        );
    }
}
