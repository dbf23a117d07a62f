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

    // Buckets (the anchor of each person's bucket): people without a tie first, then the
    // tied ones where they fit best.
    let mut bucket_of = vec![0u8; attendees.len()];
    let mut sizes = [0usize; 8];
    let mut sums = [[0u32; 8]; 8];
    for tied in [false, true] {
        for (person, &top) in tops.iter().enumerate() {
            if (top.count_ones() > 1) != tied {
                continue;
            }
            let mut best = (0, 0);
            for anchor in 0..8 {
                if top >> anchor & 1 == 0 {
                    continue;
                }
                let size = sizes[anchor] + 1;
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
            let anchor = best.1;
            bucket_of[person] = anchor as u8;
            sizes[anchor] += 1;
            for (sum, point) in sums[anchor].iter_mut().zip(attendees[person].all_points()) {
                *sum += u32::from(point);
            }
        }
    }

    // The pool: buckets that do not split within the bounds, joined by the nearest others
    // until it does (or everyone is in it). Then its chain of nearest profiles.
    let mut pooled = 0u8;
    for anchor in 0..8 {
        if !splittable(sizes[anchor], min, max) {
            pooled |= 1 << anchor;
        }
    }
    loop {
        let (mut pool_sum, mut pool_size) = ([0u32; 8], 0);
        for anchor in (0..8).filter(|a| pooled >> a & 1 == 1) {
            pool_size += sizes[anchor];
            for (total, part) in pool_sum.iter_mut().zip(sums[anchor]) {
                *total += part;
            }
        }
        if splittable(pool_size, min, max) {
            break;
        }
        match nearest(!pooled, &pool_sum, pool_size, &sizes, &sums) {
            Some(anchor) => pooled |= 1 << anchor,
            None => break,
        }
    }
    let mut order: Vec<usize> = Vec::new();
    let mut left = pooled;
    let mut last: Option<usize> = None;
    while left != 0 {
        let next = match last {
            // The largest bucket first (the first on a tie).
            None => (0..8)
                .filter(|a| left >> a & 1 == 1)
                .fold(None, |best: Option<usize>, a| match best {
                    Some(b) if sizes[b] >= sizes[a] => Some(b),
                    _ => Some(a),
                }),
            Some(last) => nearest(left, &sums[last], sizes[last], &sizes, &sums),
        };
        let Some(next) = next else { break };
        left &= !(1 << next);
        last = Some(next);
        order.extend((0..attendees.len()).filter(|&p| usize::from(bucket_of[p]) == next));
    }

    let mut groups = Vec::new();
    for anchor in 0..8 {
        if pooled >> anchor & 1 == 0 {
            let bucket: Vec<usize> = (0..attendees.len())
                .filter(|&p| usize::from(bucket_of[p]) == anchor)
                .collect();
            cut(&bucket, usize::from(max), &bucket_of, &tops, &mut groups);
        }
    }
    cut(&order, usize::from(max), &bucket_of, &tops, &mut groups);
    Ok(groups)
}

/// Of the non-empty buckets in `candidates` (a bit set), the one whose mean profile is
/// nearest to the profile `sum` of `count` people (the first on a tie).
fn nearest(
    candidates: u8,
    sum: &[u32; 8],
    count: usize,
    sizes: &[usize; 8],
    sums: &[[u32; 8]; 8],
) -> Option<usize> {
    let mut nearest: Option<(u64, usize)> = None;
    for anchor in 0..8 {
        if candidates >> anchor & 1 == 0 || sizes[anchor] == 0 {
            continue;
        }
        let (n, m) = (sizes[anchor] as u64, count.max(1) as u64);
        let distance: u64 = (0..8)
            .map(|i| (u64::from(sums[anchor][i]) * m).abs_diff(u64::from(sum[i]) * n))
            .sum::<u64>()
            * 1024
            / (n * m);
        if nearest.is_none_or(|(best, _)| distance < best) {
            nearest = Some((distance, anchor));
        }
    }
    nearest.map(|(_, anchor)| anchor)
}

/// Cuts `people` evenly, in order, into ⌈n / max⌉ groups, and names each group's anchor:
/// its first member's bucket when every member has it at the top, else one they all
/// share, else the top anchor most of them have.
fn cut(people: &[usize], max: usize, bucket_of: &[u8], tops: &[u8], groups: &mut Vec<Group>) {
    let (total, count) = (people.len(), people.len().div_ceil(max));
    let mut rest = people;
    for piece in 0..count {
        let size = total / count + usize::from(piece < total % count);
        let (members, after) = rest.split_at(size.min(rest.len()));
        rest = after;
        let shared = members.iter().fold(0xFF, |mask, &p| mask & tops[p]);
        let first = members.first().map_or(0, |&p| u32::from(bucket_of[p]));
        let anchor = if shared >> first & 1 == 1 {
            first
        } else if shared != 0 {
            shared.trailing_zeros()
        } else {
            let count = |a: u32| members.iter().filter(|&&p| tops[p] >> a & 1 == 1).count();
            (0..8).fold(
                first,
                |best, a| if count(a) > count(best) { a } else { best },
            )
        };
        groups.push(Group {
            anchor: Anchor::ALL[anchor as usize % 8],
            shared: shared != 0,
            members: members.to_vec(),
        });
    }
}
