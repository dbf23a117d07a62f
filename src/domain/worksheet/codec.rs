//! The worksheet's saved form beyond what its types derive (`mod.rs`, `entries.rs`,
//! `list_items.rs`): the bounds only the worksheet has (the interview kind, the vision's
//! year, a weight) as `try_from` conversions, and the self-rating saved under its code.

use serde::{Deserialize, Deserializer};

use super::{SelfRating, Weight};
use crate::domain::config::INTERVIEW_TYPES;

/// A saved interview kind: a code of [`INTERVIEW_TYPES`].
#[derive(Deserialize)]
#[serde(try_from = "String")]
struct InterviewKind(String);

impl TryFrom<String> for InterviewKind {
    type Error = &'static str;

    fn try_from(code: String) -> Result<InterviewKind, &'static str> {
        if INTERVIEW_TYPES.contains(&code.as_str()) {
            Ok(InterviewKind(code))
        } else {
            Err("expected career, one_on_one, milestone50, rehire, conversion, external or other")
        }
    }
}

/// Reads the interview's kind: a known code, or `null`.
pub(super) fn interview_kind<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    Ok(Option::<InterviewKind>::deserialize(deserializer)?.map(|kind| kind.0))
}

/// A saved year of the vision, 1..=9999 (what a date can hold).
#[derive(Deserialize)]
#[serde(try_from = "u64")]
struct Year(i32);

impl TryFrom<u64> for Year {
    type Error = &'static str;

    /// Only ever read as the vision's year, which may also be `null`.
    fn try_from(year: u64) -> Result<Year, &'static str> {
        match i32::try_from(year) {
            Ok(year @ 1..=9999) => Ok(Year(year)),
            _ => Err("expected a year from 1 to 9999 or null"),
        }
    }
}

/// Reads the vision's year, or `null`.
pub(super) fn year<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<i32>, D::Error> {
    Ok(Option::<Year>::deserialize(deserializer)?.map(|year| year.0))
}

/// A saved weight, 1..=5.
impl TryFrom<u64> for Weight {
    type Error = &'static str;

    fn try_from(weight: u64) -> Result<Weight, &'static str> {
        u8::try_from(weight)
            .ok()
            .and_then(Weight::new)
            .ok_or("expected a weight from 1 to 5")
    }
}

impl From<Weight> for u8 {
    fn from(weight: Weight) -> u8 {
        weight.value()
    }
}

/// A saved self-rating, under its code; only ever read where `null` is the other choice.
impl TryFrom<String> for SelfRating {
    type Error = &'static str;

    fn try_from(code: String) -> Result<SelfRating, &'static str> {
        SelfRating::from_code(&code).ok_or("expected yes, partly, not_yet or null")
    }
}

impl From<SelfRating> for &'static str {
    fn from(rating: SelfRating) -> &'static str {
        rating.code()
    }
}
