//! Loading a briefing: find the folder and its optional `briefing.toml`
//! (or take the files named, or standard input), check every file against
//! the rules (inside the folder, not too large, not binary), then ingest
//! each source (text, Markdown or a saved web page). Owns the on-disk
//! format and its errors.

mod embedded;
mod error;
mod files;
mod folder;
mod load;
mod manifest;

pub use embedded::default_folder;
pub use error::LoadError;
pub use files::{STDIN, load_files, load_stdin, looks_like_html};
pub use folder::{Folder, is_article_name};
pub use load::{MAX_FILE_BYTES, Reuse, load, load_folder, load_reusing, root_of, source_key};
pub use manifest::{Manifest, SourceEntry, parse_manifest};
