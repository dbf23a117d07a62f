//! Dates in saved documents, written `YYYY-MM-DD` and read back by chrono, and the serde
//! adapters the saved types use: `#[serde(with = "day::iso")]` on a `NaiveDate`,
//! `#[serde(with = "day::optional_iso")]` on an `Option<NaiveDate>` (`null` when none),
//! and times of day written `HH:MM`: `#[serde(with = "day::optional_clock")]`.

use std::fmt;

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
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

/// Writes a time of day as `09:05` (hours and minutes; seconds are not kept).
pub fn to_clock(time: NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// Reads `09:05` (two digits, a colon, two digits) as a time of day; anything else gives
/// `None`.
pub fn from_clock(text: &str) -> Option<NaiveTime> {
    let (hours, minutes) = text.split_once(':')?;
    let two_digits = |part: &str| -> Option<u32> {
        (part.len() == 2 && part.bytes().all(|byte| byte.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    NaiveTime::from_hms_opt(two_digits(hours)?, two_digits(minutes)?, 0)
}

/// A saved optional time of day: `"09:05"`, or `null`.
pub mod optional_clock {
    use super::*;

    pub fn serialize<S: Serializer>(
        time: &Option<NaiveTime>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match time {
            Some(time) => serializer.serialize_str(&to_clock(*time)),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveTime>, D::Error> {
        struct Clock(NaiveTime);
        impl<'de> Deserialize<'de> for Clock {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Clock, D::Error> {
                deserializer.deserialize_str(ClockVisitor).map(Clock)
            }
        }
        Ok(Option::<Clock>::deserialize(deserializer)?.map(|Clock(time)| time))
    }
}

/// Reads a time of day from a string, named like a date when it is damaged.
struct ClockVisitor;

impl Visitor<'_> for ClockVisitor {
    type Value = NaiveTime;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a time HH:MM")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<NaiveTime, E> {
        from_clock(text).ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
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
