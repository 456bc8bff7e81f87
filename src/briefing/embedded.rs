use super::Folder;

/// The default briefing, compiled into the binary so that `brief` works from
/// any directory with nothing beside it.
static FILES: &[(&str, &[u8])] = &[
    (
        "briefing.toml",
        include_bytes!("../../briefings/north-korea-russia/briefing.toml"),
    ),
    (
        "000_d3fcfd3bf61b2e7e.txt",
        include_bytes!("../../briefings/north-korea-russia/000_d3fcfd3bf61b2e7e.txt"),
    ),
    (
        "001_466b4b25cc69f09b.txt",
        include_bytes!("../../briefings/north-korea-russia/001_466b4b25cc69f09b.txt"),
    ),
    (
        "002_c457e5f55a7a8ac2.txt",
        include_bytes!("../../briefings/north-korea-russia/002_c457e5f55a7a8ac2.txt"),
    ),
    (
        "003_fa9c471f7f6720ba.txt",
        include_bytes!("../../briefings/north-korea-russia/003_fa9c471f7f6720ba.txt"),
    ),
];

/// The embedded default briefing (north-korea-russia).
pub fn default_folder() -> Folder {
    Folder::Embedded {
        name: "north-korea-russia",
        files: FILES,
    }
}
