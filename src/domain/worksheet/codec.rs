//! The worksheet's saved form: fields in the order of the types, every field read with
//! its default when missing (so a worksheet saved before a field existed still reads), and
//! every text and list bounded by the document's codec (`domain::json`).

use crate::domain::config::INTERVIEW_TYPES;
use crate::domain::day;
use crate::domain::json::{member, FieldError, Value};

use super::*;

impl Worksheet {
    pub fn to_json(&self) -> Value {
        let list = |items: Vec<Value>| Value::Array(items);
        Value::Object(vec![
            member("interview", self.interview.to_json()),
            member("roles", list(self.roles.iter().map(Role::to_json).collect())),
            member("strengths", self.strengths.to_json()),
            member(
                "moments",
                list(self.moments.iter().map(Moment::to_json).collect()),
            ),
            member("share_anchors", Value::Bool(self.share_anchors)),
            member("values", self.values.to_json()),
            member("autonomy", self.autonomy.to_json()),
            member("vision", self.vision.to_json()),
            member(
                "gains",
                list(self.gains.iter().map(Weighed::to_json).collect()),
            ),
            member(
                "losses",
                list(self.losses.iter().map(Weighed::to_json).collect()),
            ),
            member("even_if_fails", self.even_if_fails.to_json()),
            member(
                "obstacles",
                list(self.obstacles.iter().map(Obstacle::to_json).collect()),
            ),
            member("support", self.support.to_json()),
            member("confidential", self.confidential.to_json()),
        ])
    }

    pub fn from_json(value: &Value) -> Result<Worksheet, FieldError> {
        let fields = value.as_fields()?;
        let defaults = Worksheet::default();
        let note = |name: &'static str, default: &Note| -> Result<Note, FieldError> {
            Ok(fields
                .read_or_default(name, |v| Note::from_json(v).map(Some))?
                .unwrap_or_else(|| default.clone()))
        };
        Ok(Worksheet {
            interview: fields.read_or_default("interview", Interview::from_json)?,
            roles: fields.read_or_default("roles", |v| v.read_list(Role::from_json))?,
            strengths: note("strengths", &defaults.strengths)?,
            moments: fields.read_or_default("moments", |v| v.read_list(Moment::from_json))?,
            share_anchors: fields
                .read_or_default("share_anchors", |v| read_bool(v).map(Some))?
                .unwrap_or(defaults.share_anchors),
            values: note("values", &defaults.values)?,
            autonomy: fields
                .read_or_default("autonomy", |v| Autonomy::from_json(v).map(Some))?
                .unwrap_or(defaults.autonomy),
            vision: fields
                .read_or_default("vision", |v| Vision::from_json(v).map(Some))?
                .unwrap_or(defaults.vision),
            gains: fields.read_or_default("gains", |v| v.read_list(Weighed::from_json))?,
            losses: fields.read_or_default("losses", |v| v.read_list(Weighed::from_json))?,
            even_if_fails: note("even_if_fails", &defaults.even_if_fails)?,
            obstacles: fields
                .read_or_default("obstacles", |v| v.read_list(Obstacle::from_json))?,
            support: note("support", &defaults.support)?,
            confidential: note("confidential", &defaults.confidential)?,
        })
    }
}

impl Interview {
    fn to_json(&self) -> Value {
        Value::Object(vec![
            member(
                "kind",
                self.kind
                    .as_deref()
                    .map_or(Value::Null, Value::from),
            ),
            member("date", day::optional_to_json(self.date)),
        ])
    }

    fn from_json(value: &Value) -> Result<Interview, FieldError> {
        let fields = value.as_fields()?;
        Ok(Interview {
            kind: fields.read_or_default("kind", read_kind)?,
            date: fields.read_or_default("date", day::optional_from_json)?,
        })
    }
}

fn read_kind(value: &Value) -> Result<Option<String>, FieldError> {
    if value.is_null() {
        return Ok(None);
    }
    let code = value.as_text()?;
    if INTERVIEW_TYPES.contains(&code) {
        Ok(Some(code.to_owned()))
    } else {
        Err(FieldError::new(
            "expected milestone50, career, one_on_one, external or other",
        ))
    }
}

impl Note {
    fn to_json(&self) -> Value {
        Value::Object(vec![
            member("text", Value::from(self.text.as_str())),
            member("shared", Value::Bool(self.shared)),
        ])
    }

    fn from_json(value: &Value) -> Result<Note, FieldError> {
        let fields = value.as_fields()?;
        Ok(Note {
            text: fields.read_or_default("text", read_text)?,
            shared: fields.read("shared", read_bool)?,
        })
    }
}

impl Role {
    fn to_json(&self) -> Value {
        Value::Object(vec![
            member("id", Value::from(self.id)),
            member("period", Value::from(self.period.as_str())),
            member("place", Value::from(self.place.as_str())),
            member("did", Value::from(self.did.as_str())),
            member("achieved", Value::from(self.achieved.as_str())),
            member("shared", Value::Bool(self.shared)),
        ])
    }

    fn from_json(value: &Value) -> Result<Role, FieldError> {
        let fields = value.as_fields()?;
        Ok(Role {
            id: fields.read("id", Value::as_whole_number)?,
            period: fields.read_or_default("period", read_text)?,
            place: fields.read_or_default("place", read_text)?,
            did: fields.read_or_default("did", read_text)?,
            achieved: fields.read_or_default("achieved", read_text)?,
            shared: fields.read("shared", read_bool)?,
        })
    }
}

impl Moment {
    fn to_json(&self) -> Value {
        Value::Object(vec![
            member("id", Value::from(self.id)),
            member("non_event", Value::Bool(self.non_event)),
            member("what", Value::from(self.what.as_str())),
            member("feeling", Value::from(self.feeling.as_str())),
            member("wanted", Value::from(self.wanted.as_str())),
            member("shared", Value::Bool(self.shared)),
        ])
    }

    fn from_json(value: &Value) -> Result<Moment, FieldError> {
        let fields = value.as_fields()?;
        Ok(Moment {
            id: fields.read("id", Value::as_whole_number)?,
            non_event: fields.read_or_default("non_event", read_bool)?,
            what: fields.read_or_default("what", read_text)?,
            feeling: fields.read_or_default("feeling", read_text)?,
            wanted: fields.read_or_default("wanted", read_text)?,
            shared: fields.read("shared", read_bool)?,
        })
    }
}

impl Autonomy {
    fn to_json(&self) -> Value {
        let rating = |r: Option<SelfRating>| r.map_or(Value::Null, |r| Value::from(r.code()));
        Value::Object(vec![
            member("performs", rating(self.performs)),
            member("vision", rating(self.vision)),
            member("acting", rating(self.acting)),
            member("shared", Value::Bool(self.shared)),
        ])
    }

    fn from_json(value: &Value) -> Result<Autonomy, FieldError> {
        let fields = value.as_fields()?;
        Ok(Autonomy {
            performs: fields.read_or_default("performs", read_rating)?,
            vision: fields.read_or_default("vision", read_rating)?,
            acting: fields.read_or_default("acting", read_rating)?,
            shared: fields.read("shared", read_bool)?,
        })
    }
}

fn read_rating(value: &Value) -> Result<Option<SelfRating>, FieldError> {
    if value.is_null() {
        return Ok(None);
    }
    value
        .as_text()
        .ok()
        .and_then(SelfRating::from_code)
        .map(Some)
        .ok_or(FieldError::new("expected yes, partly, not_yet or null"))
}

impl Vision {
    fn to_json(&self) -> Value {
        Value::Object(vec![
            member(
                "year",
                self.year
                    .map_or(Value::Null, |year| Value::from(year.max(0) as u64)),
            ),
            member("doing", Value::from(self.doing.as_str())),
            member("for_whom", Value::from(self.for_whom.as_str())),
            member("seen_as", Value::from(self.seen_as.as_str())),
            member("shared", Value::Bool(self.shared)),
        ])
    }

    fn from_json(value: &Value) -> Result<Vision, FieldError> {
        let fields = value.as_fields()?;
        Ok(Vision {
            year: fields.read_or_default("year", read_year)?,
            doing: fields.read_or_default("doing", read_text)?,
            for_whom: fields.read_or_default("for_whom", read_text)?,
            seen_as: fields.read_or_default("seen_as", read_text)?,
            shared: fields.read("shared", read_bool)?,
        })
    }
}

fn read_year(value: &Value) -> Result<Option<i32>, FieldError> {
    if value.is_null() {
        return Ok(None);
    }
    value
        .as_whole_number()
        .ok()
        .filter(|year| (1..=9999).contains(year))
        .map(|year| Some(year as i32))
        .ok_or(FieldError::new("expected a year from 1 to 9999 or null"))
}

impl Weighed {
    fn to_json(&self) -> Value {
        Value::Object(vec![
            member("id", Value::from(self.id)),
            member("text", Value::from(self.text.as_str())),
            member("weight", Value::from(u64::from(self.weight.value()))),
            member("shared", Value::Bool(self.shared)),
        ])
    }

    fn from_json(value: &Value) -> Result<Weighed, FieldError> {
        let fields = value.as_fields()?;
        Ok(Weighed {
            id: fields.read("id", Value::as_whole_number)?,
            text: fields.read_or_default("text", read_text)?,
            weight: fields.read("weight", read_weight)?,
            shared: fields.read("shared", read_bool)?,
        })
    }
}

fn read_weight(value: &Value) -> Result<Weight, FieldError> {
    value
        .as_whole_number()
        .ok()
        .and_then(|n| u8::try_from(n).ok())
        .and_then(Weight::new)
        .ok_or(FieldError::new("expected a weight from 1 to 5"))
}

impl Obstacle {
    fn to_json(&self) -> Value {
        Value::Object(vec![
            member("id", Value::from(self.id)),
            member("when", Value::from(self.when.as_str())),
            member("then", Value::from(self.then.as_str())),
            member("shared", Value::Bool(self.shared)),
        ])
    }

    fn from_json(value: &Value) -> Result<Obstacle, FieldError> {
        let fields = value.as_fields()?;
        Ok(Obstacle {
            id: fields.read("id", Value::as_whole_number)?,
            when: fields.read_or_default("when", read_text)?,
            then: fields.read_or_default("then", read_text)?,
            shared: fields.read("shared", read_bool)?,
        })
    }
}

fn read_text(value: &Value) -> Result<String, FieldError> {
    value.as_text().map(str::to_owned)
}

/// Reads `true` or `false`.
pub(crate) fn read_bool(value: &Value) -> Result<bool, FieldError> {
    match value {
        Value::Bool(flag) => Ok(*flag),
        _ => Err(FieldError::new("expected true or false")),
    }
}
