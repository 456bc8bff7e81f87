//! Loading a briefing: find the folder and its optional `briefing.toml`,
//! check every file against the rules (inside the folder, not too large, not
//! binary), then ingest each source. Owns the on-disk format and its errors.

mod embedded;
mod error;
mod folder;
mod load;
mod manifest;

pub use embedded::default_folder;
pub use error::LoadError;
pub use folder::Folder;
pub use load::{MAX_FILE_BYTES, Reuse, load, load_folder, load_reusing, root_of, source_key};
pub use manifest::{Manifest, SourceEntry, parse_manifest};
