//! Coming back to the assessment: completing it, the history of results, comparing two
//! of them, retaking it, and reading whatever a saved document holds.

use super::{answers, date, id, picks, rating};
use chrono::NaiveTime;
use jiritsu::domain::anchors::{
    Anchor, AnchorState, Assessment, AssessmentHistory, CompletedAssessment, ScoringError, Stage,
};
use serde_json::{json, Value};

/// Reads JSON text as `T`, the saved form of one part of a document; any error is given as
/// its message.
fn read<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|error| error.to_string())
}

/// `value` as it is saved.
fn saved(value: &impl serde::Serialize) -> Value {
    serde_json::to_value(value).expect("saved parts are JSON")
}

const ALL_THREES: &str = "33333333 33333333 33333333 33333333 33333333";
const MIXED: &str = "65432112 65432112 55432122 54432122 44432132";

fn completed(on: (i32, u32, u32), spec: &str, picked: &[u8]) -> CompletedAssessment {
    CompletedAssessment::new(date(on.0, on.1, on.2), answers(spec), picks(picked))
        .expect("scorable")
}

fn filled_in(spec: &str, picked: &[u8]) -> Assessment {
    Assessment {
        started: Some(date(2025, 4, 1)),
        answers: answers(spec),
        picks: picks(picked),
    }
}

#[test]
fn the_stage_follows_the_person_through_rating_and_picking() {
    fn check(assessment: Assessment, expected: Stage) {
        assert_eq!(assessment.stage(), expected);
    }
    check(
        Assessment::default(),
        Stage::Rating {
            answered: 0,
            next: id(1),
        },
    );
    check(
        filled_in("33.33333 33333333 33333333 33333333 33333333", &[]),
        Stage::Rating {
            answered: 39,
            next: id(3),
        },
    );
    check(filled_in(ALL_THREES, &[1]), Stage::Picking { picked: 1 });
    check(filled_in(ALL_THREES, &[1, 2, 3]), Stage::Ready);
}

#[test]
fn completing_files_the_result_under_today_and_starts_a_blank_assessment() {
    let mut state = AnchorState {
        current: filled_in(MIXED, &[1, 2, 10]),
        ..AnchorState::default()
    };
    let top = state
        .complete(date(2025, 5, 12), time(14, 5))
        .map(|result| result.scores().top());
    assert_eq!(top, Ok(vec![Anchor::GeneralManagerial]));
    assert!(state.current.is_untouched());
    let latest = state.history.latest().expect("one result");
    assert_eq!(
        (latest.date(), latest.answers(), latest.picks()),
        (date(2025, 5, 12), &answers(MIXED), &picks(&[1, 2, 10]))
    );
    assert_eq!(
        latest.time(),
        Some(time(14, 5)),
        "the time tells results of a day apart"
    );
}

#[test]
fn an_unfinished_assessment_cannot_be_completed_and_stays_as_it_was() {
    let unfinished = filled_in(ALL_THREES, &[1, 2]);
    let mut state = AnchorState {
        current: unfinished.clone(),
        ..AnchorState::default()
    };
    assert_eq!(
        state.complete(date(2025, 5, 12), time(9, 0)).err(),
        Some(ScoringError::NotThreePicks { picked: 2 })
    );
    assert_eq!(state.current, unfinished);
    assert!(state.history.is_empty());
}

#[test]
fn retaking_starts_fresh_today_and_keeps_earlier_results() {
    let mut state = AnchorState {
        current: filled_in(MIXED, &[1]),
        ..AnchorState::default()
    };
    state
        .history
        .record(completed((2024, 4, 1), MIXED, &[1, 2, 10]));
    state.retake(date(2025, 4, 1));
    assert_eq!(state.current, Assessment::started_on(date(2025, 4, 1)));
    assert_eq!(state.history.len(), 1);
}

#[test]
fn the_history_keeps_results_oldest_first_whatever_order_they_arrive_in() {
    let mut history = AssessmentHistory::new();
    history.record(completed((2025, 6, 1), ALL_THREES, &[1, 2, 3]));
    history.record(completed((2023, 6, 1), ALL_THREES, &[1, 2, 3]));
    history.record(completed((2024, 6, 1), ALL_THREES, &[1, 2, 3]));
    let years: Vec<i32> = history
        .all()
        .iter()
        .map(|result| chrono::Datelike::year(&result.date()))
        .collect();
    assert_eq!(years, [2023, 2024, 2025]);
    assert_eq!(
        history.latest().map(|result| result.date()),
        Some(date(2025, 6, 1))
    );
}

#[test]
fn deleting_a_result_removes_only_that_one() {
    let mut history = AssessmentHistory::new();
    history.record(completed((2023, 6, 1), ALL_THREES, &[1, 2, 3]));
    history.record(completed((2024, 6, 1), MIXED, &[1, 2, 10]));
    assert_eq!(history.delete(5), None);
    assert_eq!(
        history.delete(0).map(|result| result.date()),
        Some(date(2023, 6, 1))
    );
    assert_eq!(
        history
            .all()
            .iter()
            .map(|result| result.date())
            .collect::<Vec<_>>(),
        [date(2024, 6, 1)]
    );
}

#[test]
fn comparing_two_results_lists_the_anchors_that_moved_biggest_move_first() {
    let mut history = AssessmentHistory::new();
    history.record(completed((2023, 6, 1), ALL_THREES, &[1, 2, 3]));
    history.record(completed((2024, 6, 1), MIXED, &[1, 2, 10]));
    history.record(completed((2025, 6, 1), MIXED, &[1, 2, 10]));
    let moved = |earlier, later| {
        history.compare(earlier, later).map(|moves| {
            moves
                .into_iter()
                .map(|(anchor, change)| (anchor.code(), change))
                .collect::<Vec<_>>()
        })
    };
    // 3.8 3.8 3.8 3.0 3.0 3.0 3.0 3.0 → 6.0 6.2 4.0 3.0 2.0 1.0 1.8 2.0
    // In points (one point is 0.2 of a score): +2.4 is 12 points.
    let expected = vec![
        ("GM", 12),
        ("TF", 11),
        ("SV", -10),
        ("CH", -6),
        ("EC", -5),
        ("LS", -5),
        ("AU", 1),
    ];
    assert_eq!(moved(0, 1), Some(expected));
    assert_eq!(moved(1, 2), Some(vec![]));
    assert_eq!(moved(0, 3), None);
}

#[test]
fn a_saved_state_with_fields_missing_reads_as_their_defaults() {
    fn check(json: &str, expected: AnchorState) {
        assert_eq!(read::<AnchorState>(json), Ok(expected), "{json}");
    }
    check("{}", AnchorState::default());
    check(r#"{"current":{}}"#, AnchorState::default());
    check(
        r#"{"current":{"started":"2025-04-01"}}"#,
        AnchorState {
            current: Assessment::started_on(date(2025, 4, 1)),
            ..AnchorState::default()
        },
    );
}

#[test]
fn saved_answers_and_picks_are_read_back_exactly() {
    let mut answers = vec!["null"; 40];
    answers[0] = "6";
    answers[5] = "3";
    let json = format!(r#"{{"answers":[{}],"picks":[3,1,2]}}"#, answers.join(","));
    let read: Assessment = read(&json).expect("readable");
    let mut expected_answers = jiritsu::domain::anchors::Answers::new();
    expected_answers.set(id(1), rating(6));
    expected_answers.set(id(6), rating(3));
    assert_eq!(
        (read.answers, read.picks),
        (expected_answers, picks(&[1, 2, 3]))
    );
}

#[test]
fn damaged_answers_or_picks_are_refused_not_silently_dropped() {
    let forty = |value: &str| vec![value; 40].join(",");
    for json in [
        format!(r#"{{"answers":[{}]}}"#, forty("9")),
        format!(r#"{{"answers":[{}]}}"#, forty("\"x\"")),
        r#"{"answers":[6,5,4]}"#.to_owned(),
        r#"{"answers":"oops"}"#.to_owned(),
        r#"{"picks":[1,1,2]}"#.to_owned(),
        r#"{"picks":[1,2,3,4]}"#.to_owned(),
        r#"{"picks":[99]}"#.to_owned(),
        r#"{"picks":{"a":1}}"#.to_owned(),
    ] {
        assert!(read::<Assessment>(&json).is_err(), "{json}");
    }
}

#[test]
fn a_damaged_result_in_the_history_is_refused() {
    let good = completed((2024, 6, 1), MIXED, &[1, 2, 10]);
    let good_json = serde_json::to_string_pretty(&good).expect("JSON");
    let state: AnchorState = read(&format!(r#"{{"history":[{good_json}]}}"#)).expect("readable");
    assert_eq!(state.history.all(), [good]);
    let incomplete = r#"{"date":"2023-06-01","answers":[3,3],"picks":[1,2,3]}"#;
    for damaged in [incomplete, r#""junk""#, r#"{"date":"not a date"}"#] {
        let json = format!(r#"{{"history":[{good_json},{damaged}]}}"#);
        assert!(read::<AnchorState>(&json).is_err(), "{json}");
    }
}

#[test]
fn a_completed_result_is_saved_with_its_scores_for_people_reading_an_export() {
    let json = saved(&completed((2024, 6, 1), MIXED, &[1, 2, 10]));
    assert_eq!(json["date"], json!("2024-06-01"));
    assert_eq!(json["picks"], json!([1, 2, 10]));
    assert_eq!(json["scores"]["GM"], json!(6.2));
    assert!(matches!(&json["answers"], Value::Array(items) if items.len() == 40));
}

fn time(hour: u32, minute: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, minute, 0).expect("a time of day")
}

#[test]
fn a_result_is_saved_with_the_time_it_was_completed_and_read_back_with_it() {
    let result = completed((2024, 6, 1), MIXED, &[1, 2, 10]).at(time(9, 5));
    let json = saved(&result);
    assert_eq!(json["time"], json!("09:05"));
    let back: CompletedAssessment = read(&json.to_string()).expect("readable");
    assert_eq!(back, result);
}

#[test]
fn a_result_saved_before_times_were_kept_reads_without_one_and_is_written_without_one() {
    let result = completed((2024, 6, 1), MIXED, &[1, 2, 10]);
    let json = saved(&result);
    assert_eq!(
        json.get("time"),
        None,
        "no time is written for a result that has none"
    );
    let back: CompletedAssessment = read(&json.to_string()).expect("readable");
    assert_eq!(back.time(), None);
    let with_null = json.to_string().replacen('{', r#"{"time":null,"#, 1);
    assert_eq!(
        read::<CompletedAssessment>(&with_null).map(|r| r.time()),
        Ok(None)
    );
}

#[test]
fn a_damaged_time_is_refused() {
    let json = saved(&completed((2024, 6, 1), MIXED, &[1, 2, 10]));
    for time in [
        r#""9:05""#,
        r#""24:00""#,
        r#""12:60""#,
        r#""12:00:00""#,
        r#""noon""#,
        "1205",
        r#""""#,
    ] {
        let damaged = json
            .to_string()
            .replacen('{', &format!(r#"{{"time":{time},"#), 1);
        assert!(read::<CompletedAssessment>(&damaged).is_err(), "{damaged}");
    }
}

#[test]
fn the_result_screen_says_whether_the_highest_anchor_moved_since_the_result_before() {
    let mut history = AssessmentHistory::new();
    // 3.8 3.8 3.8 3.0 … (picks 1, 2, 3: TF, GM, AU tie at the top), then GM alone at 6.2.
    history.record(completed((2026, 5, 14), ALL_THREES, &[1, 2, 3]));
    history.record(completed((2026, 12, 3), MIXED, &[1, 2, 10]));
    history.record(completed((2026, 12, 4), MIXED, &[1, 2, 10]));
    let tops = |index| {
        history.top_since_previous(index).map(|(before, was, is)| {
            let codes = |anchors: Vec<Anchor>| anchors.iter().map(|a| a.code()).collect::<Vec<_>>();
            (before.date(), codes(was), codes(is))
        })
    };
    assert_eq!(tops(0), None, "nothing before the first");
    assert_eq!(
        tops(1),
        Some((date(2026, 5, 14), vec!["TF", "GM", "AU"], vec!["GM"])),
        "a tie of three before, one anchor now"
    );
    assert_eq!(tops(2), Some((date(2026, 12, 3), vec!["GM"], vec!["GM"])));
    assert_eq!(tops(3), None, "out of range");
}
