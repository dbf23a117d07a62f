//! Workshop groups: who sits with whom, for any list of attendees and size bounds, and
//! what each group shares.

use super::rooms::placed_well;
use super::*;
use jiritsu::domain::training::grouping::{
    check_sizes, splittable, top_mask, top_three_mask, Group, SizeError,
};

/// Groups a list of scores.
fn form_groups(people: &[Scores], min: u8, max: u8) -> Result<Vec<Group>, SizeError> {
    jiritsu::domain::training::grouping::form_groups(people, |s| s, min, max)
}

const TF: Anchor = Anchor::TechnicalFunctional;
const GM: Anchor = Anchor::GeneralManagerial;
const AU: Anchor = Anchor::Autonomy;
const SE: Anchor = Anchor::Security;
const EC: Anchor = Anchor::EntrepreneurialCreativity;
const SV: Anchor = Anchor::Service;
const CH: Anchor = Anchor::PureChallenge;
const LS: Anchor = Anchor::Lifestyle;

/// A profile whose top three are `first`, `second`, `third`, in that order, with no tie.
fn person([first, second, third]: [Anchor; 3]) -> Scores {
    let mut points = [10u8; 8];
    points[third as usize] = 20;
    points[second as usize] = 25;
    points[first as usize] = 30;
    scores(points)
}

/// A list of `count` copies of a profile.
fn many(count: usize, top_three: [Anchor; 3]) -> Vec<Scores> {
    vec![person(top_three); count]
}

/// Each group as "AU 4/5" (its anchor, how many share it, its size) or "mixed 1/2".
fn shape(groups: &[Group]) -> Vec<String> {
    groups
        .iter()
        .map(|g| {
            let name = if g.is_mixed() {
                "mixed"
            } else {
                g.anchor.code()
            };
            format!("{name} {}/{}", g.sharing, g.members.len())
        })
        .collect()
}

/// Groups `people` within `min..=max` and compares the shapes.
fn check(people: &[Scores], (min, max): (u8, u8), expected: &[&str]) {
    let groups = form_groups(people, min, max).expect("usable sizes");
    assert_eq!(shape(&groups), expected, "{groups:?}");
}

#[test]
fn people_who_share_an_anchor_sit_together_and_a_large_crowd_splits_evenly() {
    // Of anchors shared by all, the group is named after the one its members rank
    // highest: TF for TF > GM > SE, LS (not AU, which comes first in anchor order) for
    // LS > SV > AU.
    let mut people = many(13, [TF, GM, SE]);
    people.extend(many(5, [LS, SV, AU]));
    check(&people, (4, 6), &["TF 5/5", "TF 4/4", "TF 4/4", "LS 5/5"]);
}

#[test]
fn a_group_says_how_many_of_its_members_have_its_anchor_in_their_top_three() {
    // Four of five have AU somewhere in their top three, each with other anchors.
    let people = [
        person([AU, TF, GM]),
        person([SE, AU, LS]),
        person([SV, CH, AU]),
        person([EC, AU, TF]),
        person([SE, SV, LS]),
    ];
    check(&people, (4, 6), &["AU 4/5"]);
}

#[test]
fn an_anchor_second_or_third_brings_people_together_as_much_as_a_first() {
    // No two share a top anchor, yet everybody has SE or LS in their top three.
    let people = [
        person([TF, SE, GM]),
        person([GM, AU, SE]),
        person([AU, SE, EC]),
        person([EC, CH, SE]),
        person([SV, LS, TF]),
        person([CH, GM, LS]),
        person([LS, SV, AU]),
        person([TF, LS, CH]),
    ];
    check(&people, (4, 6), &["SE 4/4", "LS 4/4"]);
}

#[test]
fn a_group_whose_members_share_no_anchor_is_mixed() {
    check(
        &[person([TF, GM, AU]), person([SE, EC, SV])],
        (2, 2),
        &["mixed 1/2"],
    );
}

#[test]
fn one_person_alone_shares_their_own_anchors() {
    // Named after their own first anchor.
    check(&[person([CH, TF, GM])], (1, 6), &["CH 1/1"]);
}

#[test]
fn the_seats_go_where_nobody_is_stranded_even_when_the_largest_anchor_is_taken_first() {
    // Seven hold SE, six LS; the first SE person also holds LS. Taking six SE people in
    // list order would leave the seventh among LS people; the plan seats the first with LS.
    let mut people = vec![person([SE, LS, TF])];
    people.extend(many(6, [SE, GM, AU]));
    people.extend(many(5, [LS, SV, CH]));
    let groups = form_groups(&people, 4, 6).unwrap();
    assert_eq!(shape(&groups), ["SE 6/6", "LS 6/6"]);
    assert_eq!(groups[1].members, [0, 7, 8, 9, 10, 11]);
}

#[test]
fn a_tie_at_third_place_counts_every_tied_anchor() {
    // TF, GM, then AU and SE tied at third: the person shares with AU and SE people alike.
    let tied = scores([30, 25, 20, 20, 10, 10, 10, 10]);
    assert_eq!(tied.top_three(), [TF, GM, AU, SE]);
    let mut people = vec![tied];
    people.extend(many(4, [SE, SV, CH]));
    people.extend(many(5, [AU, EC, LS]));
    check(&people, (5, 5), &["AU 5/5", "SE 5/5"]);
}

#[test]
fn people_who_cannot_all_sit_with_their_anchors_are_spread_so_groups_still_share() {
    // Ten who share SE, TF and GM (named SE, the one they rank first) and two who share
    // nothing with anyone: each group takes one of the two.
    let mut people = many(10, [SE, TF, GM]);
    people.push(person([SV, CH, LS]));
    people.push(person([EC, AU, LS]));
    check(&people, (4, 6), &["SE 5/6", "SE 5/6"]);
}

#[test]
fn when_no_partition_fits_the_bounds_the_groups_are_cut_evenly_below_the_minimum() {
    check(
        &[person([TF, GM, SE]), person([LS, GM, SV])],
        (4, 6),
        &["GM 2/2"],
    );
    let mut seven = many(4, [TF, GM, SE]);
    seven.extend(many(3, [LS, SV, AU]));
    check(&seven, (4, 6), &["TF 4/4", "LS 3/3"]);
    assert_eq!(form_groups(&[], 4, 6), Ok(vec![]));
}

#[test]
fn unusable_sizes_are_refused() {
    assert_eq!(check_sizes(0, 6), Err(SizeError::MinTooSmall));
    assert_eq!(check_sizes(5, 4), Err(SizeError::MinAboveMax));
    assert_eq!(check_sizes(4, 31), Err(SizeError::MaxTooLarge));
    assert_eq!(check_sizes(1, 30), Ok(()));
    assert_eq!(
        form_groups(&[person([TF, GM, SE])], 7, 6),
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

/// A room that can be grouped so that everyone has their group's anchor in their top
/// three: groups of sizes within the bounds, each member holding the group's anchor
/// (first, second or third) with two other anchors at random.
fn room_that_can_all_share() -> impl Strategy<Value = (Vec<Scores>, u8, u8)> {
    let member = |anchor: usize| {
        (0usize..3, 0usize..8, 0usize..8).prop_map(move |(place, a, b)| {
            let mut top = [Anchor::ALL[anchor], Anchor::ALL[a], Anchor::ALL[b]];
            top.swap(0, place);
            (top[0], top[1], top[2])
        })
    };
    (any_bounds(), prop::collection::vec(0usize..8, 0..8))
        .prop_flat_map(move |((min, max), anchors)| {
            let groups: Vec<_> = anchors
                .into_iter()
                .map(|anchor| {
                    (min..=max).prop_flat_map(move |size| {
                        prop::collection::vec(member(anchor), usize::from(size))
                    })
                })
                .collect();
            (groups, Just(min), Just(max))
        })
        .prop_map(|(groups, min, max)| {
            let mut people = Vec::new();
            for (first, second, third) in groups.into_iter().flatten() {
                let mut points = [10u8; 8];
                // Repeated anchors stack, which only makes the listed ones stronger.
                points[third as usize] += 6;
                points[second as usize] += 8;
                points[first as usize] += 10;
                people.push(scores(points));
            }
            // Interleave, so input order is not grouped by anchor.
            people.reverse();
            let third = people.len() / 3;
            people.rotate_left(third);
            (people, min, max)
        })
}

/// Attendees without ties, each anchor's count of top-anchor holders splittable within the
/// bounds (so grouping by top anchor alone would already seat everyone well).
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

/// What a group says of itself is what its members hold: `sharing` counts the members
/// with its anchor in their top three, no other anchor is held by more, and it is shared
/// exactly when two members (or its only one) hold it.
fn assert_group_tells_the_truth(people: &[Scores], group: &Group) -> Result<(), TestCaseError> {
    let held = |anchor: Anchor| {
        group
            .members
            .iter()
            .filter(|&&m| top_three_mask(&people[m]) >> anchor as u8 & 1 == 1)
            .count()
    };
    prop_assert_eq!(group.sharing, held(group.anchor));
    prop_assert!(Anchor::ALL.iter().all(|&a| held(a) <= group.sharing));
    prop_assert_eq!(group.shared, group.sharing >= group.members.len().min(2));
    prop_assert_eq!(group.is_mixed(), !group.shared);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

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
            assert_group_tells_the_truth(&people, group)?;
        }
        if total_allows(people.len(), min, max) {
            prop_assert!(splittable(people.len(), min, max));
            for group in &groups {
                prop_assert!(group.members.len() >= usize::from(min), "{:?}", shape(&groups));
            }
        } else {
            // The fewest groups no larger than the maximum, as even as can be.
            prop_assert_eq!(groups.len(), people.len().div_ceil(usize::from(max)));
            let sizes: Vec<usize> = groups.iter().map(|g| g.members.len()).collect();
            prop_assert!(sizes.iter().max().unwrap_or(&0) - sizes.iter().min().unwrap_or(&0) <= 1);
        }
    }

    #[test]
    fn when_everyone_can_sit_with_an_anchor_of_their_top_three_everyone_does(
        (people, min, max) in room_that_can_all_share(),
    ) {
        let groups = form_groups(&people, min, max).unwrap();
        assert_each_attendee_once(&groups, people.len())?;
        for group in &groups {
            prop_assert!((usize::from(min)..=usize::from(max)).contains(&group.members.len()));
            prop_assert_eq!(group.sharing, group.members.len(), "{:?}", shape(&groups));
            prop_assert!(group.shared);
        }
    }

    #[test]
    fn groups_share_an_anchor_whenever_every_top_anchor_bucket_splits_within_bounds(
        (people, min, max) in splittable_room(),
    ) {
        let counts = Anchor::ALL.map(|a| people.iter().filter(|p| p.top() == vec![a]).count());
        prop_assert!(counts.iter().all(|&c| splittable(c, min, max)));
        let groups = form_groups(&people, min, max).unwrap();
        assert_each_attendee_once(&groups, people.len())?;
        for group in &groups {
            prop_assert!(group.shared, "{:?}", shape(&groups));
            prop_assert_eq!(group.sharing, group.members.len(), "{:?}", shape(&groups));
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
        for group in &groups {
            prop_assert!(group.members.len() <= usize::from(max));
            assert_group_tells_the_truth(&people, group)?;
        }
    }

    #[test]
    fn in_a_room_of_two_groups_no_other_cut_places_more_people_well(
        people in prop::collection::vec(any_scores(), 8..=11),
    ) {
        // 8–11 people make exactly two groups of 4–6: try every cut.
        let groups = form_groups(&people, 4, 6).unwrap();
        let n = people.len();
        let holders = Anchor::ALL.map(|anchor| {
            (0..n).filter(|&p| top_three_mask(&people[p]) >> anchor as u8 & 1 == 1).fold(0u32, |set, p| set | 1 << p)
        });
        let everyone = (1u32 << n) - 1;
        let mut best = 0;
        for first in 0..=everyone {
            let size = first.count_ones() as usize;
            if (4..=6).contains(&size) && (4..=6).contains(&(n - size)) {
                best = best.max(placed_well_in(&holders, first) + placed_well_in(&holders, everyone & !first));
            }
        }
        prop_assert_eq!(placed_well(&people, &groups), best, "{:?}", shape(&groups));
    }

    #[test]
    fn no_two_people_could_trade_places_to_seat_more_well_or_more_under_their_first_anchor(
        people in prop::collection::vec(any_scores(), 8..=40),
    ) {
        let groups = form_groups(&people, 4, 6).unwrap();
        for g in 0..groups.len() {
            for h in g + 1..groups.len() {
                let before = add(worth(&people, &groups[g].members, groups[g].anchor), worth(&people, &groups[h].members, groups[h].anchor));
                for i in 0..groups[g].members.len() {
                    for j in 0..groups[h].members.len() {
                        let (mut at_g, mut at_h) = (groups[g].members.clone(), groups[h].members.clone());
                        std::mem::swap(&mut at_g[i], &mut at_h[j]);
                        let after = add(worth(&people, &at_g, groups[g].anchor), worth(&people, &at_h, groups[h].anchor));
                        prop_assert!(after <= before, "{:?} {:?}: trading {} and {} gives {:?}", shape(&groups), before, groups[g].members[i], groups[h].members[j], after);
                    }
                }
            }
        }
    }

    #[test]
    fn the_top_three_as_a_set_are_the_anchors_of_top_three(scores in any_scores()) {
        let mut expected = 0u8;
        for anchor in scores.top_three() {
            expected |= 1 << anchor as u8;
        }
        prop_assert_eq!(top_three_mask(&scores), expected);
    }
}

/// How many people of a group (a bit set of positions) are placed well, given each
/// anchor's holders (bit sets too): those holding the anchor most of them hold, when at
/// least two (or all) hold it.
fn placed_well_in(holders: &[u32; 8], group: u32) -> usize {
    let most = holders
        .iter()
        .map(|&h| (h & group).count_ones())
        .max()
        .unwrap_or(0);
    if most >= group.count_ones().min(2) {
        most as usize
    } else {
        0
    }
}

/// A profile with `a` and `b` tied at the top, the other six tied below.
fn tied(a: Anchor, b: Anchor) -> Scores {
    let mut points = [10u8; 8];
    points[a as usize] = 26;
    points[b as usize] = 26;
    scores(points)
}

#[test]
fn a_group_sharing_several_anchors_is_named_after_the_one_its_members_rank_highest() {
    // Three with TF first and LS third, all sharing both: a TF group, whatever the plan
    // seated them under. With the holders of the two anchors different people, the count
    // still decides first.
    let people = [
        person([TF, SE, LS]),
        person([TF, AU, LS]),
        person([TF, SV, LS]),
    ];
    check(&people, (3, 3), &["TF 3/3"]);
    let people = [
        person([LS, GM, TF]),
        person([LS, GM, TF]),
        person([TF, SE, LS]),
    ];
    check(&people, (3, 3), &["LS 3/3"]);
    let people = [
        person([GM, SE, LS]),
        person([GM, SE, LS]),
        person([SE, LS, AU]),
        person([EC, SV, CH]),
    ];
    check(&people, (4, 4), &["SE 3/4"]);
}

#[test]
fn a_groups_line_and_question_follow_how_many_share_its_anchor() {
    use jiritsu::domain::lang::Lang;
    use jiritsu::domain::training::grouping::Group;
    use jiritsu::i18n::training::{group_prompt, prompt, sharing_line};
    let group = |sharing: usize, size: usize| Group {
        anchor: TF,
        shared: sharing >= size.min(2),
        sharing,
        members: (0..size).collect(),
    };
    let mixed = |lang| group_prompt(&group(0, 4), lang);
    // (sharing, size, Japanese line, English line, the anchor's own question?); the
    // heading above the line names the anchor.
    let cases = [
        (
            4,
            4,
            Some("このアンカーは、4人全員の上位3つに入っています"),
            Some("All 4 have this anchor in their top three"),
            true,
        ),
        (
            2,
            2,
            Some("このアンカーは、2人とも上位3つに入っています"),
            Some("Both have this anchor in their top three"),
            true,
        ),
        (
            4,
            6,
            Some("このアンカーは、6人中4人の上位3つに入っています"),
            Some("4 of 6 have this anchor in their top three"),
            true,
        ),
        (
            3,
            6,
            Some("このアンカーは、6人中3人の上位3つに入っています"),
            Some("3 of 6 have this anchor in their top three"),
            true,
        ),
        // A group of one shares with nobody: no line.
        (1, 1, None, None, true),
        // Fewer than half: the question that starts from each member.
        (
            2,
            5,
            Some("このアンカーは、5人中2人の上位3つに入っています"),
            Some("2 of 5 have this anchor in their top three"),
            false,
        ),
    ];
    for (sharing, size, ja, en, own) in cases {
        let g = group(sharing, size);
        assert_eq!(sharing_line(&g, Lang::Ja).as_deref(), ja);
        assert_eq!(sharing_line(&g, Lang::En).as_deref(), en);
        for lang in Lang::ALL {
            let expected = if own { prompt(TF, lang) } else { mixed(lang) };
            assert_eq!(group_prompt(&g, lang), expected, "{sharing} of {size}");
        }
    }
    assert_eq!(
        sharing_line(&group(0, 4), Lang::Ja),
        None,
        "a mixed group has no line"
    );
    assert_ne!(mixed(Lang::Ja), prompt(TF, Lang::Ja));
}

/// The mixed round of a list of scores.
fn mix_groups(people: &[Scores], min: u8, max: u8) -> Result<Vec<Group>, SizeError> {
    jiritsu::domain::training::mixed::mix_groups(people, |s| s, min, max)
}

/// A person's first anchor: the first, in anchor order, of those in first place.
fn first_of(scores: &Scores) -> usize {
    Anchor::ALL
        .iter()
        .position(|&anchor| scores.place(anchor) == 1)
        .unwrap_or(0)
}

#[test]
fn a_mixed_round_seats_people_who_share_a_first_anchor_at_different_tables() {
    // Twelve people: four TF-first, four GM-first, two AU-first, two SE-first; tables of 4.
    let mut people = many(4, [TF, GM, AU]);
    people.extend(many(4, [GM, TF, AU]));
    people.extend(many(2, [AU, SE, TF]));
    people.extend(many(2, [SE, AU, GM]));
    let groups = mix_groups(&people, 4, 4).unwrap();
    let firsts: Vec<Vec<usize>> = groups
        .iter()
        .map(|g| g.members.iter().map(|&m| first_of(&people[m])).collect())
        .collect();
    // Three tables, each with at most two of any first anchor, in input order.
    assert_eq!(
        firsts,
        [vec![0, 0, 1, 2], vec![0, 1, 1, 3], vec![0, 1, 2, 3]],
        "{groups:?}"
    );
    assert!(groups.iter().all(Group::is_mixed));
    assert_eq!(mix_groups(&[], 4, 6), Ok(Vec::new()), "an empty room");
    assert_eq!(mix_groups(&people, 5, 4), Err(SizeError::MinAboveMax));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_mixed_round_seats_everyone_once_spreads_each_first_anchor_and_keeps_the_bounds(
        people in prop::collection::vec(any_scores(), 0..80),
        (min, max) in any_bounds(),
    ) {
        let groups = mix_groups(&people, min, max).unwrap();
        assert_each_attendee_once(&groups, people.len())?;
        prop_assert_eq!(&mix_groups(&people, min, max).unwrap(), &groups, "the same input, the same groups");
        let tables = groups.len();
        prop_assert_eq!(tables, people.len().div_ceil(usize::from(max)));
        let sizes: Vec<usize> = groups.iter().map(|g| g.members.len()).collect();
        let (smallest, largest) = (sizes.iter().min(), sizes.iter().max());
        if let (Some(&smallest), Some(&largest)) = (smallest, largest) {
            prop_assert!(largest - smallest <= 1, "{:?}", sizes);
            prop_assert!(largest <= usize::from(max));
            if splittable(people.len(), min, max) {
                prop_assert!(smallest >= usize::from(min), "{:?}", sizes);
            }
        }
        for anchor in 0..8 {
            let count = people.iter().filter(|p| first_of(p) == anchor).count();
            for group in &groups {
                let here = group.members.iter().filter(|&&m| first_of(&people[m]) == anchor).count();
                prop_assert!(here <= count.div_ceil(tables.max(1)), "anchor {anchor}: {here} of {count} at one of {tables} tables");
            }
        }
        for group in &groups {
            prop_assert!(group.is_mixed());
            prop_assert!(group.members.windows(2).all(|w| w[0] < w[1]), "members in input order");
        }
    }
}

fn add((a, b): (usize, usize), (c, d): (usize, usize)) -> (usize, usize) {
    (a + c, b + d)
}

/// A group of `members`, named by the rule groups are named with (the anchor most of them
/// hold in their top three; on a tie, the one they rank highest, then `planned`): how many
/// sit well under its name, and how many under their first anchor (none when it is mixed).
fn worth(people: &[Scores], members: &[usize], planned: Anchor) -> (usize, usize) {
    let held = |anchor: Anchor| {
        members
            .iter()
            .filter(|&&m| top_three_mask(&people[m]) >> anchor as u8 & 1 == 1)
            .count()
    };
    let placed = |anchor: Anchor| -> usize {
        members
            .iter()
            .filter(|&&m| top_three_mask(&people[m]) >> anchor as u8 & 1 == 1)
            .map(|&m| usize::from(people[m].place(anchor)))
            .sum()
    };
    let mut best = planned;
    for anchor in Anchor::ALL {
        if held(anchor) > held(best) || held(anchor) == held(best) && placed(anchor) < placed(best)
        {
            best = anchor;
        }
    }
    if held(best) < members.len().min(2) {
        return (0, 0);
    }
    let first = members
        .iter()
        .filter(|&&m| top_mask(&people[m]) >> best as u8 & 1 == 1)
        .count();
    (held(best), first)
}

#[test]
fn a_groups_question_starts_from_what_it_values_and_leaves_the_answer_to_it() {
    // The question names what the group's anchor values and asks how they will contribute;
    // what groups have answered (growing professionals, everyone home for dinner) is theirs to
    // find, so it is not in the question.
    use jiritsu::domain::lang::Lang;
    use jiritsu::i18n::training::prompt;
    for anchor in Anchor::ALL {
        let ja = prompt(anchor, Lang::Ja);
        let en = prompt(anchor, Lang::En);
        assert!(
            ja.starts_with("問い：")
                && ja.ends_with("大切にする立場から、組織にどう貢献しますか？"),
            "{ja}"
        );
        assert!(
            en.starts_with(
                "Question: how will you contribute to the organisation as people who value "
            ),
            "{en}"
        );
        for answer in ["育て", "夕食", "帰れる", "growing", "dinner", "home"] {
            assert!(
                !ja.contains(answer) && !en.contains(answer),
                "{anchor:?}: {ja} / {en}"
            );
        }
    }
}
