//! The interview-preparation worksheet: the homework between the training and the
//! interview. It walks from the past (roles, what comes easily), through what moved the
//! person and what they value, to a vision several years ahead, its gains and losses, the
//! obstacles with if-then plans, and the support wanted. The actions themselves are the
//! person's saved commitments (`domain::commitments`), so that the check, the calendar
//! file and the follow-up work the same wherever an action was written.
//!
//! Every entry carries the person's choice to share it with the interviewer or keep it
//! to themselves (`shared`); the sheet they print holds only what they chose to share.
//!
//! Everything here is pure: ids come in from outside (the moment of adding), today's
//! date is an argument.

pub mod action_checks;
mod codec;
mod common_words;
mod edit;
mod entries;
mod if_then;
mod list_items;
mod lists;
pub mod overlap;
pub mod readiness;
pub mod sensitive;
pub mod sheet;
pub mod sheet_language;
mod unsure;
pub mod work_words;

pub use edit::{same_text, NotSaved};
pub use entries::{
    Autonomy, Interview, Interviewer, Note, SelfRating, Vision, DEFAULT_VISION_YEARS,
    VISION_YEARS_AHEAD,
};
pub use if_then::if_then;
pub use list_items::{Moment, Obstacle, Role, Weighed, Weight};
pub use lists::{fresh_id, move_item, put_back, take_item, Keyed, ListKind, Removed, RemovedItem};
pub use unsure::says_unsure;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::saved;

/// Everything the worksheet keeps, section by section (the letters are the sections'
/// order on the screen; the actions, section i, live in `Commitments::saved`).
///
/// Saved with its fields in this order; a field missing from a saved worksheet reads as it
/// is in [`Worksheet::default`], so a worksheet saved before a field existed still reads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Worksheet {
    /// a. The interview being prepared for.
    pub interview: Interview,
    /// b. Past roles, oldest or newest first as the person orders them.
    #[serde(deserialize_with = "saved::list")]
    pub roles: Vec<Role>,
    /// b. What is easy for me but hard for others: the confidence condition.
    pub strengths: Note,
    /// c. Moments that moved me: the emotion condition.
    #[serde(deserialize_with = "saved::list")]
    pub moments: Vec<Moment>,
    /// d. Whether the latest anchor result goes on the sheet.
    pub share_anchors: bool,
    /// d. What I will not give up.
    pub values: Note,
    /// e. The three conditions of career autonomy, as the person rates themselves.
    pub autonomy: Autonomy,
    /// f. The vision several years ahead.
    pub vision: Vision,
    /// g. What the change would bring and cost, each weighed 1–5.
    #[serde(deserialize_with = "saved::list")]
    pub gains: Vec<Weighed>,
    #[serde(deserialize_with = "saved::list")]
    pub losses: Vec<Weighed>,
    /// g. "Even if it fails, I will have gained …": the break-even condition.
    pub even_if_fails: Note,
    /// h. Obstacles, each with an if-then plan.
    #[serde(deserialize_with = "saved::list")]
    pub obstacles: Vec<Obstacle>,
    /// j. Support wanted from the supervisor or the company.
    pub support: Note,
    /// k. What must not be passed on.
    pub confidential: Note,
    /// The sheet printed in larger type, as the person chose on its screen, so that it
    /// prints so again. Left out of the saved text while false, so a notebook without it
    /// saves as before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sheet_large_type: bool,
    /// Words the person said are words of their work (子ども for a nursery teacher, 介護
    /// for a care worker, 看護 for a nurse), from the note on topics often kept from a
    /// manager or the note on k's words repeated, no longer pointed out by either
    /// (`work_words`). Left out of the saved text while empty.
    #[serde(
        default,
        deserialize_with = "saved::list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub work_words: Vec<String>,
}

impl Default for Worksheet {
    /// An empty worksheet with the sharing defaults: moments, obstacles and what must not
    /// be passed on are private; the vision, the support wanted and the values are shared;
    /// the self-check and the gains and losses are private, since they are for thinking.
    fn default() -> Self {
        Worksheet {
            interview: Interview::default(),
            roles: Vec::new(),
            strengths: Note::shared(),
            moments: Vec::new(),
            share_anchors: true,
            values: Note::shared(),
            autonomy: Autonomy {
                performs: None,
                vision: None,
                acting: None,
                shared: false,
            },
            vision: Vision {
                year: None,
                doing: String::new(),
                for_whom: String::new(),
                seen_as: String::new(),
                shared: true,
            },
            gains: Vec::new(),
            losses: Vec::new(),
            even_if_fails: Note::private(),
            obstacles: Vec::new(),
            support: Note::shared(),
            confidential: Note::private(),
            sheet_large_type: false,
            work_words: Vec::new(),
        }
    }
}

/// The balance of gains and losses: the sums of their weights.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Balance {
    pub gains: u32,
    pub losses: u32,
}

impl Balance {
    /// Which side weighs more; `Equal` at the break-even line.
    pub fn leaning(self) -> std::cmp::Ordering {
        self.gains.cmp(&self.losses)
    }
}

/// Who will hear what section k (what must not be passed on) holds, said beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfidentialReach {
    /// A one-on-one, or an interview the manager conducts: the interviewer is the
    /// manager it is meant to be kept from, whether it is put on the sheet or said.
    Manager,
    /// Put on the sheet: whoever conducts the interview reads it, the manager if it is
    /// they.
    SheetReader,
}

impl Worksheet {
    /// Who will hear section k, once it is written: the manager when the person says the
    /// manager conducts the interview, or in a one-on-one unless they say another does
    /// (with either choice), else the
    /// sheet's reader when it is put on the sheet; nothing to say while it is empty or
    /// kept off the sheet of another interviewer.
    pub fn confidential_reach(&self) -> Option<ConfidentialReach> {
        match (
            self.confidential.is_written(),
            self.interview.manager_conducts(),
            self.confidential.shared,
        ) {
            (true, true, _) => Some(ConfidentialReach::Manager),
            (true, false, true) => Some(ConfidentialReach::SheetReader),
            _ => None,
        }
    }

    /// The balance of the gains and losses that have a text.
    pub fn balance(&self) -> Balance {
        let sum = |list: &[Weighed]| {
            list.iter()
                .filter(|item| !item.is_empty())
                .map(|item| u32::from(item.weight.value()))
                .sum()
        };
        Balance {
            gains: sum(&self.gains),
            losses: sum(&self.losses),
        }
    }

    /// Days from `today` to the interview; negative once it has passed. `None` without a
    /// date, or for one over three years off: a year being typed digit by digit (0002,
    /// 0020, 0202) is saved at each digit, and no countdown is said for it.
    pub fn days_to_interview(&self, today: NaiveDate) -> Option<i64> {
        self.interview
            .date
            .map(|date| date.signed_duration_since(today).num_days())
            .filter(|days| days.abs() <= 3 * 365 + 1)
    }
}
