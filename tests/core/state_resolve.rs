//! Property tests: any saved position, however stale or hostile, resolves
//! to a position that exists in the briefing (or to nothing), never a panic.

use brief::model::{Block, BlockKind, Briefing, Section, Source};
use brief::state::{SavedPosition, excerpt_at, resolve};
use proptest::prelude::*;

/// Sources of varied shapes: headings or not, empty sections, multi-byte text.
fn briefing() -> impl Strategy<Value = Briefing> {
    let block = "[a-zé€ 🌊]{0,30}".prop_map(|t| Block::new(BlockKind::Paragraph, t));
    let section = (
        proptest::option::of("[A-Zä ]{1,12}"),
        proptest::collection::vec(block, 0..4),
    )
        .prop_map(|(heading, blocks)| Section { heading, blocks });
    let source =
        ("[a-z]{1,6}", proptest::collection::vec(section, 0..4)).prop_map(|(id, sections)| {
            Source {
                id,
                sections,
                ..Source::default()
            }
        });
    proptest::collection::vec(source, 1..4).prop_map(|sources| Briefing {
        sources,
        ..Briefing::default()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn resolved_positions_always_exist(
        b in briefing(),
        pick in any::<prop::sample::Index>(),
        section in 0usize..6,
        block in proptest::option::of(0usize..6),
        offset in 0usize..200,
        stranger in any::<bool>(),
    ) {
        let known = b.sources[pick.index(b.sources.len())].id.clone();
        let source = if stranger { format!("{known}-gone") } else { known };
        let saved = SavedPosition { source: source.clone(), section, block, offset };
        let Some(at) = resolve::resolve(&b, &saved) else {
            prop_assert!(b.source_index(&source).is_none());
            return Ok(());
        };
        prop_assert_eq!(&b.sources[at.source].id, &source);
        let text = match b.sources[at.source].sections.get(at.section) {
            None => {
                // Only the start of a source with no such section.
                prop_assert_eq!((at.section, at.block, at.offset), (0, None, 0));
                ""
            }
            Some(s) => match at.block {
                None => s.heading.as_deref().unwrap_or(""),
                Some(i) => {
                    prop_assert!(i < s.blocks.len());
                    s.blocks[i].text.as_str()
                }
            },
        };
        prop_assert!(text.is_char_boundary(at.offset));
        // Saving it again and resolving gives the same place.
        let again = resolve::save(&b, at).and_then(|s| resolve::resolve(&b, &s));
        prop_assert_eq!(again, Some(at));
        let _ = excerpt_at(&b, at);
    }
}
