//! What home tells someone coming back in a short break: how far the self-assessment got,
//! its result, and the worksheet's sections written, as the person would say it.

use chrono::NaiveDate;
use jiritsu::domain::anchors::{Rating, Stage, StatementId};
use jiritsu::domain::document::Document;
use jiritsu::domain::lang::Lang;
use jiritsu::domain::progress::{progress, Progress, SECTIONS};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).expect("a real date")
}

/// A notebook with the first `answered` statements rated 4.
fn answered(answered: u8) -> Document {
    let mut document = Document::default();
    for number in 1..=answered {
        let statement = StatementId::new(number).expect("a statement number 1..=40");
        let rating = Rating::new(4).expect("a rating 1..=6");
        document.anchors.current.rate_on(statement, rating, day());
    }
    document
}

/// A notebook with a result of `day()` and nothing under way.
fn with_result() -> Document {
    let mut document = answered(40);
    for number in [1, 2, 3] {
        let statement = StatementId::new(number).expect("a statement number 1..=40");
        document.anchors.current.toggle_pick(statement);
    }
    let result = document.anchors.current.complete(day()).expect("scorable");
    document.anchors.history.record(result);
    document.anchors.current = Default::default();
    document
}

#[test]
fn a_first_visit_has_nothing_to_say_and_neither_has_a_language_chosen() {
    assert!(progress(&Document::default()).is_empty());
    let mut document = Document::default();
    document.settings.language = Some(Lang::En);
    assert!(progress(&document).is_empty());
}

#[test]
fn a_self_assessment_under_way_says_how_many_statements_are_answered() {
    let said = progress(&answered(15));
    assert!(!said.is_empty());
    assert!(matches!(
        said.assessment,
        Some(Stage::Rating { answered: 15, .. })
    ));
    assert_eq!(said.result_on, None);
    assert_eq!(said.sections_written, 0);
}

#[test]
fn all_answered_says_how_many_picks_are_made() {
    let mut document = answered(40);
    let first = StatementId::new(1).expect("a statement number 1..=40");
    document.anchors.current.toggle_pick(first);
    assert_eq!(
        progress(&document).assessment,
        Some(Stage::Picking { picked: 1 })
    );
}

#[test]
fn a_result_alone_has_not_begun_the_worksheet() {
    assert_eq!(
        progress(&with_result()),
        Progress {
            assessment: None,
            result_on: Some(day()),
            sections_written: 0,
        }
    );
}

#[test]
fn once_something_is_written_the_worksheet_counts_its_sections_as_its_overview_does() {
    let mut document = with_result();
    document.worksheet.vision.doing = "新人に段取りを教えている".into();
    document.worksheet.support.text = "講習に出る時間".into();
    // d (the result), f and j.
    assert_eq!(progress(&document).sections_written, 3);
    assert_eq!(SECTIONS, 11);
}
