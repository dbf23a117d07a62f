//! Training-session mode, with no server: each attendee shows a card with a short share
//! code of their eight scores (and its QR code); the facilitator's device reads the codes
//! and forms workshop groups of people who share a career anchor.
//!
//! Reading order: `share_code` (scores ⇄ ten characters with a check character), `qr`
//! (the address that adds the code, as a QR symbol), `grouping` (the groups, a pure function of the
//! attendees and the size bounds) with `seat_plan` (how many seats each anchor gets)
//! and `trades` (people trading places, so that more sit under their first anchor),
//! `mixed` (the option of a mixed round, people whose first anchors differ),
//! `roster` (the facilitator's saved list and pasting) with `pasted` (how a pasted line is read) and
//! `people` (who is who: duplicates, the lines counted, two people with one code), `seating` (groups the facilitator
//! has fixed, which keep their members while the list changes), `scanned` (a code that
//! arrives through the address in the QR symbol), `apart` (two people with one code, told
//! apart by the facilitator).

mod apart;
pub mod grouping;
pub mod mixed;
mod pasted;
mod people;
pub mod qr;
pub mod roster;
pub mod scanned;
mod seat_plan;
pub mod seating;
pub mod share_code;
mod trades;
