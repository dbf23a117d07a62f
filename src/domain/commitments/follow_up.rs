//! The follow-up of a saved commitment (`commitments.rs` keeps the list): the answers on
//! the four-level scale, with the person's note, and which commitment is asked about when.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Commitments, SavedCommitment, Wording};
use crate::domain::{day, saved};

/// Days after an answer that an act has not begun before the question comes again.
pub const ASK_AGAIN_AFTER_DAYS: u64 = 14;
/// How many answers about one plan the question asks for at most.
pub const ASK_AT_MOST: usize = 3;

/// One answer to the follow-up question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    #[serde(with = "day::iso")]
    pub date: NaiveDate,
    pub change: Change,
    /// What the person added in their own words: the scale says how much changed, the
    /// note what happened (begun and stopped at a transfer, done twice out of four). Goes
    /// where the answer goes, the sheet included when the action is shared. Written only
    /// when there is one.
    #[serde(
        default,
        deserialize_with = "saved::text",
        skip_serializing_if = "String::is_empty"
    )]
    pub note: String,
    /// The words the question was asked in (始めました or 済ませました), kept so that the
    /// answer reads as the person chose it after the action is rewritten. Answers saved
    /// before it was kept read as `None`: worded as their action asks
    /// (`SavedCommitment::wording_of`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asked: Option<Wording>,
    /// The text of the action the answer was about, kept when the action is rewritten
    /// after it (`Commitments::edit_text`): an answer about an earlier plan then says
    /// what it answered. Written only when there is one; an answer without it was about
    /// the text as it stands, or was given before texts were kept.
    #[serde(
        default,
        deserialize_with = "saved::text",
        skip_serializing_if = "String::is_empty"
    )]
    pub earlier_text: String,
}

impl FollowUp {
    /// An answer with no note, its words not kept (as answers saved before they were).
    pub fn new(date: NaiveDate, change: Change) -> FollowUp {
        FollowUp {
            date,
            change,
            note: String::new(),
            asked: None,
            earlier_text: String::new(),
        }
    }
}

/// The four-level behaviour-change scale, from most to least change. Saved under its
/// [`Change::code`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Change {
    /// 著しい変化があった
    Remarkable,
    /// 変化があった
    Changed,
    /// 変化しようとしているが行動に表れない
    TriedWithoutAction,
    /// 変化なし
    NoChange,
}

impl Change {
    /// The four levels in the order they are offered.
    pub const ALL: [Change; 4] = [
        Change::Remarkable,
        Change::Changed,
        Change::TriedWithoutAction,
        Change::NoChange,
    ];

    /// The stable name a level is saved under.
    pub fn code(self) -> &'static str {
        match self {
            Change::Remarkable => "remarkable",
            Change::Changed => "changed",
            Change::TriedWithoutAction => "tried_without_action",
            Change::NoChange => "no_change",
        }
    }
}

impl Commitments {
    /// Records the answer to "did you start?" for the commitment with `id`, with the note
    /// written for it (trimmed; the note then starts empty for the next answer) and the
    /// words it was asked in (`SavedCommitment::wording`).
    pub fn record_follow_up(&mut self, id: u64, change: Change, today: NaiveDate) {
        if let Some(commitment) = self.saved.iter_mut().find(|c| c.id == id) {
            let note = std::mem::take(&mut commitment.follow_up_note);
            let asked = commitment.wording();
            commitment.follow_ups.push(FollowUp {
                date: today,
                change,
                note: note.trim().to_owned(),
                asked: Some(asked),
                earlier_text: String::new(),
            });
        }
    }

    /// Keeps `text` as the note being written for the next answer about the commitment
    /// with `id`.
    pub fn set_follow_up_note(&mut self, id: u64, text: String) {
        if let Some(commitment) = self.saved.iter_mut().find(|c| c.id == id) {
            commitment.follow_up_note = text;
        }
    }

    /// "Ask me tomorrow": the follow-up question rests for the rest of `today`.
    pub fn ask_follow_up_tomorrow(&mut self, today: NaiveDate) {
        self.follow_up_later = Some(today);
    }

    /// The commitment the app should ask about today: of those whose start date has
    /// passed with no answer recorded yet, the one that started first. The others are
    /// asked about in turn, once this one is answered.
    /// Nothing is asked on a day the person chose "ask me tomorrow".
    pub fn next_follow_up(&self, today: NaiveDate) -> Option<&SavedCommitment> {
        if self.follow_up_later.is_some_and(|day| day >= today) {
            return None;
        }
        self.due(today)
            .min_by_key(|commitment| (commitment.start_date, commitment.id))
    }

    /// How many commitments the follow-up question waits on today, the next one included.
    pub fn follow_ups_waiting(&self, today: NaiveDate) -> usize {
        self.due(today).count()
    }

    fn due(&self, today: NaiveDate) -> impl Iterator<Item = &SavedCommitment> {
        self.saved
            .iter()
            .filter(move |commitment| commitment.is_due(today))
    }
}

impl SavedCommitment {
    /// The words the follow-up asks this action in now: 「できましたか？」 for a one-off
    /// act or a deadline to begin by, 「始められましたか？」 for a habit (`Wording::of`).
    pub fn wording(&self) -> Wording {
        Wording::of(&self.text, self.start_by)
    }

    /// The words `answer` was given in: those it kept, or for an answer saved before
    /// they were kept, those of the action's deadline to begin by, as the app asked then.
    pub fn wording_of(&self, answer: &FollowUp) -> Wording {
        answer
            .asked
            .unwrap_or(Wording::before_it_was_kept(self.start_by))
    }

    /// The text of the action `answer` was about, when it was about an earlier plan and
    /// that text was kept when the action was rewritten (and differs from it now).
    pub fn earlier_text<'a>(&self, answer: &'a FollowUp) -> Option<&'a str> {
        let earlier = answer.earlier_text.trim();
        (self.about_an_earlier_plan(answer) && !earlier.is_empty() && earlier != self.text.trim())
            .then_some(earlier)
    }

    /// The latest answer about an earlier plan whose text was kept: what became of the
    /// action before it was rewritten, for the sheet.
    pub fn latest_earlier_answer(&self) -> Option<&FollowUp> {
        self.follow_ups
            .iter()
            .rev()
            .find(|answer| self.earlier_text(answer).is_some())
    }

    /// The latest answer, when it is about the plan as it stands: an answer given before
    /// the start now saved (the action rewritten with a new day since) was about an
    /// earlier plan, and says nothing of this one.
    pub fn latest_answer(&self) -> Option<&FollowUp> {
        self.follow_ups
            .last()
            .filter(|answer| !self.about_an_earlier_plan(answer))
    }

    /// Whether `answer` was given before the start now saved, so about a plan since made
    /// anew (the follow-up asks again once the new start passes).
    pub fn about_an_earlier_plan(&self, answer: &FollowUp) -> bool {
        self.start_date.is_some_and(|start| start >= answer.date)
    }

    /// True once the start date is behind us (the day itself is still "today, begin").
    pub fn has_started(&self, today: NaiveDate) -> bool {
        self.start_date.is_some_and(|start| today > start)
    }

    /// The day the question comes again after its last answer, when that answer says the
    /// act has not begun and fewer than three answers are in (see `is_due`); `None`
    /// otherwise (begun, or asked enough: a new start asks again once it passes).
    pub fn asks_again_on(&self) -> Option<NaiveDate> {
        let last = self.follow_ups.last()?;
        (self.follow_ups.len() < ASK_AT_MOST
            && matches!(last.change, Change::TriedWithoutAction | Change::NoChange))
        .then(|| {
            last.date
                .checked_add_days(chrono::Days::new(ASK_AGAIN_AFTER_DAYS))
        })
        .flatten()
    }

    /// True when the follow-up question is waiting for an answer: once the start has
    /// passed, until it is answered; again once a new start has passed, when the
    /// commitment was planned anew after its last answer; and again two weeks after an
    /// answer that it has not begun (「まだ行動に移せていません」「始めていません」), up to
    /// three answers in all, which is when a nudge helps most; never once it is set aside. An act saved when it had already begun (11月2日から
    /// 記録しています, saved on 2 December) is asked about from the day after it was
    /// saved, not the moment it is.
    pub fn is_due(&self, today: NaiveDate) -> bool {
        if !self.has_started(today) || today <= self.saved_on || self.set_aside.is_some() {
            return false;
        }
        match self.follow_ups.last() {
            None => true,
            // Planned anew since the last answer: the new start asks again.
            Some(last) if self.about_an_earlier_plan(last) => true,
            // Not for ever: after three answers that it has not begun, the person plans
            // anew (a new start asks again) or lets it go.
            Some(last) => {
                self.follow_ups.len() < ASK_AT_MOST
                    && matches!(last.change, Change::TriedWithoutAction | Change::NoChange)
                    && last
                        .date
                        .checked_add_days(chrono::Days::new(ASK_AGAIN_AFTER_DAYS))
                        .is_some_and(|again| today >= again)
            }
        }
    }
}

// Saved form.

/// Reads a level saved under its name.
impl TryFrom<String> for Change {
    type Error = &'static str;

    fn try_from(code: String) -> Result<Change, &'static str> {
        Change::ALL
            .into_iter()
            .find(|change| change.code() == code)
            .ok_or("expected remarkable, changed, tried_without_action or no_change")
    }
}

impl From<Change> for &'static str {
    fn from(change: Change) -> &'static str {
        change.code()
    }
}
