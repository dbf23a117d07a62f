//! Dates in saved documents, written `YYYY-MM-DD` and read back by chrono, and the serde
//! adapters the saved types use: `#[serde(with = "day::iso")]` on a `NaiveDate`,
//! `#[serde(with = "day::optional_iso")]` on an `Option<NaiveDate>` (`null` when none).

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serializer};

/// Writes a date as `2026-11-23` (chrono's own form of a date).
pub fn to_iso(date: NaiveDate) -> String {
    date.to_string()
}

/// Reads `2026-11-23` (or `2026-1-5`); anything else, an impossible date or a year outside
/// 1–9999 gives `None`. Only digits and hyphens are let through to chrono, whose reader also
/// skips spaces and takes a `+` before the year.
pub fn from_iso(text: &str) -> Option<NaiveDate> {
    if !text
        .bytes()
        .all(|byte| byte.is_ascii_digit() || byte == b'-')
    {
        return None;
    }
    let date: NaiveDate = text.parse().ok()?;
    (1..=9999).contains(&date.year()).then_some(date)
}

/// A saved date: `"2026-11-23"`.
pub mod iso {
    use super::*;

    pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(date)
    }

    /// Anything but a `YYYY-MM-DD` string of a real day is refused.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        deserializer.deserialize_str(DateVisitor)
    }
}

/// A saved optional date: the date, or `null`.
pub mod optional_iso {
    use super::*;

    pub fn serialize<S: Serializer>(
        date: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => serializer.collect_str(date),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        #[derive(Deserialize)]
        struct Day(#[serde(with = "iso")] NaiveDate);
        Ok(Option::<Day>::deserialize(deserializer)?.map(|Day(date)| date))
    }
}

/// Reads a date from a string; its `expecting` is what an import names when a date is damaged.
struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = NaiveDate;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a date YYYY-MM-DD")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<NaiveDate, E> {
        from_iso(text).ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
    }
}
