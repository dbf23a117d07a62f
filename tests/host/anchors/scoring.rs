//! Scores as the person sees them: exact values, the top anchor, ties, the lowest ones.

use super::{anchors, answers, picks};
use jiritsu::domain::anchors::{score, Anchor, ScoringError};

// Answers specs are in rounds of eight: each column is one anchor, TF GM AU SE EC SV CH LS.
const ALL_ONES: &str = "11111111 11111111 11111111 11111111 11111111";
const ALL_THREES: &str = "33333333 33333333 33333333 33333333 33333333";
const ALL_SIXES: &str = "66666666 66666666 66666666 66666666 66666666";
const MIXED: &str = "65432112 65432112 55432122 54432122 44432132";
const TF_AND_GM_AHEAD: &str = "55333333 33333333 33333333 33333333 33333333";
const TWO_SHARE_THIRD: &str = "33344333 33333333 33333333 33333333 33333333";
const UNPICKED_ANCHORS_HIGHER: &str = "33344444 33344444 33344444 33344444 33333333";
const TWO_ONE_STEP_BEHIND: &str = "44433333 44433333 44433333 44433333 43333333";

#[test]
fn a_single_top_anchor_names_those_one_point_behind_it_and_a_tie_names_none() {
    fn check(spec: &str, picked: &[u8], expected: &str) {
        let scores = score(&answers(spec), &picks(picked)).expect("scorable");
        assert_eq!(
            scores.close_behind(),
            anchors(expected),
            "{spec} picks {picked:?}"
        );
    }
    // GM 6.2, TF 6.0: one statement a step lower.
    check(MIXED, &[1, 2, 10], "TF");
    // TF 4.8, GM and AU 4.6.
    check(TWO_ONE_STEP_BEHIND, &[1, 2, 3], "GM AU");
    // Further behind is not close: TF 5.6 with two picks, AU 4.6.
    check(TWO_ONE_STEP_BEHIND, &[1, 9, 3], "");
    check(MIXED, &[6, 14, 22], "");
    // Exactly two points (0.4) behind: TF 4.8, GM 4.4.
    check(
        "44333333 44333333 44333333 43333333 43333333",
        &[1, 2, 8],
        "",
    );
    // A tie at the top: every tied anchor is the anchor, none is "behind".
    check(TF_AND_GM_AHEAD, &[1, 2, 3], "");
    check(ALL_THREES, &[1, 2, 3], "");
    check(ALL_SIXES, &[1, 9, 17], "");
}

#[test]
fn each_anchor_scores_its_five_ratings_plus_four_per_pick_divided_by_five() {
    fn check(spec: &str, picked: &[u8], expected: [f64; 8]) {
        let scores = score(&answers(spec), &picks(picked)).expect("complete with three picks");
        let actual: Vec<f64> = Anchor::ALL
            .iter()
            .map(|&anchor| scores.get(anchor))
            .collect();
        assert_eq!(actual, expected, "{spec} picks {picked:?}");
    }
    check(
        ALL_ONES,
        &[4, 12, 20],
        [1.0, 1.0, 1.0, 3.4, 1.0, 1.0, 1.0, 1.0],
    );
    check(
        ALL_ONES,
        &[1, 2, 3],
        [1.8, 1.8, 1.8, 1.0, 1.0, 1.0, 1.0, 1.0],
    );
    check(
        ALL_SIXES,
        &[1, 9, 17],
        [8.4, 6.0, 6.0, 6.0, 6.0, 6.0, 6.0, 6.0],
    );
    check(
        ALL_SIXES,
        &[8, 16, 40],
        [6.0, 6.0, 6.0, 6.0, 6.0, 6.0, 6.0, 8.4],
    );
    check(
        ALL_THREES,
        &[1, 2, 3],
        [3.8, 3.8, 3.8, 3.0, 3.0, 3.0, 3.0, 3.0],
    );
    check(MIXED, &[1, 2, 10], [6.0, 6.2, 4.0, 3.0, 2.0, 1.0, 1.8, 2.0]);
    check(
        MIXED,
        &[6, 14, 22],
        [5.2, 4.6, 4.0, 3.0, 2.0, 3.4, 1.8, 2.0],
    );
    check(
        TF_AND_GM_AHEAD,
        &[1, 2, 3],
        [4.2, 4.2, 3.8, 3.0, 3.0, 3.0, 3.0, 3.0],
    );
    check(UNPICKED_ANCHORS_HIGHER, &[1, 2, 3], [3.8; 8]);
}

#[test]
fn ties_are_shown_as_ties_at_the_top_the_bottom_and_third_place() {
    // (top, lowest, top three), each as codes.
    fn check(spec: &str, picked: &[u8], expected: (&str, &str, &str)) {
        let scores = score(&answers(spec), &picks(picked)).expect("scorable");
        let actual = (scores.top(), scores.lowest(), scores.top_three());
        let expected = (
            anchors(expected.0),
            anchors(expected.1),
            anchors(expected.2),
        );
        assert_eq!(actual, expected, "{spec} picks {picked:?}");
    }
    check(MIXED, &[1, 2, 10], ("GM", "SV", "GM TF AU"));
    check(
        TF_AND_GM_AHEAD,
        &[1, 2, 3],
        ("TF GM", "SE EC SV CH LS", "TF GM AU"),
    );
    check(
        ALL_THREES,
        &[1, 2, 3],
        ("TF GM AU", "SE EC SV CH LS", "TF GM AU"),
    );
    check(
        ALL_THREES,
        &[1, 9, 17],
        ("TF", "GM AU SE EC SV CH LS", "TF GM AU SE EC SV CH LS"),
    );
    check(
        TWO_SHARE_THIRD,
        &[1, 9, 2],
        ("TF", "AU SV CH LS", "TF GM SE EC"),
    );
    check(
        UNPICKED_ANCHORS_HIGHER,
        &[1, 2, 3],
        ("TF GM AU SE EC SV CH LS", "", "TF GM AU SE EC SV CH LS"),
    );
}

#[test]
fn the_ranking_lists_all_eight_by_score_with_ties_in_the_usual_anchor_order() {
    let scores = score(&answers(MIXED), &picks(&[1, 2, 10])).expect("scorable");
    let ranked: Vec<(&str, f64)> = scores
        .ranked()
        .into_iter()
        .map(|(anchor, value)| (anchor.code(), value))
        .collect();
    let expected = [
        ("GM", 6.2),
        ("TF", 6.0),
        ("AU", 4.0),
        ("SE", 3.0),
        ("EC", 2.0),
        ("LS", 2.0),
        ("CH", 1.8),
        ("SV", 1.0),
    ];
    assert_eq!(ranked, expected);
}

#[test]
fn scoring_waits_for_every_rating_and_exactly_three_picks() {
    fn check(spec: &str, picked: &[u8], expected: ScoringError) {
        assert_eq!(
            score(&answers(spec), &picks(picked)),
            Err(expected),
            "{spec} picks {picked:?}"
        );
    }
    let incomplete = |numbers: &[u8]| ScoringError::Incomplete {
        unanswered: numbers.iter().map(|&n| super::id(n)).collect(),
    };
    check(
        "33333333 33333333 33333333 33333333 3333333.",
        &[1, 2, 3],
        incomplete(&[40]),
    );
    check(
        ".3333333 33333333 .3333333 33333333 33333333",
        &[],
        incomplete(&[1, 17]),
    );
    check(
        ALL_THREES,
        &[1, 2],
        ScoringError::NotThreePicks { picked: 2 },
    );
    check(ALL_THREES, &[], ScoringError::NotThreePicks { picked: 0 });
}

#[test]
fn scores_are_saved_for_readers_as_codes_with_one_decimal_values() {
    let scores = score(&answers(MIXED), &picks(&[1, 2, 10])).expect("scorable");
    let expected = r#"{"TF":6.0,"GM":6.2,"AU":4.0,"SE":3.0,"EC":2.0,"SV":1.0,"CH":1.8,"LS":2.0}"#;
    assert_eq!(serde_json::to_string(&scores).expect("JSON"), expected);
}

#[test]
fn the_top_three_carry_their_places_and_tied_anchors_share_one() {
    fn check(spec: &str, picked: &[u8], expected: &[(u8, &str)]) {
        let scores = score(&answers(spec), &picks(picked)).expect("scorable");
        let actual: Vec<(u8, &str)> = scores
            .top_three_placed()
            .into_iter()
            .map(|(place, anchor)| (place, anchor.code()))
            .collect();
        assert_eq!(actual, expected, "{spec} picks {picked:?}");
    }
    check(MIXED, &[1, 2, 10], &[(1, "GM"), (2, "TF"), (3, "AU")]);
    check(
        TF_AND_GM_AHEAD,
        &[1, 2, 3],
        &[(1, "TF"), (1, "GM"), (3, "AU")],
    );
    check(
        TWO_SHARE_THIRD,
        &[1, 9, 2],
        &[(1, "TF"), (2, "GM"), (3, "SE"), (3, "EC")],
    );
    check(
        ALL_THREES,
        &[1, 9, 17],
        &[
            (1, "TF"),
            (2, "GM"),
            (2, "AU"),
            (2, "SE"),
            (2, "EC"),
            (2, "SV"),
            (2, "CH"),
            (2, "LS"),
        ],
    );
    check(
        UNPICKED_ANCHORS_HIGHER,
        &[1, 2, 3],
        &[
            (1, "TF"),
            (1, "GM"),
            (1, "AU"),
            (1, "SE"),
            (1, "EC"),
            (1, "SV"),
            (1, "CH"),
            (1, "LS"),
        ],
    );
}
