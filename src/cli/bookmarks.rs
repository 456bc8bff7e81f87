//! `brief bookmarks`: list, add and remove bookmarks from the command line,
//! the scriptable form of the TUI's bookmarks view. State is read and written
//! through [`crate::state::StateStore`], like the TUI does.

use clap::{Args, Subcommand};
use serde::Serialize;

use super::output;
use crate::model::{Briefing, Position};
use crate::state::{Bookmark, StateStore, location::STATE_DIR_ENV, resolve};

#[derive(Debug, Args)]
pub struct BookmarksArgs {
    /// Print JSON instead of text.
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub action: Option<BookmarksAction>,
}

#[derive(Debug, Subcommand)]
pub enum BookmarksAction {
    /// Add a bookmark and print its id.
    Add(AddArgs),
    /// Remove the bookmark with this id.
    Remove {
        /// The bookmark's id (see `brief bookmarks`).
        id: String,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The source id (see `brief sources`).
    pub source: String,
    /// Section index (see `brief sources --json`); default the first.
    #[arg(long, value_name = "N")]
    pub section: Option<usize>,
    /// Block (paragraph) index within the section; default the section's
    /// heading, or its first paragraph when it has no heading.
    #[arg(long, value_name = "N")]
    pub block: Option<usize>,
    /// A note to keep with the bookmark.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

/// One bookmark as `brief bookmarks --json` prints it.
#[derive(Serialize)]
struct BookmarkJson<'a> {
    id: &'a str,
    source: &'a str,
    section: usize,
    block: Option<usize>,
    offset: usize,
    /// The heading of the section it points into, when it has one.
    heading: Option<&'a str>,
    note: &'a str,
    excerpt: &'a str,
    created: u64,
}

pub fn run(briefing: &Briefing, args: &BookmarksArgs) -> Result<(), String> {
    let (mut store, warnings) = StateStore::open(briefing);
    for warning in warnings {
        output::warn(&warning);
    }
    let result = match &args.action {
        None => list(briefing, &store, args.json),
        Some(BookmarksAction::Add(add_args)) => add(briefing, &mut store, add_args, args.json),
        Some(BookmarksAction::Remove { id }) => remove(&mut store, id, args.json),
    };
    for warning in store.take_warnings() {
        output::warn(&warning);
    }
    result
}

fn list(briefing: &Briefing, store: &StateStore, json: bool) -> Result<(), String> {
    let marks = resolve::in_reading_order(briefing, &store.state().bookmarks);
    if json {
        let list: Vec<_> = marks
            .iter()
            .map(|(at, b)| to_json(briefing, *at, b))
            .collect();
        return output::print_json(&list);
    }
    if marks.is_empty() {
        return output::print_text("No bookmarks.\n");
    }
    let text: String = marks
        .iter()
        .map(|(at, b)| describe(briefing, *at, b))
        .collect();
    output::print_text(&text)
}

fn add(
    briefing: &Briefing,
    store: &mut StateStore,
    args: &AddArgs,
    json: bool,
) -> Result<(), String> {
    let at = position(briefing, args)?;
    require_saving(store)?;
    let bookmark = store
        .add_bookmark(briefing, at, args.note.as_deref().unwrap_or(""))
        .map_err(|e| e.to_string())?;
    if json {
        output::print_json(&to_json(briefing, Some(at), &bookmark))
    } else {
        output::print_text(&format!("{}\n", bookmark.id))
    }
}

fn remove(store: &mut StateStore, id: &str, json: bool) -> Result<(), String> {
    require_saving(store)?;
    if !store.remove_bookmark(id).map_err(|e| e.to_string())? {
        return Err(format!("no bookmark `{id}`; see `brief bookmarks`"));
    }
    if json {
        output::print_json(&serde_json::json!({ "removed": id }))
    } else {
        output::print_text(&format!("removed {id}\n"))
    }
}

/// Adding or removing must not pretend to succeed when nothing is saved.
fn require_saving(store: &StateStore) -> Result<(), String> {
    match (store.path(), store.cannot_save()) {
        (_, None) => Ok(()),
        // A file shown read-only says why itself.
        (Some(_), Some(why)) => Err(format!("reading state cannot be saved: {why}")),
        (None, Some(_)) => Err(format!(
            "reading state cannot be saved (see the warning above); set {STATE_DIR_ENV} to a writable directory"
        )),
    }
}

/// The position `brief bookmarks add` names, checked against the briefing.
fn position(briefing: &Briefing, args: &AddArgs) -> Result<Position, String> {
    let source = output::find_source(briefing, &args.source)?;
    let source_index = briefing.source_index(&source.id).unwrap_or_default();
    let section_index = args.section.unwrap_or(0);
    let section = source.sections.get(section_index).ok_or_else(|| {
        format!(
            "source `{}` has {} section(s); --section must be below that",
            source.id,
            source.sections.len()
        )
    })?;
    let block = match args.block {
        Some(b) if b >= section.blocks.len() => {
            return Err(format!(
                "section {section_index} of `{}` has {} block(s); --block must be below that",
                source.id,
                section.blocks.len()
            ));
        }
        Some(b) => Some(b),
        None if section.heading.is_none() && !section.blocks.is_empty() => Some(0),
        None => None,
    };
    Ok(Position {
        source: source_index,
        section: section_index,
        block,
        offset: 0,
    })
}

fn heading(briefing: &Briefing, at: Option<Position>) -> Option<&str> {
    let at = at?;
    briefing
        .sources
        .get(at.source)?
        .sections
        .get(at.section)?
        .heading
        .as_deref()
}

fn to_json<'a>(briefing: &'a Briefing, at: Option<Position>, b: &'a Bookmark) -> BookmarkJson<'a> {
    BookmarkJson {
        id: &b.id,
        source: &b.at.source,
        section: b.at.section,
        block: b.at.block,
        offset: b.at.offset,
        heading: heading(briefing, at),
        note: &b.note,
        excerpt: &b.excerpt,
        created: b.created,
    }
}

/// One bookmark in the plain listing: id, where, note, then the excerpt.
fn describe(briefing: &Briefing, at: Option<Position>, b: &Bookmark) -> String {
    let place = match (at, heading(briefing, at)) {
        (None, _) => "(source no longer in the briefing)".to_string(),
        (Some(_), Some(h)) => output::one_line(h),
        (Some(at), None) => format!("section {}", at.section),
    };
    let mut line = format!("{}  {} · {}", b.id, output::one_line(&b.at.source), place);
    if !b.note.is_empty() {
        line.push_str(&format!("  — {}", b.note));
    }
    if !b.excerpt.is_empty() {
        line.push_str(&format!("\n    \"{}\"", b.excerpt));
    }
    line.push('\n');
    line
}
