//! Figure formats, each with a test: separators, decimal marks, multipliers,
//! currencies, ranges, percent, qualifiers, vague magnitudes, "of them",
//! dates and page chrome.

use brief::extract::{Figure, FigureKind, figures_in};

fn only(text: &str) -> Figure {
    let mut all: Vec<Figure> = figures_in(text)
        .into_iter()
        .filter(|f| f.kind != FigureKind::Date)
        .collect();
    assert_eq!(all.len(), 1, "{text}: {all:#?}");
    all.remove(0)
}

fn value(text: &str) -> Option<f64> {
    only(text).value
}

#[test]
fn thousands_with_commas_and_spaces() {
    assert_eq!(value("They sent 1,000 containers."), Some(1000.0));
    assert_eq!(value("They sent 1 000 containers."), Some(1000.0));
    assert_eq!(value("They sent 10 000 containers."), Some(10000.0));
    // No-break and narrow no-break spaces are spaces too.
    assert_eq!(value("They sent 10\u{a0}000 containers."), Some(10000.0));
    assert_eq!(value("They sent 10\u{202f}000 containers."), Some(10000.0));
}

#[test]
fn decimal_comma_and_decimal_point() {
    let f = only("Trade reached $3,8 million last year.");
    assert_eq!((f.value, f.kind), (Some(3_800_000.0), FigureKind::Money));
    assert_eq!(
        value("The city has 1.2 million residents."),
        Some(1_200_000.0)
    );
}

#[test]
fn multipliers() {
    assert_eq!(value("a grant of 5 thousand pounds sterling"), Some(5000.0));
    assert_eq!(value("It cost $2 million."), Some(2e6));
    assert_eq!(value("It cost $2 billion."), Some(2e9));
    assert_eq!(value("It cost $2bn."), Some(2e9));
    assert_eq!(value("It cost £45m."), Some(45e6));
    assert_eq!(value("It cost €6.1bn."), Some(6.1e9));
}

#[test]
fn currencies() {
    let cur = |t: &str| only(t).currency;
    assert_eq!(cur("It cost $5."), Some("USD".into()));
    assert_eq!(cur("It cost €5."), Some("EUR".into()));
    assert_eq!(cur("It cost £5."), Some("GBP".into()));
    assert_eq!(cur("It cost USD 5 million."), Some("USD".into()));
    assert_eq!(cur("It cost 5 million EUR."), Some("EUR".into()));
    assert_eq!(cur("It cost 40 million dollars."), Some("USD".into()));
    assert_eq!(only("It cost USD 5 million.").value, Some(5e6));
}

#[test]
fn ranges() {
    let r = only("Between them, 10,000 to 15,000 troops were sent.");
    assert_eq!(
        (r.value, r.low, r.high),
        (None, Some(10000.0), Some(15000.0))
    );
    assert_eq!(r.unit.as_deref(), Some("troops"));
    let r = only("It sent between 11,000 and 12,000 soldiers.");
    assert_eq!((r.low, r.high), (Some(11000.0), Some(12000.0)));
    assert_eq!(r.qualifier.as_deref(), Some("between"));
    let r = only("It sent 11,000–12,000 soldiers.");
    assert_eq!((r.low, r.high), (Some(11000.0), Some(12000.0)));
    // One multiplier for both ends.
    let r = only("Savings of $3-5 million are expected.");
    assert_eq!(
        (r.low, r.high, r.kind),
        (Some(3e6), Some(5e6), FigureKind::Money)
    );
}

#[test]
fn both_ends_of_a_range_are_of_one_type() {
    let all = figures_in("It went from $3,8 million in 2022 to $52,9 million in 2025.");
    let money: Vec<f64> = all
        .iter()
        .filter(|f| f.kind == FigureKind::Money)
        .filter_map(|f| f.value)
        .collect();
    assert_eq!(money, vec![3_800_000.0, 52_900_000.0]);
    assert!(all.iter().all(|f| f.low.is_none()), "{all:#?}");
    let years = all.iter().filter(|f| f.kind == FigureKind::Date).count();
    assert_eq!(years, 2);
}

#[test]
fn percent() {
    let f = only("Russia cancelled 90% of the debt.");
    assert_eq!((f.kind, f.value), (FigureKind::Percent, Some(90.0)));
    // A fall is a signed change; a fall to a level is not.
    let f = only("Sales fell 4.5 percent.");
    assert_eq!((f.kind, f.value), (FigureKind::Percent, Some(-4.5)));
    assert_eq!(value("Turnout was down by 7 percent."), Some(-7.0));
    assert_eq!(value("Growth was negative 7 percent."), Some(-7.0));
    assert_eq!(value("The rate fell to 21% last year."), Some(21.0));
    assert_eq!(value("Glaciers lost 10% of their volume."), Some(10.0));
    let f = only("Sales fell 3 per cent.");
    assert_eq!(f.kind, FigureKind::Percent);
}

#[test]
fn qualifiers_as_written() {
    for q in [
        "up to",
        "over",
        "more than",
        "about",
        "approximately",
        "as many as",
        "nearly",
        "roughly",
        "fewer than",
        "less than",
        "at least",
    ] {
        let f = only(&format!("They sent {q} 300 tanks."));
        assert_eq!(f.qualifier.as_deref(), Some(q), "{q}");
        assert_eq!(f.text, format!("{q} 300 tanks"));
    }
}

#[test]
fn the_counted_unit_as_the_text_names_it() {
    let f = only("North Korea sent more than 13,000 shipping containers of aid.");
    assert_eq!(f.unit.as_deref(), Some("shipping containers"));
    let f = only("These may have held as many as 6 million artillery shells.");
    assert_eq!(
        (f.value, f.unit.as_deref()),
        (Some(6e6), Some("artillery shells"))
    );
    assert_eq!(f.qualifier.as_deref(), Some("as many as"));
}

#[test]
fn of_them_takes_the_noun_of_the_figure_before() {
    let all = figures_in("Over 11 000 soldiers were sent. About 4 000 of them were killed.");
    let units: Vec<Option<&str>> = all.iter().map(|f| f.unit.as_deref()).collect();
    assert_eq!(units, vec![Some("soldiers"), Some("soldiers")]);
    assert_eq!(all[1].value, Some(4000.0));
}

#[test]
fn vague_magnitudes() {
    let f = only("Pyongyang sent thousands of troops.");
    assert!(f.vague);
    assert_eq!(f.unit.as_deref(), Some("troops"));
    let f = only("It fired millions of rounds.");
    assert!(f.vague && f.value == Some(1e6));
    let f = only("Tens of thousands of people marched.");
    assert_eq!((f.value, f.vague), (Some(10000.0), true));
}

#[test]
fn measures_and_durations() {
    let f = only("The glacier retreated 1.4 km.");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Measure, Some("km"))
    );
    let f = only("It shipped 500 tonnes of rice.");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Measure, Some("tonnes"))
    );
    let f = only("The first visit in 24 years.");
    assert_eq!((f.kind, f.value), (FigureKind::Duration, Some(24.0)));
}

#[test]
fn years_are_dates_not_counts() {
    let all = figures_in("Votes in 2010, 2013, and 2017 followed the 1950 war.");
    assert_eq!(all.len(), 4, "{all:#?}");
    assert!(all.iter().all(|f| f.kind == FigureKind::Date));
    let all = figures_in("It was signed on June 12, 2024 and in October 2023.");
    let values: Vec<Option<f64>> = all.iter().map(|f| f.value).collect();
    assert_eq!(values, vec![Some(2024.0), Some(2023.0)]);
    assert_eq!(all[0].text, "June 12, 2024");
}

#[test]
fn page_chrome_is_not_a_figure() {
    assert!(figures_in("7 min read").is_empty());
    assert!(figures_in("© 2026 Example Media. All rights reserved.").is_empty());
    assert!(figures_in("Share 12 comments").is_empty());
}

#[test]
fn numbers_inside_words_and_codes_are_not_figures() {
    assert!(figures_in("The G7 met; F-16 jets and COVID-19 and 5G.").is_empty());
    assert!(figures_in("It is the 1st and 22nd time, 24/7, at 10:30.").is_empty());
}

#[test]
fn ranges_point_into_the_original_text() {
    let text = "Officials said \u{201c}more than\u{a0}1,000\u{201d} containers.";
    let all = figures_in(text);
    assert_eq!(all.len(), 1);
    assert_eq!(&text[all[0].at.range.clone()], all[0].text);
    assert!(all[0].sentence.starts_with("Officials said"));
}

#[test]
fn ranges_of_years_are_date_ranges() {
    let all = figures_in("It plans to spend the money between 2025 and 2030, as in 1991–2020.");
    let ranges: Vec<(Option<f64>, Option<f64>, FigureKind)> =
        all.iter().map(|f| (f.low, f.high, f.kind)).collect();
    assert_eq!(
        ranges,
        vec![
            (Some(2025.0), Some(2030.0), FigureKind::Date),
            (Some(1991.0), Some(2020.0), FigureKind::Date)
        ]
    );
    assert_eq!(all[0].qualifier.as_deref(), Some("between"));
}

#[test]
fn numbers_that_are_part_of_names_are_not_counts() {
    assert!(figures_in("The crew of Apollo 11 and the Chang'e 6 mission landed.").is_empty());
    // A sentence start or a possessive is not a name before a number.
    assert_eq!(
        figures_in("Pyongyang's 2 000 troops moved. Over 300 died.").len(),
        2
    );
}

#[test]
fn decades_are_dates_spanning_ten_years() {
    for (text, low) in [
        ("The aquifer fell in the 1990s.", 1990.0),
        (
            "Output should start in the late 2020s, the firm said.",
            2020.0,
        ),
        ("It was a hit in the 1960's.", 1960.0),
    ] {
        let dates: Vec<Figure> = figures_in(text)
            .into_iter()
            .filter(|f| f.kind == FigureKind::Date)
            .collect();
        assert_eq!(dates.len(), 1, "{text}: {dates:#?}");
        assert_eq!(
            (dates[0].low, dates[0].high),
            (Some(low), Some(low + 9.0)),
            "{text}"
        );
    }
    // A year with letters after it is not a decade.
    assert!(
        figures_in("Model 1990sx was sold.")
            .iter()
            .all(|f| f.low.is_none())
    );
}

#[test]
fn a_counted_noun_stops_at_a_preposition() {
    let f = only("It left about 1,200 tenants without proper checks.");
    assert_eq!(f.unit.as_deref(), Some("tenants"));
}

#[test]
fn fractions_in_words_are_shares() {
    for (text, value) in [
        (
            "The council hopes the farm will cut bills by a third.",
            100.0 / 3.0,
        ),
        ("Listings fell by a quarter, the agency said.", 25.0),
        ("Roughly a fifth of the stock is rented.", 20.0),
        ("Two thirds of voters backed the plan.", 200.0 / 3.0),
    ] {
        let f = only(text);
        assert_eq!(f.kind, FigureKind::Percent, "{text}");
        let got = f.value.unwrap_or_default();
        assert!((got - value).abs() < 0.01, "{text}: {got}");
    }
    for text in [
        "A third party will run the site.",
        "It lasted a quarter century.",
        "She won a third term in office.",
    ] {
        assert!(
            figures_in(text).is_empty(),
            "{text}: {:#?}",
            figures_in(text)
        );
    }
}

fn all(text: &str) -> Vec<Figure> {
    figures_in(text)
}

#[test]
fn numbers_in_words_count_like_digits() {
    let f = only("Seven people were killed in the blast.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(7.0), Some("people")));
    let f = only("Police said at least five were hurt.");
    assert_eq!(
        (f.value, f.qualifier.as_deref()),
        (Some(5.0), Some("at least"))
    );
    assert_eq!(value("They sent six ambulances."), Some(6.0));
    let f = only("The talks lasted three months.");
    assert_eq!((f.kind, f.value), (FigureKind::Duration, Some(3.0)));
    let f = only("The queue moved every between eight and 10 minutes.");
    assert_eq!(
        (f.kind, f.low, f.high),
        (FigureKind::Duration, Some(8.0), Some(10.0))
    );
    assert_eq!(value("She bought a dozen eggs."), Some(12.0));
    assert_eq!(value("It took a couple of weeks."), Some(2.0));
    assert_eq!(value("Forty-two ships docked."), Some(42.0));
    assert_eq!(
        value("Some two hundred and fifty guests came."),
        Some(250.0)
    );
    assert_eq!(value("A family of five was on board."), Some(5.0));
    assert_eq!(value("It was pushed into 4 and a half minutes."), Some(4.5));
}

#[test]
fn words_that_count_nothing_are_not_figures() {
    for text in [
        "One of the pilots survived.",
        "It is a one-time tax.",
        "Ships from the two countries met.",
        "The Big Ten said nothing.",
        "No one knows.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
}

#[test]
fn phone_numbers_clock_times_codes_and_pages_are_not_figures() {
    for text in [
        "Call us on 0207 782 4368 today.",
        "Dial 555-123-4567 for help.",
        "The fire started at 6.13pm on the pier.",
        "Doors open at 6 pm sharp.",
        "The show began at 21:00 on the beach.",
        "See page 12 for details.",
        "The agent's code is 007.",
    ] {
        let found: Vec<Figure> = all(text)
            .into_iter()
            .filter(|f| f.kind != FigureKind::Date)
            .collect();
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
    let season = all("The 2015-16 season was his best.");
    assert_eq!(season.len(), 1, "{season:#?}");
    assert_eq!(
        (season[0].kind, season[0].low, season[0].high),
        (FigureKind::Date, Some(2015.0), Some(2016.0))
    );
}

#[test]
fn the_unit_is_the_counted_noun_never_a_name() {
    let f = only("Two unnamed senior US officials told reporters.");
    assert_eq!(f.unit.as_deref(), Some("unnamed senior US officials"));
    let f = only("Two Costa Rican pilots died.");
    assert_eq!(f.unit.as_deref(), Some("Costa Rican pilots"));
    let f = only("The tally reached 45 Smith said.");
    assert_eq!(f.unit, None);
}

#[test]
fn a_day_and_month_without_a_year_has_no_value() {
    let dates: Vec<Figure> = all("The low came on Dec 2 and again on Nov. 13.");
    assert_eq!(dates.len(), 2, "{dates:#?}");
    assert!(
        dates
            .iter()
            .all(|d| d.kind == FigureKind::Date && d.value.is_none())
    );
    assert_eq!(dates[0].text, "Dec 2");
    let dated = all("It opened on Dec 2, 2017.");
    assert_eq!(dated[0].value, Some(2017.0));
}

#[test]
fn ranges_of_shortened_thousands_and_one_sided_bounds() {
    let f = only("The crowd of about 5-6,000 people left.");
    assert_eq!((f.low, f.high), (Some(5000.0), Some(6000.0)));
    let both = all("Its value dropped more than $11 billion to $106 billion.");
    let values: Vec<Option<f64>> = both.iter().map(|f| f.value).collect();
    assert_eq!(values, [Some(11e9), Some(106e9)], "{both:#?}");
}

#[test]
fn bounds_are_typed_from_the_one_table() {
    use brief::extract::Bound;
    for (text, bound) in [
        ("It carried just over 500 ships.", Bound::MoreThan),
        ("It carried well over 500 ships.", Bound::MoreThan),
        ("It carried exceeding 500 ships.", Bound::MoreThan),
        ("It carried circa 500 ships.", Bound::About),
        ("It carried as few as 500 ships.", Bound::AtLeast),
        ("It carried up to 500 ships.", Bound::AtMost),
        ("It carried fewer than 500 ships.", Bound::LessThan),
        ("It carried nearly 500 ships.", Bound::Nearly),
    ] {
        assert_eq!(only(text).bound, Some(bound), "{text}");
    }
    assert_eq!(only("It carried 500 ships.").bound, None);
    let f = only("Officials said up to 500 ships sailed.");
    assert_eq!(&f.sentence[f.in_sentence()], f.text);
}

#[test]
fn amounts_read_as_a_person_reads_them() {
    assert_eq!(only("The bill was $10 billion.").amount(), "$10 billion");
    assert_eq!(
        only("It was more than $284 billion.").amount(),
        "more than $284 billion"
    );
    assert_eq!(only("Prices were down 22 percent.").amount(), "−22%");
    assert_eq!(
        only("Charges of between $1 billion to $3 billion.").amount(),
        "between $1–3 billion"
    );
    assert_eq!(only("A tax of 8% to 15.5% applies.").amount(), "8–15.5%");
    assert_eq!(only("Some 13,000 containers.").amount(), "some 13,000");
    assert_eq!(only("It fell to €5,967.34 today.").amount(), "€5,967.34");
}
