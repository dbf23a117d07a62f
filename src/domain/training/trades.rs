//! After the plan, people trade places, two at a time, so that more of them sit in a group
//! named after their *first* anchor, the one their card shows large.
//!
//! The plan (`grouping`, `seat_plan`) seats as many people well as it can: in a group named
//! after an anchor of their top three. Which of their three it is, it does not ask, and in
//! a facilitator's room only 9 of 23 people sat under the anchor their card showed (7 of
//! her 24 lines), and SE, the anchor most had first, had no group at all. She tells the
//! room 「同じアンカーの人どうしで話します」, and a card that says SE should find SE.
//!
//! So two people of different groups trade places whenever the trade makes the room
//! better, judged in this order:
//!
//! 1. more people placed well (a trade never seats fewer well than before);
//! 2. as many placed well, and more sitting under their first anchor.
//!
//! Both groups are named again after a trade, by the rule `grouping` names every group
//! with, so a trade may also turn a group's name to the anchor most of its members now
//! share. Sizes do not change, so every bound `grouping` keeps still holds. Each trade
//! raises the pair of counts, which cannot pass the number of people, so the trading
//! ends; it also stops after [`ROUNDS`] passes over all pairs, which the simulated rooms
//! never reach. Pairs are tried in a fixed order: the same room gives the same groups.
//!
//! A group's counts are kept as a [`Tally`], so a trade is judged from sixteen numbers,
//! not by reading the members again.

use super::grouping::Group;
use crate::domain::anchors::Anchor;

/// The most passes of each kind over the room.
const ROUNDS: usize = 16;

/// The most trades weighed in the passes over every pair: enough for every pass of a room
/// of a hundred, a few milliseconds in a room of a thousand.
const TRADE_STEPS: usize = 30_000;

/// What a group's members hold, per anchor.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Tally {
    /// How many have the anchor in their top three.
    held: [usize; 8],
    /// Their places for it summed, over those who hold it (lower is ranked higher).
    placed: [usize; 8],
    /// How many have it first.
    firsts: [usize; 8],
    /// How many members.
    size: usize,
}

impl Tally {
    /// The tally of `members` (positions in `masks` and `places`).
    pub(super) fn of(members: &[usize], masks: &[u8], places: &[[u8; 8]]) -> Tally {
        let mut tally = Tally::default();
        for &member in members {
            tally.count(masks[member], places[member], true);
        }
        tally
    }

    /// Counts one member in (`add`) or out, by their top three and places.
    fn count(&mut self, mask: u8, places: [u8; 8], add: bool) {
        let step = |total: &mut usize, by: usize| {
            *total = if add { *total + by } else { *total - by };
        };
        for (anchor, &place) in places.iter().enumerate() {
            if mask >> anchor & 1 == 1 {
                step(&mut self.held[anchor], 1);
                step(&mut self.placed[anchor], usize::from(place));
            }
            step(&mut self.firsts[anchor], usize::from(place == 1));
        }
        step(&mut self.size, 1);
    }

    /// The group's name: the anchor most members hold; on a tie, the one its holders rank
    /// highest (the fewest places summed: three people with TF first and LS third are a
    /// TF group), then `planned`, then the first in anchor order. With whether two of
    /// them (or its only member) hold it, so that the group shares it.
    pub(super) fn name(&self, planned: usize) -> (usize, bool) {
        let mut best = planned;
        for anchor in 0..8 {
            let (held, best_held) = (self.held[anchor], self.held[best]);
            if held > best_held || held == best_held && self.placed[anchor] < self.placed[best] {
                best = anchor;
            }
        }
        (best, self.held[best] >= self.size.min(2))
    }

    /// How many members sit well under the group's name, and how many under their first
    /// anchor: none in a group that shares nothing.
    fn worth(&self, (anchor, shared): (usize, bool)) -> (usize, usize) {
        if shared {
            (self.held[anchor], self.firsts[anchor])
        } else {
            (0, 0)
        }
    }

    /// The group as `grouping` gives it: named, its members in input order.
    pub(super) fn group(&self, mut members: Vec<usize>, planned: usize) -> Group {
        let (anchor, shared) = self.name(planned);
        members.sort_unstable();
        Group {
            anchor: Anchor::ALL[anchor],
            shared,
            sharing: self.held[anchor],
            members,
        }
    }
}

/// Trades places between `groups` (see the module's description) and gives them named
/// again, in anchor order.
pub(super) fn trade(groups: Vec<Group>, masks: &[u8], places: &[[u8; 8]]) -> Vec<Group> {
    let mut room = Room {
        members: Vec::with_capacity(groups.len()),
        tallies: Vec::with_capacity(groups.len()),
        names: Vec::with_capacity(groups.len()),
        masks,
        places,
        steps: 0,
    };
    for group in groups {
        let tally = Tally::of(&group.members, masks, places);
        room.names.push(tally.name(group.anchor as usize));
        room.tallies.push(tally);
        room.members.push(group.members);
    }
    let mut firsts = Vec::with_capacity(places.len());
    for person in places {
        firsts.push((0..8).fold(0u8, |mask, a| mask | u8::from(person[a] == 1) << a));
    }
    // Every pair, within `TRADE_STEPS` trades weighed: all of them in a room of a
    // hundred.
    'pairs: for _ in 0..ROUNDS {
        let mut traded = false;
        for g in 0..room.members.len() {
            for h in g + 1..room.members.len() {
                for i in 0..room.members[g].len() {
                    for j in 0..room.members[h].len() {
                        traded |= room.try_trade((g, i), (h, j));
                    }
                }
                if room.steps >= TRADE_STEPS {
                    break 'pairs;
                }
            }
        }
        if !traded {
            break;
        }
    }
    // Then, in a larger room, the trades that seat one of the two better under the name
    // their new group already has: few to try, even in a room of a thousand.
    for _ in 0..ROUNDS {
        let mut traded = false;
        for g in 0..room.members.len() {
            for i in 0..room.members[g].len() {
                let p = room.members[g][i];
                // Where p would sit better: a group named after their first anchor, or,
                // when they do not sit well now, after any anchor of their top three.
                let (anchor, shared) = room.names[g];
                let well = shared && masks[p] >> anchor & 1 == 1;
                if well && firsts[p] >> anchor & 1 == 1 {
                    continue;
                }
                let wanted = if well { firsts[p] } else { masks[p] };
                'groups: for h in 0..room.members.len() {
                    let (other, shared) = room.names[h];
                    if h != g && shared && wanted >> other & 1 == 1 {
                        for j in 0..room.members[h].len() {
                            if room.try_trade((g, i), (h, j)) {
                                traded = true;
                                break 'groups;
                            }
                        }
                    }
                }
            }
        }
        if !traded {
            break;
        }
    }
    room.groups()
}

/// The groups while people trade places.
struct Room<'a> {
    /// Each group's members, positions in `masks` and `places`.
    members: Vec<Vec<usize>>,
    tallies: Vec<Tally>,
    /// Each group's name, by [`Tally::name`].
    names: Vec<(usize, bool)>,
    masks: &'a [u8],
    places: &'a [[u8; 8]],
    /// How many trades were weighed in the pass over every pair.
    steps: usize,
}

impl Room<'_> {
    /// Trades the `i`th member of group `g` with the `j`th of group `h` if that makes the
    /// room better (the module's description says how it is judged), and says whether.
    fn try_trade(&mut self, (g, i): (usize, usize), (h, j): (usize, usize)) -> bool {
        let (p, q) = (self.members[g][i], self.members[h][j]);
        let (masks, places) = (self.masks, self.places);
        if places[p] == places[q] {
            return false;
        }
        self.steps += 1;
        let add = |(a, b): (usize, usize), (c, d): (usize, usize)| (a + c, b + d);
        let (names, tallies) = (&mut self.names, &mut self.tallies);
        let before = add(tallies[g].worth(names[g]), tallies[h].worth(names[h]));
        let (mut at_g, mut at_h) = (tallies[g], tallies[h]);
        at_g.count(masks[p], places[p], false);
        at_g.count(masks[q], places[q], true);
        at_h.count(masks[q], places[q], false);
        at_h.count(masks[p], places[p], true);
        let (name_g, name_h) = (at_g.name(names[g].0), at_h.name(names[h].0));
        if add(at_g.worth(name_g), at_h.worth(name_h)) <= before {
            return false;
        }
        (tallies[g], tallies[h]) = (at_g, at_h);
        (names[g], names[h]) = (name_g, name_h);
        (self.members[g][i], self.members[h][j]) = (q, p);
        true
    }

    /// The groups, named, in anchor order (groups of one anchor keep their order).
    fn groups(self) -> Vec<Group> {
        let mut groups: Vec<Group> = self
            .members
            .into_iter()
            .zip(self.tallies.iter().zip(&self.names))
            .map(|(members, (tally, name))| tally.group(members, name.0))
            .collect();
        groups.sort_by_key(|group| group.anchor as usize);
        groups
    }
}
