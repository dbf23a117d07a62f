//! The facilitator's list: attendees read from share codes (typed, or pasted many at a
//! time, or as CSV `name,code`), the group size bounds, and the duplicates worth a look.
//! It is part of the saved document and never leaves the device.

use super::grouping::{check_sizes, form_groups, Group, SizeError};
use super::share_code::{self, ShareCodeError};
use crate::domain::anchors::Scores;
use crate::domain::json::{member, FieldError, Value};

/// The longest name kept, in characters; longer names are cut.
pub const NAME_LIMIT: usize = 40;

/// What the facilitator's device keeps.
#[derive(Clone, Debug, PartialEq)]
pub struct Roster {
    /// In the order they were added.
    pub attendees: Vec<Attendee>,
    pub min: u8,
    pub max: u8,
}

/// One attendee: a name (may be empty) and the scores their code carries.
#[derive(Clone, Debug, PartialEq)]
pub struct Attendee {
    pub name: String,
    pub scores: Scores,
}

/// A line of pasted text that was not added, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineProblem {
    /// 1-based, as editors count.
    pub line: usize,
    pub problem: ShareCodeError,
}

/// What adding pasted text did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PasteReport {
    pub added: usize,
    pub problems: Vec<LineProblem>,
    /// The lines that were not added, to put back in the box for correcting.
    pub rejected: String,
}

/// Why an attendee is worth a second look: the same code or the same name as an earlier
/// one (by position in the list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Duplicate {
    SameCode(usize),
    SameName(usize),
}

impl Default for Roster {
    fn default() -> Roster {
        Roster {
            attendees: Vec::new(),
            min: 4,
            max: 6,
        }
    }
}

impl Roster {
    /// Adds every good line of `text` (`code`, or `name,code` with a comma, tab or `，`)
    /// and reports every other one. Blank lines and a header line are skipped.
    pub fn add_lines(&mut self, text: &str) -> PasteReport {
        let mut report = PasteReport::default();
        for (index, line) in text.lines().enumerate() {
            match read_line(line) {
                Ok(Some(attendee)) => {
                    self.attendees.push(attendee);
                    report.added += 1;
                }
                Ok(None) => {}
                Err(problem) => {
                    report.problems.push(LineProblem {
                        line: index + 1,
                        problem,
                    });
                    if !report.rejected.is_empty() {
                        report.rejected.push('\n');
                    }
                    report.rejected.push_str(line);
                }
            }
        }
        report
    }

    /// Removes the attendee at `index`, if there is one.
    pub fn remove(&mut self, index: usize) {
        if index < self.attendees.len() {
            self.attendees.remove(index);
        }
    }

    /// Sets the group size bounds when they are usable; otherwise nothing changes.
    pub fn set_sizes(&mut self, min: u8, max: u8) -> Result<(), SizeError> {
        check_sizes(min, max)?;
        self.min = min;
        self.max = max;
        Ok(())
    }

    /// For each attendee, whether an earlier one has the same code or the same name.
    pub fn duplicates(&self) -> Vec<Option<Duplicate>> {
        let list = &self.attendees;
        (0..list.len())
            .map(|i| {
                let code = (0..i).find(|&j| list[j].scores == list[i].scores);
                let name =
                    (0..i).find(|&j| !list[i].name.is_empty() && list[j].name == list[i].name);
                code.map(Duplicate::SameCode)
                    .or(name.map(Duplicate::SameName))
            })
            .collect()
    }

    /// The workshop groups of the list (see `grouping`).
    pub fn groups(&self) -> Vec<Group> {
        let scores: Vec<Scores> = self.attendees.iter().map(|a| a.scores).collect();
        form_groups(&scores, self.min, self.max).unwrap_or_default()
    }

    /// `{"min": 4, "max": 6, "attendees": [{"name": "…", "code": "…"}]}`.
    pub fn to_json(&self) -> Value {
        let attendees = self
            .attendees
            .iter()
            .map(|a| {
                Value::Object(vec![
                    member("name", Value::from(a.name.as_str())),
                    member("code", Value::from(share_code::encode(&a.scores))),
                ])
            })
            .collect();
        Value::Object(vec![
            member("min", Value::from(u64::from(self.min))),
            member("max", Value::from(u64::from(self.max))),
            member("attendees", Value::Array(attendees)),
        ])
    }

    /// Reads what `to_json` wrote; bounds that are not usable are refused.
    pub fn from_json(value: &Value) -> Result<Roster, FieldError> {
        let fields = value.as_fields()?;
        let size = |value: &Value| {
            u8::try_from(value.as_whole_number()?)
                .map_err(|_| FieldError::new("expected a group size"))
        };
        let mut roster = Roster {
            attendees: fields.read_or_default("attendees", |list| list.read_list(read_attendee))?,
            ..Roster::default()
        };
        let (min, max) = (fields.read("min", size)?, fields.read("max", size)?);
        roster.set_sizes(min, max).map_err(|_| {
            FieldError::new("expected group sizes 1 ≤ min ≤ max ≤ 30").in_field("max")
        })?;
        Ok(roster)
    }
}

fn read_attendee(value: &Value) -> Result<Attendee, FieldError> {
    let fields = value.as_fields()?;
    let name = fields.read("name", |v| v.as_text().map(str::to_owned))?;
    let scores = fields.read("code", |v| {
        share_code::decode(v.as_text()?).map_err(|_| FieldError::new("expected a share code"))
    })?;
    Ok(Attendee { name, scores })
}

/// One pasted line: `Ok(None)` for a blank or header line.
fn read_line(line: &str) -> Result<Option<Attendee>, ShareCodeError> {
    let line = line.trim_start_matches('\u{FEFF}').trim();
    let (name, code) = match line.rfind([',', '\t', '，']) {
        Some(at) => {
            let separator = line.get(at..).and_then(|rest| rest.chars().next());
            let after = at + separator.map_or(1, char::len_utf8);
            (
                line.get(..at).unwrap_or(""),
                line.get(after..).unwrap_or(""),
            )
        }
        None => ("", line),
    };
    let code = code.trim().trim_matches('"');
    if line.is_empty() || code.eq_ignore_ascii_case("code") || code == "コード" {
        return Ok(None);
    }
    let scores = share_code::decode(code)?;
    let name = name.trim().trim_matches('"').trim();
    Ok(Some(Attendee {
        name: name.chars().take(NAME_LIMIT).collect(),
        scores,
    }))
}
