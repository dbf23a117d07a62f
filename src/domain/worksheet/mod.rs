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
mod if_then;
mod lists;
pub mod overlap;
pub mod readiness;
pub mod sensitive;
pub mod sheet;
pub mod sheet_language;
mod unsure;

pub use edit::{same_text, NotSaved};
pub use if_then::if_then;
pub use lists::{fresh_id, move_item, put_back, take_item, Keyed, ListKind, Removed, RemovedItem};
pub use unsure::says_unsure;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::{day, saved};

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
}

// In every saved entry below, the choice to share is needed and the rest reads as empty
// when missing; an item of a list needs its id.

/// a. The interview: its kind (a code of `config::INTERVIEW_TYPES`) and its date.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Interview {
    #[serde(deserialize_with = "codec::interview_kind")]
    pub kind: Option<String>,
    #[serde(with = "day::optional_iso")]
    pub date: Option<NaiveDate>,
    /// The person's name (and department, as they write it) for the sheet's header, so the
    /// interviewer knows whose sheet it is; optional, printed only when written. Left out
    /// of the saved text while empty, so a notebook without it saves as before.
    #[serde(
        default,
        deserialize_with = "saved::text",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
    /// Who conducts it, once the person says: it decides who hears section k. Left out of
    /// the saved text while unanswered, so a notebook without it saves as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interviewer: Option<Interviewer>,
}

/// Who conducts the interview, as the person says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Interviewer {
    /// The person's own manager (上司): whatever section k holds reaches them.
    Manager,
    /// HR or the company's career counsellors.
    Hr,
    /// A career consultant from outside the company.
    External,
}

/// A free text with the person's choice to share it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    #[serde(default, deserialize_with = "saved::text")]
    pub text: String,
    pub shared: bool,
}

/// b. One past role.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub id: u64,
    /// As the person writes it: "2012–2018", 「2015年4月〜2019年3月」.
    #[serde(default, deserialize_with = "saved::text")]
    pub period: String,
    #[serde(default, deserialize_with = "saved::text")]
    pub place: String,
    #[serde(default, deserialize_with = "saved::text")]
    pub did: String,
    #[serde(default, deserialize_with = "saved::text")]
    pub achieved: String,
    pub shared: bool,
}

/// c. A moment that moved the person: an event, or something expected that did not happen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Moment {
    pub id: u64,
    #[serde(default)]
    pub non_event: bool,
    #[serde(default, deserialize_with = "saved::text")]
    pub what: String,
    #[serde(default, deserialize_with = "saved::text")]
    pub feeling: String,
    #[serde(default, deserialize_with = "saved::text")]
    pub wanted: String,
    pub shared: bool,
}

/// e. How the person rates one condition of career autonomy. Saved under its
/// [`SelfRating::code`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum SelfRating {
    Yes,
    Partly,
    NotYet,
}

/// e. The three conditions (DOMAIN.md, "Career autonomy"), each rated or not yet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Autonomy {
    /// Performs at or above average in the current job.
    #[serde(default)]
    pub performs: Option<SelfRating>,
    /// Can state a career vision several years ahead.
    #[serde(default)]
    pub vision: Option<SelfRating>,
    /// Has an action plan toward it and is practising it.
    #[serde(default)]
    pub acting: Option<SelfRating>,
    pub shared: bool,
}

/// f. The vision.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Vision {
    /// The year the vision is about; `None` means the default, three years ahead.
    #[serde(default, deserialize_with = "codec::year")]
    pub year: Option<i32>,
    #[serde(default, deserialize_with = "saved::text")]
    pub doing: String,
    #[serde(default, deserialize_with = "saved::text")]
    pub for_whom: String,
    #[serde(default, deserialize_with = "saved::text")]
    pub seen_as: String,
    pub shared: bool,
}

/// g. A gain or a loss, weighed 1 (a little) to 5 (a great deal).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Weighed {
    pub id: u64,
    #[serde(default, deserialize_with = "saved::text")]
    pub text: String,
    pub weight: Weight,
    pub shared: bool,
}

/// A weight from 1 to 5; nothing else can be made, and saved data with another value is
/// refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u64", into = "u8")]
pub struct Weight(u8);

/// h. An obstacle and the plan for when it comes: 「もし〜になったら、〜する」.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Obstacle {
    pub id: u64,
    #[serde(default, deserialize_with = "saved::text")]
    pub when: String,
    #[serde(default, deserialize_with = "saved::text")]
    pub then: String,
    pub shared: bool,
}

/// How far ahead the vision looks when the person has not chosen a year.
pub const DEFAULT_VISION_YEARS: i32 = 3;

/// The years a vision can be set to: one to ten years ahead.
pub const VISION_YEARS_AHEAD: std::ops::RangeInclusive<i32> = 1..=10;

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
        }
    }
}

impl Note {
    pub fn shared() -> Note {
        Note {
            text: String::new(),
            shared: true,
        }
    }

    pub fn private() -> Note {
        Note {
            text: String::new(),
            shared: false,
        }
    }

    /// True when something other than spaces is written.
    pub fn is_written(&self) -> bool {
        !self.text.trim().is_empty()
    }
}

impl Weight {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;

    pub fn new(value: u8) -> Option<Weight> {
        (Weight::MIN..=Weight::MAX)
            .contains(&value)
            .then_some(Weight(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

impl Default for Weight {
    /// The middle of the scale, until the person weighs it.
    fn default() -> Self {
        Weight(3)
    }
}

impl SelfRating {
    pub const ALL: [SelfRating; 3] = [SelfRating::Yes, SelfRating::Partly, SelfRating::NotYet];

    /// The stable name a rating is saved under.
    pub fn code(self) -> &'static str {
        match self {
            SelfRating::Yes => "yes",
            SelfRating::Partly => "partly",
            SelfRating::NotYet => "not_yet",
        }
    }

    pub fn from_code(code: &str) -> Option<SelfRating> {
        SelfRating::ALL.into_iter().find(|r| r.code() == code)
    }
}

impl Interview {
    /// A one-on-one: its interviewer is the manager, unless the person says another.
    pub fn is_one_on_one(&self) -> bool {
        self.kind.as_deref() == Some("one_on_one")
    }

    /// Whether the manager conducts the interview: as the person says, or in a one-on-one
    /// unless they say another does.
    pub fn manager_conducts(&self) -> bool {
        match self.interviewer {
            Some(interviewer) => interviewer == Interviewer::Manager,
            None => self.is_one_on_one(),
        }
    }

    /// The manager is the interviewer only because the interview is a one-on-one (the
    /// person has not said who conducts it): said in a one-on-one's own words.
    pub fn manager_by_kind(&self) -> bool {
        self.interviewer.is_none() && self.is_one_on_one()
    }

    /// Sets the kind to a code of `config::INTERVIEW_TYPES`; anything else (or "")
    /// clears it, so that only kinds the saved form can read back are ever kept.
    pub fn set_kind(&mut self, code: &str) {
        self.kind = crate::domain::config::INTERVIEW_TYPES
            .contains(&code)
            .then(|| code.to_owned());
    }
}

impl Vision {
    /// Sets the year the vision is about; a year the saved form cannot hold (outside
    /// 1–9999) is refused, and the vision keeps its year.
    pub fn set_year(&mut self, year: i32) {
        if (1..=9999).contains(&year) {
            self.year = Some(year);
        }
    }

    /// The year the vision is about: the person's choice, else three years from today.
    pub fn year_or_default(&self, today: NaiveDate) -> i32 {
        self.year.unwrap_or(today.year() + DEFAULT_VISION_YEARS)
    }

    /// True when the vision says what the person will be doing.
    pub fn is_stated(&self) -> bool {
        !self.doing.trim().is_empty()
    }

    pub fn is_empty(&self) -> bool {
        [&self.doing, &self.for_whom, &self.seen_as]
            .iter()
            .all(|text| text.trim().is_empty())
    }
}

impl Role {
    pub fn new(id: u64) -> Role {
        Role {
            id,
            period: String::new(),
            place: String::new(),
            did: String::new(),
            achieved: String::new(),
            shared: true,
        }
    }

    pub fn is_empty(&self) -> bool {
        [&self.period, &self.place, &self.did, &self.achieved]
            .iter()
            .all(|text| text.trim().is_empty())
    }
}

impl Moment {
    /// A new moment: private until the person chooses to share it.
    pub fn new(id: u64) -> Moment {
        Moment {
            id,
            non_event: false,
            what: String::new(),
            feeling: String::new(),
            wanted: String::new(),
            shared: false,
        }
    }

    pub fn is_empty(&self) -> bool {
        [&self.what, &self.feeling, &self.wanted]
            .iter()
            .all(|text| text.trim().is_empty())
    }
}

impl Weighed {
    /// A new gain or loss: private, and weighed in the middle of the scale.
    pub fn new(id: u64) -> Weighed {
        Weighed {
            id,
            text: String::new(),
            weight: Weight::default(),
            shared: false,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }
}

impl Obstacle {
    pub fn new(id: u64) -> Obstacle {
        Obstacle {
            id,
            when: String::new(),
            then: String::new(),
            // What might stop a person is often their health, a parent to care for, money:
            // private until they choose to share it, like moments and gains and losses.
            shared: false,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.when.trim().is_empty() && self.then.trim().is_empty()
    }

    /// Whether both halves make a plan the sheet can say (`if_then`): half of one is not
    /// printed.
    pub fn is_plan(&self) -> bool {
        if_then(&self.when, &self.then).is_some()
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
