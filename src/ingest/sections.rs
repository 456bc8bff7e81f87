//! The last step: units into the model's sections. The lead (text before
//! the first heading) is a section without a heading, then one section per
//! heading.

use super::unit::{Unit, UnitKind, one_line};
use crate::model::{Block, Section};

pub fn assemble(units: Vec<Unit>) -> Vec<Section> {
    let mut sections = Vec::new();
    let mut current = Section::default();
    for unit in units {
        if unit.kind == UnitKind::Heading {
            if current.heading.is_some() || !current.blocks.is_empty() {
                sections.push(std::mem::take(&mut current));
            }
            current.heading = Some(one_line(&unit.text));
            continue;
        }
        let kind = unit.block_kind();
        current.blocks.push(Block {
            kind,
            text: unit.text,
            marks: unit.marks,
            citations: unit.citations,
        });
    }
    if current.heading.is_some() || !current.blocks.is_empty() || sections.is_empty() {
        sections.push(current);
    }
    sections
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_then_one_section_per_heading() {
        let units = vec![
            Unit::new(UnitKind::Text, "lead"),
            Unit::new(UnitKind::Heading, "One"),
            Unit::new(UnitKind::Text, "a"),
            Unit::new(UnitKind::Heading, "Two"),
            Unit::new(UnitKind::Item { ordered: None }, "b"),
        ];
        let sections = assemble(units);
        let shape: Vec<(Option<&str>, usize)> = sections
            .iter()
            .map(|s| (s.heading.as_deref(), s.blocks.len()))
            .collect();
        assert_eq!(shape, vec![(None, 1), (Some("One"), 1), (Some("Two"), 1)]);
    }

    #[test]
    fn no_lead_section_without_lead_text() {
        let sections = assemble(vec![
            Unit::new(UnitKind::Heading, "One"),
            Unit::new(UnitKind::Text, "a"),
        ]);
        assert_eq!(sections.len(), 1);
        assert_eq!(sections[0].heading.as_deref(), Some("One"));
        assert_eq!(assemble(Vec::new()).len(), 1);
    }
}
