//! Entity rules on small briefings built in the test: chunking, cue words,
//! the gazetteer, merging, and what is never an entity.

use crate::support::build;
use brief::extract::{Entity, EntityKind, entities};
use brief::model::{Briefing, Part};

/// Sources `s0`, `s1`… of sections (an empty heading is none) of paragraphs.
fn briefing(sources: &[&[(&str, &[&str])]]) -> Briefing {
    build::briefing(
        sources
            .iter()
            .enumerate()
            .map(|(i, sections)| {
                let sections = sections
                    .iter()
                    .map(|(heading, blocks)| {
                        ((!heading.is_empty()).then_some(*heading), blocks.to_vec())
                    })
                    .collect();
                build::source(&format!("s{i}"), sections)
            })
            .collect(),
    )
}

fn of(text: &str) -> Vec<Entity> {
    entities(&briefing(&[&[("", &[text])]]))
}

fn find<'a>(list: &'a [Entity], name: &str) -> Option<&'a Entity> {
    list.iter().find(|e| e.name == name)
}

fn names(list: &[Entity]) -> Vec<&str> {
    let mut n: Vec<&str> = list.iter().map(|e| e.name.as_str()).collect();
    n.sort();
    n
}

#[test]
fn possessives_hyphens_and_accents() {
    let list = of(
        "Observers say Pyongyang's ties with Moscow grew. The economist Rüdiger Frank met Kim Jong-Un in Seoul.",
    );
    assert_eq!(
        names(&list),
        [
            "Kim Jong Un",
            "Moscow",
            "Pyongyang",
            "Rüdiger Frank",
            "Seoul"
        ]
    );
    assert_eq!(
        find(&list, "Rüdiger Frank").map(|e| e.kind),
        Some(EntityKind::Person)
    );
}

#[test]
fn splits_at_and_and_at_titles() {
    let list =
        of("Talks between Carlin and Hecker continued, said Foreign Minister Sergei Lavrov.");
    let n = names(&list);
    assert!(n.contains(&"Sergei Lavrov"), "{n:?}");
    assert!(!n.iter().any(|x| x.contains("Minister")), "{n:?}");
    assert!(!n.iter().any(|x| x.contains(" and ")), "{n:?}");
}

#[test]
fn merges_titles_surnames_and_spellings() {
    let list = entities(&briefing(&[
        &[(
            "",
            &["Russian President Vladimir Putin met Kim Jong Un in 2024."],
        )],
        &[(
            "",
            &[
                "Later, President Poutine thanked Kim. Putin said the U.S. and the US were wrong, as was the United States.",
            ],
        )],
    ]));
    let putin = find(&list, "Vladimir Putin").map(|e| e.mentions.len());
    assert_eq!(putin, Some(3), "{list:#?}");
    assert_eq!(
        find(&list, "Kim Jong Un").map(|e| e.mentions.len()),
        Some(2)
    );
    let us = find(&list, "United States").map(|e| (e.kind, e.mentions.len()));
    assert_eq!(us, Some((EntityKind::Place, 3)));
    assert!(find(&list, "Poutine").is_none() && find(&list, "Kim").is_none());
}

#[test]
fn hyphens_and_spaces_are_ignored_when_merging() {
    let list = of("Analysts expect Li Wei-ming to visit. Later Li Wei Ming said yes.");
    let li: Vec<&Entity> = list
        .iter()
        .filter(|e| e.name.starts_with("Li Wei"))
        .collect();
    assert_eq!(li.len(), 1, "{list:#?}");
    assert_eq!(li[0].mentions.len(), 2);
}

#[test]
fn similar_strings_are_not_merged() {
    let list =
        of("The analyst Rüdiger Frank visited France. Frank said Kursk is not home to the Kurds.");
    assert!(find(&list, "France").is_some_and(|e| e.mentions.len() == 1));
    assert!(find(&list, "Rüdiger Frank").is_some_and(|e| e.mentions.len() == 2));
}

#[test]
fn organisations_by_head_words_and_of_after_a_head() {
    let list = of(
        "Natalia Matiaszczyk, an expert at the Institute for New Europe, told the Kyiv Independent that the Bank of Korea and Seoul National University agree.",
    );
    for org in [
        "Institute for New Europe",
        "Kyiv Independent",
        "Bank of Korea",
        "Seoul National University",
    ] {
        assert_eq!(
            find(&list, org).map(|e| e.kind),
            Some(EntityKind::Organization),
            "{org}: {list:#?}"
        );
    }
    assert_eq!(
        find(&list, "Natalia Matiaszczyk").map(|e| e.kind),
        Some(EntityKind::Person)
    );
}

#[test]
fn leading_the_is_ignored() {
    let list = of("He told The Kyiv Independent. Later he wrote for the Kyiv Independent.");
    assert_eq!(
        find(&list, "Kyiv Independent").map(|e| e.mentions.len()),
        Some(2)
    );
}

#[test]
fn demonyms_and_sentence_starters_are_not_entities() {
    let list = of(
        "Sanctioned and isolated, Russian and North Korean officials met. However, Russians like it. Global fears rose among South Koreans.",
    );
    assert!(list.is_empty(), "{list:#?}");
}

#[test]
fn title_case_heading_words_are_not_entities_unless_known() {
    let b = briefing(&[&[(
        "Global Fears Were Realized As Moscow Moved",
        &["Officials in Moscow were worried."],
    )]]);
    let list = entities(&b);
    assert_eq!(names(&list), ["Moscow"]);
    let moscow = &list[0];
    assert!(moscow.mentions.iter().any(|m| m.at.part == Part::Heading));
}

#[test]
fn citations_are_never_extracted() {
    let mut b = briefing(&[&[("", &["Troops moved to Kursk region."])]]);
    b.sources[0].sections[0].blocks[0]
        .citations
        .push("The Korea Times".into());
    let list = entities(&b);
    assert!(find(&list, "Korea Times").is_none(), "{list:#?}");
    assert_eq!(
        find(&list, "Kursk").map(|e| e.kind),
        Some(EntityKind::Place)
    );
}

#[test]
fn mentions_point_into_the_original_text() {
    let text = "Officials in Pyongyang\u{2019}s capital met Kim\u{a0}Jong\u{2011}Un.";
    let b = briefing(&[&[("", &[text])]]);
    let list = entities(&b);
    assert!(!list.is_empty());
    for e in &list {
        for m in &e.mentions {
            assert_eq!(m.at.text(&b), Some(m.text.as_str()), "{e:?}");
        }
    }
    assert!(find(&list, "Kim Jong Un").is_some(), "{list:#?}");
}

#[test]
fn sorted_by_mentions() {
    let list = of("Paris and Berlin met. Paris agreed. Paris left.");
    assert_eq!(list[0].name, "Paris");
    assert!(
        list.windows(2)
            .all(|w| w[0].mentions.len() >= w[1].mentions.len())
    );
}

#[test]
fn any_text_is_safe() {
    for text in [
        "",
        "''",
        "’s",
        "A. B. C.",
        "—",
        "U.S.",
        "The The The",
        "é’",
        "\u{0}x",
        "1,000,",
        "$",
        "€€1",
    ] {
        let _ = of(text);
        let _ = brief::extract::figures_in(text);
    }
}

#[test]
fn a_bracketed_acronym_is_another_spelling() {
    let list = of(
        "The Japan Aerospace Exploration Agency (JAXA) confirmed the landing. Engineers at JAXA were relieved.",
    );
    let agency = find(&list, "Japan Aerospace Exploration Agency");
    assert_eq!(
        agency.map(|e| (e.kind, e.mentions.len())),
        Some((EntityKind::Organization, 3)),
        "{list:#?}"
    );
    assert!(find(&list, "JAXA").is_none());
}

#[test]
fn surnames_with_particles_and_organisation_cues_after() {
    let list = of(
        "Commission head Ursula von der Leyen spoke. Later von der Leyen said no, as did an economist at the Bruegel think tank.",
    );
    let vdl = find(&list, "Ursula von der Leyen").map(|e| e.mentions.len());
    assert_eq!(vdl, Some(2), "{list:#?}");
    assert_eq!(
        find(&list, "Bruegel").map(|e| e.kind),
        Some(EntityKind::Organization)
    );
}

#[test]
fn head_words_shorten_names_and_keep_titles_inside() {
    let list = of(
        "Harbourside Rovers beat Eastbury Athletic at Kingsmead Stadium. The Premier League praised Rovers, who play at Kingsmead. Manager Siobhán O'Connell agreed.",
    );
    let kind_and_count = |n: &str| find(&list, n).map(|e| (e.kind, e.mentions.len()));
    assert_eq!(
        kind_and_count("Harbourside Rovers"),
        Some((EntityKind::Organization, 2)),
        "{list:#?}"
    );
    assert_eq!(
        kind_and_count("Kingsmead Stadium"),
        Some((EntityKind::Place, 2))
    );
    assert_eq!(
        kind_and_count("Premier League"),
        Some((EntityKind::Organization, 1))
    );
    assert_eq!(
        kind_and_count("Siobhán O'Connell"),
        Some((EntityKind::Person, 1))
    );
}

#[test]
fn link_urls_and_code_spans_are_not_read() {
    use brief::model::{Mark, MarkKind};
    // A code span with words in it, and a URL: neither is prose.
    let text = "Officials in Paris agreed `Berlin Group sent 500 troops` (https://example.com/a/500-troops).";
    let mut b = briefing(&[&[("", &[text])]]);
    let code = text.find('`').unwrap_or(0)..text.rfind('`').map_or(0, |e| e + 1);
    let url = text.find('(').unwrap_or(0)..text.len() - 1;
    let marks = &mut b.sources[0].sections[0].blocks[0].marks;
    marks.push(Mark {
        range: code,
        kind: MarkKind::Code,
    });
    marks.push(Mark {
        range: url,
        kind: MarkKind::LinkUrl,
    });
    let list = entities(&b);
    assert_eq!(names(&list), ["Paris"]);
    assert!(brief::extract::figures(&b).is_empty());
}

#[test]
fn a_list_of_purposes_stays_inside_an_organisation_name() {
    let list = of(
        "Funding came from the Federal Institute for Forest, Snow and Landscape Research in Birmensdorf.",
    );
    let org = find(
        &list,
        "Federal Institute for Forest, Snow and Landscape Research",
    );
    assert_eq!(
        org.map(|e| e.kind),
        Some(EntityKind::Organization),
        "{list:#?}"
    );
    // A list of bodies after one is not one name.
    let list = of("Officials from the Office for Students, Treasury Office and Home Office met.");
    assert!(find(&list, "Office for Students").is_some(), "{list:#?}");
    assert!(list.iter().all(|e| !e.name.contains(',')), "{list:#?}");
}

#[test]
fn a_plural_possessive_before_a_head_word_stays_inside_the_name() {
    let list = of("The claim was brought by the Greenhill Tenants' Association on Monday.");
    let org = find(&list, "Greenhill Tenants' Association");
    assert_eq!(
        org.map(|e| e.kind),
        Some(EntityKind::Organization),
        "{list:#?}"
    );
    // A singular possessive still ends the name.
    let list = of("The plan was backed by Norway's Ministry of Finance.");
    assert!(find(&list, "Ministry of Finance").is_some(), "{list:#?}");
}

#[test]
fn a_preposition_opening_a_sentence_is_not_part_of_a_name() {
    let list = of("Against Brookfield Rovers on Saturday, the team scored twice.");
    assert!(find(&list, "Brookfield Rovers").is_some(), "{list:#?}");
    assert!(
        list.iter().all(|e| !e.name.starts_with("Against")),
        "{list:#?}"
    );
}

#[test]
fn residents_of_a_name_make_it_a_place() {
    let list = of("Residents of Monte Branco, 12 km away, worry about the water.");
    let place = find(&list, "Monte Branco");
    assert_eq!(place.map(|e| e.kind), Some(EntityKind::Place), "{list:#?}");
}

#[test]
fn a_capitalised_headline_phrase_after_the_is_not_a_person() {
    let list = of("The Military-Security Alignment of Chile and Peru is growing, officials say.");
    assert!(
        list.iter().all(|e| !e.name.contains("Military-Security")),
        "{list:#?}"
    );
}

fn kind_of(list: &[Entity], name: &str) -> Option<EntityKind> {
    find(list, name).map(|e| e.kind)
}

#[test]
fn corporate_suffixes_name_organisations() {
    let e = of("Lawyers at Brenwick Hale LLP advised Dunmore Corp and Harlow & Co on the deal.");
    assert_eq!(
        kind_of(&e, "Brenwick Hale LLP"),
        Some(EntityKind::Organization),
        "{e:#?}"
    );
    assert_eq!(
        kind_of(&e, "Dunmore Corp"),
        Some(EntityKind::Organization),
        "{e:#?}"
    );
    assert_eq!(
        kind_of(&e, "Harlow & Co"),
        Some(EntityKind::Organization),
        "{e:#?}"
    );
}

#[test]
fn a_place_based_company_is_a_company_beside_a_place() {
    let e = of("Shares of the Lisbon-based Veltrix rose after Veltrix won the contract.");
    assert_eq!(
        kind_of(&e, "Veltrix"),
        Some(EntityKind::Organization),
        "{e:#?}"
    );
    assert_eq!(kind_of(&e, "Lisbon"), Some(EntityKind::Place), "{e:#?}");
    assert!(e.iter().all(|x| !x.name.contains("based")), "{e:#?}");
}

#[test]
fn companies_are_told_from_people_by_what_is_said_of_them() {
    let e = of(
        "Corvane (CRVN) said profits fell. Tessaly is an airline based in Lima. \
                Merrow, a logistics company, expanded. The retail giant Pellmont closed stores. \
                Ottoline Rusk, an analyst, disagreed.",
    );
    for name in ["Corvane", "Tessaly", "Merrow", "Pellmont"] {
        assert_eq!(
            kind_of(&e, name),
            Some(EntityKind::Organization),
            "{name}: {e:#?}"
        );
    }
    assert_eq!(
        kind_of(&e, "Ottoline Rusk"),
        Some(EntityKind::Person),
        "{e:#?}"
    );
}

#[test]
fn a_person_of_an_institution_is_two_names() {
    let e = of("Professor Jane Okafor of the University of Leeds said the data were sound.");
    assert_eq!(
        kind_of(&e, "Jane Okafor"),
        Some(EntityKind::Person),
        "{e:#?}"
    );
    assert_eq!(
        kind_of(&e, "University of Leeds"),
        Some(EntityKind::Organization),
        "{e:#?}"
    );
}

#[test]
fn prefixes_and_sentence_openers_do_not_merge_into_other_names() {
    let e = of("The post-Cold War order ended. The Korean War never did. \
                The Kyiv Independent reported it. Independent analysts disagree.");
    let korean = find(&e, "Korean War").expect("Korean War");
    assert_eq!(korean.mentions.len(), 1, "{e:#?}");
    assert!(find(&e, "Cold War").is_some(), "{e:#?}");
    let kyiv = find(&e, "Kyiv Independent").expect("Kyiv Independent");
    assert_eq!(kyiv.mentions.len(), 1, "{e:#?}");
}

#[test]
fn a_town_before_its_region_is_a_place() {
    let e = of("Dana Whitlock of Marlow Creek, Ohio, said she would stay. \
                Her sister lives in Ashby, Pa., now.");
    assert_eq!(
        kind_of(&e, "Marlow Creek"),
        Some(EntityKind::Place),
        "{e:#?}"
    );
    assert_eq!(kind_of(&e, "Ashby"), Some(EntityKind::Place), "{e:#?}");
    assert_eq!(
        kind_of(&e, "Pennsylvania"),
        Some(EntityKind::Place),
        "{e:#?}"
    );
}

#[test]
fn given_names_seen_twice_are_people() {
    let e = of("They travelled with their daughters Maisie and Harriet. \
                Friends said Maisie and Harriet loved the sea.");
    assert_eq!(kind_of(&e, "Maisie"), Some(EntityKind::Person), "{e:#?}");
    assert_eq!(kind_of(&e, "Harriet"), Some(EntityKind::Person), "{e:#?}");
}

#[test]
fn shouted_labels_demonyms_of_places_and_title_case_captions_are_not_names() {
    let e = of(
        "MOST READ SCANDAL ERUPTS Jonathan Pryce quits. Two Costa Rican pilots flew. \
                Hit by Tax Overhaul Banks will pay. The tax overhaul hurts banks.",
    );
    assert_eq!(
        kind_of(&e, "Jonathan Pryce"),
        Some(EntityKind::Person),
        "{e:#?}"
    );
    assert!(
        e.iter().all(|x| !x.name.contains("ERUPTS")
            && x.name != "Costa Rican"
            && !x.name.contains("Overhaul")),
        "{e:#?}"
    );
}

#[test]
fn names_in_the_title_are_found_and_addressed() {
    let mut b = briefing(&[&[("", &["Officials met in the capital on Monday."])]]);
    b.sources[0].meta.title = "Floods hit Mozambique as aid stalls".into();
    let e = entities(&b);
    let place = find(&e, "Mozambique").expect("a name in the title");
    assert_eq!(place.kind, EntityKind::Place);
    let at = &place.mentions[0].at;
    assert_eq!(at.part, Part::Title);
    assert_eq!(at.text(&b), Some("Mozambique"));
    assert_eq!((at.position().section, at.position().block), (0, None));
}

#[test]
fn a_body_named_head_first_or_last_is_one_entity() {
    let e = of(
        "The Chinese Ministry of Commerce issued rules. The Commerce Ministry said \
                exports would fall.",
    );
    let ministry = find(&e, "Chinese Ministry of Commerce").expect("the ministry");
    assert_eq!(ministry.mentions.len(), 2, "{e:#?}");
    assert!(find(&e, "Commerce Ministry").is_none(), "{e:#?}");
    // Two countries' ministries keep the short form apart.
    let e = of(
        "The Chinese Ministry of Commerce and the Russian Ministry of Commerce met. \
                The Commerce Ministry said no.",
    );
    assert_eq!(
        find(&e, "Chinese Ministry of Commerce").map(|m| m.mentions.len()),
        Some(1),
        "{e:#?}"
    );
}

#[test]
fn an_acronym_is_not_a_persons_surname() {
    let e = of("Rosa Lin Ho met officials. HO said the plant would close.");
    let rosa = find(&e, "Rosa Lin Ho").expect("the person");
    assert_eq!(rosa.mentions.len(), 1, "{e:#?}");
}
