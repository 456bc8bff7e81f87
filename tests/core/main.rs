//! Integration tests of the library itself: loading, ingestion, extraction, search, comparison, reading state and configuration, and the architecture rules.
//!
//! One test binary per area (as ripgrep's `tests/tests.rs`): each file is a
//! module, so the suite links a handful of binaries, not one per file. Helpers
//! shared by every area are in `tests/support/`.

#[path = "../support/mod.rs"]
mod support;

mod architecture;
mod briefing_files;
mod briefing_load;
mod compare_props;
mod config_props;
mod extract_entities;
mod extract_figures;
mod extract_gold;
mod extract_safety;
mod html_pages;
mod ingest_articles;
mod ingest_hostile;
mod ingest_quality;
mod search_props;
mod search_rules;
mod state_crash;
mod state_parse;
mod state_resolve;
mod state_store;
mod unseen_articles;
