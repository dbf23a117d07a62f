//! The person's commitments: the one being written on the check screen (the draft), the
//! ones saved to their list, and the follow-up after a commitment's start date, when the
//! app asks "did you start?" and records the answer on the four-level scale; and reading
//! a saved commitment rewritten later as its times meant when they were written (`reread`).
//!
//! Everything here is pure: today's date and the moment of saving come in as arguments.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::commitment::{check_as_of, Report, Settings};
use crate::domain::{day, saved};

/// Days after an answer that an act has not begun before the question comes again.
pub const ASK_AGAIN_AFTER_DAYS: u64 = 14;
/// How many answers about one plan the question asks for at most.
pub const ASK_AT_MOST: usize = 3;

/// What the check screen keeps in the saved document. Saved with its fields in this order;
/// both read as empty when missing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Commitments {
    /// What the person is typing on the check screen, kept so a reload loses nothing.
    #[serde(deserialize_with = "saved::text")]
    pub draft: String,
    /// Saved commitments, oldest first.
    #[serde(deserialize_with = "saved::list")]
    pub saved: Vec<SavedCommitment>,
    /// The day the person last chose "ask me tomorrow" for the follow-up question: it is
    /// not asked again that day. Saved only when set (documents before it read as unset).
    #[serde(with = "day::optional_iso", skip_serializing_if = "Option::is_none")]
    pub follow_up_later: Option<NaiveDate>,
}

/// One saved commitment and the answers to its follow-up. The fields added after the first
/// saved commitments (the start date, the follow-ups, `shared`) read as their defaults when
/// missing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedCommitment {
    /// Unique within the document and never reused; calendar files build their UIDs on it.
    pub id: u64,
    #[serde(deserialize_with = "saved::text")]
    pub text: String,
    #[serde(with = "day::iso")]
    pub saved_on: NaiveDate,
    /// The day the action begins, as the check read it when the commitment was saved.
    #[serde(default, with = "day::optional_iso")]
    pub start_date: Option<NaiveDate>,
    /// Whether the start date is a deadline to begin by (12月15日までに申し込む), as
    /// `Report::start_by` says; written only when it is.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub start_by: bool,
    /// The day the start date was read from the text, when not `saved_on`: a time is
    /// read as it meant that day (see [`StartRead`]). Written only when given.
    #[serde(
        default,
        with = "day::optional_iso",
        skip_serializing_if = "Option::is_none"
    )]
    pub read_on: Option<NaiveDate>,
    /// The answers to "did you start?", oldest first.
    #[serde(default, deserialize_with = "saved::list")]
    pub follow_ups: Vec<FollowUp>,
    /// Whether it goes on the sheet the person brings to the interview. Commitments saved
    /// before version 4 are shared, as new actions are.
    #[serde(default = "shared_by_default")]
    pub shared: bool,
    /// A word the person is writing to go with their next answer (「10月の異動で止まって
    /// います」), kept as it is typed so that a reload loses nothing; the answer takes it
    /// (`record_follow_up`). Written only when there is one.
    #[serde(
        default,
        deserialize_with = "saved::text",
        skip_serializing_if = "String::is_empty"
    )]
    pub follow_up_note: String,
    /// The day the person set the action aside (見送った: plans changed, or it no longer
    /// fits): it is no longer asked about, nor counted among the actions being prepared,
    /// and its text and answers stay as the record of it. Written only when set.
    #[serde(
        default,
        with = "day::optional_iso",
        skip_serializing_if = "Option::is_none"
    )]
    pub set_aside: Option<NaiveDate>,
}

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
}

impl FollowUp {
    /// An answer with no note.
    pub fn new(date: NaiveDate, change: Change) -> FollowUp {
        FollowUp {
            date,
            change,
            note: String::new(),
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
    /// Saves the draft as a commitment and empties the draft. `id_hint` is a fresh number
    /// from outside (the moment of saving); it is raised when needed so that ids never
    /// repeat. Returns the id, or `None` (and keeps the draft) when it is blank.
    pub fn save_draft(
        &mut self,
        start_date: Option<NaiveDate>,
        today: NaiveDate,
        id_hint: u64,
    ) -> Option<u64> {
        let text = self.draft.trim();
        if text.is_empty() {
            return None;
        }
        let id = self
            .saved
            .iter()
            .map(|c| c.id.saturating_add(1))
            .fold(id_hint, u64::max);
        self.saved.push(SavedCommitment {
            id,
            text: text.to_owned(),
            saved_on: today,
            start_date,
            start_by: false,
            read_on: None,
            follow_ups: Vec::new(),
            shared: true,
            follow_up_note: String::new(),
            set_aside: None,
        });
        self.draft.clear();
        Some(id)
    }

    /// Adds an empty action with `id` (fresh, from `worksheet::fresh_id`), to be written
    /// in place on the worksheet.
    pub fn add_blank(&mut self, id: u64, today: NaiveDate) {
        self.saved.push(SavedCommitment {
            id,
            text: String::new(),
            saved_on: today,
            start_date: None,
            start_by: false,
            read_on: None,
            follow_ups: Vec::new(),
            shared: true,
            follow_up_note: String::new(),
            set_aside: None,
        });
    }

    /// Rewrites the commitment with `id`, with what the check now reads in it (`reread`).
    /// Its follow-up answers stay: they are about the same action.
    pub fn edit(&mut self, id: u64, text: String, read: StartRead) {
        self.edit_text(id, text);
        self.set_start_read(id, read);
    }

    /// Rewrites the text of the commitment with `id` and leaves its start as it was, for
    /// the worksheet: it types the text at each keystroke and keeps the start once the
    /// check has read the latest text (`set_start_read`).
    pub fn edit_text(&mut self, id: u64, text: String) {
        if let Some(commitment) = self.saved.iter_mut().find(|c| c.id == id) {
            commitment.text = text;
        }
    }

    /// Keeps what the check read in the text of the commitment with `id` (`reread`):
    /// its start, whether that is a deadline to begin by (never without a start date),
    /// and the day it was read.
    pub fn set_start_read(&mut self, id: u64, read: StartRead) {
        if let Some(commitment) = self.saved.iter_mut().find(|c| c.id == id) {
            commitment.start_date = read.start_date;
            commitment.start_by = read.start_by && read.start_date.is_some();
            // Only a start needs the day it was read (`reread` reads none without one).
            commitment.read_on = (read.start_date.is_some() && read.read_on != commitment.saved_on)
                .then_some(read.read_on);
        }
    }

    /// Whether the commitment with `id` has a deadline to begin by.
    pub fn start_by(&self, id: u64) -> bool {
        self.saved.iter().any(|c| c.id == id && c.start_by)
    }

    /// What the check read as the start of the commitment with `id`, if it is there.
    pub fn start_read(&self, id: u64) -> Option<StartRead> {
        self.saved
            .iter()
            .find(|c| c.id == id)
            .map(SavedCommitment::start_read)
    }

    /// The start date saved with the commitment with `id`, if it is there and has one.
    pub fn start_date(&self, id: u64) -> Option<NaiveDate> {
        self.saved
            .iter()
            .find(|c| c.id == id)
            .and_then(|c| c.start_date)
    }

    /// Removes the commitment with `id`, its follow-up answers included.
    pub fn delete(&mut self, id: u64) {
        self.saved.retain(|commitment| commitment.id != id);
    }

    /// Records the answer to "did you start?" for the commitment with `id`, with the note
    /// written for it (trimmed; the note then starts empty for the next answer).
    pub fn record_follow_up(&mut self, id: u64, change: Change, today: NaiveDate) {
        if let Some(commitment) = self.saved.iter_mut().find(|c| c.id == id) {
            let note = std::mem::take(&mut commitment.follow_up_note);
            commitment.follow_ups.push(FollowUp {
                date: today,
                change,
                note: note.trim().to_owned(),
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

    /// Sets the commitment with `id` aside as of `today`, or takes it up again (`None`):
    /// its record stays either way.
    pub fn set_aside(&mut self, id: u64, on: Option<NaiveDate>) {
        if let Some(commitment) = self.saved.iter_mut().find(|c| c.id == id) {
            commitment.set_aside = on;
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

/// What the check read as a saved commitment's start, and the day it read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StartRead {
    pub start_date: Option<NaiveDate>,
    pub start_by: bool,
    pub read_on: NaiveDate,
}

/// Reads a saved commitment's text again after it was rewritten, given what was read in it
/// before the rewriting began (`last`: the caller keeps it from then, not from each
/// keystroke, so that a date deleted and typed again is still the date read before). A
/// time means what it meant on the day it was written: while the text still says the
/// start read on `last.read_on` (a typo mended in 「11月18日から…」 on 2 December, or in
/// 「来週の月曜から…」), it is read as of that day; a time written anew (来週の火曜, or
/// 6月1日 in a plan made again) is read as of `today`.
///
/// Returns the report and what to keep.
pub fn reread(
    text: &str,
    last: StartRead,
    today: NaiveDate,
    settings: &Settings,
) -> (Report, StartRead) {
    if last.read_on < today && last.start_date.is_some() {
        let then = check_as_of(text, last.read_on, today, settings);
        if StartRead::of(&then, last.read_on) == last {
            return (then, last);
        }
    }
    let now = check_as_of(text, today, today, settings);
    let kept = StartRead::of(&now, today);
    (now, kept)
}

impl StartRead {
    /// What `report`, read on `read_on`, says of the start.
    pub fn of(report: &Report, read_on: NaiveDate) -> StartRead {
        StartRead {
            start_date: report.start_date,
            start_by: report.start_by,
            read_on,
        }
    }
}

impl SavedCommitment {
    /// What the check read as its start, and the day it read it.
    pub fn start_read(&self) -> StartRead {
        StartRead {
            start_date: self.start_date,
            start_by: self.start_by,
            read_on: self.read_on.unwrap_or(self.saved_on),
        }
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

fn shared_by_default() -> bool {
    true
}

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
