//! Two people with one code: the lines the facilitator marked as another person than the
//! earlier line with the same code (`Roster::apart`). The list's text cannot say it (an
//! older build must still read the list), so the saved document keeps the positions in a
//! field of their own, `training_apart`, written only when there are any (`document`'s rule
//! for new fields). The roster's copy is what the counts and the groups read; every change
//! goes through the document's methods, which keep the two equal, and reading a document
//! sets the roster's copy from the saved one.

use crate::domain::document::Document;

impl Document {
    /// Marks the line at `index` as another person, or as the same person as the earlier
    /// line with its code. Nothing changes for a line that has no earlier one to be told
    /// apart from.
    pub fn set_apart(&mut self, index: usize, apart: bool) {
        if apart && self.training.asks_apart(index).is_none() {
            return;
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
