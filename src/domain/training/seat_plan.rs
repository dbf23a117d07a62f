//! The seat plan behind the workshop groups: how many seats each anchor gets, so that the
//! fewest attendees sit at an anchor outside their top three. `grouping` describes the
//! method; this file holds the greedy first plan and the branch-and-bound search.
//!
//! An attendee is read as their top three, a bit set of anchors (a *kind*: 256 are
//! possible). A plan gives each anchor a seat count that splits into groups within the
//! bounds, and one seat per attendee in all.

mod climb;
mod search;

use super::grouping::splittable;
use climb::climb;
use search::Search;

/// How many seat counts the search may try. The simulated rooms of 10–40 people need at
/// most about a thousand; a room of 47 with groups of 6–11, found by the property test on
/// 2026-12-01, needed more than the 10,000 allowed until then (one person seated outside
/// their top three although a plan for all existed). The limit keeps a large room of an
/// awkward mix to about 30 ms natively (about 0.3 µs a count); typical rooms stop far
/// earlier, when a plan leaves nobody out.
pub const SEARCH_STEPS: usize = 100_000;

/// How many seat counts the search for more first seats may try, after the climb: about
/// 1.5 ms natively. In the simulated rooms it raises the share under the first anchor
/// from 77.5% (the climb and `trades`) to 78.7%; 20,000 would reach 79.7%, at four times the time.
pub const FIRST_STEPS: usize = 5_000;

/// The plain greedy: the anchor that most not-yet-seated people hold takes the next
/// group, its holders first (in input order), then others. A group is as large as those
/// holders, within the bounds and leaving a number that still splits (the size nearest to
/// that, the smaller on a tie). When the whole room does not split, it is cut into
/// ⌈n / max⌉ groups whose sizes differ by at most one.
///
/// Gives (the anchor that took the group, its members in input order).
pub(super) fn greedy(masks: &[u8], min: u8, max: u8) -> Vec<(usize, Vec<usize>)> {
    let fits = splittable(masks.len(), min, max);
    let (min, max) = (usize::from(min), usize::from(max));
    let mut holders = [0usize; 8];
    for &mask in masks {
        count_anchors(&mut holders, mask);
    }
    let mut seated = vec![false; masks.len()];
    let mut left = masks.len();
    let mut groups = Vec::new();
    while left > 0 {
        let mut anchor = 0;
        for other in 1..8 {
            if holders[other] > holders[anchor] {
                anchor = other;
            }
        }
        let size = if fits {
            let wanted = holders[anchor].clamp(min, max);
            // `left` splits, so some size leaves a number that splits too.
            let (mut size, mut gap) = (left.min(max), usize::MAX);
            for candidate in min..=max.min(left) {
                if splittable(left - candidate, min as u8, max as u8)
                    && candidate.abs_diff(wanted) < gap
                {
                    (size, gap) = (candidate, candidate.abs_diff(wanted));
                }
            }
            size
        } else {
            left.div_ceil(left.div_ceil(max))
        };
        // Its holders first, then others, each in input order; the members are listed in
        // input order.
        let mut holders_wanted = size.min(holders[anchor]);
        let mut others_wanted = size - holders_wanted;
        let mut members = Vec::with_capacity(size);
        for (person, &mask) in masks.iter().enumerate() {
            let wanted = if mask >> anchor & 1 == 1 {
                &mut holders_wanted
            } else {
                &mut others_wanted
            };
            if !seated[person] && *wanted > 0 {
                *wanted -= 1;
                seated[person] = true;
                members.push(person);
            }
        }
        for &person in &members {
            for (other, count) in holders.iter_mut().enumerate() {
                *count -= usize::from(masks[person] >> other & 1);
            }
        }
        left -= members.len();
        groups.push((anchor, members));
    }
    groups
}

/// The plan that leaves the fewest attendees without a seat of their top three: the
/// greedy's, improved by a branch-and-bound search of at most [`SEARCH_STEPS`] steps.
/// `masks.len()` must split within the bounds.
///
/// `firsts[a]` is how many people have anchor `a` first: of anchors held by as many, the
/// one more people have first is tried first and, when their holders are the same people,
/// keeps the seats, so groups are planned under the anchor their members' cards show.
pub(super) fn plan(masks: &[u8], firsts: [usize; 8], min: u8, max: u8) -> [usize; 8] {
    // within[A]: the people whose whole top three lies in the set of anchors A.
    let mut within = [0usize; 256];
    let mut holders = [0usize; 8];
    // alongside[a]: the anchors held by everyone who holds a (all eight when nobody does).
    let mut alongside = [u8::MAX; 8];
    for &mask in masks {
        within[usize::from(mask)] += 1;
        count_anchors(&mut holders, mask);
        for (anchor, also) in alongside.iter_mut().enumerate() {
            if mask >> anchor & 1 == 1 {
                *also &= mask;
            }
        }
    }
    for anchor in 0..8 {
        for set in 0..256 {
            if set >> anchor & 1 == 1 {
                within[set] += within[set ^ 1 << anchor];
            }
        }
    }
    let mut first = [0usize; 8];
    for (anchor, members) in greedy(masks, min, max) {
        first[anchor] += members.len();
    }
    // Anchors held by many first: their seat counts decide the most.
    let mut order = [0, 1, 2, 3, 4, 5, 6, 7];
    // Stable: of anchors held by as many, the one more people have first, then the first
    // in `Anchor::ALL` order, comes first.
    order.sort_by_key(|&anchor| std::cmp::Reverse((holders[anchor], firsts[anchor])));
    let (dropped, kept) = leave_out(order, &alongside, 0);
    let mut search = Search {
        within,
        order: kept,
        min,
        max,
        steps: 0,
        firsts,
        aim_first: false,
        gained: 0,
        seats: [0; 8],
        given: [0; 256],
        best: (left_out(&within, &first), 0, first),
    };
    search.visit(0, dropped, masks.len());
    let (left, _, plan) = search.best;
    let plan = climb(plan, &within, &firsts, left, min, max);
    // The climb may leave out fewer than the search's plan did (when the search ran out of
    // steps): the search after it keeps that.
    let left = left_out(&within, &plan);
    // Then a search for a plan with more first seats, which the climb's single moves may
    // not reach (one anchor's seats going to two others), leaving no more people out. The
    // anchors people have first keep their seats in it.
    let mut had_first = 0u8;
    for (anchor, &count) in firsts.iter().enumerate() {
        had_first |= u8::from(count > 0) << anchor;
    }
    let (dropped, kept) = leave_out(order, &alongside, had_first);
    search.order = kept;
    search.aim_first = true;
    search.steps = 0;
    search.best = (left, first_seats(&plan, &firsts), plan);
    search.visit(0, dropped, masks.len());
    search.best.2
}

/// The anchors the search may give no seats (as a set), and the others in `order`. An
/// anchor whose holders all hold another one too needs no seats: its seats could go to
/// the other anchor, seating the same people (and two counts that split make a sum that
/// splits), unless it is one of `keep`. Of anchors with the same holders, the first in
/// `order` keeps its seats. Leaving them out is what keeps the search small when many
/// people are alike.
fn leave_out(order: [usize; 8], alongside: &[u8; 8], keep: u8) -> (u8, [usize; 8]) {
    let mut dropped = 0u8;
    for (place, &anchor) in order.iter().enumerate() {
        for (before, &other) in order.iter().enumerate() {
            let covers = other != anchor && alongside[anchor] >> other & 1 == 1;
            let same = alongside[other] >> anchor & 1 == 1;
            if covers && (!same || before < place) && keep >> anchor & 1 == 0 {
                dropped |= 1 << anchor;
            }
        }
    }
    let mut kept = [0; 8];
    let mut count = 0;
    for anchor in order {
        if dropped >> anchor & 1 == 0 {
            kept[count] = anchor;
            count += 1;
        }
    }
    (dropped, kept)
}

/// A plan's *first seats*: each anchor's seats, up to how many people have it first.
fn first_seats(plan: &[usize; 8], firsts: &[usize; 8]) -> usize {
    plan.iter()
        .zip(firsts)
        .map(|(&seats, &firsts)| seats.min(firsts))
        .sum()
}

/// How many people a plan leaves without a seat of their top three (Hall's theorem:
/// the people whose top three lies in A cannot take more than A's seats).
fn left_out(within: &[usize; 256], seats: &[usize; 8]) -> usize {
    let mut worst = 0;
    for (set, &inside) in within.iter().enumerate() {
        let mut given = 0;
        for (anchor, &count) in seats.iter().enumerate() {
            if set >> anchor & 1 == 1 {
                given += count;
            }
        }
        worst = worst.max(inside.saturating_sub(given));
    }
    worst
}

/// Counts one more holder for each anchor in `mask`.
fn count_anchors(counts: &mut [usize; 8], mask: u8) {
    for (anchor, count) in counts.iter_mut().enumerate() {
        *count += usize::from(mask >> anchor & 1);
    }
}
