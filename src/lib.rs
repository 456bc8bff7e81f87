//! brief: a terminal reader for briefings.
//!
//! The library is the core and knows nothing of the terminal:
//! - [`model`]: Briefing → Source → Section → Block, and addresses into the text;
//! - [`briefing`]: loading a folder (or the embedded default) and its manifest;
//! - [`cache`]: the persistent analysis cache (ingested sources per briefing);
//! - [`ingest`]: raw web text to clean, structured articles;
//! - [`layout`]: wrapping text to a width, for any front end;
//! - [`extract`]: entities and figures;
//! - [`state`]: reading state kept between runs (last position, bookmarks, read marks);
//! - [`compare`]: side-by-side comparison of the sources on a topic;
//! - [`ledger`]: the facts of a topic, source by source: agrees, differs, silent;
//! - [`timeline`]: every dated statement of every source on one time axis;
//! - [`search`]: fuzzy search over every source, with an incremental searcher;
//! - [`text`]: matching copies of text (normalised, folded) mapped back to it.
//!
//! Two thin front ends sit on top: [`cli`] (scriptable commands, `--json`) and
//! [`tui`] (the ratatui reader, the only module that touches the terminal).

pub mod briefing;
pub mod cache;
pub mod cli;
pub mod compare;
pub mod config;
pub mod extract;
pub mod ingest;
pub mod layout;
pub mod ledger;
pub mod model;
pub mod search;
pub mod state;
pub mod text;
pub mod timeline;
pub mod tui;
