//! A small briefing built in code for the TUI tests: subjects and styles
//! unlike the default briefing, so nothing is tuned to it.

#![allow(dead_code)]

pub mod drive;

use super::build::paragraph;
use brief::config::Keymap;
use brief::model::{
    Block, BlockKind, Briefing, Mark, MarkKind, Section, Source, SourceMeta, Warning,
};
use brief::tui::{Action, App, Styles, update};

fn reefs() -> Source {
    let mut cited = paragraph(
        "Sea surface temperatures across the Great Barrier Reef stayed above the bleaching threshold for eleven weeks, the longest run since records began in 1985.",
    );
    cited.citations = vec!["Reef Authority".into()];
    let mut marked = paragraph(
        "Corals expel their algae when stressed, and without them they starve within weeks.",
    );
    marked.marks = vec![Mark {
        range: 0..7,
        kind: MarkKind::Strong,
    }];
    let filler = |n: usize| {
        paragraph(&format!(
            "Survey team {n} counted bleached colonies along transects at four depths, repeating each count at dawn and dusk so that light did not skew the estimate of 13,000 colonies."
        ))
    };
    Source {
        id: "reefs".into(),
        file: "reefs.md".into(),
        meta: SourceMeta {
            title: "Heat stress pushes the reef to a fourth mass bleaching".into(),
            subtitle: Some("Divers report the worst damage in the far north".into()),
            outlet: Some("Coastal Science Review".into()),
            author: Some("M. Okafor".into()),
            published: Some("2024-03-18".into()),
            url: Some("https://example.org/reefs".into()),
            ..SourceMeta::default()
        },
        sections: vec![
            Section {
                heading: None,
                blocks: vec![cited, marked],
            },
            Section {
                heading: Some("Bleaching on record".into()),
                blocks: (1..=14).map(filler).collect(),
            },
            Section {
                heading: Some("What reef managers can do".into()),
                blocks: vec![
                    Block::new(
                        BlockKind::ListItem { ordered: Some(1) },
                        "Cut local pollution so corals recover faster.",
                    ),
                    Block::new(
                        BlockKind::ListItem { ordered: Some(2) },
                        "Shade nurseries during the hottest weeks.",
                    ),
                    Block::new(
                        BlockKind::Quote,
                        "We are buying time, not solving the problem.",
                    ),
                ],
            },
            Section {
                heading: Some("Outlook".into()),
                blocks: vec![paragraph("Forecasters expect another warm summer.")],
            },
        ],
        raw: "Heat stress pushes the reef\n\nraw text with chrome\nShare this article".into(),
        warnings: Vec::new(),
    }
}

fn buses() -> Source {
    Source {
        id: "buses".into(),
        file: "buses.txt".into(),
        meta: SourceMeta {
            title: "A city redraws its bus map".into(),
            outlet: Some("Metro Daily".into()),
            ..SourceMeta::default()
        },
        sections: vec![
            Section {
                heading: None,
                blocks: vec![paragraph(
                    "Riders will wait at most ten minutes on the new frequent lines.",
                )],
            },
            Section {
                heading: Some("Winners and losers".into()),
                blocks: vec![paragraph("Suburban routes lose their weekend service.")],
            },
        ],
        raw: "A city redraws its bus map".into(),
        warnings: vec!["line 3: replaced invalid UTF-8".into()],
    }
}

fn hostile() -> Source {
    Source {
        id: "hostile".into(),
        file: "hostile.txt".into(),
        meta: SourceMeta {
            title: "Title with \u{1b}[31mescape\u{7} and 北朝鮮とロシア".into(),
            ..SourceMeta::default()
        },
        sections: vec![Section {
            heading: Some("\u{202e}reversed heading".into()),
            blocks: vec![
                paragraph(
                    "https://example.org/an/unbroken/path/that/is/much/longer/than/any/column/of/text/can/be/wide",
                ),
                paragraph(
                    "絵文字 🎉🎉🎉 and wide text 北朝鮮とロシアの関係は深まっている mixed\u{9b}in.",
                ),
            ],
        }],
        raw: "raw\u{1b}]0;pwned\u{7}".into(),
        warnings: Vec::new(),
    }
}

pub fn briefing() -> Briefing {
    Briefing {
        title: "Test briefing".into(),
        sources: vec![reefs(), buses(), hostile()],
        warnings: vec![Warning {
            file: "notes.doc".into(),
            message: "skipped: not a text file".into(),
        }],
        ..Briefing::default()
    }
}

pub fn app(width: u16, height: u16) -> App {
    let keymap = Keymap::default_keymap().unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new(briefing(), keymap, Styles::monochrome());
    update(&mut app, Action::Resize { width, height });
    app
}
