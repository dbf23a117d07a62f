//! The share code: ten characters that carry the eight scores, and catch every typo of
//! one character or of two neighbouring characters swapped.

use super::*;
use jiritsu::domain::anchors::{score, Answers, Picks, Rating, StatementId};
use jiritsu::domain::training::share_code::{
    decode, encode, ShareCodeError, ALPHABET, CODE_LENGTH,
};
use jiritsu::i18n::training::grouped;

const LOWEST: [u8; 8] = [17, 5, 5, 5, 5, 5, 5, 5];
const HIGHEST: [u8; 8] = [42, 30, 30, 30, 30, 30, 30, 30];

#[test]
fn a_code_is_ten_characters_without_look_alikes() {
    for points in [LOWEST, HIGHEST, [18, 20, 22, 24, 26, 28, 30, 21]] {
        let code = encode(&scores(points));
        assert_eq!(code.len(), CODE_LENGTH, "{code}");
        assert!(code.bytes().all(|b| ALPHABET.contains(&b)), "{code}");
        assert!(
            !code.contains(['0', '1', 'I', 'L', 'O', 'U', 'Z']),
            "{code}"
        );
        assert_eq!(decode(&code), Ok(scores(points)));
    }
    assert_eq!(
        ALPHABET.len(),
        29,
        "a prime, so that the check catches every single change"
    );
}

#[test]
fn a_code_is_read_as_people_type_it() {
    let points = [30, 12, 9, 20, 14, 26, 8, 17];
    let code = encode(&scores(points));
    let display = grouped(&code);
    assert_eq!(display.len(), 11);
    assert_eq!(display.find('-'), Some(5));
    for typed in [
        code.clone(),
        display.clone(),
        code.to_lowercase(),
        format!("  {}  ", display.to_lowercase()),
        display.replace('-', " "),
        // Full width, as a Japanese input method types it, with a long-vowel mark as the dash.
        display
            .chars()
            .map(|c| match c {
                '-' => 'ー',
                c => char::from_u32(u32::from(c) + 0xFEE0).unwrap(),
            })
            .collect(),
    ] {
        assert_eq!(decode(&typed), Ok(scores(points)), "{typed}");
    }
}

#[test]
fn each_kind_of_mistake_is_named() {
    let code = encode(&scores(LOWEST));
    assert_eq!(decode(""), Err(ShareCodeError::WrongLength { found: 0 }));
    assert_eq!(
        decode(code.get(..9).unwrap()),
        Err(ShareCodeError::WrongLength { found: 9 })
    );
    assert_eq!(
        decode(&format!("{code}2")),
        Err(ShareCodeError::WrongLength { found: 11 })
    );
    assert_eq!(
        decode(&format!("O{}", code.get(1..).unwrap())),
        Err(ShareCodeError::UnknownCharacter('O'))
    );
    assert_eq!(decode("田中"), Err(ShareCodeError::UnknownCharacter('田')));
    // Nine characters whose number is beyond 38⁸ (and all-top points), each with the
    // check character that makes it consistent: the scores cannot come from an assessment.
    for body in ["YYYYYYYYY", "XYYYYYYYY"] {
        let consistent = with_valid_check(body);
        assert_eq!(decode(&consistent), Err(ShareCodeError::ScoresImpossible));
    }
    // Every anchor at the maximum needs more than three picks.
    let mut all_top = encode(&scores(HIGHEST));
    assert_eq!(decode(&all_top), Ok(scores(HIGHEST)));
    all_top = with_valid_check(&number_to_body([42; 8]));
    assert_eq!(decode(&all_top), Err(ShareCodeError::ScoresImpossible));
}

#[test]
fn impossible_profiles_are_not_scores() {
    assert!(Scores::from_points([42; 8]).is_none());
    assert!(Scores::from_points([4, 30, 30, 30, 30, 30, 30, 30]).is_none());
    assert!(
        Scores::from_points([5; 8]).is_none(),
        "the three picks add 12 somewhere"
    );
    assert!(Scores::from_points([5, 5, 5, 5, 5, 9, 9, 9]).is_some());
    assert!(Scores::from_points([42, 42, 30, 30, 30, 30, 30, 30]).is_none());
    assert!(Scores::from_points([42, 34, 30, 30, 30, 30, 30, 30]).is_none());
    assert!(Scores::from_points([38, 34, 30, 30, 30, 30, 30, 30]).is_some());
}

/// The check, found by trying all 29 characters: exactly one is consistent.
fn with_valid_check(body: &str) -> String {
    let consistent: Vec<String> = ALPHABET
        .iter()
        .map(|&c| format!("{body}{}", char::from(c)))
        .filter(|code| decode(code) != Err(ShareCodeError::CheckFailed))
        .collect();
    assert_eq!(consistent.len(), 1, "{body}");
    consistent.into_iter().next().unwrap()
}

/// The nine characters of a number written in base 29 from points, independently of `encode`.
fn number_to_body(points: [u8; 8]) -> String {
    let mut number = points.iter().fold(0u64, |n, &p| n * 38 + u64::from(p - 5));
    let mut chars = vec![0u8; 9];
    for slot in chars.iter_mut().rev() {
        *slot = ALPHABET[(number % 29) as usize];
        number /= 29;
    }
    String::from_utf8(chars).unwrap()
}

fn answers_from(ratings: &[u8]) -> Answers {
    let mut answers = Answers::new();
    for (statement, &value) in StatementId::all().zip(ratings) {
        answers.set(statement, Rating::new(value).unwrap());
    }
    answers
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_assessment_survives_its_code(
        ratings in prop::collection::vec(1u8..=6, 40),
        picks in prop::sample::subsequence((1u8..=40).collect::<Vec<u8>>(), 3),
    ) {
        let picks: Vec<StatementId> = picks.into_iter().map(|n| StatementId::new(n).unwrap()).collect();
        let result = score(&answers_from(&ratings), &Picks::from_statements(&picks).unwrap()).unwrap();
        let code = encode(&result);
        prop_assert_eq!(&number_to_body(result.all_points()), code.get(..9).unwrap());
        prop_assert_eq!(decode(&code), Ok(result));
        prop_assert_eq!(decode(&grouped(&code).to_lowercase()), Ok(result));
    }

    #[test]
    fn every_single_character_change_is_caught(profile in any_scores()) {
        let code = encode(&profile);
        for position in 0..CODE_LENGTH {
            for &symbol in ALPHABET.iter() {
                let mut changed = code.clone().into_bytes();
                if changed[position] == symbol {
                    continue;
                }
                changed[position] = symbol;
                let changed = String::from_utf8(changed).unwrap();
                prop_assert_eq!(decode(&changed), Err(ShareCodeError::CheckFailed), "{}", changed);
            }
        }
    }

    #[test]
    fn every_swap_of_neighbours_is_caught(profile in any_scores()) {
        let code = encode(&profile).into_bytes();
        for position in 0..CODE_LENGTH - 1 {
            if code[position] == code[position + 1] {
                continue;
            }
            let mut swapped = code.clone();
            swapped.swap(position, position + 1);
            let swapped = String::from_utf8(swapped).unwrap();
            prop_assert_eq!(decode(&swapped), Err(ShareCodeError::CheckFailed), "{}", swapped);
        }
    }

    #[test]
    fn any_text_is_read_without_panicking(text in "\\PC{0,30}") {
        let _ = decode(&text);
    }
}
