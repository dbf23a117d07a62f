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
//! 2. A bucket larger than `max` is split evenly into ⌈size / max⌉ groups (sizes differ by at
//!    most one), people with the same second-highest anchor kept together.
//! 3. While some group is below `min`, the smallest such group (the first one on a tie):
//!    joins the group that shares its anchor, else has the nearest mean score profile
//!    (L1 distance over the eight points), if both fit within `max` together; else takes the
//!    nearest-profile member from a group above `min`; else its members move one by one to
//!    the nearest-profile group with room. When none of this is possible, the total
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
    let (min, max) = (usize::from(min), usize::from(max));
    let tops: Vec<u8> = attendees.iter().map(top_mask).collect();

    let mut buckets: [Vec<usize>; 8] = Default::default();
    for (person, &top) in tops.iter().enumerate() {
        if top.count_ones() == 1 {
            buckets[top.trailing_zeros() as usize].push(person);
        }
    }
    for (person, &top) in tops.iter().enumerate() {
        if top.count_ones() > 1 {
            let fit = |anchor: usize| {
                let size = buckets[anchor].len() + 1;
                let class = if splittable(size, min as u8, max as u8) {
                    2
                } else {
                    u8::from(size <= min)
                };
                (class, size)
            };
            let mut best = None;
            for anchor in (0..8).filter(|&a| top >> a & 1 == 1) {
                if best.is_none_or(|b| fit(anchor) > fit(b)) {
                    best = Some(anchor);
                }
            }
            if let Some(anchor) = best {
                buckets[anchor].push(person);
            }
        }
    }

    let mut groups: Vec<Work> = Vec::new();
    for (anchor, bucket) in buckets.iter().enumerate() {
        if bucket.is_empty() {
            continue;
        }
        // People with the same second-highest anchor next to each other.
        let mut ordered = Vec::with_capacity(bucket.len());
        for second in 0..8 {
            ordered.extend(
                bucket
                    .iter()
                    .filter(|&&p| second_anchor(&attendees[p], anchor) == second),
            );
        }
        let count = ordered.len().div_ceil(max);
        let mut people = ordered.into_iter();
        for piece in 0..count {
            let size = ordered_len(bucket.len(), count, piece);
            let mut group = Work::new(anchor);
            for person in people.by_ref().take(size) {
                group.add(person, attendees);
            }
            groups.push(group);
        }
    }

    while let Some(small) = smallest_below(&groups, min) {
        let shared = groups[small].shared_mask(&tops);
        let merge = (0..groups.len())
            .filter(|&g| g != small && groups[g].len() + groups[small].len() <= max)
            .min_by_key(|&g| {
                (
                    shared >> groups[g].anchor & 1 == 0,
                    groups[small].distance_to_group(&groups[g]),
                    g,
                )
            });
        if let Some(target) = merge {
            let moved = groups.remove(small);
            let target = if target > small { target - 1 } else { target };
            for person in moved.members {
                groups[target].add(person, attendees);
            }
            continue;
        }
        let anchor = groups[small].anchor;
        let donor = (0..groups.len())
            .filter(|&g| g != small && groups[g].len() > min)
            .flat_map(|g| (0..groups[g].len()).map(move |i| (g, i)))
            .min_by_key(|&(g, i)| {
                let person = groups[g].members[i];
                (
                    tops[person] >> anchor & 1 == 0,
                    groups[small].distance_to(&attendees[person]),
                    g,
                    i,
                )
            });
        if let Some((g, i)) = donor {
            let person = groups[g].take(i, attendees);
            groups[small].add(person, attendees);
            continue;
        }
        let room: usize = (0..groups.len())
            .filter(|&g| g != small)
            .map(|g| max - groups[g].len())
            .sum();
        if room < groups[small].len() {
            break;
        }
        let moved = groups.remove(small);
        for person in moved.members {
            let target = (0..groups.len())
                .filter(|&g| groups[g].len() < max)
                .min_by_key(|&g| {
                    (
                        tops[person] >> groups[g].anchor & 1 == 0,
                        groups[g].distance_to(&attendees[person]),
                        g,
                    )
                });
            if let Some(target) = target {
                groups[target].add(person, attendees);
            }
        }
    }

    Ok(groups
        .into_iter()
        .map(|group| group.finish(&tops))
        .collect())
}

/// The size of piece `piece` when `total` people are split evenly into `count` pieces.
fn ordered_len(total: usize, count: usize, piece: usize) -> usize {
    total / count + usize::from(piece < total % count)
}

/// The highest-scoring anchor other than `top` (the first in anchor order on a tie).
fn second_anchor(scores: &Scores, top: usize) -> usize {
    let points = scores.all_points();
    (0..8)
        .filter(|&a| a != top)
        .max_by_key(|&a| (points[a], std::cmp::Reverse(a)))
        .unwrap_or(0)
}

fn smallest_below(groups: &[Work], min: usize) -> Option<usize> {
    (0..groups.len())
        .filter(|&g| groups[g].len() < min)
        .min_by_key(|&g| (groups[g].len(), g))
}

/// A group being formed: its anchor, members and the sum of their points.
struct Work {
    anchor: usize,
    members: Vec<usize>,
    sum: [u32; 8],
}

impl Work {
    fn new(anchor: usize) -> Work {
        Work {
            anchor,
            members: Vec::new(),
            sum: [0; 8],
        }
    }

    fn len(&self) -> usize {
        self.members.len()
    }

    fn add(&mut self, person: usize, attendees: &[Scores]) {
        for (sum, point) in self.sum.iter_mut().zip(attendees[person].all_points()) {
            *sum += u32::from(point);
        }
        self.members.push(person);
    }

    fn take(&mut self, index: usize, attendees: &[Scores]) -> usize {
        let person = self.members.remove(index);
        for (sum, point) in self.sum.iter_mut().zip(attendees[person].all_points()) {
            *sum -= u32::from(point);
        }
        person
    }

    /// The anchors every member has at the top.
    fn shared_mask(&self, tops: &[u8]) -> u8 {
        self.members.iter().fold(0xFF, |mask, &p| mask & tops[p])
    }

    /// L1 distance between the mean profiles, scaled to an integer (×1024).
    fn distance_to_group(&self, other: &Work) -> u64 {
        let (n, m) = (self.len().max(1) as i64, other.len().max(1) as i64);
        let total: i64 = (0..8)
            .map(|a| (i64::from(self.sum[a]) * m - i64::from(other.sum[a]) * n).abs())
            .sum();
        (total * 1024 / (n * m)) as u64
    }

    /// L1 distance from one person's points to the mean profile, scaled (×1024).
    fn distance_to(&self, scores: &Scores) -> u64 {
        let n = self.len().max(1) as i64;
        let total: i64 = (0..8)
            .map(|a| (i64::from(scores.all_points()[a]) * n - i64::from(self.sum[a])).abs())
            .sum();
        (total * 1024 / n) as u64
    }

    fn finish(self, tops: &[u8]) -> Group {
        let shared = self.shared_mask(tops);
        let (anchor, shared) = if shared >> self.anchor & 1 == 1 {
            (self.anchor, true)
        } else if shared != 0 {
            (shared.trailing_zeros() as usize, true)
        } else {
            // The top anchor most members have.
            let count = |a: usize| {
                self.members
                    .iter()
                    .filter(|&&p| tops[p] >> a & 1 == 1)
                    .count()
            };
            let best = (0..8).max_by_key(|&a| (count(a), std::cmp::Reverse(a)));
            (best.unwrap_or(self.anchor), false)
        };
        Group {
            anchor: Anchor::ALL[anchor],
            shared,
            members: self.members,
        }
    }
}
