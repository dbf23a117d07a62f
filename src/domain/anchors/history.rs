//! The assessment over time: one in progress, the completed ones (newest last), and the
//! state the app saves. Today's date always comes in as an argument.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::domain::{day, saved};

use super::{pick_candidates, score, Anchor, Answers, Picks, Rating, Scores, ScoringError};
use super::{StatementId, Toggled};

/// Everything the app keeps about career anchors: the assessment being filled in and
/// the completed ones. Both default when missing from a saved document.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AnchorState {
    pub current: Assessment,
    pub history: AssessmentHistory,
}

impl AnchorState {
    /// Scores the current assessment, files it in the history dated `today` at `now` (the
    /// time of day, which tells apart results of the same day), and leaves a blank
    /// assessment in its place. On an error nothing changes.
    pub fn complete(
        &mut self,
        today: NaiveDate,
        now: NaiveTime,
    ) -> Result<&CompletedAssessment, ScoringError> {
        let completed = self.current.complete(today)?.at(now);
        self.current = Assessment::default();
        Ok(self.history.record(completed))
    }

    /// Throws away the assessment in progress and starts a fresh one dated `today`. The
    /// history is kept, so the new result can be compared with the earlier ones.
    pub fn retake(&mut self, today: NaiveDate) {
        self.current = Assessment::started_on(today);
    }
}

/// Where a person is in an assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Some statements are still unrated; continue at `next`.
    Rating { answered: usize, next: StatementId },
    /// All rated; fewer than three picked as most true.
    Picking { picked: usize },
    /// Ready to be scored and completed.
    Ready,
}

/// An assessment being filled in. Its parts keep their own invariants, so they are open.
/// Each part reads as its default when missing from a saved document.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Assessment {
    /// The day it was started; `None` for one that has not been started on a known day.
    #[serde(with = "day::optional_iso")]
    pub started: Option<NaiveDate>,
    pub answers: Answers,
    pub picks: Picks,
}

impl Assessment {
    pub fn started_on(today: NaiveDate) -> Assessment {
        Assessment {
            started: Some(today),
            ..Assessment::default()
        }
    }

    pub fn rate(&mut self, statement: StatementId, rating: Rating) {
        self.answers.set(statement, rating);
    }

    /// Rates a statement answered on `today`; the first answer dates the assessment.
    pub fn rate_on(&mut self, statement: StatementId, rating: Rating, today: NaiveDate) {
        self.started.get_or_insert(today);
        self.rate(statement, rating);
    }

    pub fn toggle_pick(&mut self, statement: StatementId) -> Toggled {
        self.picks.toggle(statement)
    }

    /// The statements to offer first in the "most true" step, and the rest.
    pub fn candidates(&self) -> (Vec<StatementId>, Vec<StatementId>) {
        pick_candidates(&self.answers)
    }

    pub fn stage(&self) -> Stage {
        match self.answers.first_unanswered() {
            Some(next) => Stage::Rating {
                answered: self.answers.answered_count(),
                next,
            },
            None if self.picks.is_full() => Stage::Ready,
            None => Stage::Picking {
                picked: self.picks.len(),
            },
        }
    }

    pub fn scores(&self) -> Result<Scores, ScoringError> {
        score(&self.answers, &self.picks)
    }

    /// The completed assessment dated `today`, when it can be scored.
    pub fn complete(&self, today: NaiveDate) -> Result<CompletedAssessment, ScoringError> {
        CompletedAssessment::new(today, self.answers, self.picks.clone())
    }

    /// True when nothing has been answered or picked.
    pub fn is_untouched(&self) -> bool {
        self.answers.is_empty() && self.picks.is_empty()
    }
}

/// A finished assessment: every statement rated, three picked, and its scores.
///
/// Only a scorable assessment can become one, so its scores always exist. It is saved
/// with its scores for a person reading an export, but on reading the scores are
/// recomputed from the answers and picks; an entry that cannot be scored is refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "SavedAssessment")]
pub struct CompletedAssessment {
    #[serde(with = "day::iso")]
    date: NaiveDate,
    /// The time of day it was completed (hours and minutes); results saved before version 5
    /// have none, and are written without one.
    #[serde(
        default,
        with = "day::optional_clock",
        skip_serializing_if = "Option::is_none"
    )]
    time: Option<NaiveTime>,
    answers: Answers,
    picks: Picks,
    scores: Scores,
}

impl CompletedAssessment {
    pub fn new(date: NaiveDate, answers: Answers, picks: Picks) -> Result<Self, ScoringError> {
        let scores = score(&answers, &picks)?;
        Ok(CompletedAssessment {
            date,
            time: None,
            answers,
            picks,
            scores,
        })
    }

    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// The time of day it was completed, when it is known.
    pub fn time(&self) -> Option<NaiveTime> {
        self.time
    }

    /// The same result, completed at `time` of its day.
    pub fn at(self, time: NaiveTime) -> CompletedAssessment {
        CompletedAssessment {
            time: Some(time),
            ..self
        }
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    pub fn picks(&self) -> &Picks {
        &self.picks
    }

    pub fn scores(&self) -> &Scores {
        &self.scores
    }
}

/// The completed assessments, oldest first and newest last (by date; results of the
/// same day keep the order they were completed in).
///
/// Saved as a list. Reading is strict: an entry that is not a valid completed assessment
/// makes the whole list unreadable, like every other damage to the saved document.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct AssessmentHistory {
    completed: Vec<CompletedAssessment>,
}

impl AssessmentHistory {
    pub fn new() -> AssessmentHistory {
        AssessmentHistory::default()
    }

    /// Files a completed assessment in date order and returns it.
    pub fn record(&mut self, completed: CompletedAssessment) -> &CompletedAssessment {
        let position = self
            .completed
            .partition_point(|earlier| earlier.date <= completed.date);
        self.completed.insert(position, completed);
        &self.completed[position]
    }

    /// Removes the assessment at `index` (0 = oldest) and returns it, if there is one.
    pub fn delete(&mut self, index: usize) -> Option<CompletedAssessment> {
        (index < self.completed.len()).then(|| self.completed.remove(index))
    }

    /// The newest result.
    pub fn latest(&self) -> Option<&CompletedAssessment> {
        self.completed.last()
    }

    pub fn get(&self, index: usize) -> Option<&CompletedAssessment> {
        self.completed.get(index)
    }

    /// All of them, oldest first.
    pub fn all(&self) -> &[CompletedAssessment] {
        &self.completed
    }

    pub fn len(&self) -> usize {
        self.completed.len()
    }

    pub fn is_empty(&self) -> bool {
        self.completed.is_empty()
    }

    /// The result before the one at `index`, with the highest anchors of each (more than
    /// one when tied): whether the top moved since the last time, which a person back
    /// months later (a new team, other work) brings to the next interview. `None` for the
    /// first result, or an index out of range.
    pub fn top_since_previous(
        &self,
        index: usize,
    ) -> Option<(&CompletedAssessment, Vec<Anchor>, Vec<Anchor>)> {
        let now = self.completed.get(index)?;
        let before = self.completed.get(index.checked_sub(1)?)?;
        Some((before, before.scores().top(), now.scores().top()))
    }

    /// How each anchor's score moved from the assessment at `earlier` to the one at
    /// `later` (indices as in [`AssessmentHistory::all`]). Only anchors that moved are
    /// listed, biggest move first (equal moves in anchor order); the change is in score
    /// points (one point is 0.2 of a score, so +4 reads +0.8). `None` if either index is
    /// out of range.
    pub fn compare(&self, earlier: usize, later: usize) -> Option<Vec<(Anchor, i16)>> {
        let before = self.completed.get(earlier)?.scores;
        let after = self.completed.get(later)?.scores;
        let mut moves: Vec<(Anchor, i16)> = Anchor::ALL
            .into_iter()
            .map(|anchor| {
                (
                    anchor,
                    i16::from(after.points(anchor)) - i16::from(before.points(anchor)),
                )
            })
            .filter(|&(_, change)| change != 0)
            .collect();
        // Stable: equal moves keep the anchors' order.
        moves.sort_by_key(|&(_, change)| std::cmp::Reverse(change.abs()));
        Some(moves)
    }
}

// Saved form: `AnchorState` and `Assessment` derive theirs; a completed assessment and the
// history are read through the checks that keep their invariants.

/// A completed assessment as read, before its scores are recomputed; every part is needed,
/// and the saved scores are not read.
#[derive(Deserialize)]
struct SavedAssessment {
    #[serde(with = "day::iso")]
    date: NaiveDate,
    #[serde(default, with = "day::optional_clock")]
    time: Option<NaiveTime>,
    answers: Answers,
    picks: Picks,
}

impl TryFrom<SavedAssessment> for CompletedAssessment {
    type Error = &'static str;

    fn try_from(saved: SavedAssessment) -> Result<CompletedAssessment, &'static str> {
        let completed = CompletedAssessment::new(saved.date, saved.answers, saved.picks)
            .map_err(|_| "expected every statement rated and three picked")?;
        Ok(CompletedAssessment {
            time: saved.time,
            ..completed
        })
    }
}

/// Saved as the list of completed assessments, oldest first.
impl Serialize for AssessmentHistory {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.completed.serialize(serializer)
    }
}

/// Reads the saved list, filing each result in date order.
impl<'de> Deserialize<'de> for AssessmentHistory {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut history = AssessmentHistory::new();
        for completed in saved::list(deserializer)? {
            history.record(completed);
        }
        Ok(history)
    }
}
