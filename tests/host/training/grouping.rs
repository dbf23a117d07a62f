//! Workshop groups: who sits with whom, for any list of attendees and size bounds.

use super::*;
use jiritsu::domain::training::grouping::{check_sizes, splittable, top_mask, Group, SizeError};

/// Groups a list of scores.
fn form_groups(people: &[Scores], min: u8, max: u8) -> Result<Vec<Group>, SizeError> {
    jiritsu::domain::training::grouping::form_groups(people, |s| s, min, max)
}

const TF: Anchor = Anchor::TechnicalFunctional;
const GM: Anchor = Anchor::GeneralManagerial;
const LS: Anchor = Anchor::Lifestyle;

/// A profile with `top` alone at the top; `second` a little below.
fn person(top: Anchor, second: Anchor) -> Scores {
    let mut points = [10u8; 8];
    points[second as usize] = 20;
    points[top as usize] = 30;
    scores(points)
}

/// A profile with `a` and `b` tied at the top.
fn tied(a: Anchor, b: Anchor) -> Scores {
    let mut points = [10u8; 8];
    points[a as usize] = 26;
    points[b as usize] = 26;
    scores(points)
}

/// (anchor, shared, sizes) of each group.
fn shape(groups: &[Group]) -> Vec<(&'static str, bool, usize)> {
    groups
        .iter()
        .map(|g| (g.anchor.code(), g.shared, g.members.len()))
        .collect()
}

#[test]
fn people_who_share_an_anchor_sit_together_and_large_buckets_split_evenly() {
    let mut people = vec![person(TF, GM); 13];
    people.extend(vec![person(LS, TF); 5]);
    let groups = form_groups(&people, 4, 6).unwrap();
    assert_eq!(
        shape(&groups),
        [
            ("TF", true, 5),
            ("TF", true, 4),
            ("TF", true, 4),
            ("LS", true, 5)
        ]
    );
}

#[test]
fn a_small_group_joins_the_nearest_profile() {
    // Two GM people whose second anchor is LS join the LS group, not the TF one.
    let mut people = vec![person(TF, GM); 4];
    people.extend(vec![person(LS, GM); 3]);
    people.push(person(GM, LS));
    people.push(person(GM, LS));
    let groups = form_groups(&people, 4, 6).unwrap();
    assert_eq!(shape(&groups), [("TF", true, 4), ("LS", false, 5)]);
    assert_eq!(groups[1].members, [4, 5, 6, 7, 8]);
}

#[test]
fn a_tied_attendee_goes_where_the_group_needs_them() {
    // TF has 6 (full), GM has 3: the TF/GM attendee completes GM.
    let mut people = vec![person(TF, LS); 6];
    people.extend(vec![person(GM, LS); 3]);
    people.push(tied(TF, GM));
    let groups = form_groups(&people, 4, 6).unwrap();
    assert_eq!(shape(&groups), [("TF", true, 6), ("GM", true, 4)]);
    assert!(groups[1].members.contains(&9));
}

#[test]
fn a_small_bucket_takes_people_that_buckets_can_spare_a_tied_one_first() {
    // TF 4 and a TF/GM tie (which makes TF 5), LS 5, GM 2: GM takes the tied person
    // from TF and one from LS, and every group has 4.
    let mut people = vec![person(TF, GM); 4];
    people.extend(vec![person(LS, TF); 5]);
    people.extend(vec![person(GM, LS); 2]);
    people.push(tied(TF, GM));
    let groups = form_groups(&people, 4, 6).unwrap();
    assert_eq!(
        shape(&groups),
        [("TF", true, 4), ("LS", true, 4), ("GM", false, 4)]
    );
    assert!(groups[2].members.contains(&11));
}

#[test]
fn too_few_for_the_minimum_make_one_small_group() {
    let people = vec![person(TF, GM), person(LS, GM)];
    let groups = form_groups(&people, 4, 6).unwrap();
    assert_eq!(shape(&groups), [("TF", false, 2)]);
    assert_eq!(form_groups(&[], 4, 6), Ok(vec![]));
}

#[test]
fn unusable_sizes_are_refused() {
    assert_eq!(check_sizes(0, 6), Err(SizeError::MinTooSmall));
    assert_eq!(check_sizes(5, 4), Err(SizeError::MinAboveMax));
    assert_eq!(check_sizes(4, 31), Err(SizeError::MaxTooLarge));
    assert_eq!(check_sizes(1, 30), Ok(()));
    assert_eq!(
        form_groups(&[person(TF, GM)], 7, 6),
        Err(SizeError::MinAboveMax)
    );
}

/// Whether some number of groups k has k·min ≤ n ≤ k·max.
fn total_allows(n: usize, min: u8, max: u8) -> bool {
    (1..=n).any(|k| k * usize::from(min) <= n && n <= k * usize::from(max))
}

fn any_bounds() -> impl Strategy<Value = (u8, u8)> {
    (1u8..=7, 0u8..=5).prop_map(|(min, extra)| (min, min + extra))
}

/// Attendees without ties, each anchor's count splittable within the bounds.
fn splittable_room() -> impl Strategy<Value = (Vec<Scores>, u8, u8)> {
    (
        any_bounds(),
        prop::collection::vec((0usize..8, 0usize..4), 0..5),
    )
        .prop_flat_map(|((min, max), buckets)| {
            let mut strategies = Vec::new();
            for (anchor, groups) in buckets {
                // `groups` groups of a size within bounds each: the bucket is splittable.
                for _ in 0..groups {
                    let size = (min..=max).prop_flat_map(move |size| {
                        prop::collection::vec(untied_scores(Anchor::ALL[anchor]), usize::from(size))
                    });
                    strategies.push(size.boxed());
                }
            }
            (strategies, Just(min), Just(max)).prop_map(|(lists, min, max)| {
                let mut people: Vec<Scores> = lists.into_iter().flatten().collect();
                // Interleave, so input order is not grouped by anchor.
                people.reverse();
                (people, min, max)
            })
        })
}

fn assert_each_attendee_once(groups: &[Group], n: usize) -> Result<(), TestCaseError> {
    let mut seen = vec![0u32; n];
    for group in groups {
        prop_assert!(!group.members.is_empty());
        for &member in &group.members {
            seen[member] += 1;
        }
    }
    prop_assert!(seen.iter().all(|&count| count == 1), "{:?}", seen);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn every_attendee_is_in_exactly_one_group_within_bounds_when_the_total_allows(
        people in prop::collection::vec(any_scores(), 0..80),
        (min, max) in any_bounds(),
    ) {
        let groups = form_groups(&people, min, max).unwrap();
        assert_each_attendee_once(&groups, people.len())?;
        prop_assert_eq!(&form_groups(&people, min, max).unwrap(), &groups, "the same input, the same groups");
        for group in &groups {
            prop_assert!(group.members.len() <= usize::from(max));
            let shared = group.members.iter().all(|&m| top_mask(&people[m]) >> (group.anchor as u8) & 1 == 1);
            prop_assert_eq!(shared, group.shared);
        }
        if total_allows(people.len(), min, max) {
            for group in &groups {
                prop_assert!(group.members.len() >= usize::from(min), "{:?}", shape(&groups));
            }
        }
    }

    #[test]
    fn groups_share_an_anchor_whenever_every_bucket_splits_within_bounds(
        (people, min, max) in splittable_room(),
    ) {
        let counts = Anchor::ALL.map(|a| people.iter().filter(|p| p.top() == vec![a]).count());
        prop_assert!(counts.iter().all(|&c| splittable(c, min, max)));
        let groups = form_groups(&people, min, max).unwrap();
        assert_each_attendee_once(&groups, people.len())?;
        for group in &groups {
            prop_assert!(group.shared, "{:?}", shape(&groups));
            prop_assert!(group.members.iter().all(|&m| people[m].top() == vec![group.anchor]));
            prop_assert!((usize::from(min)..=usize::from(max)).contains(&group.members.len()));
        }
    }

    #[test]
    fn ties_are_placed_and_no_group_grows_past_the_maximum(
        people in prop::collection::vec(
            prop_oneof![any_scores(), (0usize..8, 0usize..8).prop_map(|(a, b)| tied(Anchor::ALL[a], Anchor::ALL[b]))],
            0..60,
        ),
        (min, max) in any_bounds(),
    ) {
        let groups = form_groups(&people, min, max).unwrap();
        assert_each_attendee_once(&groups, people.len())?;
        prop_assert!(groups.iter().all(|g| g.members.len() <= usize::from(max)));
    }
}
