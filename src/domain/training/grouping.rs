//! Workshop groups: people who share an anchor of their top three sit together, in groups
//! whose sizes stay within the facilitator's bounds.
//!
//! # What is asked
//!
//! An attendee's *top three* is the set of anchors of [`Scores::top_three`]: three, or more
//! when several tie at third place. A group is *named* after the anchor most of its members
//! have in their top three, and discusses the question written for that anchor. An attendee
//! is *placed well* when their group is named after an anchor of their own top three.
//! `form_groups` seats everyone once, keeps every group within `min..=max` whenever some
//! number of groups allows it, and places as many attendees well as it can.
//!
//! # How
//!
//! The groups are planned as *seats per anchor*: so many seats for SE, so many for TF, and
//! so on, one seat per attendee in all, each anchor's count being one that splits into
//! groups within the bounds (0, or a count c with ⌈c / max⌉ · min ≤ c). How many people a
//! plan must leave without a seat of their top three follows from Hall's theorem: the
//! people whose whole top three lies in a set A of anchors can take no more than A's seats,
//! so
//!
//! > left out = the largest, over the 256 sets A, of (people whose top three ⊆ A) − (seats of A),
//!
//! and no seating does better. `seat_plan` looks for the plan that leaves the fewest out:
//!
//! 1. A first plan comes from a plain greedy: the anchor that most not-yet-seated people
//!    have in their top three takes the next group, as large as those people within the
//!    bounds (leaving a number of people that still splits), filled with them first.
//! 2. An anchor whose holders all hold another anchor too is given no seats: the other can
//!    take them and seat the same people (of two anchors with the same holders, the first
//!    in anchor order keeps its seats). This keeps the search small when many are alike.
//! 3. A branch-and-bound search gives the remaining anchors their seat counts, most-held
//!    first, largest count first. The formula above, counting the anchors still without a
//!    count as holding all the seats not yet given, never overestimates what a partial
//!    plan can reach, so a branch is dropped as soon as it cannot beat the best plan found.
//!    The search stops when a plan leaves nobody out, or after `seat_plan::SEARCH_STEPS`
//!    (100,000) counts tried. The rooms of the simulation below need at most about a
//!    thousand, so for them the plan is the best there is; the limit keeps a large room of
//!    an awkward mix within a few milliseconds, with the best plan found so far.
//!
//! 4. The plan then moves seats from one anchor to another while that raises its *first
//!    seats* (each anchor's seats, up to how many people have it first) and leaves nobody
//!    more out (`seat_plan::climb`), then searches the same way as in step 3 for a plan
//!    with more of them, within `seat_plan::FIRST_STEPS` counts: people whose card shows
//!    SE should find an SE table wherever the numbers allow, which is what a facilitator
//!    tells the room.
//!
//! The plan is then filled. Attendees are seated in input order, each on a free seat of an
//! anchor of their top three (their first anchor's when it is free), or, when those are all taken, by moving earlier people along
//! a chain of other seats they can take (the augmenting paths of bipartite matching), so
//! the seating leaves out exactly as many as the formula says. Those left out take the
//! remaining seats, anchor by anchor. Each anchor's seats are then dealt round the table,
//! its own people first and the others after them, into ⌈seats / max⌉ groups: sizes
//! differ by at most one, and the people who do not hold the anchor are spread out. A
//! group is named after the anchor most of its members hold (on a tie, the one they rank
//! highest, then the planned one, then anchor order); when no anchor is held by two of its members (or by its only
//! member), it shares nothing and is *mixed*. Last, people of two groups trade places
//! while that seats more of them well, or as many well and more under their first anchor
//! (`trades`).
//!
//! When no number of groups fits the bounds (2 or 7 people for groups of 4–6), the
//! greedy cuts the room into ⌈n / max⌉ groups whose sizes differ by at most one, the
//! anchor most people hold taking each group in turn.
//!
//! A mixed round, the option of people whose anchors differ, is `training::mixed`.
//!
//! Everything is integer arithmetic in a fixed order, with no randomness: the same input
//! gives the same groups.
//!
//! # Measured
//!
//! The host tests (`tests/host/training/rooms.rs`) simulate 500 seeded rooms of 10–40
//! people in groups of 4–6. Each attendee has a main anchor drawn from a skewed mix (SE
//! 24%, TF 20%, LS 14%, GM 12%, SV 10%, AU 8%, EC 6%, CH 6%) and a second one drawn from
//! the same mix; they rate the main anchor's five statements 3–6, the second's 2–5 and the
//! others' 1–5 (uniformly), and pick the three statements they rated highest (ties at
//! random) for 4 extra points each. Share of attendees placed well, overall and in the
//! worst room:
//!
//! | grouping | overall | worst room |
//! |---|---|---|
//! | by single top anchor (before; its groups named as the screen showed them) | 86.9% | 42.9% |
//! | the plain greedy of step 1 alone | 94.9% | 75.0% |
//! | this plan | 99.8% | 80.0% (8 of 10, the best any cut of that room reaches) |
//!
//! Of the same attendees, 78.7% sit in a group named after their *first* anchor (the one
//! their card shows). That is what makes a group feel like theirs, and what a facilitator
//! announces; sharing any anchor of the top three comes first, and none of what raises
//! the share under the first anchor lowers the share placed well:
//!
//! | step | under their first anchor |
//! |---|---|
//! | the plan alone | 36.8% |
//! | of anchors held by as many, the plan tries first the one more people have first; a table's own people dealt in order of their first anchor; a group named after the anchor its members rank highest among those most hold | 38.1% |
//! | the plan's seats moved towards first anchors (step 4), each person seated at their first anchor first | 75.2% |
//! | and people trading places | 77.5% |
//! | and, after the climb, a search for a plan with more first seats (`seat_plan::FIRST_STEPS`) | 78.7% |
//!
//! In the facilitator's review (24 cards, two with one code), 9 of 23 sat under their
//! first anchor and SE, the anchor most had first, had no group; now 18 do: SE and TF
//! each have a group of all who have it first, and LS, GM and AU a group of their own.
//!
//! `cargo bench --bench grouping` prints the same figures next to its timing.
//!
//! # Properties (tested on the host)
//!
//! Every attendee is in exactly one group; no group is larger than `max`; when some k has
//! k·min ≤ n ≤ k·max, every group is within bounds, and otherwise there are ⌈n / max⌉
//! groups differing by at most one; a group's `sharing` counts exactly the members holding
//! its anchor, no anchor is held by more, and it is `shared` exactly when two members (or
//! its only one) hold it; when everyone can be placed well, everyone is; in rooms of two
//! groups, no other cut places more people well.

mod fill;
mod sizes;

pub use sizes::{check_sizes, splittable, SizeError, MAX_GROUP_SIZE};

use crate::domain::anchors::{Anchor, Scores};

use super::seat_plan;
use super::trades::{self, Tally};
use fill::seat;

/// One workshop group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The group's anchor: the one most members have in their top three. In a mixed group
    /// (not `shared`) it is only the anchor its seats were planned for, or one member's:
    /// nobody shares it, so the group gets the prompt written for mixed groups.
    pub anchor: Anchor,
    /// Whether the group shares `anchor`: at least two members (or all, for a group of
    /// one) have it in their top three. A group that is not shared is *mixed*.
    pub shared: bool,
    /// How many members have `anchor` in their top three ("4 of 5 have AU in their top
    /// three": 4 is `sharing`, 5 is `members.len()`).
    pub sharing: usize,
    /// Positions of the members in the input, in input order.
    pub members: Vec<usize>,
}

impl Group {
    /// Whether the group shares no anchor, so it gets the prompt written for mixed groups.
    pub fn is_mixed(&self) -> bool {
        !self.shared
    }
}

/// The top anchors of `scores` (those with the highest score) as a bit set
/// (bit i = `Anchor::ALL[i]`).
pub fn top_mask(scores: &Scores) -> u8 {
    let points = scores.all_points();
    let best = points.iter().copied().max().unwrap_or(0);
    (0..8)
        .filter(|&i| points[i] == best)
        .fold(0, |m, i| m | 1 << i)
}

/// The anchors of [`Scores::top_three`] as a bit set (bit i = `Anchor::ALL[i]`): those
/// with fewer than three anchors scoring strictly higher, so a tie at third place keeps
/// every tied anchor.
pub fn top_three_mask(scores: &Scores) -> u8 {
    let points = scores.all_points();
    let mut mask = 0;
    for i in 0..8 {
        let mut higher = 0;
        for other in points {
            higher += usize::from(other > points[i]);
        }
        if higher < 3 {
            mask |= 1 << i;
        }
    }
    mask
}

/// Forms the workshop groups (see the module's description of the rules). Groups come
/// in the anchor order of their names, groups of one anchor in the order they were
/// formed.
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
    let mut masks = Vec::with_capacity(attendees.len());
    let mut places = Vec::with_capacity(attendees.len());
    for attendee in attendees {
        let scores = scores_of(attendee);
        masks.push(top_three_mask(scores));
        places.push(Anchor::ALL.map(|anchor| scores.place(anchor)));
    }
    let places_of = &places;
    let name = |members, planned| name(members, planned, &masks, places_of);
    let mut groups = Vec::new();
    if !splittable(masks.len(), min, max) {
        // No partition fits the bounds: the greedy's groups, cut evenly.
        for (anchor, members) in seat_plan::greedy(&masks, min, max) {
            groups.push(name(members, anchor));
        }
        return Ok(trades::trade(groups, &masks, &places));
    }
    let mut firsts = [0usize; 8];
    for person in &places {
        firsts[first_anchor(*person)] += 1;
    }
    let seats = seat_plan::plan(&masks, firsts, min, max);
    let seated = seat(&masks, &places, &seats);
    let max = usize::from(max);
    for (anchor, &count) in seats.iter().enumerate() {
        // Cut into ⌈seats / max⌉ tables whose sizes differ by at most one. The others (who
        // do not hold the anchor) are dealt round the tables first, so they are spread
        // out; the anchor's own people then fill the places left in order of their own
        // first anchor, so that people who share their first sit together (two tables of
        // TF seats: the TF-first at one, the GM-first at the other).
        let tables = count.div_ceil(max);
        if tables == 0 {
            continue;
        }
        let mut places: Vec<usize> = (0..tables)
            .map(|table| count / tables + usize::from(table < count % tables))
            .collect();
        // Which table each person at this anchor takes (`tables` for the others' seats).
        let mut table_of = vec![tables; seated.len()];
        let mut others_dealt = 0;
        for (person, &(at, holds)) in seated.iter().enumerate() {
            if usize::from(at) == anchor && !holds {
                let table = others_dealt % tables;
                table_of[person] = table;
                places[table] -= 1;
                others_dealt += 1;
            }
        }
        let mut table = 0;
        for first in 0..8 {
            for (person, &(at, holds)) in seated.iter().enumerate() {
                if usize::from(at) == anchor && holds && first_anchor(places_of[person]) == first {
                    while places[table] == 0 {
                        table += 1;
                    }
                    table_of[person] = table;
                    places[table] -= 1;
                }
            }
        }
        // Each table in input order.
        let mut members = vec![Vec::new(); tables];
        for (person, &(at, _)) in seated.iter().enumerate() {
            if usize::from(at) == anchor {
                members[table_of[person]].push(person);
            }
        }
        for table in members {
            groups.push(name(table, anchor));
        }
    }
    Ok(trades::trade(groups, &masks, &places))
}

/// Names a group of `members` (see [`Tally::name`]).
fn name(members: Vec<usize>, planned: usize, masks: &[u8], places: &[[u8; 8]]) -> Group {
    Tally::of(&members, masks, places).group(members, planned)
}

/// A group of `members` (positions in `scores`, the whole list), named as `form_groups`
/// names its groups: for groups the facilitator has fixed (`seating`), which keep their
/// members while the list changes around them.
pub fn name_members(members: Vec<usize>, scores: &[&Scores]) -> Group {
    let masks: Vec<u8> = scores.iter().map(|s| top_three_mask(s)).collect();
    let places: Vec<[u8; 8]> = scores
        .iter()
        .map(|s| Anchor::ALL.map(|anchor| s.place(anchor)))
        .collect();
    let planned = members.first().map_or(0, |&m| first_anchor(places[m]));
    name(members, planned, &masks, &places)
}

/// The first anchor of a person by their places (`Scores::place` of each anchor): the
/// first of those in first place.
pub(super) fn first_anchor(places: [u8; 8]) -> usize {
    places.iter().position(|&place| place == 1).unwrap_or(0)
}
