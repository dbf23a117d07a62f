//! The "most true" step: after rating all forty, the person picks the three statements
//! that are most true of them, each worth four extra points.

use serde::{Deserialize, Serialize, Serializer};

use super::{Answers, StatementId};

/// How many statements are picked as most true.
pub const PICK_COUNT: usize = 3;

/// Splits the answered statements into the ones to offer first for picking and the rest.
///
/// The first list holds the statements rated 6 and 5. When fewer than three statements
/// have those ratings, the threshold goes down one step at a time (4, 3, …) until at
/// least three statements are in the list, so a person who rates cautiously still has a
/// real choice; every statement sharing the threshold rating is included, never a
/// arbitrary subset of them. It is ordered by rating (highest first), then by number.
/// The second list holds everything else, unanswered statements included, by number;
/// the screen shows it separately, and picking from it is allowed.
pub fn pick_candidates(answers: &Answers) -> (Vec<StatementId>, Vec<StatementId>) {
    let rated_at_least = |threshold: u8| {
        answers
            .iter()
            .filter(|(_, rating)| rating.is_some_and(|r| r.value() >= threshold))
            .count()
    };
    let mut threshold = 5;
    while threshold > 1 && rated_at_least(threshold) < PICK_COUNT {
        threshold -= 1;
    }

    let (mut highest, rest): (Vec<_>, Vec<_>) = answers
        .iter()
        .partition(|(_, rating)| rating.is_some_and(|r| r.value() >= threshold));
    // Stable sort: equal ratings keep statement order.
    highest.sort_by_key(|(_, rating)| std::cmp::Reverse(*rating));
    (
        highest.into_iter().map(|(id, _)| id).collect(),
        rest.into_iter().map(|(id, _)| id).collect(),
    )
}

/// Up to three distinct statements picked as most true, kept in statement order so that
/// the order of clicking never matters.
///
/// Saved as a list of statement numbers. Reading is strict: numbers outside 1..=40,
/// repeats or more than three picks are an error.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default, Deserialize)]
#[serde(try_from = "Vec<StatementId>")]
pub struct Picks {
    picked: Vec<StatementId>,
}

/// What a click on a statement in the "most true" step did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Toggled {
    Picked,
    Unpicked,
    /// Three are already picked: one must be unpicked before another can be.
    RefusedAlreadyThree,
}

impl Picks {
    /// Nothing picked yet.
    pub fn new() -> Picks {
        Picks::default()
    }

    /// Picks made of `statements`, when they are distinct and at most three.
    pub fn from_statements(statements: &[StatementId]) -> Option<Picks> {
        let mut picks = Picks::new();
        for &statement in statements {
            if picks.contains(statement) || picks.toggle(statement) != Toggled::Picked {
                return None;
            }
        }
        Some(picks)
    }

    /// Picks `statement`, or unpicks it if it was picked. A fourth pick is refused and
    /// changes nothing.
    pub fn toggle(&mut self, statement: StatementId) -> Toggled {
        if let Some(position) = self.picked.iter().position(|&id| id == statement) {
            self.picked.remove(position);
            Toggled::Unpicked
        } else if self.is_full() {
            Toggled::RefusedAlreadyThree
        } else {
            self.picked.push(statement);
            // Statements are unique, so any sort gives the same order.
            self.picked.sort_unstable();
            Toggled::Picked
        }
    }

    pub fn contains(&self, statement: StatementId) -> bool {
        self.picked.contains(&statement)
    }

    /// The picked statements in statement order.
    pub fn statements(&self) -> &[StatementId] {
        &self.picked
    }

    pub fn len(&self) -> usize {
        self.picked.len()
    }

    pub fn is_empty(&self) -> bool {
        self.picked.is_empty()
    }

    /// True when all three are picked.
    pub fn is_full(&self) -> bool {
        self.picked.len() >= PICK_COUNT
    }

    /// Unpicks everything.
    pub fn clear(&mut self) {
        self.picked.clear();
    }
}

// Saved form.

/// Saved picks: at most three different statement numbers.
impl TryFrom<Vec<StatementId>> for Picks {
    type Error = &'static str;

    fn try_from(saved: Vec<StatementId>) -> Result<Picks, &'static str> {
        Picks::from_statements(&saved).ok_or("expected at most three different statements")
    }
}

/// The picks as saved: statement numbers in order.
impl Serialize for Picks {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.picked.serialize(serializer)
    }
}
