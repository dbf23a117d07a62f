//! The career-anchor self-assessment as a person meets it: rating forty statements,
//! picking the three most true, seeing scores and ties, and coming back to retake it.
//! Shared helpers live here; each feature has a file in `anchors/`.

mod content;
mod history;
mod properties;
mod scoring;
mod steps;

use chrono::NaiveDate;
use jiritsu::domain::anchors::{Anchor, Answers, Picks, Rating, StatementId};

/// Answers written as forty digits in statement order, `.` for unanswered; spaces are
/// ignored. Written in rounds of eight, each column is one anchor:
/// `"TGASESCL TGASESCL …"` (TF, GM, AU, SE, EC, SV, CH, LS).
fn answers(spec: &str) -> Answers {
    let marks: Vec<char> = spec.chars().filter(|c| !c.is_whitespace()).collect();
    assert_eq!(marks.len(), 40, "an answers spec has forty marks: {spec}");
    let mut answers = Answers::new();
    for (statement, mark) in StatementId::all().zip(marks) {
        if let Some(value) = mark.to_digit(10) {
            answers.set(statement, rating(value as u8));
        }
    }
    answers
}

fn picks(numbers: &[u8]) -> Picks {
    let statements: Vec<StatementId> = numbers.iter().map(|&n| id(n)).collect();
    Picks::from_statements(&statements).expect("distinct picks, at most three")
}

fn id(number: u8) -> StatementId {
    StatementId::new(number).expect("a statement number 1..=40")
}

fn rating(value: u8) -> Rating {
    Rating::new(value).expect("a rating 1..=6")
}

/// Anchors written as codes separated by spaces, e.g. `"TF GM"`.
fn anchors(codes: &str) -> Vec<Anchor> {
    codes
        .split_whitespace()
        .map(|code| Anchor::from_code(code).expect("a code"))
        .collect()
}

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a real date")
}

/// What a career anchor is, as the result says it: Schein's self-image of talents, motives
/// and values (not values and motives alone), the part one would not give up.
#[test]
fn an_anchor_is_said_to_be_talents_motives_and_values() {
    use jiritsu::domain::lang::Lang;
    use jiritsu::i18n::assessment::AssessMsg;
    let ja = AssessMsg::AnchorMeaning.text(Lang::Ja);
    for part in [
        "得意なこと",
        "動機",
        "価値観",
        "自己イメージ",
        "手放したくない",
    ] {
        assert!(ja.contains(part), "{part}: {ja}");
    }
    let en = AssessMsg::AnchorMeaning.text(Lang::En);
    for part in [
        "good at",
        "drives you",
        "value",
        "how you see yourself",
        "not give up",
    ] {
        assert!(en.contains(part), "{part}: {en}");
    }
}
