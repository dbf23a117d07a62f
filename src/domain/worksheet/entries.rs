//! The worksheet's entries written once (`mod.rs` holds them together): the interview (a),
//! the notes shared or kept private, the self-rating of career autonomy (e) and the vision (f).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::codec;
use crate::domain::{day, saved};

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

/// How far ahead the vision looks when the person has not chosen a year.
pub const DEFAULT_VISION_YEARS: i32 = 3;

/// The years a vision can be set to: one to ten years ahead.
pub const VISION_YEARS_AHEAD: std::ops::RangeInclusive<i32> = 1..=10;

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

    /// Who conducts the interview as far as the worksheet knows: the manager when they do
    /// (`manager_conducts`, a one-on-one included), else whom the person named, if anyone.
    /// The note on a topic often kept from a manager says through whom it would reach them.
    pub fn conducted_by(&self) -> Option<Interviewer> {
        if self.manager_conducts() {
            Some(Interviewer::Manager)
        } else {
            self.interviewer
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
