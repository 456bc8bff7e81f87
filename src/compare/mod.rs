//! Side-by-side comparison: what each source says on a topic (curated,
//! derived or typed), which sources are silent, the attribution and
//! certainty of each passage, and the quantities sources state, with their
//! disagreements. Plain data for the CLI and the TUI; no terminal code.

mod attribution;
mod certainty;
mod comparison;
mod derived;
mod interval;
mod passages;
mod quantity;
mod relevance;
mod terms;
mod topic;
mod wording;
mod wordlists;

pub use comparison::{Certainty, Comparison, Passage, PassageAt, SourceColumn};
pub use interval::Interval;
pub use quantity::{Claim, Quantity, family_of};
pub use relevance::PassageIndex;
pub use topic::{Topic, TopicOrigin, resolve, topics};
pub use wording::{Badge, Coverage, number, passages};
pub use wordlists::UnitFamily;
// The ledger and the timeline read words and quantities the way comparison does.
pub(crate) use attribution::speaker_before;
pub(crate) use quantity::conflicts;
pub use terms::{Word, tokens};

use crate::model::Briefing;

/// Compares every source of `briefing` on `topic` (indexing the briefing
/// each time; keep a [`PassageIndex`] to compare on several topics).
pub fn compare(briefing: &Briefing, topic: &Topic) -> Comparison {
    PassageIndex::new(briefing).compare(topic)
}
