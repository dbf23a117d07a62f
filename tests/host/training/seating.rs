//! Groups the facilitator has fixed: announced groups keep their members while people
//! arrive late or leave, until the facilitator forms them anew.

use super::*;
use jiritsu::domain::document::{decode as decode_document, encode as encode_document, Document};
use jiritsu::domain::training::share_code::encode;

/// Points with `first` on top, then `second` and `third`; `variant` makes the code one's own.
fn profile(first: usize, second: usize, third: usize, variant: u8) -> Scores {
    let mut points = [8u8; 8];
    points[first] = 34;
    points[second] = 26;
    points[third] = 20;
    points[(first + 4) % 8] = 9 + variant % 10;
    scores(points)
}

/// The room as group lists of names.
fn seated(document: &Document) -> Vec<Vec<String>> {
    let names = |g: &jiritsu::domain::training::grouping::Group| {
        g.members
            .iter()
            .map(|&m| document.training.attendees[m].name.clone())
            .collect()
    };
    document.room_groups().iter().map(names).collect()
}

/// A room of `n` people with a mix of anchors, named P1…Pn.
fn room(n: usize) -> Document {
    let mut document = Document::default();
    let lines: Vec<String> = (0..n)
        .map(|i| {
            let s = profile(i % 4, (i + 1) % 8, (i + 5) % 8, i as u8);
            format!("P{},{}", i + 1, encode(&s))
        })
        .collect();
    document.add_attendees(&lines.join("\n"));
    document
}

#[test]
fn kept_groups_keep_everyone_seated_when_people_arrive_late_or_leave() {
    let mut document = room(23);
    let formed = seated(&document);
    document.keep_groups();
    assert!(document.groups_kept());
    assert_eq!(seated(&document), formed, "keeping moves nobody");
    let announced = formed;

    // A latecomer with GM first and SE second: the GM group is full, so they join the group
    // with room that shares one of their anchors (SE); nobody else moves.
    let report = document.add_attendees(&format!("遅刻,{}", encode(&profile(1, 3, 6, 3))));
    assert_eq!(report.seated, [23]);
    let after = seated(&document);
    let others: Vec<Vec<String>> = after
        .iter()
        .map(|g| {
            g.iter()
                .filter(|n| *n != "遅刻")
                .cloned()
                .collect::<Vec<_>>()
        })
        .filter(|g| !g.is_empty())
        .collect();
    assert_eq!(others, announced, "everyone else where they were");
    let groups = document.room_groups();
    let joined = groups.iter().find(|g| g.members.contains(&23)).unwrap();
    assert!(
        joined.members.len() <= usize::from(document.training.max),
        "a group with room"
    );
    let held = jiritsu::domain::training::grouping::top_three_mask(
        &document.training.attendees[23].scores,
    );
    assert_eq!(
        held >> (joined.anchor as usize) & 1,
        1,
        "sharing an anchor of theirs"
    );

    // Someone leaves: the others stay; Undo puts them back in their group.
    let before = seated(&document);
    let removed = document.remove_attendee(4).unwrap();
    let expected: Vec<Vec<String>> = before
        .iter()
        .map(|g| g.iter().filter(|n| *n != "P5").cloned().collect::<Vec<_>>())
        .filter(|g| !g.is_empty())
        .collect();
    assert_eq!(seated(&document), expected);
    document.restore_attendee(4, removed);
    assert_eq!(seated(&document), before);
}

#[test]
fn a_latecomer_goes_to_the_smallest_group_with_room_and_past_max_only_when_all_are_full() {
    // Two groups of 2–3 (5 people): three TF, two SE.
    let mut document = Document::default();
    document.set_group_sizes(2, 3).unwrap();
    let lines: Vec<String> = [(0, 1, 2), (0, 1, 2), (0, 1, 2), (3, 4, 5), (3, 4, 5)]
        .iter()
        .enumerate()
        .map(|(i, &(a, b, c))| format!("N{i},{}", encode(&profile(a, b, c, i as u8))))
        .collect();
    document.add_attendees(&lines.join("\n"));
    document.keep_groups();
    let sizes = |d: &Document| {
        d.room_groups()
            .iter()
            .map(|g| g.members.len())
            .collect::<Vec<_>>()
    };
    assert_eq!(sizes(&document), [3, 2]);
    // A TF person: TF's group is full, so the SE group with room takes them.
    document.add_attendees(&format!("L1,{}", encode(&profile(0, 1, 2, 7))));
    assert_eq!(sizes(&document), [3, 3]);
    // All full: the smallest group (the first on a tie) goes past the largest size.
    document.add_attendees(&format!("L2,{}", encode(&profile(3, 4, 5, 8))));
    assert_eq!(sizes(&document), [4, 3]);
    // The same code again is the same person: their group, counted once.
    document.add_attendees(&format!("L2 again,{}", encode(&profile(3, 4, 5, 8))));
    assert_eq!(sizes(&document), [4, 3]);
}

#[test]
fn kept_groups_are_saved_apart_from_the_list_and_let_go_on_new_sizes_or_rounds() {
    let mut document = room(10);
    document.keep_groups();
    let text = encode_document(&document);
    let read = decode_document(&text).unwrap();
    assert_eq!(read, document);
    assert!(read.groups_kept());
    // The list's own text is as before, so that an older build reads it.
    assert!(text.contains("\"training\": \"4-6\\nP1,"), "{text:.300}");
    assert!(text.contains("\"training_groups\": ["));

    // Numbers that no longer fit the list (edited by hand) are groups formed anew.
    let mut edited = document.clone();
    edited.training_groups.pop();
    let read = decode_document(&encode_document(&edited)).unwrap();
    assert_eq!(read.training.attendees.len(), 10);
    assert!(!read.groups_kept());
    assert_eq!(
        seated(&read),
        seated(&{
            let mut anew = document.clone();
            anew.form_groups_anew();
            anew
        })
    );

    // Numbers one short (an import cut them) are not made to fit by the next paste: the
    // groups stay formed from the list, and the stale numbers go.
    let mut short = document.clone();
    short.training_groups.pop();
    let report = short.add_attendees(&format!("遅刻,{}", encode(&profile(2, 3, 4, 9))));
    assert_eq!(report.seated, Vec::<usize>::new());
    assert!(!short.groups_kept());
    assert!(short.training_groups.is_empty());

    // Other sizes, another round, or the facilitator's choice: formed anew. The same
    // sizes again keep them.
    let mut same = document.clone();
    same.set_group_sizes(4, 6).unwrap();
    assert!(same.groups_kept());
    let mut sized = document.clone();
    sized.set_group_sizes(3, 5).unwrap();
    assert!(!sized.groups_kept());
    let mut mixed = document.clone();
    mixed.set_mixed_round(true);
    assert!(!mixed.groups_kept());
    // A mixed round's kept groups stay mixed.
    mixed.keep_groups();
    assert!(mixed.room_groups().iter().all(|g| g.is_mixed()));
    let mut cleared = document.clone();
    cleared.clear_attendees();
    assert!(!cleared.groups_kept());
    assert!(
        encode_document(&Document::default())
            .find("training_groups")
            .is_none(),
        "not written while not kept"
    );
}

#[test]
fn a_kept_group_keeps_its_number_when_one_before_it_empties_and_undo_follows_a_new_keep() {
    let mut document = room(12);
    document.keep_groups();
    let labels = document.group_labels();
    assert_eq!(labels, (1..=labels.len()).collect::<Vec<_>>());
    // Everyone of the first group leaves: the others keep their numbers.
    let first = document.room_groups()[0].members.clone();
    for &member in first.iter().rev() {
        document.remove_attendee(member);
    }
    assert_eq!(document.group_labels(), labels[1..].to_vec());
    // Undo after the groups were formed anew and kept again: a group as a latecomer
    // gets, never a number no group has.
    let removed = document.remove_attendee(0).unwrap();
    document.form_groups_anew();
    document.keep_groups();
    let numbers = document.training_groups.clone();
    document.restore_attendee(0, removed);
    assert!(numbers.contains(&document.training_groups[0]));
    assert!(document.groups_kept());
}

proptest! {
    /// Any room, kept, then any latecomers and departures: everyone is seated once, and
    /// two people who sat together still do if both stayed.
    #[test]
    fn nobody_who_stays_changes_group(
        people in prop::collection::vec(any_scores(), 1..30),
        late in prop::collection::vec(any_scores(), 0..6),
        leave in prop::collection::vec(0usize..40, 0..4),
    ) {
        let mut document = Document::default();
        let lines: Vec<String> = people.iter().enumerate().map(|(i, s)| format!("P{i},{}", encode(s))).collect();
        document.add_attendees(&lines.join("\n"));
        document.keep_groups();
        let mates = |d: &Document| -> Vec<(String, Vec<String>)> {
            let mut out = Vec::new();
            for g in d.room_groups() {
                let names: Vec<String> = g.members.iter().map(|&m| d.training.attendees[m].name.clone()).collect();
                for n in &names {
                    out.push((n.clone(), names.clone()));
                }
            }
            out
        };
        let before = mates(&document);
        for (i, s) in late.iter().enumerate() {
            document.add_attendees(&format!("L{i},{}", encode(s)));
        }
        for &at in &leave {
            if !document.training.attendees.is_empty() {
                let at = at % document.training.attendees.len();
                document.remove_attendee(at);
            }
        }
        prop_assert!(document.groups_kept() || document.training.attendees.is_empty());
        let mut seen = vec![0; document.training.attendees.len()];
        for g in document.room_groups() {
            for &m in &g.members { seen[m] += 1; }
        }
        for i in document.training.counted() { prop_assert_eq!(seen[i], 1); }
        for (name, now) in &mates(&document) {
            if let Some((_, old)) = before.iter().find(|(n, _)| n == name) {
                for mate in now {
                    if before.iter().any(|(n, _)| n == mate) {
                        prop_assert!(old.contains(mate), "{} and {} were apart", name, mate);
                    }
                }
            }
        }
    }
}
