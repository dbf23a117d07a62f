//! Two people with one code: a line with an earlier line's code and another name asks
//! whether they are one person; marked as another person, it counts as one of its own,
//! in the room, the groups and the saved document, through removals, Undo and reloads.

use super::*;
use jiritsu::domain::document::{decode as decode_document, encode as encode_document, Document};
use jiritsu::domain::training::roster::Duplicate;
use jiritsu::domain::training::share_code::encode;

const A: [u8; 8] = [30, 12, 9, 20, 14, 26, 8, 17];
const B: [u8; 8] = [10, 30, 12, 9, 20, 14, 26, 15];

fn room(lines: &[String]) -> Document {
    let mut document = Document::default();
    document.training.set_sizes(1, 6).unwrap();
    let report = document.add_attendees(&lines.join("\n"));
    assert!(report.problems.is_empty());
    document
}

fn reloaded(document: &Document) -> Document {
    decode_document(&encode_document(document)).expect("reads back")
}

/// 中川 and 藤田 with one code (`A`), 鈴木 between them with another (`B`).
fn two_with_one_code() -> Document {
    let (a, b) = (encode(&scores(A)), encode(&scores(B)));
    room(&[
        format!("中川,{a}"),
        format!("鈴木,{b}"),
        format!("藤田,{a}"),
    ])
}

#[test]
fn the_facilitator_is_asked_only_when_one_code_comes_with_two_names() {
    let (a, b) = (encode(&scores(A)), encode(&scores(B)));
    let document = room(&[
        format!("中川,{a}"),
        format!("鈴木,{b}"),
        format!("藤田,{a}"),
        a.clone(),
        format!("中\u{200B}川,{a}"),
        format!("鈴木,{b}"),
    ]);
    let asked: Vec<Option<usize>> = (0..6).map(|i| document.training.asks_apart(i)).collect();
    // 藤田 shares 中川's code under another name; a line without a name, or with a name
    // that reads the same, is the same person; the first line of a code has nobody to be
    // told apart from.
    assert_eq!(asked, [None, None, Some(0), None, None, None]);
    assert_eq!(document.training.counted(), [0, 1]);
}

#[test]
fn a_line_marked_as_another_person_counts_in_the_room_and_the_groups() {
    let (a, b) = (encode(&scores(A)), encode(&scores(B)));
    let mut document = room(&[
        format!("中川,{a}"),
        format!("鈴木,{b}"),
        format!("藤田,{a}"),
        a.clone(),
    ]);
    assert_eq!(
        document.training.duplicates()[2],
        Some(Duplicate::SameCode(0))
    );
    assert_eq!(document.training.first_counts().iter().sum::<usize>(), 2);
    document.set_apart(2, true);
    assert_eq!(document.training.duplicates()[2], Some(Duplicate::Apart(0)));
    assert_eq!(document.training.counted(), [0, 1, 2]);
    assert_eq!(document.training.same_person(2), [2]);
    // The unnamed line with the code stays with the first person who had it.
    assert_eq!(document.training.same_person(0), [0, 3]);
    assert_eq!(
        document.training.duplicates()[3],
        Some(Duplicate::SameCode(0))
    );
    assert_eq!(document.training.first_counts().iter().sum::<usize>(), 3);
    let mut members: Vec<usize> = document
        .room_groups()
        .into_iter()
        .flat_map(|g| g.members)
        .collect();
    members.sort_unstable();
    assert_eq!(
        members,
        [0, 1, 2],
        "藤田 sits in a group as a person of their own"
    );
    // And back: one person again.
    document.set_apart(2, false);
    assert_eq!(document.training.counted(), [0, 1]);
    assert!(document.training_apart.is_empty());
}

#[test]
fn a_line_with_nobody_to_be_told_apart_from_is_never_marked() {
    let (a, b) = (encode(&scores(A)), encode(&scores(B)));
    let mut document = room(&[format!("中川,{a}"), format!("鈴木,{b}"), a.clone()]);
    for index in [0, 1, 2, 7] {
        document.set_apart(index, true);
    }
    assert!(document.training.apart.is_empty());
    assert!(document.training_apart.is_empty());
    assert_eq!(document.training.counted(), [0, 1]);
}

#[test]
fn the_mark_is_saved_in_a_field_of_its_own_and_read_back() {
    let mut document = two_with_one_code();
    let list_before = serde_json::to_value(&document).unwrap()["training"].clone();
    document.set_apart(2, true);
    let saved: serde_json::Value = serde_json::from_str(&encode_document(&document)).unwrap();
    // The list's text is as an older build wrote and reads it.
    assert_eq!(saved["training"], list_before);
    assert_eq!(saved["training_apart"], serde_json::json!([2]));
    let again = reloaded(&document);
    assert_eq!(again, document);
    assert_eq!(again.training.counted(), [0, 1, 2]);
    // Without any mark, the field is not written at all.
    document.set_apart(2, false);
    assert!(encode_document(&document).find("training_apart").is_none());
}

#[test]
fn marks_of_a_hand_edited_file_that_are_no_lines_are_dropped_on_reading() {
    let document = two_with_one_code();
    let mut saved: serde_json::Value = serde_json::from_str(&encode_document(&document)).unwrap();
    saved["training_apart"] = serde_json::json!([9, 2, 2, 0]);
    let read = decode_document(&saved.to_string()).expect("reads");
    assert_eq!(read.training.apart, [0, 2]);
    assert_eq!(read.training_apart, [0, 2]);
    assert_eq!(read.training.counted(), [0, 1, 2]);
}

#[test]
fn a_mark_moves_with_its_line_through_removals_undo_and_clearing() {
    let (a, b) = (encode(&scores(A)), encode(&scores(B)));
    let mut document = room(&[
        format!("鈴木,{b}"),
        format!("中川,{a}"),
        format!("藤田,{a}"),
    ]);
    document.set_apart(2, true);
    // A line above goes: the mark moves up with 藤田.
    let above = document.remove_attendee(0).unwrap();
    assert_eq!(document.training_apart, [1]);
    assert_eq!(document.training.counted(), [0, 1]);
    document.restore_attendee(0, above);
    assert_eq!(document.training_apart, [2]);
    // 藤田 goes and comes back with Undo: still another person.
    let fujita = document.remove_attendee(2).unwrap();
    assert!(document.training_apart.is_empty());
    document.restore_attendee(2, fujita);
    assert_eq!(document.training_apart, [2]);
    assert_eq!(document.training.counted(), [0, 1, 2]);
    assert_eq!(reloaded(&document), document);
    document.clear_attendees();
    assert!(document.training_apart.is_empty() && document.training.apart.is_empty());
}

#[test]
fn with_the_groups_kept_a_line_marked_apart_stays_in_its_group_and_counts() {
    let mut document = two_with_one_code();
    document.keep_groups();
    let seats = document.training_groups.clone();
    assert_eq!(seats[0], seats[2], "one person, one group");
    document.set_apart(2, true);
    assert!(document.groups_kept());
    assert_eq!(document.training_groups, seats, "nobody moves");
    let with_fujita = document
        .room_groups()
        .into_iter()
        .find(|g| g.members.contains(&0))
        .unwrap();
    assert_eq!(with_fujita.members, [0, 2]);
}

proptest! {
    /// Any list with repeated codes, any marks, removals and an Undo: each line keeps its
    /// own mark (followed by a name of its own), the roster's marks and the saved ones
    /// agree, every counted line begins a person, and the document reads back as it was.
    #[test]
    fn marks_stay_on_their_lines_and_read_back(
        people in prop::collection::vec(0usize..3, 1..12),
        marks in prop::collection::vec(0usize..12, 0..6),
        leave in prop::collection::vec(0usize..12, 0..4),
    ) {
        let codes = [encode(&scores(A)), encode(&scores(B)), encode(&scores([9, 9, 30, 20, 14, 26, 8, 17]))];
        let lines: Vec<String> = people.iter().enumerate().map(|(i, &c)| format!("P{i},{}", codes[c])).collect();
        let mut document = room(&lines);
        for &mark in &marks {
            let on = !document.training.is_apart(mark);
            document.set_apart(mark, on);
        }
        let marked: Vec<String> = document.training.attendees.iter().enumerate()
            .filter(|(i, _)| document.training.is_apart(*i))
            .map(|(_, a)| a.name.clone())
            .collect();
        let mut undo = Vec::new();
        for &at in &leave {
            if !document.training.attendees.is_empty() {
                let at = at % document.training.attendees.len();
                undo.push((at, document.remove_attendee(at).unwrap()));
            }
        }
        if let Some((at, removed)) = undo.pop() {
            document.restore_attendee(at, removed);
        }
        for (i, attendee) in document.training.attendees.iter().enumerate() {
            prop_assert_eq!(document.training.is_apart(i), marked.contains(&attendee.name), "{}", attendee.name);
        }
        prop_assert_eq!(&document.training.apart, &document.training_apart);
        let counted = document.training.counted();
        for &line in &counted {
            prop_assert_eq!(document.training.same_person(line)[0], line);
        }
        let again = reloaded(&document);
        prop_assert_eq!(&again, &document);
    }
}

#[test]
fn a_person_marked_apart_and_listed_again_stays_one_person_of_their_own() {
    let a = encode(&scores(A));
    let mut document = two_with_one_code();
    document.set_apart(2, true);
    // 藤田 pasted again, under her name: the same person as her own line, not 中川's.
    document.add_attendees(&format!("藤田,{a}"));
    let roster = &document.training;
    assert_eq!(
        roster.asks_apart(3),
        None,
        "a name the code is listed under is not asked about"
    );
    assert_eq!(roster.duplicates()[3], Some(Duplicate::SameCode(2)));
    assert_eq!(roster.same_person(2), [2, 3]);
    assert_eq!(roster.same_person(0), [0]);
    assert_eq!(roster.counted(), [0, 1, 2]);
    let mut members: Vec<usize> = document
        .room_groups()
        .into_iter()
        .flat_map(|g| g.members)
        .collect();
    members.sort_unstable();
    assert_eq!(members, [0, 1, 2], "everyone once");
    document.keep_groups();
    assert_eq!(
        document.training_groups[2], document.training_groups[3],
        "her two lines, one group"
    );
}

#[test]
fn a_code_read_out_before_its_names_asks_about_the_second_name() {
    let a = encode(&scores(A));
    let document = room(&[
        a.clone(),
        format!("中川,{a}"),
        format!("藤田,{a}"),
        format!("中川,{a}"),
    ]);
    let asked: Vec<Option<usize>> = (0..4).map(|i| document.training.asks_apart(i)).collect();
    // The unnamed line and 中川 are one person; 藤田 may be another; 中川 again is not.
    assert_eq!(asked, [None, None, Some(0), None]);
}

#[test]
fn a_scanned_card_with_another_name_is_added_and_asked_about() {
    use jiritsu::domain::training::scanned::Scanned;
    let a = encode(&scores(A));
    let mut document = room(&[format!("中川,{a}")]);
    assert_eq!(document.add_scanned(&a, ""), Scanned::AlreadyListed(0));
    assert_eq!(
        document.add_scanned(&a, " 中\u{200B}川 "),
        Scanned::AlreadyListed(0)
    );
    assert_eq!(document.add_scanned(&a, "藤田"), Scanned::Added(1));
    assert_eq!(document.training.asks_apart(1), Some(0));
    assert_eq!(document.add_scanned(&a, "藤田"), Scanned::AlreadyListed(1));
}

#[test]
fn with_the_groups_kept_a_person_marked_apart_joins_a_group_with_room_when_theirs_is_full() {
    let (a, b) = (encode(&scores(A)), encode(&scores(B)));
    // Another person with 中川's top three: the two sit together, a full group of two.
    let near = encode(&scores([30, 12, 9, 20, 14, 26, 8, 16]));
    let mut document = room(&[
        format!("中川,{a}"),
        format!("佐藤,{near}"),
        format!("鈴木,{b}"),
        format!("藤田,{a}"),
    ]);
    document.set_group_sizes(1, 2).unwrap();
    document.keep_groups();
    let seats = document.training_groups.clone();
    assert_eq!(seats[0], seats[1], "中川 and 佐藤 together");
    assert_eq!(seats[3], seats[0], "藤田's line with 中川");
    document.set_apart(3, true);
    assert!(document.groups_kept());
    assert_eq!(
        document.training_groups[3], seats[2],
        "藤田 joins 鈴木, the group with room"
    );
    let sizes: Vec<usize> = document
        .room_groups()
        .iter()
        .map(|g| g.members.len())
        .collect();
    assert_eq!(sizes, [2, 2]);
}
