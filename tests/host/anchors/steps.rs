//! The two steps of filling in the assessment: rating each statement, then picking the
//! three most true from the ones rated highest.

use super::{answers, id, picks};
use jiritsu::domain::anchors::{pick_candidates, Anchor, Picks, Rating, StatementId, Toggled};

#[test]
fn the_rating_scale_has_exactly_the_six_steps_one_to_six() {
    fn check(value: u8, accepted: bool) {
        assert_eq!(
            Rating::new(value).map(Rating::value),
            accepted.then_some(value),
            "{value}"
        );
    }
    check(0, false);
    check(1, true);
    check(6, true);
    check(7, false);
    check(255, false);
}

#[test]
fn statements_take_turns_between_the_eight_anchors() {
    fn check(number: u8, code: &str) {
        assert_eq!(
            super::id(number).anchor().code(),
            code,
            "statement {number}"
        );
    }
    check(1, "TF");
    check(2, "GM");
    check(3, "AU");
    check(4, "SE");
    check(5, "EC");
    check(6, "SV");
    check(7, "CH");
    check(8, "LS");
    check(9, "TF");
    check(34, "GM");
    check(40, "LS");
    assert_eq!(StatementId::new(0), None);
    assert_eq!(StatementId::new(41), None);
}

#[test]
fn anchors_keep_their_codes_numbers_and_five_statements() {
    fn check(anchor: Anchor, code: &str, number: u8, statements: [u8; 5]) {
        assert_eq!(anchor.code(), code);
        assert_eq!(anchor.number(), number);
        assert_eq!(anchor.statements().map(StatementId::number), statements);
        assert_eq!(Anchor::from_code(code), Some(anchor));
    }
    check(Anchor::TechnicalFunctional, "TF", 1, [1, 9, 17, 25, 33]);
    check(Anchor::GeneralManagerial, "GM", 2, [2, 10, 18, 26, 34]);
    check(Anchor::Autonomy, "AU", 3, [3, 11, 19, 27, 35]);
    check(Anchor::Security, "SE", 4, [4, 12, 20, 28, 36]);
    check(
        Anchor::EntrepreneurialCreativity,
        "EC",
        5,
        [5, 13, 21, 29, 37],
    );
    check(Anchor::Service, "SV", 6, [6, 14, 22, 30, 38]);
    check(Anchor::PureChallenge, "CH", 7, [7, 15, 23, 31, 39]);
    check(Anchor::Lifestyle, "LS", 8, [8, 16, 24, 32, 40]);
}

#[test]
fn the_person_continues_at_the_first_statement_left_unanswered() {
    fn check(spec: &str, unanswered: &[u8]) {
        let answers = answers(spec);
        let expected: Vec<StatementId> = unanswered.iter().map(|&n| id(n)).collect();
        assert_eq!(answers.unanswered(), expected, "{spec}");
        assert_eq!(
            answers.first_unanswered(),
            expected.first().copied(),
            "{spec}"
        );
        assert_eq!(answers.is_complete(), expected.is_empty(), "{spec}");
        assert_eq!(answers.answered_count(), 40 - expected.len(), "{spec}");
    }
    check("33333333 33333333 33333333 33333333 33333333", &[]);
    check("3333.333 33333333 33333333 33333333 3333333.", &[5, 40]);
    check(
        "........ ........ ........ ........ ........",
        &(1..=40).collect::<Vec<u8>>(),
    );
}

#[test]
fn the_highest_rated_statements_are_offered_first_for_picking() {
    fn check(spec: &str, highest: &[u8]) {
        let (offered, rest) = pick_candidates(&answers(spec));
        let offered: Vec<u8> = offered.into_iter().map(StatementId::number).collect();
        assert_eq!(offered, highest, "{spec}");
        let expected_rest: Vec<u8> = (1..=40).filter(|n| !highest.contains(n)).collect();
        let rest: Vec<u8> = rest.into_iter().map(StatementId::number).collect();
        assert_eq!(rest, expected_rest, "{spec}");
    }
    // Sixes first, then fives, each in statement order.
    check(
        "56333333 56333333 33333333 33333333 33333333",
        &[2, 10, 1, 9],
    );
    check("65533333 33333333 33333333 33333333 33333333", &[1, 2, 3]);
    // Fewer than three sixes and fives: the next rating down joins, all of it.
    check(
        "65441111 11111111 11111111 11111111 11111111",
        &[1, 2, 3, 4],
    );
    check("64111111 11111111 11111111 11111111 11111114", &[1, 2, 40]);
    let one_then_forty_then_the_twos: Vec<u8> = [1, 40].into_iter().chain(2..=39).collect();
    check(
        "62222222 22222222 22222222 22222222 22222223",
        &one_then_forty_then_the_twos,
    );
    // Unanswered statements are never offered first.
    check("6.5.5... ........ ........ ........ ........", &[1, 3, 5]);
}

#[test]
fn a_fourth_pick_is_refused_until_one_is_taken_back() {
    let mut picked = Picks::new();
    let steps = [
        (1, Toggled::Picked),
        (9, Toggled::Picked),
        (2, Toggled::Picked),
        (3, Toggled::RefusedAlreadyThree),
        (9, Toggled::Unpicked),
        (3, Toggled::Picked),
    ];
    for (number, expected) in steps {
        assert_eq!(picked.toggle(id(number)), expected, "toggling {number}");
    }
    assert_eq!(picked, picks(&[1, 2, 3]));
    assert!(picked.is_full());
}

#[test]
fn picks_must_be_distinct_and_at_most_three() {
    fn check(numbers: &[u8], accepted: bool) {
        let statements: Vec<StatementId> = numbers.iter().map(|&n| id(n)).collect();
        assert_eq!(
            Picks::from_statements(&statements).is_some(),
            accepted,
            "{numbers:?}"
        );
    }
    check(&[], true);
    check(&[5, 1, 40], true);
    check(&[5, 5], false);
    check(&[1, 2, 3, 4], false);
}
