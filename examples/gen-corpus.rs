//! Writes a deterministic synthetic briefing of N articles for benchmarks:
//! `cargo run --release --example gen-corpus -- 1000 DIR [LINES]`.
//!
//! Articles are built from ten subject vocabularies, invented names (from
//! syllables, some accented), and numbers written in every common style
//! ("13,000", "13 000", "2.5 million", "45%"), so match density is realistic
//! rather than the default briefing repeated. With LINES, also writes every
//! paragraph once per line (what `fzf --filter` is compared against).
//!
//! `gen-corpus --seeds FOLDER COUNT DIR [LINES]` writes the other series:
//! articles of about 8 KB whose paragraphs are drawn (deterministically)
//! from the articles in FOLDER (e.g. `briefings/north-korea-russia`), so
//! the text, names and figures are real ones, repeated.

use std::fmt::Write as _;
use std::path::Path;

/// A small deterministic generator (xorshift64*): same N, same corpus.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const SUBJECTS: &[(&str, &[&str], &[&str])] = &[
    (
        "shipping",
        &[
            "port",
            "container",
            "vessel",
            "freight",
            "harbour",
            "tanker",
            "cargo",
            "canal",
            "dock",
            "tariff",
        ],
        &["delayed", "rerouted", "unloaded", "insured", "seized"],
    ),
    (
        "energy",
        &[
            "pipeline",
            "turbine",
            "reactor",
            "grid",
            "refinery",
            "substation",
            "battery",
            "solar farm",
            "coal plant",
            "gas field",
        ],
        &[
            "commissioned",
            "shut down",
            "upgraded",
            "connected",
            "throttled",
        ],
    ),
    (
        "farming",
        &[
            "harvest",
            "grain",
            "fertiliser",
            "irrigation",
            "livestock",
            "orchard",
            "wheat",
            "drought",
            "cooperative",
            "silo",
        ],
        &["harvested", "exported", "subsidised", "rationed", "planted"],
    ),
    (
        "health",
        &[
            "hospital",
            "vaccine",
            "clinic",
            "outbreak",
            "ward",
            "nurse",
            "trial",
            "pharmacy",
            "ambulance",
            "screening",
        ],
        &["treated", "approved", "expanded", "closed", "funded"],
    ),
    (
        "elections",
        &[
            "ballot",
            "coalition",
            "candidate",
            "turnout",
            "parliament",
            "referendum",
            "campaign",
            "constituency",
            "poll",
            "recount",
        ],
        &["contested", "won", "certified", "boycotted", "delayed"],
    ),
    (
        "technology",
        &[
            "semiconductor",
            "data centre",
            "satellite",
            "software",
            "network",
            "startup",
            "chip plant",
            "algorithm",
            "server",
            "cable",
        ],
        &["launched", "acquired", "patched", "licensed", "hacked"],
    ),
    (
        "climate",
        &[
            "glacier",
            "emissions",
            "wildfire",
            "flood",
            "carbon tax",
            "heatwave",
            "reservoir",
            "coastline",
            "monsoon",
            "forest",
        ],
        &["measured", "mapped", "protected", "restored", "burned"],
    ),
    (
        "finance",
        &[
            "bond",
            "central bank",
            "inflation",
            "pension fund",
            "currency",
            "loan",
            "deficit",
            "stock index",
            "audit",
            "budget",
        ],
        &["issued", "devalued", "restructured", "audited", "frozen"],
    ),
    (
        "sport",
        &[
            "stadium",
            "league",
            "transfer",
            "coach",
            "final",
            "striker",
            "marathon",
            "federation",
            "season",
            "derby",
        ],
        &["hosted", "suspended", "signed", "qualified", "relegated"],
    ),
    (
        "rail",
        &[
            "tunnel",
            "station",
            "timetable",
            "locomotive",
            "freight line",
            "signal box",
            "high-speed link",
            "depot",
            "viaduct",
            "sleeper train",
        ],
        &[
            "electrified",
            "reopened",
            "extended",
            "cancelled",
            "rebuilt",
        ],
    ),
];

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ren", "sa", "vo", "tu", "ber", "dan", "el", "fa", "gro", "hal", "is", "jor",
    "ku", "lin", "mar", "nor", "os", "pel", "qua", "ri", "sto", "tam", "ul", "ver", "wen", "xi",
    "yor", "zan", "ü", "é", "ø", "ñ", "ç", "å",
];
const ROLES: &[&str] = &[
    "minister",
    "analyst",
    "spokesperson",
    "director",
    "economist",
    "engineer",
    "mayor",
    "researcher",
    "union leader",
    "chief executive",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const CONNECTIVES: &[&str] = &[
    "Meanwhile",
    "However",
    "In response",
    "According to officials",
    "By contrast",
    "Earlier this year",
    "Critics argue that",
    "Supporters say",
];
const UNITS: &[&str] = &[
    "tonnes",
    "people",
    "households",
    "jobs",
    "kilometres",
    "euros",
    "dollars",
    "barrels",
    "megawatts",
    "votes",
];

/// An invented proper name of two or three syllables, capitalised.
fn name(rng: &mut Rng) -> String {
    let n = 2 + rng.below(2);
    let word: String = (0..n).map(|_| rng.pick(SYLLABLES)).collect();
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A number in one of the ways articles write them.
fn number(rng: &mut Rng) -> String {
    let n = 100 + rng.below(99_900);
    match rng.below(6) {
        0 => format!("{},{:03}", n / 1000, n % 1000),
        1 => format!("{}\u{a0}{:03}", n / 1000, n % 1000),
        2 => format!("{} {:03}", n / 1000, n % 1000),
        3 => format!("{}.{} million", 1 + rng.below(40), rng.below(10)),
        4 => format!("{}%", 1 + rng.below(99)),
        _ => n.to_string(),
    }
}

fn sentence(rng: &mut Rng, subject: usize, places: &[String], people: &[String]) -> String {
    let (_, nouns, verbs) = SUBJECTS[subject];
    // One sentence in five borrows words from another subject, as articles do.
    let (_, other_nouns, _) = SUBJECTS[rng.below(SUBJECTS.len())];
    let noun = rng.pick(nouns);
    let other = rng.pick(other_nouns);
    let place = &places[rng.below(places.len())];
    let person = &people[rng.below(people.len())];
    match rng.below(6) {
        0 => format!(
            "{person}, a {} in {place}, said {} {} had been affected since {}.",
            rng.pick(ROLES),
            number(rng),
            rng.pick(UNITS),
            rng.pick(MONTHS)
        ),
        1 => format!(
            "The {noun} near {place} was {} after {} {} were reported.",
            rng.pick(verbs),
            number(rng),
            rng.pick(UNITS)
        ),
        2 => format!(
            "{}, the {other} in {place} {} while the {noun} waited for a decision from {person}.",
            rng.pick(CONNECTIVES),
            rng.pick(verbs)
        ),
        3 => format!(
            "\u{201c}We cannot run the {noun} like this,\u{201d} {person} told reporters in {place}."
        ),
        4 => format!(
            "Figures from {place} show the {noun} {} by {} in {}, the {} rise in {} years.",
            rng.pick(verbs),
            number(rng),
            1990 + rng.below(36),
            rng.pick(&["sharpest", "first", "largest", "smallest"]),
            2 + rng.below(20)
        ),
        _ => format!(
            "{person} and {} met in {place} to discuss the {noun} and the {other}.",
            people[rng.below(people.len())]
        ),
    }
}

/// One article: title, byline, then sections of paragraphs under short headings.
pub fn article(i: usize) -> String {
    let mut rng = Rng::new(i as u64 + 1);
    let subject = rng.below(SUBJECTS.len());
    let places: Vec<String> = (0..4).map(|_| name(&mut rng)).collect();
    let people: Vec<String> = (0..5)
        .map(|_| format!("{} {}", name(&mut rng), name(&mut rng)))
        .collect();
    let (topic, nouns, verbs) = SUBJECTS[subject];
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {} in {} as {} {}\n",
        capitalise(rng.pick(nouns)),
        rng.pick(verbs),
        places[0],
        rng.pick(nouns),
        rng.pick(verbs)
    );
    let _ = writeln!(
        out,
        "By {} | {} desk | {} {}, {}\n",
        people[0],
        topic,
        1 + rng.below(28),
        rng.pick(MONTHS),
        2015 + rng.below(11)
    );
    let mut written = 0;
    while written < 5_600 {
        if rng.below(4) == 0 {
            let _ = writeln!(
                out,
                "{} and {}\n",
                capitalise(rng.pick(nouns)),
                places[rng.below(places.len())]
            );
        }
        let sentences = 2 + rng.below(4);
        let paragraph: Vec<String> = (0..sentences)
            .map(|_| sentence(&mut rng, subject, &places, &people))
            .collect();
        let paragraph = paragraph.join(" ");
        written += paragraph.len();
        let _ = writeln!(out, "{paragraph}\n");
    }
    out
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Writes `count` articles of the name-rich series into `dir` (and, with
/// `lines`, every non-empty line of them to that file).
pub fn write_corpus(count: usize, dir: &Path, lines: Option<&Path>) -> std::io::Result<usize> {
    write_series(count, dir, lines, None)
}

/// The paragraphs (blank-line separated, at least 40 bytes) of every .txt
/// and .md file in `folder`, in file-name order.
pub fn seed_paragraphs(folder: &Path) -> std::io::Result<Vec<String>> {
    let mut files: Vec<_> = std::fs::read_dir(folder)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file)?;
        out.extend(
            text.split("\n\n")
                .map(|p| p.trim().replace('\n', " "))
                .filter(|p| p.len() >= 40),
        );
    }
    Ok(out)
}

/// Article `i` of the seed series: a title, then paragraphs drawn from
/// `paragraphs` until about 8 KB.
pub fn seed_article(i: usize, paragraphs: &[String]) -> String {
    let mut rng = Rng::new(i as u64 + 7_919);
    let mut out = format!("Briefing note {i}\n\n");
    if paragraphs.is_empty() {
        return out;
    }
    while out.len() < 8_000 {
        out.push_str(&paragraphs[rng.below(paragraphs.len())]);
        out.push_str("\n\n");
    }
    out
}

/// Writes `count` articles into `dir` (with `seeds`, the seed series), and,
/// with `lines`, every non-empty line of them to that file.
pub fn write_series(
    count: usize,
    dir: &Path,
    lines: Option<&Path>,
    seeds: Option<&[String]>,
) -> std::io::Result<usize> {
    std::fs::create_dir_all(dir)?;
    let mut all_lines = String::new();
    let mut bytes = 0;
    for i in 0..count {
        let text = match seeds {
            Some(paragraphs) => seed_article(i, paragraphs),
            None => article(i),
        };
        bytes += text.len();
        if lines.is_some() {
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                all_lines.push_str(line);
                all_lines.push('\n');
            }
        }
        std::fs::write(dir.join(format!("article-{i:05}.txt")), text)?;
    }
    if let Some(path) = lines {
        std::fs::write(path, all_lines)?;
    }
    Ok(bytes)
}

#[allow(dead_code)] // Also compiled into benches, which have their own main.
fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let seeds = match args.iter().position(|a| a == "--seeds") {
        Some(at) if at + 1 < args.len() => {
            let folder = args.remove(at + 1);
            args.remove(at);
            match seed_paragraphs(Path::new(&folder)) {
                Ok(p) if !p.is_empty() => Some(p),
                Ok(_) => {
                    eprintln!("error: {folder}: no paragraphs");
                    std::process::exit(1);
                }
                Err(e) => {
                    eprintln!("error: {folder}: {e}");
                    std::process::exit(1);
                }
            }
        }
        _ => None,
    };
    let (Some(count), Some(dir)) = (args.first().and_then(|n| n.parse().ok()), args.get(1)) else {
        eprintln!("usage: gen-corpus [--seeds FOLDER] COUNT DIR [LINES-FILE]");
        std::process::exit(2);
    };
    let lines = args.get(2).map(Path::new);
    match write_series(count, Path::new(dir), lines, seeds.as_deref()) {
        Ok(bytes) => eprintln!(
            "wrote {count} articles ({:.1} MB) to {dir}",
            bytes as f64 / 1e6
        ),
        Err(e) => {
            eprintln!("error: {dir}: {e}");
            std::process::exit(1);
        }
    }
}
