//! Dates in saved documents, written `YYYY-MM-DD` and read back by hand. chrono's own
//! serde support goes through its general formatter and parser, which cost the built
//! site about 15 KB; a calendar date needs none of that.

use chrono::{Datelike, NaiveDate};

use crate::domain::json::{FieldError, Value};

/// Writes a date as `2026-11-23`.
pub fn to_iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Reads `2026-11-23`; anything else (or an impossible date) gives `None`.
pub fn from_iso(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    if parts.next().is_some() || !(1..=9999).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, day)
}

/// A date as saved: `"2026-11-23"`.
pub fn to_json(date: NaiveDate) -> Value {
    Value::String(to_iso(date))
}

/// An optional date as saved: the date, or `null`.
pub fn optional_to_json(date: Option<NaiveDate>) -> Value {
    date.map_or(Value::Null, to_json)
}

/// Reads a saved date; anything but a `YYYY-MM-DD` string of a real day is refused.
pub fn from_json(value: &Value) -> Result<NaiveDate, FieldError> {
    value
        .as_text()
        .ok()
        .and_then(from_iso)
        .ok_or(FieldError::new("expected a date YYYY-MM-DD"))
}

/// Reads a saved optional date: `null` is none.
pub fn optional_from_json(value: &Value) -> Result<Option<NaiveDate>, FieldError> {
    if value.is_null() {
        return Ok(None);
    }
    from_json(value).map(Some)
}
