//! The branch-and-bound search over seat counts (`seat_plan.rs` starts it, twice: for the
//! fewest people left out, then for more first seats among plans leaving no more out).

use super::{FIRST_STEPS, SEARCH_STEPS};
use crate::domain::training::grouping::splittable;

/// The branch-and-bound search over seat counts, anchor by anchor in `order`.
pub(super) struct Search {
    pub(super) within: [usize; 256],
    pub(super) order: [usize; 8],
    pub(super) min: u8,
    pub(super) max: u8,
    pub(super) steps: usize,
    /// How many people have each anchor first.
    pub(super) firsts: [usize; 8],
    /// Whether the search, once a plan leaves out no more people than the best one, looks
    /// for more [`first_seats`](super::first_seats).
    pub(super) aim_first: bool,
    /// The first seats of the anchors given their counts so far.
    pub(super) gained: usize,
    /// The seat counts given so far (0 for the anchors not reached yet).
    pub(super) seats: [isize; 8],
    /// given[A]: the seats given so far to the anchors of the set A.
    pub(super) given: [isize; 256],
    /// (people left out, first seats when aimed at, plan) of the best plan found.
    pub(super) best: (usize, usize, [usize; 8]),
}

impl Search {
    /// Gives seats to `order[depth]`, the anchors of `done` having theirs (the dropped ones
    /// none) and `left` seats remaining, and goes on with each count that may still beat
    /// the best plan.
    pub(super) fn visit(&mut self, depth: usize, done: u8, left: usize) {
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
