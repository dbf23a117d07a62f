//! Properties that hold for every way of filling in the assessment.

use proptest::prelude::*;
use proptest::sample::subsequence;

use super::{date, id, rating};
use jiritsu::domain::anchors::{
    score, Anchor, AnchorState, Answers, Assessment, AssessmentHistory, CompletedAssessment, Picks,
    StatementId,
};
use serde_json::Value;

fn read_state(text: &str) -> Option<AnchorState> {
    serde_json::from_str(text).ok()
}

fn write(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).expect("JSON")
}

fn any_ratings() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(1u8..=6, 40)
}

fn any_distinct_statements(count: usize) -> impl Strategy<Value = Vec<u8>> {
    subsequence((1u8..=40).collect::<Vec<u8>>(), count).prop_shuffle()
}

fn answers_from(ratings: &[u8]) -> Answers {
    let mut answers = Answers::new();
    for (statement, &value) in StatementId::all().zip(ratings) {
        answers.set(statement, rating(value));
    }
    answers
}

fn picks_from(numbers: &[u8]) -> Picks {
    let statements: Vec<StatementId> = numbers.iter().map(|&n| id(n)).collect();
    Picks::from_statements(&statements).expect("distinct, at most three")
}

fn any_assessment() -> impl Strategy<Value = Assessment> {
    let maybe_ratings = prop::collection::vec(prop::option::of(1u8..=6), 40);
    (prop::option::of(0u32..3000), maybe_ratings, 0usize..=3)
        .prop_flat_map(|(days, ratings, count)| {
            (Just(days), Just(ratings), any_distinct_statements(count))
        })
        .prop_map(|(days, ratings, picked)| {
            let mut answers = Answers::new();
            for (statement, value) in StatementId::all().zip(ratings) {
                if let Some(value) = value {
                    answers.set(statement, rating(value));
                }
            }
            let started = days.map(|days| date(2020, 1, 1) + chrono::Days::new(u64::from(days)));
            Assessment {
                started,
                answers,
                picks: picks_from(&picked),
            }
        })
}

fn any_completed() -> impl Strategy<Value = CompletedAssessment> {
    (0u32..3000, any_ratings(), any_distinct_statements(3)).prop_map(|(days, ratings, picked)| {
        let on = date(2020, 1, 1) + chrono::Days::new(u64::from(days));
        CompletedAssessment::new(on, answers_from(&ratings), picks_from(&picked)).expect("scorable")
    })
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-10i64..50).prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "[a-zA-Z0-9:-]{0,12}".prop_map(Value::from),
        Just(Value::from("2025-04-01")),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        let keys = prop_oneof![
            Just("current".to_string()),
            Just("history".to_string()),
            Just("answers".to_string()),
            Just("picks".to_string()),
            Just("date".to_string()),
            Just("started".to_string()),
            "[a-z]{1,6}",
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..42).prop_map(Value::Array),
            prop::collection::btree_map(keys, inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn every_score_lies_between_one_and_eight_point_four(ratings in any_ratings(), picked in any_distinct_statements(3)) {
        let scores = score(&answers_from(&ratings), &picks_from(&picked)).expect("scorable");
        for anchor in Anchor::ALL {
            let value = scores.get(anchor);
            prop_assert!((1.0..=8.4).contains(&value), "{}: {}", anchor.code(), value);
        }
        prop_assert!(!scores.top().is_empty());
        prop_assert!(scores.top_three().len() >= 3);
    }

    #[test]
    fn moving_one_pick_moves_exactly_four_points_between_the_two_anchors_only(
        ratings in any_ratings(),
        statements in any_distinct_statements(4),
    ) {
        let (kept, from, to) = (&statements[..2], statements[2], statements[3]);
        let before = [kept, &[from]].concat();
        let after = [kept, &[to]].concat();
        let mut history = AssessmentHistory::new();
        let answers = answers_from(&ratings);
        history.record(CompletedAssessment::new(date(2024, 1, 1), answers, picks_from(&before)).expect("scorable"));
        history.record(CompletedAssessment::new(date(2025, 1, 1), answers, picks_from(&after)).expect("scorable"));
        let (from, to) = (id(from).anchor(), id(to).anchor());
        let expected = if from == to { vec![] } else if from < to { vec![(from, -4), (to, 4)] } else { vec![(to, 4), (from, -4)] };
        prop_assert_eq!(history.compare(0, 1), Some(expected));
    }

    #[test]
    fn a_pick_adds_exactly_four_points_to_its_own_anchor(ratings in any_ratings(), picked in any_distinct_statements(3)) {
        let scores = score(&answers_from(&ratings), &picks_from(&picked)).expect("scorable");
        for anchor in Anchor::ALL {
            let rated: u32 = anchor.statements().iter().map(|s| u32::from(ratings[usize::from(s.number()) - 1])).sum();
            let bonus = 4 * picked.iter().filter(|&&n| id(n).anchor() == anchor).count() as u32;
            prop_assert_eq!(u32::from(scores.points(anchor)), rated + bonus);
        }
    }

    #[test]
    fn the_order_answers_and_picks_were_entered_in_changes_nothing(
        ratings in any_ratings(),
        order in Just((0usize..40).collect::<Vec<_>>()).prop_shuffle(),
        picked in any_distinct_statements(3),
        pick_order in Just(vec![0usize, 1, 2]).prop_shuffle(),
    ) {
        let mut shuffled = Assessment::default();
        for &index in &order {
            shuffled.rate(id(index as u8 + 1), rating(ratings[index]));
        }
        for &index in &pick_order {
            shuffled.toggle_pick(id(picked[index]));
        }
        let in_order = Assessment { started: None, answers: answers_from(&ratings), picks: picks_from(&picked) };
        prop_assert_eq!(shuffled.scores(), in_order.scores());
        prop_assert_eq!(shuffled, in_order);
    }

    #[test]
    fn a_saved_state_reads_back_exactly_as_it_was(
        current in any_assessment(),
        results in prop::collection::vec(any_completed(), 0..4),
    ) {
        let mut history = AssessmentHistory::new();
        for result in results {
            history.record(result);
        }
        let state = AnchorState { current, history };
        let json = write(&state);
        prop_assert_eq!(read_state(&json), Some(state));
    }

    #[test]
    fn reading_any_json_as_a_saved_state_never_panics(json in any_json()) {
        let text = write(&json);
        if let Some(state) = read_state(&text) {
            let again = write(&state);
            prop_assert_eq!(read_state(&again), Some(state));
        }
        let wrapped = format!(r#"{{"current":{text},"history":[{text}]}}"#);
        let _ = read_state(&wrapped);
    }
}
