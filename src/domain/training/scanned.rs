//! A share code that arrives through the address in a card's QR code: a phone's camera
//! opens `…#/training?add=CODE&name=NAME` (see `route::code_to_add`, `route::name_to_add`),
//! and the facilitator's screen adds the code to its list once, under the name the attendee
//! put on the card (if any).
//!
//! Unlike pasting, a scan of a code already listed adds nothing when it carries no name
//! or a name the code is listed under: the same card scanned twice is the same person,
//! and a second line would only have to be removed again. Under another name it is added,
//! and the list asks whether it is another person (`training::apart`).

use super::roster::{same_name, Roster};
use super::share_code::{self, ShareCodeError};

/// What scanning a code did to the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scanned {
    /// Added at this position (0-based), at the end of the list.
    Added(usize),
    /// Not added: the attendee at this position has the same code.
    AlreadyListed(usize),
    /// Not added: the text is not a share code (or the list is full).
    Refused(ShareCodeError),
}

/// Adds the code `code` under `name` (may be empty) to `roster` unless it is listed
/// already or is not a code. The name is kept as a pasted one is (trimmed, cut to
/// `roster::NAME_LIMIT`); a line break in it is read as a space.
pub fn add_scanned(roster: &mut Roster, code: &str, name: &str) -> Scanned {
    let scores = match share_code::decode(code) {
        Ok(scores) => scores,
        Err(problem) => return Scanned::Refused(problem),
    };
    let listed = |a: &super::roster::Attendee| {
        a.scores == scores
            && (name.trim().is_empty() || a.name.is_empty() || same_name(&a.name, name.trim()))
    };
    if let Some(index) = roster.attendees.iter().position(listed) {
        return Scanned::AlreadyListed(index);
    }
    // Through the same reader as pasting, so that the list's size limit holds here too.
    let name: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let line = format!("{},{}", name.trim(), share_code::encode(&scores));
    let report = roster.add_lines(&line);
    match report.problems.first() {
        Some(line) => Scanned::Refused(line.problem),
        None => Scanned::Added(roster.attendees.len() - 1),
    }
}
