//! Workshop groups: people who share a top anchor sit together, within size bounds.
//!
//! `form_groups` is a pure function of the attendees' scores (in input order) and the
//! bounds, and uses integers only, so the same input always gives the same groups:
//!
//! 1. Each attendee's top anchors are those with their highest score. An attendee with one
//!    top anchor joins that anchor's bucket. Attendees with a tie come next, in input
//!    order, and join the bucket of one of their top anchors, chosen in this order: one
//!    they make splittable within the bounds (its size then has some k with
//!    k·min ≤ size ≤ k·max); else the largest bucket still below the minimum; else the
//!    largest bucket; equal buckets go by anchor order.
//! 2. A bucket is split evenly, in input order, into ⌈size / max⌉ groups (sizes differ by
//!    at most one).
//! 3. While some group is below `min`, the smallest such group (the first one on a tie):
//!    joins another group, if both fit within `max` together; else takes a member from a
//!    group above `min`; else its members move one by one to groups with room. Whenever
//!    there is a choice, a group (or person) whose anchor the others share comes first, then
//!    the nearest mean score profile (L1 distance over the eight points), then the first. When none of this is possible, the total
//!    number of attendees allows no grouping within the bounds, and the group stays small.
//!
//! Properties (tested on the host): every attendee is in exactly one group; no group is
//! larger than `max`; when some k has k·min ≤ n ≤ k·max, every group is within bounds;
//! when no attendee has a tie and every anchor's bucket is empty or splittable within the
//! bounds, every group's members all have the group's anchor as a top anchor.

use crate::domain::anchors::{Anchor, Scores};

/// The largest group size the facilitator may ask for.
pub const MAX_GROUP_SIZE: u8 = 30;

/// One workshop group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The anchor the group talks from: shared by every member when `shared`, else the
    /// top anchor most members have.
    pub anchor: Anchor,
    /// Whether every member has `anchor` among their top anchors.
    pub shared: bool,
    /// Positions of the members in the input, in the order they joined.
    pub members: Vec<usize>,
}

/// Size bounds that cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizeError {
    /// The minimum must be at least 1.
    MinTooSmall,
    /// The minimum is larger than the maximum.
    MinAboveMax,
    /// The maximum is above [`MAX_GROUP_SIZE`].
    MaxTooLarge,
}

/// Checks that `min..=max` are usable group sizes.
pub fn check_sizes(min: u8, max: u8) -> Result<(), SizeError> {
    if min < 1 {
        Err(SizeError::MinTooSmall)
    } else if max > MAX_GROUP_SIZE {
        Err(SizeError::MaxTooLarge)
    } else if min > max {
        Err(SizeError::MinAboveMax)
    } else {
        Ok(())
    }
}

/// Whether `count` people can form groups all within `min..=max` (true for none).
pub fn splittable(count: usize, min: u8, max: u8) -> bool {
    let (min, max) = (usize::from(min), usize::from(max));
    // The fewest groups that are not too large is the best chance for none too small.
    min > 0 && max > 0 && count.div_ceil(max) * min <= count
}

/// The top anchors of `scores` as a bit set (bit i = `Anchor::ALL[i]`).
pub fn top_mask(scores: &Scores) -> u8 {
    let points = scores.all_points();
    let best = points.iter().copied().max().unwrap_or(0);
    (0..8)
        .filter(|&i| points[i] == best)
        .fold(0, |m, i| m | 1 << i)
}

/// Forms the workshop groups (see the module's description of the rules).
pub fn form_groups(attendees: &[Scores], min: u8, max: u8) -> Result<Vec<Group>, SizeError> {
    check_sizes(min, max)?;
    let tops: Vec<u8> = attendees.iter().map(top_mask).collect();

    // Buckets: people without a tie first, then the tied ones where they fit best.
    let mut buckets: [Vec<usize>; 8] = Default::default();
    for tied in [false, true] {
        for (person, &top) in tops.iter().enumerate() {
            if (top.count_ones() > 1) != tied {
                continue;
            }
            let mut best = (0, 0);
            for anchor in (0..8).filter(|&a| top >> a & 1 == 1) {
                let size = buckets[anchor].len() + 1;
                let class = if splittable(size, min, max) {
                    2
                } else {
                    usize::from(size <= usize::from(min))
                };
                let key = (class << 20) + size;
                if key > best.0 {
                    best = (key, anchor);
                }
            }
            buckets[best.1].push(person);
        }
    }

    // The pool: buckets that do not split within the bounds, joined by the nearest others
    // until it does (or everyone is in it).
    let mut pooled: Vec<usize> = (0..8)
        .filter(|&a| !splittable(buckets[a].len(), min, max))
        .collect();
    loop {
        let pool = members_of(&pooled, &buckets);
        if splittable(pool.len(), min, max) {
            break;
        }
        let others: Vec<usize> = (0..8)
            .filter(|a| !pooled.contains(a) && !buckets[*a].is_empty())
            .collect();
        match nearest_bucket(&pool, &others, &buckets, attendees) {
            Some(anchor) => pooled.push(anchor),
            None => break,
        }
    }
    // The pool as a chain of nearest profiles, from its largest bucket (the first on a tie).
    let mut chain: Vec<usize> = Vec::new();
    let mut last: Vec<usize> = Vec::new();
    while chain.len() < pooled.len() {
        let rest: Vec<usize> = pooled
            .iter()
            .copied()
            .filter(|a| !chain.contains(a))
            .collect();
        let next = if chain.is_empty() {
            rest.iter().copied().reduce(|a, b| {
                if buckets[b].len() > buckets[a].len() {
                    b
                } else {
                    a
                }
            })
        } else {
            nearest_bucket(&last, &rest, &buckets, attendees)
        };
        let Some(next) = next else {
            break;
        };
        chain.push(next);
        last = buckets[next].clone();
    }

    let mut groups: Vec<Work> = Vec::new();
    for anchor in 0..8 {
        if !pooled.contains(&anchor) {
            split(&buckets[anchor], usize::from(max), &buckets, &mut groups);
        }
    }
    split(
        &members_of(&chain, &buckets),
        usize::from(max),
        &buckets,
        &mut groups,
    );

    // Groups in anchor order, then in the order they were formed.
    crate::domain::small_sort::sort_by_key(&mut groups, |g| g.anchor);
    Ok(groups
        .into_iter()
        .map(|group| {
            let shared = shared_mask(&group.members, &tops);
            let (anchor, shared) = if shared >> group.anchor & 1 == 1 {
                (group.anchor, true)
            } else if shared != 0 {
                (shared.trailing_zeros() as usize, true)
            } else {
                // The top anchor most members have (the first on a tie).
                let mut best = (0, group.anchor);
                for anchor in 0..8 {
                    let count = group
                        .members
                        .iter()
                        .filter(|&&p| tops[p] >> anchor & 1 == 1)
                        .count();
                    if count > best.0 {
                        best = (count, anchor);
                    }
                }
                (best.1, false)
            };
            Group {
                anchor: Anchor::ALL[anchor],
                shared,
                members: group.members,
            }
        })
        .collect())
}

/// A group being formed: the anchor of its (first member's) bucket and its members.
struct Work {
    anchor: usize,
    members: Vec<usize>,
}

/// The members of the buckets of `anchors`, bucket by bucket.
fn members_of(anchors: &[usize], buckets: &[Vec<usize>; 8]) -> Vec<usize> {
    anchors
        .iter()
        .flat_map(|&a| buckets[a].iter().copied())
        .collect()
}

/// Of the buckets of `candidates`, the one whose mean profile is nearest to that of
/// `people` (the first on a tie).
fn nearest_bucket(
    people: &[usize],
    candidates: &[usize],
    buckets: &[Vec<usize>; 8],
    attendees: &[Scores],
) -> Option<usize> {
    let target = sum_of(people, attendees);
    let mut nearest: Option<(u64, usize)> = None;
    for &anchor in candidates {
        let bucket = &buckets[anchor];
        let key = distance(
            &sum_of(bucket, attendees),
            bucket.len(),
            &target,
            people.len(),
        );
        if nearest.is_none_or(|(best, _)| key < best) {
            nearest = Some((key, anchor));
        }
    }
    nearest.map(|(_, anchor)| anchor)
}

/// Splits `people` evenly into ⌈n / max⌉ groups, in order.
fn split(people: &[usize], max: usize, buckets: &[Vec<usize>; 8], groups: &mut Vec<Work>) {
    let (total, count) = (people.len(), people.len().div_ceil(max));
    let mut start = 0;
    for piece in 0..count {
        let size = total / count + usize::from(piece < total % count);
        let members = people.get(start..start + size).unwrap_or(&[]).to_vec();
        start += size;
        let first = members.first().copied().unwrap_or(0);
        groups.push(Work {
            anchor: buckets.iter().position(|b| b.contains(&first)).unwrap_or(0),
            members,
        });
    }
}

/// The L1 distance between the mean profiles of two sets of people (point sums `a` of `n`
/// people and `b` of `m`), in integers scaled by 1024.
fn distance(a: &[u32; 8], n: usize, b: &[u32; 8], m: usize) -> u64 {
    let (n, m) = (n.max(1) as u64, m.max(1) as u64);
    let distance: u64 = (0..8)
        .map(|i| (u64::from(a[i]) * m).abs_diff(u64::from(b[i]) * n))
        .sum();
    distance * 1024 / (n * m)
}

fn sum_of(members: &[usize], attendees: &[Scores]) -> [u32; 8] {
    let mut sum = [0u32; 8];
    for &person in members {
        for (total, point) in sum.iter_mut().zip(attendees[person].all_points()) {
            *total += u32::from(point);
        }
    }
    sum
}

/// The anchors every member has at the top.
fn shared_mask(members: &[usize], tops: &[u8]) -> u8 {
    members.iter().fold(0xFF, |mask, &p| mask & tops[p])
}
