//! Scoring: each anchor's score is the sum of its five ratings, plus 4 for each of its
//! statements picked as most true, divided by 5. Scores run from 1.0 to 8.4.
//!
//! Scores are kept as whole-number points (the sum before dividing, 5..=42) and compared
//! as such, so two anchors that tie on paper tie here too; floating point appears only
//! when a score is shown. Every score is a multiple of 0.2, so `{:.1}` shows it exactly.

use std::fmt;

use super::picks::PICK_COUNT;
use serde::ser::{Serialize, SerializeMap, Serializer};

use super::{Anchor, Answers, Picks, StatementId};

/// The extra points a statement earns for being picked as most true.
pub const PICK_BONUS: u8 = 4;

/// How far behind a single top anchor another may be and still be named beside it: one
/// point, one statement answered one step differently (0.2 on the score).
pub const CLOSE_POINTS: u8 = 1;

/// Why an assessment cannot be scored yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScoringError {
    /// Some statements have no rating; they are listed in order.
    Incomplete { unanswered: Vec<StatementId> },
    /// Exactly three statements must be picked as most true.
    NotThreePicks { picked: usize },
}

impl fmt::Display for ScoringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScoringError::Incomplete { unanswered } => {
                write!(f, "{} statements are not rated yet", unanswered.len())
            }
            ScoringError::NotThreePicks { picked } => {
                write!(
                    f,
                    "{picked} statements are picked as most true, not {PICK_COUNT}"
                )
            }
        }
    }
}

impl std::error::Error for ScoringError {}

/// Scores all eight anchors, when every statement is rated and exactly three are picked.
pub fn score(answers: &Answers, picks: &Picks) -> Result<Scores, ScoringError> {
    if !answers.is_complete() {
        return Err(ScoringError::Incomplete {
            unanswered: answers.unanswered(),
        });
    }
    if picks.len() != PICK_COUNT {
        return Err(ScoringError::NotThreePicks {
            picked: picks.len(),
        });
    }
    let mut points = [0u8; 8];
    for (statement, rating) in answers.iter() {
        let bonus = if picks.contains(statement) {
            PICK_BONUS
        } else {
            0
        };
        let rating = rating.map_or(0, |rating| rating.value());
        points[statement.anchor().index()] += rating + bonus;
    }
    Ok(Scores { points })
}

/// The eight anchor scores of one completed assessment.
///
/// Saved (for exports a person may read) as a map from code to score, e.g.
/// `{"TF": 4.2, …}`; it is never read back, because it is always recomputed from the
/// answers and picks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Scores {
    points: [u8; 8],
}

impl Scores {
    /// The score of `anchor`, 1.0..=8.4.
    pub fn get(&self, anchor: Anchor) -> f64 {
        f64::from(self.points(anchor)) / 5.0
    }

    /// Five times the score of `anchor` (5..=42): the exact value, for comparing.
    pub fn points(&self, anchor: Anchor) -> u8 {
        self.points[anchor.index()]
    }

    /// Scores from their points in anchor order, when some way of answering gives them:
    /// each anchor's five ratings sum to 5..=30, and three picks add 4 each somewhere.
    /// A share code is read back through this, so an impossible profile is refused.
    pub fn from_points(points: [u8; 8]) -> Option<Scores> {
        // Each anchor needs at least ⌈(points − 30) / 4⌉ picks and can hold at most
        // ⌊(points − 5) / 4⌋; some share of the three fits when the sums allow it.
        let (mut least, mut most) = (0, 0);
        for &point in &points {
            if !(5..=42).contains(&point) {
                return None;
            }
            least += (point.max(30) - 30).div_ceil(PICK_BONUS);
            most += ((point - 5) / PICK_BONUS).min(PICK_COUNT as u8);
        }
        (least <= PICK_COUNT as u8 && PICK_COUNT as u8 <= most).then_some(Scores { points })
    }

    /// All eight points in anchor order.
    pub fn all_points(&self) -> [u8; 8] {
        self.points
    }

    /// All eight, highest score first; equal scores keep the brief's anchor order.
    pub fn ranked(&self) -> Vec<(Anchor, f64)> {
        self.ranked_anchors()
            .into_iter()
            .map(|anchor| (anchor, self.get(anchor)))
            .collect()
    }

    /// The career anchor: every anchor tied at the highest score, in anchor order. A tie
    /// gives several; it is never broken silently.
    pub fn top(&self) -> Vec<Anchor> {
        let highest = self.points.iter().max().copied().unwrap_or(0);
        self.anchors_with(highest)
    }

    /// The anchors within `CLOSE_POINTS` of a single top anchor, in anchor order: so close
    /// that one answer a step different would have made them the anchor. Empty when the
    /// top is a tie, whose anchors are all the anchor already.
    pub fn close_behind(&self) -> Vec<Anchor> {
        let top = self.top();
        let [top] = top.as_slice() else {
            return Vec::new();
        };
        let highest = self.points(*top);
        Anchor::ALL
            .into_iter()
            .filter(|&anchor| anchor != *top && self.points(anchor) + CLOSE_POINTS >= highest)
            .collect()
    }

    /// What matters least: every anchor tied at the lowest score, in anchor order.
    /// When all eight share one score nothing stands out as least important, and the
    /// list is empty (the same eight are already the top).
    pub fn lowest(&self) -> Vec<Anchor> {
        let highest = self.points.iter().max().copied().unwrap_or(0);
        let lowest = self.points.iter().min().copied().unwrap_or(0);
        if lowest == highest {
            return Vec::new();
        }
        self.anchors_with(lowest)
    }

    /// The anchors for the worksheet's top three, in rank order. A tie at third place is
    /// not broken: every anchor with the third-ranked score is included, so the list can
    /// be longer than three (and is all eight when every score is equal).
    pub fn top_three(&self) -> Vec<Anchor> {
        let ranked = self.ranked_anchors();
        let third = self.points(ranked[2]);
        ranked
            .into_iter()
            .filter(|&anchor| self.points(anchor) >= third)
            .collect()
    }

    /// The top three, each with its place: one more than the number of anchors scored
    /// higher, so tied anchors share a place (1, 2, 3, 3 or 1, 1, 3).
    pub fn top_three_placed(&self) -> Vec<(u8, Anchor)> {
        self.top_three()
            .into_iter()
            .map(|anchor| (self.place(anchor), anchor))
            .collect()
    }

    /// One more than the number of anchors scored higher than `anchor`.
    pub fn place(&self, anchor: Anchor) -> u8 {
        let points = self.points(anchor);
        1 + self.points.iter().filter(|&&other| other > points).count() as u8
    }

    fn ranked_anchors(&self) -> Vec<Anchor> {
        let mut anchors = Anchor::ALL.to_vec();
        // Stable sort: equal points keep the brief's order.
        anchors.sort_by_key(|&anchor| std::cmp::Reverse(self.points(anchor)));
        anchors
    }

    fn anchors_with(&self, points: u8) -> Vec<Anchor> {
        Anchor::ALL
            .into_iter()
            .filter(|&anchor| self.points(anchor) == points)
            .collect()
    }
}

/// The scores as saved for readers: `{"TF": 6.4, …}`. A score is points / 5, a multiple of
/// 0.2, and a whole number of tenths divided by ten is the double nearest to that decimal,
/// which serde_json writes back as exactly that decimal (`6.4`, `6.0`).
impl Serialize for Scores {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(Anchor::ALL.len()))?;
        for anchor in Anchor::ALL {
            let tenths = f64::from(self.points(anchor)) * 2.0;
            map.serialize_entry(anchor.code(), &(tenths / 10.0))?;
        }
        map.end()
    }
}
