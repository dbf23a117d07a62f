//! Who is who on the facilitator's list: the lines worth a second look (the same code or
//! the same name as an earlier line), the lines that count as people in the room, and two
//! people with one code, marked apart by the facilitator ([`Roster::apart`]). The counts
//! and the groups (`roster`) read only [`Roster::counted`].

use super::roster::{same_name, Duplicate, Roster};

impl Roster {
    /// Whether the line at `index` is marked as another person than the earlier line with
    /// its code.
    pub fn is_apart(&self, index: usize) -> bool {
        self.apart.iter().any(|&line| usize::from(line) == index)
    }

    /// The first line with the code of the line at `index`, when the facilitator is asked
    /// whether it is another person: the line has a name, an earlier line of its code has
    /// a name, and none reads the same (or the line is marked already, so that the mark
    /// can be taken back).
    pub fn asks_apart(&self, index: usize) -> Option<usize> {
        let attendee = self.attendees.get(index)?;
        let first = self.first_of_code(index);
        if first == index {
            return None;
        }
        if self.is_apart(index) {
            return Some(first);
        }
        let earlier = self.attendees[..index]
            .iter()
            .filter(|earlier| earlier.scores == attendee.scores && !earlier.name.is_empty());
        let mut named = false;
        for earlier in earlier {
            if same_name(&earlier.name, &attendee.name) {
                return None;
            }
            named = true;
        }
        (named && !attendee.name.is_empty()).then_some(first)
    }

    /// The first line with the code of the line at `index` (itself, if none before).
    fn first_of_code(&self, index: usize) -> usize {
        let scores = &self.attendees[index].scores;
        self.attendees
            .iter()
            .position(|attendee| attendee.scores == *scores)
            .unwrap_or(index)
    }

    /// The earlier line whose person the unmarked line at `index` is: of the lines that
    /// begin a person with its code (the first, and those marked as another person), the
    /// first whose name reads the same; else the code's first line. `None` for a line that
    /// begins a person itself.
    fn twin(&self, index: usize) -> Option<usize> {
        let first = self.first_of_code(index);
        if first == index || self.is_apart(index) {
            return None;
        }
        let attendee = &self.attendees[index];
        let same = (first..index).find(|&line| {
            (line == first || self.is_apart(line))
                && self.attendees[line].scores == attendee.scores
                && same_name(&self.attendees[line].name, &attendee.name)
        });
        Some(same.unwrap_or(first))
    }

    /// Marks the line at `index` as another person (`apart`) or as the same person as the
    /// earlier line with its code. Positions are kept in order.
    pub fn set_apart(&mut self, index: usize, apart: bool) {
        self.apart.retain(|&line| usize::from(line) != index);
        if apart && index < self.attendees.len() {
            if let Ok(line) = u16::try_from(index) {
                let at = self.apart.partition_point(|&other| other < line);
                self.apart.insert(at, line);
            }
        }
    }

    /// For each attendee, whether an earlier one has the same code (and whether they were
    /// marked as another person) or the same name.
    pub fn duplicates(&self) -> Vec<Option<Duplicate>> {
        let list = &self.attendees;
        let mut found = Vec::with_capacity(list.len());
        for (i, attendee) in list.iter().enumerate() {
            // The same code: the line whose person this is, or the code's first line
            // when marked as another person.
            let first = self.first_of_code(i);
            let mut duplicate = match self.twin(i) {
                Some(twin) => Some(Duplicate::SameCode(twin)),
                None if first != i => Some(Duplicate::Apart(first)),
                None => None,
            };
            for (j, earlier) in list.iter().enumerate().take(i).rev() {
                if earlier.scores != attendee.scores
                    && !matches!(
                        duplicate,
                        Some(Duplicate::SameCode(_) | Duplicate::Apart(_))
                    )
                    && !attendee.name.is_empty()
                    && same_name(&earlier.name, &attendee.name)
                {
                    duplicate = Some(Duplicate::SameName(j));
                }
            }
            found.push(duplicate);
        }
        found
    }

    /// For each attendee, whether someone else (another code) is listed under a name that
    /// reads the same: two 山田 花子 in one room, whom the groups tell apart by number.
    pub fn name_shared(&self) -> Vec<bool> {
        let list = &self.attendees;
        list.iter()
            .map(|a| {
                !a.name.is_empty()
                    && list
                        .iter()
                        .any(|b| b.scores != a.scores && same_name(&a.name, &b.name))
            })
            .collect()
    }

    /// The positions of the attendees who count as people in the room: every attendee
    /// but those whose code an earlier one already has (unless marked as another person).
    pub fn counted(&self) -> Vec<usize> {
        let mut counted = Vec::with_capacity(self.attendees.len());
        for (index, duplicate) in self.duplicates().into_iter().enumerate() {
            if !matches!(duplicate, Some(Duplicate::SameCode(_))) {
                counted.push(index);
            }
        }
        counted
    }

    /// The positions of the lines that are the same person as the one at `index` (itself
    /// included), in list order: those with its code, but a line marked as another person
    /// is a person of its own.
    pub fn same_person(&self, index: usize) -> Vec<usize> {
        let mut lines = Vec::new();
        if let Some(attendee) = self.attendees.get(index) {
            let person = self.person_of(index);
            // Only lines of the same code can be the same person.
            for (other, line) in self.attendees.iter().enumerate() {
                if line.scores == attendee.scores && self.person_of(other) == person {
                    lines.push(other);
                }
            }
        }
        lines
    }

    /// The first line of the person at `index`: the line that begins a person (the code's
    /// first line, or one marked as another person) whose line this is ([`Roster::twin`]).
    fn person_of(&self, index: usize) -> usize {
        let mut line = index;
        while let Some(twin) = self.twin(line) {
            line = twin;
        }
        line
    }
}
