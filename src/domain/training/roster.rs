//! The facilitator's list: attendees read from share codes (typed, or pasted many at a
//! time, or as CSV `name,code`), the group size bounds, and the duplicates worth a look.
//! It is part of the saved document and never leaves the device.

use serde::{Deserialize, Serialize};

use super::grouping::{check_sizes, form_groups, Group, SizeError};
use super::share_code::{self, ShareCodeError};
use crate::domain::anchors::Scores;
use crate::domain::saved::{Text, MAX_TEXT_BYTES};

/// The longest name kept, in characters; longer names are cut.
pub const NAME_LIMIT: usize = 40;

/// What the facilitator's device keeps. Saved as the text of [`Roster::to_text`], so that
/// one reader serves pasting and the saved document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "Text", into = "String")]
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
        let mut size = self.to_text().len();
        for (index, line) in text.lines().enumerate() {
            // Each attendee adds a line `name,code` (or the code alone) to the saved text.
            let line_size = |attendee: &Attendee| attendee.name.len() + share_code::CODE_LENGTH + 2;
            match read_line(line).and_then(|read| match read {
                Some(attendee) if size + line_size(&attendee) > MAX_TEXT_BYTES => {
                    Err(ShareCodeError::ListFull)
                }
                other => Ok(other),
            }) {
                Ok(Some(attendee)) => {
                    size += line_size(&attendee);
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
        let mut found = Vec::with_capacity(list.len());
        for (i, attendee) in list.iter().enumerate() {
            let mut duplicate = None;
            for (j, earlier) in list.iter().enumerate().take(i).rev() {
                if earlier.scores == attendee.scores {
                    duplicate = Some(Duplicate::SameCode(j));
                } else if !matches!(duplicate, Some(Duplicate::SameCode(_)))
                    && !attendee.name.is_empty()
                    && earlier.name == attendee.name
                {
                    duplicate = Some(Duplicate::SameName(j));
                }
            }
            found.push(duplicate);
        }
        found
    }

    /// The workshop groups of the list (see `grouping`).
    pub fn groups(&self) -> Vec<Group> {
        form_groups(&self.attendees, |a| &a.scores, self.min, self.max).unwrap_or_default()
    }

    /// The list as saved: the sizes (`4-6`) on the first line, then one line per
    /// attendee, `name,code` (or the code alone), the form pasting reads.
    pub fn to_text(&self) -> String {
        let mut text = usize::from(self.min).to_string();
        text.push('-');
        text.push_str(&usize::from(self.max).to_string());
        text.push('\n');
        for attendee in &self.attendees {
            if !attendee.name.is_empty() {
                text.push_str(&attendee.name);
                text.push(',');
            }
            text.push_str(&share_code::encode(&attendee.scores));
            text.push('\n');
        }
        text
    }
}

/// Reads what [`Roster::to_text`] wrote; a bad line or unusable sizes are refused.
impl TryFrom<Text> for Roster {
    type Error = &'static str;

    fn try_from(Text(text): Text) -> Result<Roster, &'static str> {
        let (sizes, list) = text.split_once('\n').unwrap_or((&text, ""));
        let (min, max) = sizes.split_once('-').unwrap_or(("", ""));
        let mut roster = Roster::default();
        let usable = roster.set_sizes(min.parse().unwrap_or(0), max.parse().unwrap_or(0));
        if usable.is_err() || !roster.add_lines(list).problems.is_empty() {
            return Err("expected the sizes (4-6) and lines of name,code");
        }
        Ok(roster)
    }
}

impl From<Roster> for String {
    fn from(roster: Roster) -> String {
        roster.to_text()
    }
}

/// One pasted line: `Ok(None)` for a blank or header line.
fn read_line(line: &str) -> Result<Option<Attendee>, ShareCodeError> {
    let line = line.trim_start_matches('\u{FEFF}').trim();
    // The code follows the last separator; a name may itself hold commas.
    let mut name = "";
    let mut code = line;
    for (at, c) in line.char_indices() {
        if matches!(c, ',' | '\t' | '，') {
            name = line.get(..at).unwrap_or("");
            code = line.get(at + c.len_utf8()..).unwrap_or("");
        }
    }
    let code = code.trim();
    if line.is_empty() || code.eq_ignore_ascii_case("code") || code == "コード" {
        return Ok(None);
    }
    if !code.bytes().any(|b| b.is_ascii_alphanumeric()) {
        return Err(ShareCodeError::NoCode);
    }
    let scores = share_code::decode(code)?;
    Ok(Some(Attendee {
        // A spreadsheet writes a name holding a comma in quotes: `"Kato, Ken",CODE`.
        name: cut_to_limit(name.trim().trim_matches('"').trim()).to_owned(),
        scores,
    }))
}

/// The first [`NAME_LIMIT`] characters of `name`.
fn cut_to_limit(name: &str) -> &str {
    match name.char_indices().nth(NAME_LIMIT) {
        Some((end, _)) => name.get(..end).unwrap_or(name),
        None => name,
    }
}
