//! The climb after the search (`seat_plan.rs` plans the seats): seats moved from one anchor
//! to another while that seats more people under their first anchor.

use crate::domain::training::grouping::splittable;

/// Moves seats from one anchor to another while that seats more people under their first
/// anchor and leaves no more people out than `left`, nor than any plan it has reached: the plan's *first seats* (each
/// anchor's seats, up to how many people have it first) rise with each move, the largest
/// rise first (the first found on a tie).
///
/// A move takes at most twice the largest group size, so a step weighs at most
/// 8 · 7 · 2 · `max` moves, each in one pass over the 256 sets. In the simulated rooms it
/// raised the share sitting under their first anchor from 38% to 75% (`grouping`).
pub(super) fn climb(
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
