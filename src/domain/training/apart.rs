//! Two people with one code: the lines the facilitator marked as another person than the
//! earlier line with the same code (`Roster::apart`). The list's text cannot say it (an
//! older build must still read the list), so the saved document keeps the positions in a
//! field of their own, `training_apart`, written only when there are any (`document`'s rule
//! for new fields). The roster's copy is what the counts and the groups read; every change
//! goes through the document's methods, which keep the two equal, and reading a document
//! sets the roster's copy from the saved one.

use super::seating::seat_with_room;
use crate::domain::document::Document;

impl Document {
    /// Marks the line at `index` as another person, or as the same person as the earlier
    /// line with its code. Nothing changes for a line that has no earlier one to be told
    /// apart from.
    ///
    /// With the groups kept, a line marked so keeps the group it sat in with the other
    /// person, while that group has room; a full group, and it joins one with room as a
    /// latecomer does.
    pub fn set_apart(&mut self, index: usize, apart: bool) {
        if apart && self.training.asks_apart(index).is_none() {
            return;
        }
        if apart && self.groups_kept() {
            let seat = self.training_groups[index];
            let max = usize::from(self.training.max);
            let full = self.room_groups().iter().any(|group| {
                group.members.len() >= max && self.training_groups[group.members[0]] == seat
            });
            if full {
                let scores = self.training.attendees[index].scores;
                let (roster, seats) = (&self.training, &self.training_groups);
                self.training_groups[index] =
                    seat_with_room(roster, seats, &scores, self.training_mixed);
            }
        }
        self.training.set_apart(index, apart);
        self.keep_apart();
    }

    /// Saves the roster's marks in the document's field.
    pub(crate) fn keep_apart(&mut self) {
        self.training_apart.clone_from(&self.training.apart);
    }

    /// After reading: the roster's marks are the saved ones that are lines of the list, in
    /// order, each once (a document edited by hand may hold others); the saved field is
    /// set to the same.
    pub(crate) fn read_apart(&mut self) {
        let lines = self.training.attendees.len();
        let mut apart = std::mem::take(&mut self.training_apart);
        apart.retain(|&line| usize::from(line) < lines);
        apart.sort_unstable();
        apart.dedup();
        self.training.apart = apart;
        self.keep_apart();
    }
}
