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
//! 2. A bucket that cannot be split within the bounds (too small, or such as 7 people for
//!    groups of 4–6) goes to a pool. While the pool itself cannot be split within the
//!    bounds, it takes one person (the last tied one, else the last) from the bucket with
//!    the mean score profile nearest to the pool's (L1 distance over the eight points)
//!    that still splits without them; when no bucket can spare one, the nearest whole
//!    bucket joins.
//! 3. Each bucket, then the pool (its largest bucket first, the people taken one by one
//!    last), is cut evenly, in order, into ⌈size / max⌉ groups: sizes differ by at most
//!    one. So a too-small group merges with the nearest profiles, a too-large one splits.
//!    A group's anchor is its first member's bucket, unless all members share another.
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
    /// first member's.
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
#[inline(never)]
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
// The per-anchor arrays (sizes, sums) are indexed side by side.
#[allow(clippy::needless_range_loop)]
///
/// `scores_of` reads an attendee's scores, so that the caller's own list is grouped as it
/// is (no copy of the scores is made).
pub fn form_groups<T>(
    attendees: &[T],
    scores_of: fn(&T) -> &Scores,
    min: u8,
    max: u8,
) -> Result<Vec<Group>, SizeError> {
    check_sizes(min, max)?;
    // Written with plain loops: iterator adapters with closures cost the site code each.
    let count = attendees.len();
    let mut tops = Vec::with_capacity(count);
    for attendee in attendees {
        tops.push(top_mask(scores_of(attendee)));
    }

    // Buckets (the anchor of each person's bucket): people without a tie first, then the
    // tied ones where they fit best.
    let mut bucket_of = vec![0u8; count];
    let mut sizes = [0usize; 9];
    for tied in [false, true] {
        for person in 0..count {
            let top = tops[person];
            if (top.count_ones() > 1) != tied {
                continue;
            }
            let mut best = (0, 0);
            for anchor in 0..8 {
                if top >> anchor & 1 == 1 {
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
            }
            bucket_of[person] = best.1 as u8;
            sizes[best.1] += 1;
        }
    }

    // The pool (slot 8 of the sizes and sums): buckets that do not split within the bounds. While it does not
    // split either, it takes one person from the nearest bucket that still splits without
    // them (a tied person first), else the whole nearest bucket. A person moved to the
    // pool is marked with 8 added to their bucket. Sizes and point sums are counted
    // afresh each round: few rounds are needed, and one loop is less code.
    let mut pooled = 0u8;
    loop {
        sizes = [0; 9];
        let mut sums = [[0u32; 8]; 9];
        for person in 0..count {
            let bucket = usize::from(bucket_of[person]);
            let points = scores_of(&attendees[person]).all_points();
            // Counted in its bucket (while not moved), and in the pool when it is there.
            let in_pool = bucket >= 8 || pooled >> bucket & 1 == 1;
            for (slot, counted) in [(bucket, bucket < 8), (8, in_pool)] {
                if counted {
                    sizes[slot] += 1;
                    for i in 0..8 {
                        sums[slot][i] += u32::from(points[i]);
                    }
                }
            }
        }
        let (mut unsplittable, mut donors) = (0u8, 0u8);
        for anchor in 0..8 {
            if pooled >> anchor & 1 == 0 && sizes[anchor] > 0 {
                if !splittable(sizes[anchor], min, max) {
                    unsplittable |= 1 << anchor;
                } else if splittable(sizes[anchor] - 1, min, max) {
                    donors |= 1 << anchor;
                }
            }
        }
        if unsplittable != 0 {
            pooled |= unsplittable;
            continue;
        }
        if splittable(sizes[8], min, max) {
            break;
        }
        if let Some(anchor) = nearest(donors, &sums, &sizes) {
            let mut chosen = count;
            for person in 0..count {
                if usize::from(bucket_of[person]) == anchor
                    && (chosen == count || tops[person].count_ones() >= tops[chosen].count_ones())
                {
                    chosen = person;
                }
            }
            bucket_of[chosen] += 8;
            continue;
        }
        match nearest(!pooled, &sums, &sizes) {
            Some(anchor) => pooled |= 1 << anchor,
            None => break,
        }
    }

    // Each kept bucket on its own, in anchor order; then the pool, largest bucket first,
    // the people moved to it last.
    let mut groups = Vec::new();
    let mut people = Vec::with_capacity(count);
    for anchor in 0..8 {
        if pooled >> anchor & 1 == 0 {
            people.clear();
            add_bucket(&mut people, anchor, &bucket_of);
            cut(&people, usize::from(max), &bucket_of, &tops, &mut groups);
        }
    }
    people.clear();
    let mut left = pooled;
    while left != 0 {
        let mut largest = 8;
        for anchor in 0..8 {
            if left >> anchor & 1 == 1 && (largest == 8 || sizes[anchor] > sizes[largest]) {
                largest = anchor;
            }
        }
        left &= !(1 << largest);
        add_bucket(&mut people, largest, &bucket_of);
    }
    for anchor in 8..16 {
        add_bucket(&mut people, anchor, &bucket_of);
    }
    cut(&people, usize::from(max), &bucket_of, &tops, &mut groups);
    Ok(groups)
}

/// Appends the people of `anchor`'s bucket, in input order.
fn add_bucket(people: &mut Vec<usize>, anchor: usize, bucket_of: &[u8]) {
    for (person, &bucket) in bucket_of.iter().enumerate() {
        if usize::from(bucket) == anchor {
            people.push(person);
        }
    }
}

/// Of the non-empty buckets in `candidates` (a bit set), the one whose mean profile is
/// nearest to the pool's (slot 8), the first on a tie.
#[allow(clippy::needless_range_loop)] // two rows of `sums`, one index
fn nearest(candidates: u8, sums: &[[u32; 8]; 9], sizes: &[usize; 9]) -> Option<usize> {
    let mut nearest: Option<(u64, usize)> = None;
    for anchor in 0..8 {
        if candidates >> anchor & 1 == 0 || sizes[anchor] == 0 {
            continue;
        }
        let (n, m) = (sizes[anchor] as u64, sizes[8].max(1) as u64);
        let mut distance = 0;
        for i in 0..8 {
            distance += (u64::from(sums[anchor][i]) * m).abs_diff(u64::from(sums[8][i]) * n);
        }
        let distance = distance * 1024 / (n * m);
        if nearest.is_none_or(|(best, _)| distance < best) {
            nearest = Some((distance, anchor));
        }
    }
    nearest.map(|(_, anchor)| anchor)
}

/// Cuts `people` evenly, in order, into ⌈n / max⌉ groups, and names each group's anchor:
/// its first member's bucket, unless every member shares another top anchor.
fn cut(people: &[usize], max: usize, bucket_of: &[u8], tops: &[u8], groups: &mut Vec<Group>) {
    let (total, count) = (people.len(), people.len().div_ceil(max));
    let mut start = 0;
    for piece in 0..count {
        let size = total / count + usize::from(piece < total % count);
        let members = people.get(start..start + size).unwrap_or(&[]);
        start += size;
        let shared = members.iter().fold(0xFF, |mask, &p| mask & tops[p]);
        let first = members.first().map_or(0, |&p| u32::from(bucket_of[p] % 8));
        let anchor = if shared >> first & 1 == 0 && shared != 0 {
            shared.trailing_zeros()
        } else {
            first
        } as usize;
        groups.push(Group {
            anchor: Anchor::ALL[anchor % 8],
            shared: shared != 0,
            members: members.to_vec(),
        });
    }
}
