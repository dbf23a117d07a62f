//! Filling the seat plan (`grouping.rs` forms the groups): everyone seated, by augmenting
//! paths, on a seat of their top three where the plan has one.

use super::first_anchor;

/// Seats everyone on the plan: for each attendee, the anchor of their seat and whether it
/// is in their top three. Attendees are taken in input order, each trying their first
/// anchor before the rest of their top three; one whose anchors' seats are all taken gets one by moving earlier people along a chain of other seats they can also
/// take (an augmenting path). People who share the same top three are interchangeable,
/// so the chains are found over kinds of people (the 256 possible sets), not persons.
pub(super) fn seat(masks: &[u8], places: &[[u8; 8]], seats: &[usize; 8]) -> Vec<(u8, bool)> {
    // How many people of each kind sit at each anchor.
    let mut sitting = vec![[0usize; 8]; 256];
    let mut taken = [0usize; 8];
    for (&mask, &person) in masks.iter().zip(places) {
        let first = first_anchor(person);
        // Breadth-first over anchors: `came_from[b] = (a, kind)` moves one person of that
        // kind from anchor a to b, freeing a seat at a.
        let mut came_from = [(8usize, 0usize); 8];
        let mut queue = [0usize; 8];
        let (mut read, mut write) = (0, 0);
        let mut reached = 0u8;
        let mut free = 8;
        for anchor in (0..8).map(|step| (first + step) % 8) {
            if mask >> anchor & 1 == 1 {
                reached |= 1 << anchor;
                queue[write] = anchor;
                write += 1;
                if free == 8 && taken[anchor] < seats[anchor] {
                    free = anchor;
                }
            }
        }
        while free == 8 && read < write {
            let at = queue[read];
            read += 1;
            for (kind, row) in sitting.iter().enumerate() {
                if row[at] == 0 {
                    continue;
                }
                for (next, step) in came_from.iter_mut().enumerate() {
                    if kind >> next & 1 == 1 && reached >> next & 1 == 0 {
                        reached |= 1 << next;
                        *step = (at, kind);
                        queue[write] = next;
                        write += 1;
                        if free == 8 && taken[next] < seats[next] {
                            free = next;
                        }
                    }
                }
            }
        }
        if free == 8 {
            continue;
        }
        taken[free] += 1;
        let mut at = free;
        while came_from[at].0 != 8 {
            let (from, kind) = came_from[at];
            sitting[kind][at] += 1;
            sitting[kind][from] -= 1;
            at = from;
        }
        sitting[usize::from(mask)][at] += 1;
    }
    // Which person of a kind sits where: in input order, anchor by anchor; the people of
    // a kind left over (the last ones) take the free seats, anchor by anchor.
    let mut seated = Vec::with_capacity(masks.len());
    let mut spare = 0;
    for (&mask, &person) in masks.iter().zip(places) {
        let row = &mut sitting[usize::from(mask)];
        // Their first anchor when their kind has a seat there.
        let mut at = first_anchor(person);
        if row[at] == 0 {
            at = 0;
            while at < 8 && row[at] == 0 {
                at += 1;
            }
        }
        if at < 8 {
            row[at] -= 1;
            seated.push((at as u8, true));
        } else {
            while spare < 7 && taken[spare] >= seats[spare] {
                spare += 1;
            }
            taken[spare] += 1;
            seated.push((spare as u8, false));
        }
    }
    seated
}
