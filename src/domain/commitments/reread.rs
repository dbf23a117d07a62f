//! What the check read as a saved commitment's start, and reading a commitment rewritten
//! later as its times meant when they were written (`reread`).

use chrono::NaiveDate;

use super::SavedCommitment;
use crate::domain::commitment::{check_as_of, Report, Settings};

/// What the check read as a saved commitment's start, and the day it read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StartRead {
    pub start_date: Option<NaiveDate>,
    pub start_by: bool,
    pub read_on: NaiveDate,
}

/// Reads a saved commitment's text again after it was rewritten, given what was read in it
/// before the rewriting began (`last`: the caller keeps it from then, not from each
/// keystroke, so that a date deleted and typed again is still the date read before). A
/// time means what it meant on the day it was written: while the text still says the
/// start read on `last.read_on` (a typo mended in 「11月18日から…」 on 2 December, or in
/// 「来週の月曜から…」), it is read as of that day; a time written anew (来週の火曜, or
/// 6月1日 in a plan made again) is read as of `today`.
///
/// Returns the report and what to keep.
pub fn reread(
    text: &str,
    last: StartRead,
    today: NaiveDate,
    settings: &Settings,
) -> (Report, StartRead) {
    if last.read_on < today && last.start_date.is_some() {
        let then = check_as_of(text, last.read_on, today, settings);
        if StartRead::of(&then, last.read_on) == last {
            return (then, last);
        }
    }
    let now = check_as_of(text, today, today, settings);
    let kept = StartRead::of(&now, today);
    (now, kept)
}

impl StartRead {
    /// What `report`, read on `read_on`, says of the start.
    pub fn of(report: &Report, read_on: NaiveDate) -> StartRead {
        StartRead {
            start_date: report.start_date,
            start_by: report.start_by,
            read_on,
        }
    }
}

impl SavedCommitment {
    /// What the check read as its start, and the day it read it.
    pub fn start_read(&self) -> StartRead {
        StartRead {
            start_date: self.start_date,
            start_by: self.start_by,
            read_on: self.read_on.unwrap_or(self.saved_on),
        }
    }
}
