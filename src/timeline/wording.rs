//! How a timeline reads, in one place: which sources state an entry (●
//! for each that does, in source order) and how a relative date was
//! placed. Front ends make the words safe for their medium.

use super::{Base, Dated, Entry};

impl Entry {
    /// One ● per source that states the entry, `absent` for the others.
    pub fn dots(&self, sources: usize, absent: char) -> String {
        let stating = self.sources();
        (0..sources)
            .map(|s| if stating.contains(&s) { '●' } else { absent })
            .collect()
    }
}

impl Dated {
    /// "“later that year” resolved after “June 2024”", for a relative date.
    pub fn resolution(&self) -> Option<String> {
        let r = self.resolved.as_ref()?;
        let one_line = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        let from = match r.base {
            Base::Published => format!("from publication {}", one_line(&r.from)),
            Base::Earlier => format!("after “{}”", one_line(&r.from)),
        };
        Some(format!("“{}” resolved {from}", one_line(&self.written)))
    }
}
