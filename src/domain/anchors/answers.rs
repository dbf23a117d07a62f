//! Ratings of the forty statements: the 1–6 scale, the statement numbers, and what a
//! person has answered so far.

use std::fmt;

use serde::{Deserialize, Serialize, Serializer};

use super::Anchor;

/// How true a statement is of the person: 1 (not true at all) to 6 (always true).
/// No other value can exist, and saved data with another value is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u64", into = "u8")]
pub struct Rating(u8);

impl Rating {
    pub const MIN: Rating = Rating(1);
    pub const MAX: Rating = Rating(6);
    /// The six steps of the scale, lowest first.
    pub const ALL: [Rating; 6] = [
        Rating(1),
        Rating(2),
        Rating(3),
        Rating(4),
        Rating(5),
        Rating(6),
    ];

    /// A rating, when `value` is on the scale 1..=6.
    pub fn new(value: u8) -> Option<Rating> {
        (1..=6).contains(&value).then_some(Rating(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

/// The number of one of the forty statements, 1..=40. Statements take turns between the
/// anchors: 1 is TF, 2 is GM, … 8 is LS, 9 is TF again, so each anchor has five.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u64", into = "u8")]
pub struct StatementId(u8);

impl StatementId {
    pub const COUNT: usize = 40;
    /// Statement 1, where an assessment begins.
    pub const FIRST: StatementId = StatementId(1);
    /// Statement 40, the last.
    pub const LAST: StatementId = StatementId(40);

    /// A statement number, when `number` is within 1..=40.
    pub fn new(number: u8) -> Option<StatementId> {
        (1..=Self::COUNT as u8)
            .contains(&number)
            .then_some(StatementId(number))
    }

    /// The number as shown to the person, 1..=40.
    pub fn number(self) -> u8 {
        self.0
    }

    /// The anchor this statement measures: ((n − 1) mod 8) in the brief's order.
    pub fn anchor(self) -> Anchor {
        Anchor::ALL[(self.index()) % Anchor::ALL.len()]
    }

    /// All forty, in order.
    pub fn all() -> impl Iterator<Item = StatementId> {
        (1..=Self::COUNT as u8).map(StatementId)
    }

    /// The five statements of `anchor`, in order.
    pub fn of_anchor(anchor: Anchor) -> [StatementId; 5] {
        let first = anchor.number();
        [0u8, 1, 2, 3, 4].map(|round| StatementId(first + 8 * round))
    }

    /// Position 0..40, for arrays indexed by statement.
    pub(crate) fn index(self) -> usize {
        usize::from(self.0) - 1
    }
}

/// A number outside the allowed range, met when reading a [`Rating`] or [`StatementId`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutOfRange {
    pub value: u8,
    pub max: u8,
}

impl fmt::Display for OutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is outside 1..={}", self.value, self.max)
    }
}

impl std::error::Error for OutOfRange {}

impl TryFrom<u8> for Rating {
    type Error = OutOfRange;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Rating::new(value).ok_or(OutOfRange { value, max: 6 })
    }
}

impl From<Rating> for u8 {
    fn from(rating: Rating) -> u8 {
        rating.0
    }
}

impl TryFrom<u8> for StatementId {
    type Error = OutOfRange;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        StatementId::new(value).ok_or(OutOfRange {
            value,
            max: StatementId::COUNT as u8,
        })
    }
}

impl From<StatementId> for u8 {
    fn from(id: StatementId) -> u8 {
        id.0
    }
}

/// The rating given to each statement so far; a statement may still be unanswered.
///
/// Saved as a list of forty numbers or `null`s in statement order. Reading is strict: any
/// other shape is an error, so a damaged document is kept aside whole (see `storage`) and
/// an import names what is wrong, rather than answers silently going missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(try_from = "Vec<Option<Rating>>")]
pub struct Answers {
    ratings: [Option<Rating>; StatementId::COUNT],
}

impl Default for Answers {
    fn default() -> Answers {
        Answers {
            ratings: [None; StatementId::COUNT],
        }
    }
}

impl Answers {
    /// No statement answered yet.
    pub fn new() -> Answers {
        Answers::default()
    }

    /// Rates `statement`, replacing an earlier rating.
    pub fn set(&mut self, statement: StatementId, rating: Rating) {
        self.ratings[statement.index()] = Some(rating);
    }

    /// Makes `statement` unanswered again.
    pub fn clear(&mut self, statement: StatementId) {
        self.ratings[statement.index()] = None;
    }

    pub fn get(&self, statement: StatementId) -> Option<Rating> {
        self.ratings[statement.index()]
    }

    /// Every statement with its rating, if any, in statement order.
    pub fn iter(&self) -> impl Iterator<Item = (StatementId, Option<Rating>)> + '_ {
        StatementId::all().map(|id| (id, self.get(id)))
    }

    /// How many of the forty have a rating.
    pub fn answered_count(&self) -> usize {
        self.ratings.iter().flatten().count()
    }

    /// The statements still without a rating, in order.
    pub fn unanswered(&self) -> Vec<StatementId> {
        self.iter()
            .filter(|(_, rating)| rating.is_none())
            .map(|(id, _)| id)
            .collect()
    }

    /// Where the person should continue: the first statement without a rating.
    pub fn first_unanswered(&self) -> Option<StatementId> {
        self.iter()
            .find(|(_, rating)| rating.is_none())
            .map(|(id, _)| id)
    }

    pub fn is_complete(&self) -> bool {
        self.ratings.iter().all(Option::is_some)
    }

    /// True when nothing has been answered yet.
    pub fn is_empty(&self) -> bool {
        self.ratings.iter().all(Option::is_none)
    }
}

// Saved form.

/// A saved rating: the answer to a statement, so `null` is the other thing it may be.
impl TryFrom<u64> for Rating {
    type Error = &'static str;

    fn try_from(value: u64) -> Result<Rating, &'static str> {
        u8::try_from(value)
            .ok()
            .and_then(Rating::new)
            .ok_or("expected null or a rating 1 to 6")
    }
}

/// A saved statement number, 1..=40.
impl TryFrom<u64> for StatementId {
    type Error = &'static str;

    fn try_from(value: u64) -> Result<StatementId, &'static str> {
        u8::try_from(value)
            .ok()
            .and_then(StatementId::new)
            .ok_or("expected a statement number 1 to 40")
    }
}

/// Saved answers: exactly forty, each `null` or a rating.
impl TryFrom<Vec<Option<Rating>>> for Answers {
    type Error = &'static str;

    fn try_from(saved: Vec<Option<Rating>>) -> Result<Answers, &'static str> {
        let ratings = saved.try_into().map_err(|_| "expected 40 answers")?;
        Ok(Answers { ratings })
    }
}

/// The answers as saved: forty numbers or `null`s in statement order.
impl Serialize for Answers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.ratings)
    }
}
