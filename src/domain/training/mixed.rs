//! A *mixed round*, an option the facilitator may choose instead of groups that share an
//! anchor (`grouping`): people sit with others whose anchors differ, to hear what others
//! value. The room is cut into ⌈n / max⌉ tables whose sizes differ by at most one (within
//! the bounds whenever the room splits), and people are dealt round the tables in order of
//! their first anchor, so that those who share a first anchor sit at different tables as
//! far as their number allows (⌈their count / tables⌉ at most at any one). Integer
//! arithmetic in a fixed order: the same input gives the same groups.

use super::grouping::{check_sizes, first_anchor, Group, SizeError};
use crate::domain::anchors::{Anchor, Scores};

/// Forms the groups of a mixed round (see the module's description): every group mixed
/// (`shared` false), its members in input order.
pub fn mix_groups<T>(
    attendees: &[T],
    scores_of: fn(&T) -> &Scores,
    min: u8,
    max: u8,
) -> Result<Vec<Group>, SizeError> {
    check_sizes(min, max)?;
    let tables = attendees.len().div_ceil(usize::from(max));
    let mut firsts = Vec::with_capacity(attendees.len());
    for attendee in attendees {
        let scores = scores_of(attendee);
        firsts.push(first_anchor(Anchor::ALL.map(|anchor| scores.place(anchor))));
    }
    // Dealt round the tables anchor by anchor, then listed at each table in input order.
    let mut table_of = vec![0; attendees.len()];
    let mut dealt = 0;
    for anchor in 0..8 {
        for (person, &first) in firsts.iter().enumerate() {
            if first == anchor {
                table_of[person] = dealt % tables;
                dealt += 1;
            }
        }
    }
    let mut groups: Vec<Group> = (0..tables)
        .map(|_| Group {
            anchor: Anchor::ALL[0],
            shared: false,
            sharing: 0,
            members: Vec::new(),
        })
        .collect();
    for (person, &table) in table_of.iter().enumerate() {
        let group = &mut groups[table];
        if group.members.is_empty() {
            group.anchor = Anchor::ALL[firsts[person]];
        }
        group.members.push(person);
    }
    Ok(groups)
}
