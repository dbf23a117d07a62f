//! The person's commitments: the one being written on the check screen (the draft), the
//! ones saved to their list, and the follow-up after a commitment's start date, when the
//! app asks "did you start?" and records the answer on the four-level scale; and reading
//! a saved commitment rewritten later as its times meant when they were written (`reread`).
//!
//! Everything here is pure: today's date and the moment of saving come in as arguments.

mod follow_up;
mod reread;
mod wording;

pub use follow_up::{Change, FollowUp, ASK_AGAIN_AFTER_DAYS, ASK_AT_MOST};
pub use reread::{reread, StartRead};
pub use wording::{is_a_habit, Wording};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{day, saved};

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
    /// The day the text was last rewritten, on a day after it was saved: the list says
    /// it, and the sheet marks an action changed since it was planned. Written only when
    /// set.
    #[serde(
        default,
        with = "day::optional_iso",
        skip_serializing_if = "Option::is_none"
    )]
    pub rewritten_on: Option<NaiveDate>,
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
            rewritten_on: None,
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
            rewritten_on: None,
        });
    }

    /// Rewrites the commitment with `id` on `today`, with what the check now reads in it
    /// (`reread`). Its follow-up answers stay, with the text they were about
    /// (`edit_text`).
    pub fn edit(&mut self, id: u64, text: String, read: StartRead, today: NaiveDate) {
        self.edit_text(id, text, today);
        self.set_start_read(id, read);
    }

    /// Rewrites the text of the commitment with `id` on `today` and leaves its start as it
    /// was, for the worksheet: it types the text at each keystroke and keeps the start once
    /// the check has read the latest text (`set_start_read`).
    ///
    /// An answer given before keeps the text it was about (at the first keystroke, so
    /// the text before the rewrite: an answer that has one keeps it), and a rewrite on a
    /// day after the action was saved is dated (`rewritten_on`). A text unchanged but for
    /// spaces at its ends changes neither.
    pub fn edit_text(&mut self, id: u64, text: String, today: NaiveDate) {
        if let Some(commitment) = self.saved.iter_mut().find(|c| c.id == id) {
            if commitment.text.trim() != text.trim() {
                for answer in &mut commitment.follow_ups {
                    if answer.earlier_text.is_empty() {
                        answer.earlier_text = commitment.text.trim().to_owned();
                    }
                }
                if today > commitment.saved_on {
                    commitment.rewritten_on = Some(today);
                }
            }
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

    /// Sets the commitment with `id` aside as of `today`, or takes it up again (`None`):
    /// its record stays either way.
    pub fn set_aside(&mut self, id: u64, on: Option<NaiveDate>) {
        if let Some(commitment) = self.saved.iter_mut().find(|c| c.id == id) {
            commitment.set_aside = on;
        }
    }
}

// Saved form.

fn shared_by_default() -> bool {
    true
}
