//! Groups the facilitator has kept. Formed from the list (`grouping`, `mixed`), groups
//! change whenever the list does: one latecomer can move half the room. Once the groups
//! are announced, the facilitator keeps them: each line of the list keeps the group it was
//! given (`Document::training_groups`), a latecomer joins the group with room that shares
//! an anchor of their top three (the smallest; else the smallest with room; else the
//! smallest), and a person removed leaves the others where they are. Forming them anew is
//! the facilitator's explicit choice, as are other sizes or another kind of round.
//!
//! The group numbers are a field of the document of their own, not part of the list's
//! text, so that an older build still reads the list (`document`'s rule for new fields).
//! Numbers that do not fit the list (one per line) are groups that follow the list.

use super::grouping::{name_members, top_three_mask, Group, SizeError};
use super::roster::{Attendee, PasteReport, Roster};
use super::scanned::{add_scanned, Scanned};
use crate::domain::anchors::{Anchor, Scores};
use crate::domain::document::Document;

/// An attendee taken off the list, with their group if the groups were kept: what Undo
/// puts back.
#[derive(Clone, Debug, PartialEq)]
pub struct Removed {
    pub attendee: Attendee,
    seat: Option<u16>,
    /// Whether the line was marked as another person than an earlier one with its code.
    apart: bool,
}

impl Document {
    /// Whether the facilitator has kept the groups (one number per line of the list).
    pub fn groups_kept(&self) -> bool {
        kept(&self.training, &self.training_groups)
    }

    /// The groups of the room: kept ones, or formed from the list.
    pub fn room_groups(&self) -> Vec<Group> {
        groups(&self.training, &self.training_groups, self.training_mixed)
    }

    /// The number each group of [`Document::room_groups`] is shown with: a kept
    /// group keeps its number when a group before it empties.
    pub fn group_labels(&self) -> Vec<usize> {
        labels(&self.training, &self.training_groups, &self.room_groups())
    }

    /// Keeps the groups as they are now: every line of a person takes their group's number.
    pub fn keep_groups(&mut self) {
        let roster = &self.training;
        let mut seats = vec![0u16; roster.attendees.len()];
        for (number, group) in roster.groups(self.training_mixed).iter().enumerate() {
            for &member in &group.members {
                for line in roster.same_person(member) {
                    seats[line] = number as u16;
                }
            }
        }
        self.training_groups = seats;
    }

    /// Lets the groups follow the list again: they are formed anew.
    pub fn form_groups_anew(&mut self) {
        self.training_groups.clear();
    }

    /// Adds the lines of `text` to the list (`Roster::add_lines`); with the groups kept,
    /// each newcomer joins one (`seat_newcomers`).
    pub fn add_attendees(&mut self, text: &str) -> PasteReport {
        let kept = self.groups_kept();
        let mut report = self.training.add_lines(text);
        report.seated = self.seat_newcomers(kept);
        report
    }

    /// Adds a scanned card's code (`scanned::add_scanned`), seated as a pasted one is.
    pub fn add_scanned(&mut self, code: &str, name: &str) -> Scanned {
        let kept = self.groups_kept();
        let scanned = add_scanned(&mut self.training, code, name);
        self.seat_newcomers(kept);
        scanned
    }

    /// After people were added at the end of the list: if the groups were `kept` before,
    /// gives each of them a group ([`seat_for`]) and returns their positions; otherwise
    /// lets go of numbers that did not fit the list (they would fit it by chance now).
    fn seat_newcomers(&mut self, kept: bool) -> Vec<usize> {
        if !kept {
            self.training_groups.clear();
            return Vec::new();
        }
        let (seats, roster, mixed) = (
            &mut self.training_groups,
            &self.training,
            self.training_mixed,
        );
        let from = seats.len();
        for index in from..roster.attendees.len() {
            let seat = seat_for(roster, seats, &roster.attendees[index].scores, mixed);
            seats.push(seat);
        }
        (from..roster.attendees.len()).collect()
    }

    /// Takes the attendee at `index` off the list, with their group if the groups are
    /// kept, and gives them back for an Undo.
    pub fn remove_attendee(&mut self, index: usize) -> Option<Removed> {
        let seat = self
            .groups_kept()
            .then(|| self.training_groups.get(index).copied())
            .flatten();
        let apart = self.training.is_apart(index);
        let attendee = self.training.remove(index)?;
        self.keep_apart();
        if seat.is_some() {
            self.training_groups.remove(index);
        }
        Some(Removed {
            attendee,
            seat,
            apart,
        })
    }

    /// Puts a removed attendee back where they were (at the end, if the list has grown
    /// shorter since), in their group if the groups are kept: the groups are then those of
    /// before.
    pub fn restore_attendee(&mut self, index: usize, removed: Removed) {
        let at = index.min(self.training.attendees.len());
        if self.groups_kept() {
            // Their group, while it is still there (the groups may have been formed anew
            // and kept again since); otherwise one as a latecomer gets.
            let (roster, seats) = (&self.training, &self.training_groups);
            let seat = removed
                .seat
                .filter(|seat| seats.contains(seat))
                .unwrap_or_else(|| {
                    seat_for(roster, seats, &removed.attendee.scores, self.training_mixed)
                });
            self.training_groups.insert(at, seat);
        }
        self.training.restore(at, removed.attendee);
        if removed.apart {
            self.training.set_apart(at, true);
        }
        self.keep_apart();
    }

    /// Empties the list, and so the groups kept.
    pub fn clear_attendees(&mut self) {
        self.training.attendees.clear();
        self.training.apart.clear();
        self.keep_apart();
        self.training_groups.clear();
    }

    /// Sets the group sizes (`Roster::set_sizes`); other sizes are groups formed anew.
    pub fn set_group_sizes(&mut self, min: u8, max: u8) -> Result<(), SizeError> {
        let before = (self.training.min, self.training.max);
        self.training.set_sizes(min, max)?;
        if before != (min, max) {
            self.form_groups_anew();
        }
        Ok(())
    }

    /// Chooses groups that share an anchor or a mixed round; another round is formed anew.
    pub fn set_mixed_round(&mut self, mixed: bool) {
        if mixed != self.training_mixed {
            self.training_mixed = mixed;
            self.form_groups_anew();
        }
    }
}

/// The number each of `groups` (of `roster`, kept in `seats` or not) is shown with: its
/// kept number, or its place.
pub fn labels(roster: &Roster, seats: &[u16], groups: &[Group]) -> Vec<usize> {
    let kept = kept(roster, seats);
    let label = |(place, group): (usize, &Group)| match group.members.first() {
        Some(&first) if kept => usize::from(seats[first]) + 1,
        _ => place + 1,
    };
    groups.iter().enumerate().map(label).collect()
}

/// Whether `seats` are kept groups for `roster`: one number per line.
pub fn kept(roster: &Roster, seats: &[u16]) -> bool {
    !seats.is_empty() && seats.len() == roster.attendees.len()
}

/// The groups of `roster`: those kept in `seats` when they fit it, in the order of their
/// numbers (a group everyone left is gone), members in list order, each person once, named
/// as formed groups are (`grouping`) or mixed in a mixed round; otherwise formed anew.
pub fn groups(roster: &Roster, seats: &[u16], mixed: bool) -> Vec<Group> {
    if !kept(roster, seats) {
        return roster.groups(mixed);
    }
    let counted = roster.counted();
    let scores: Vec<&Scores> = roster.attendees.iter().map(|a| &a.scores).collect();
    let mut numbers: Vec<u16> = counted.iter().map(|&i| seats[i]).collect();
    numbers.sort_unstable();
    numbers.dedup();
    let mut groups = Vec::with_capacity(numbers.len());
    for number in numbers {
        let members: Vec<usize> = counted
            .iter()
            .copied()
            .filter(|&i| seats[i] == number)
            .collect();
        groups.push(if mixed {
            let anchor = scores[members[0]].top().first().copied();
            Group {
                anchor: anchor.unwrap_or(Anchor::ALL[0]),
                shared: false,
                sharing: 0,
                members,
            }
        } else {
            name_members(members, &scores)
        });
    }
    groups
}

/// The group number for a newcomer with `scores` while `seats` keeps the groups of
/// `roster` (the newcomer not yet in it, or at its end without a number): the group of a
/// line with the same code (the same person); else, of the groups with room (fewer than
/// the largest size), the smallest that shares an anchor of the newcomer's top three, or
/// the smallest; else the smallest of all (the first on a tie). In a mixed round no group
/// shares an anchor: the smallest with room.
pub fn seat_for(roster: &Roster, seats: &[u16], scores: &Scores, mixed: bool) -> u16 {
    let listed = &roster.attendees[..seats.len().min(roster.attendees.len())];
    if let Some(same) = listed.iter().position(|a| a.scores == *scores) {
        return seats[same];
    }
    seat_with_room(roster, seats, scores, mixed)
}

/// The group a person with `scores` joins when no line of theirs has one: of the groups
/// with room, the smallest that shares an anchor of their top three, or the smallest; else
/// the smallest of all (see [`seat_for`]).
pub(super) fn seat_with_room(roster: &Roster, seats: &[u16], scores: &Scores, mixed: bool) -> u16 {
    let listed = &roster.attendees[..seats.len().min(roster.attendees.len())];
    let mask = top_three_mask(scores);
    let max = usize::from(roster.max);
    let key = |group: &Group| {
        let room = group.members.len() < max;
        let shares = !group.is_mixed() && mask >> (group.anchor as usize) & 1 == 1;
        (!room, !(room && shares), group.members.len())
    };
    // The groups of the lines that have a number.
    let mut seated = roster.clone();
    seated.attendees.truncate(listed.len());
    groups(&seated, seats, mixed)
        .iter()
        .min_by_key(|group| key(group))
        .map_or(0, |group| seats[group.members[0]])
}
