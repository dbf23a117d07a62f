//! The seat plan behind the workshop groups: how many seats each anchor gets, so that the
//! fewest attendees sit at an anchor outside their top three. `grouping` describes the
//! method; this file holds the greedy first plan and the branch-and-bound search.
//!
//! An attendee is read as their top three, a bit set of anchors (a *kind*: 256 are
//! possible). A plan gives each anchor a seat count that splits into groups within the
//! bounds, and one seat per attendee in all.

use super::grouping::splittable;

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

/// Moves seats from one anchor to another while that seats more people under their first
/// anchor and leaves no more people out than `left`, nor than any plan it has reached: the plan's *first seats* (each
/// anchor's seats, up to how many people have it first) rise with each move, the largest
/// rise first (the first found on a tie).
///
/// A move takes at most twice the largest group size, so a step weighs at most
/// 8 · 7 · 2 · `max` moves, each in one pass over the 256 sets. In the simulated rooms it
/// raised the share sitting under their first anchor from 38% to 75% (`grouping`).
fn climb(
    mut plan: [usize; 8],
    within: &[usize; 256],
    firsts: &[usize; 8],
    mut left: usize,
    min: u8,
    max: u8,
) -> [usize; 8] {
    let fits = |count: usize| count == 0 || splittable(count, min, max);
    let first_seats = |anchor: usize, seats: usize| seats.min(firsts[anchor]);
    loop {
        // given[A]: the plan's seats for the anchors of the set A.
        let mut given = [0usize; 256];
        for (set, given) in given.iter_mut().enumerate() {
            for (anchor, &seats) in plan.iter().enumerate() {
                *given += if set >> anchor & 1 == 1 { seats } else { 0 };
            }
        }
        // (rise, from, to, seats, people left out) of the best move.
        let mut best = (0, 0, 0, 0, left);
        for from in 0..8 {
            for to in 0..8 {
                for seats in 1..=plan[from].min(2 * usize::from(max)) {
                    let rise = first_seats(to, plan[to] + seats) - first_seats(to, plan[to]);
                    let fall =
                        first_seats(from, plan[from]) - first_seats(from, plan[from] - seats);
                    if from == to
                        || rise <= fall + best.0
                        || !fits(plan[from] - seats)
                        || !fits(plan[to] + seats)
                    {
                        continue;
                    }
                    // Hall's count of the people left out, after the move.
                    let mut worst = 0;
                    for (set, &inside) in within.iter().enumerate() {
                        let seated = given[set] + if set >> to & 1 == 1 { seats } else { 0 }
                            - if set >> from & 1 == 1 { seats } else { 0 };
                        worst = worst.max(inside.saturating_sub(seated));
                    }
                    if worst <= left {
                        best = (rise - fall, from, to, seats, worst);
                    }
                }
            }
        }
        let (rise, from, to, seats, worst) = best;
        if rise == 0 {
            return plan;
        }
        plan[from] -= seats;
        plan[to] += seats;
        left = worst;
    }
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

/// The branch-and-bound search over seat counts, anchor by anchor in `order`.
struct Search {
    within: [usize; 256],
    order: [usize; 8],
    min: u8,
    max: u8,
    steps: usize,
    /// How many people have each anchor first.
    firsts: [usize; 8],
    /// Whether the search, once a plan leaves out no more people than the best one, looks
    /// for more [`first_seats`].
    aim_first: bool,
    /// The first seats of the anchors given their counts so far.
    gained: usize,
    /// The seat counts given so far (0 for the anchors not reached yet).
    seats: [isize; 8],
    /// given[A]: the seats given so far to the anchors of the set A.
    given: [isize; 256],
    /// (people left out, first seats when aimed at, plan) of the best plan found.
    best: (usize, usize, [usize; 8]),
}

impl Search {
    /// Gives seats to `order[depth]`, the anchors of `done` having theirs (the dropped ones
    /// none) and `left` seats remaining, and goes on with each count that may still beat
    /// the best plan.
    fn visit(&mut self, depth: usize, done: u8, left: usize) {
        let anchor = self.order[depth];
        let open = !done & !(1u8 << anchor);
        // A lower bound on the people left out, for v seats given to `anchor`: each set A
        // gives `within[A] − its seats`, where the anchors still open may hold all the
        // remaining seats. As a function of v it is max(fixed, with − v, without + v).
        let left = left as isize;
        let (mut fixed, mut with, mut without) = (0isize, isize::MIN, isize::MIN);
        for set in 0..256 {
            let base = self.within[set] as isize - self.given[set];
            match (set >> anchor & 1 == 1, set as u8 & open != 0) {
                (true, true) => fixed = fixed.max(base - left),
                (true, false) => with = with.max(base),
                (false, true) => without = without.max(base - left),
                (false, false) => fixed = fixed.max(base),
            }
        }
        // The most first seats a plan of this branch can reach (each anchor not given its
        // seats yet seating all who have it first), and the bound a plan must stay under:
        // fewer people left out than the best plan, or as many with more first seats.
        let mut reach = self.gained;
        for (other, &firsts) in self.firsts.iter().enumerate() {
            if self.aim_first && (open | 1 << anchor) >> other & 1 == 1 {
                reach += firsts;
            }
        }
        let limit = |best: &(usize, usize, [usize; 8]), reach: usize| {
            best.0 as isize + isize::from(reach > best.1)
        };
        let most = limit(&self.best, reach);
        if fixed >= most {
            return;
        }
        // The counts whose bound may still beat the best plan; the last anchor takes what
        // remains.
        let lowest = if open == 0 {
            left
        } else {
            0.max(with.saturating_sub(most) + 1)
        };
        let highest = left.min(most.saturating_sub(without).saturating_sub(1));
        for count in (lowest..=highest).rev() {
            self.steps += 1;
            let bound = fixed.max(with - count).max(without.saturating_add(count));
            let gain = if self.aim_first {
                self.firsts[anchor].min(count as usize)
            } else {
                0
            };
            let reach = reach
                - if self.aim_first {
                    self.firsts[anchor]
                } else {
                    0
                }
                + gain;
            if bound >= limit(&self.best, reach) {
                continue;
            }
            if count != 0 && !splittable(count as usize, self.min, self.max) {
                continue;
            }
            self.give(anchor, count);
            self.gained += gain;
            if open == 0 {
                // Every anchor has its seats: the bound is the exact figure.
                self.best = (
                    bound as usize,
                    self.gained,
                    self.seats.map(|seats| seats as usize),
                );
            } else {
                self.visit(depth + 1, done | 1 << anchor, (left - count) as usize);
            }
            self.gained -= gain;
            self.give(anchor, -count);
            let everyone = self.within[255];
            let best = self.best.0 == 0 && (!self.aim_first || self.best.1 == everyone);
            let budget = if self.aim_first {
                FIRST_STEPS
            } else {
                SEARCH_STEPS
            };
            if best || self.steps >= budget {
                return;
            }
        }
    }

    /// Gives `anchor` `seats` more (a negative number takes them back).
    fn give(&mut self, anchor: usize, seats: isize) {
        self.seats[anchor] += seats;
        for set in 0..256 {
            if set >> anchor & 1 == 1 {
                self.given[set] += seats;
            }
        }
    }
}
