//! A code that arrives through the address in a card's QR code is added to the list once.

use super::*;
use jiritsu::domain::training::roster::Roster;
use jiritsu::domain::training::scanned::{add_scanned, Scanned};
use jiritsu::domain::training::share_code::{encode, ShareCodeError};

#[test]
fn a_scanned_code_is_added_at_the_end_of_the_list_without_a_name() {
    let mut roster = Roster::default();
    roster.add_lines(&format!(
        "田中,{}",
        encode(&scores([30, 12, 9, 20, 14, 26, 8, 17]))
    ));
    let scanned = scores([12, 30, 9, 20, 14, 26, 8, 17]);
    assert_eq!(
        add_scanned(&mut roster, &encode(&scanned), ""),
        Scanned::Added(1)
    );
    assert_eq!(roster.attendees.len(), 2);
    assert_eq!(roster.attendees[1].name, "");
    assert_eq!(roster.attendees[1].scores, scanned);
}

#[test]
fn a_scanned_code_comes_with_the_name_on_the_card_kept_as_a_pasted_one() {
    let mut roster = Roster::default();
    let first = scores([30, 12, 9, 20, 14, 26, 8, 17]);
    assert_eq!(
        add_scanned(&mut roster, &encode(&first), " 山田, 花子 "),
        Scanned::Added(0)
    );
    assert_eq!(roster.attendees[0].name, "山田, 花子");
    // A line break cannot split the line; a long name is cut as a pasted one is.
    let second = scores([12, 30, 9, 20, 14, 26, 8, 17]);
    let long = format!("a\nb{}", "x".repeat(60));
    assert_eq!(
        add_scanned(&mut roster, &encode(&second), &long),
        Scanned::Added(1)
    );
    assert_eq!(roster.attendees[1].name, format!("a b{}", "x".repeat(37)));
    assert_eq!(roster.attendees.len(), 2);
    // The saved list reads back the same.
    let mut again = Roster::default();
    again.add_lines(&roster.to_text());
    assert_eq!(again.attendees, roster.attendees);
}

#[test]
fn the_same_card_scanned_again_adds_nothing_and_says_where_it_is() {
    let mut roster = Roster::default();
    let first = encode(&scores([30, 12, 9, 20, 14, 26, 8, 17]));
    let second = encode(&scores([12, 30, 9, 20, 14, 26, 8, 17]));
    roster.add_lines(&format!("田中,{first}\n{second}"));
    // Grouped or in lower case, it is the same code.
    let grouped = format!("{}-{}", &second[..5], &second[5..]).to_lowercase();
    assert_eq!(
        add_scanned(&mut roster, &grouped, ""),
        Scanned::AlreadyListed(1)
    );
    assert_eq!(
        add_scanned(&mut roster, &first, ""),
        Scanned::AlreadyListed(0)
    );
    assert_eq!(roster.attendees.len(), 2);
}

#[test]
fn a_damaged_code_is_refused_with_the_reason() {
    let mut roster = Roster::default();
    let code = encode(&scores([30, 12, 9, 20, 14, 26, 8, 17]));
    let typo = format!(
        "{}{}",
        if code.starts_with('A') { 'B' } else { 'A' },
        &code[1..]
    );
    assert_eq!(
        add_scanned(&mut roster, &typo, ""),
        Scanned::Refused(ShareCodeError::CheckFailed)
    );
    assert_eq!(
        add_scanned(&mut roster, "ABC", ""),
        Scanned::Refused(ShareCodeError::WrongLength { found: 3 })
    );
    assert_eq!(
        add_scanned(&mut roster, "<script>", ""),
        Scanned::Refused(ShareCodeError::UnknownCharacter('<'))
    );
    assert!(roster.attendees.is_empty());
}

proptest! {
    #[test]
    fn scanning_any_code_twice_lists_it_once(profile in any_scores()) {
        let mut roster = Roster::default();
        let code = encode(&profile);
        prop_assert_eq!(add_scanned(&mut roster, &code, ""), Scanned::Added(0));
        prop_assert_eq!(add_scanned(&mut roster, &code, ""), Scanned::AlreadyListed(0));
        prop_assert_eq!(roster.attendees.len(), 1);
    }
}
