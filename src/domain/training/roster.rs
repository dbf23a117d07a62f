//! The facilitator's list: attendees read from share codes (typed, or pasted many at a
//! time, or as CSV `name,code`), the group size bounds, and the duplicates worth a look.
//! It is part of the saved document and never leaves the device.
//!
//! A code that is listed twice (pasted once with a name and once without, say) is one
//! person's result: the list keeps and flags both lines, but the room's counts and the
//! groups count that person once, at the first line. A name listed twice with different
//! codes may be two people, so both are counted. Two people can have the same code (the
//! same eight scores, most often from answering every statement alike): when two lines
//! with the same code carry different names, the facilitator is asked, and a line she
//! marks as another person ([`Roster::apart`]) counts as one of its own. Names that differ only by characters
//! that show nothing (zero-width spaces and joiners, the word joiner, a byte-order mark)
//! look the same on the screen, so they count as the same name ([`same_name`]).

use serde::{Deserialize, Serialize};

use super::grouping::{check_sizes, form_groups, top_mask, top_three_mask, Group, SizeError};
use super::mixed::mix_groups;
use super::pasted::{clean_name, read_line, sender};
use super::share_code::{self, ShareCodeError};
use crate::domain::anchors::Scores;
use crate::domain::saved::{Text, MAX_TEXT_BYTES};
use std::borrow::Cow;

/// The longest name kept, in characters; longer names are cut.
pub const NAME_LIMIT: usize = 40;

/// The reader's word for a saved list it cannot read (`i18n::data` says it in Japanese).
pub const DAMAGED_LIST: &str = "expected the sizes (4-6) and lines of name,code";

/// What the facilitator's device keeps. Saved as the text of [`Roster::to_text`], so that
/// one reader serves pasting and the saved document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "Text", into = "String")]
pub struct Roster {
    /// In the order they were added.
    pub attendees: Vec<Attendee>,
    pub min: u8,
    pub max: u8,
    /// The lines (positions, in order) the facilitator marked as another person than the
    /// earlier line with the same code. Not part of the list's text: the saved document
    /// keeps them in a field of their own (`Document::training_apart`, kept equal to this
    /// by `training::apart`), so that an older build still reads the list.
    pub apart: Vec<u16>,
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
    /// 1-based, as editors count, in [`PasteReport::rejected`]: the line's place in the
    /// box once the lines added have left it.
    pub line: usize,
    pub problem: ShareCodeError,
}

/// What adding pasted text did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PasteReport {
    pub added: usize,
    /// How many of those added had a name longer than [`NAME_LIMIT`], cut to it.
    pub names_cut: usize,
    pub problems: Vec<LineProblem>,
    /// The lines that were not added, to put back in the box for correcting.
    pub rejected: String,
    /// With the groups kept (`seating`): the positions of those added, each given a group.
    pub seated: Vec<usize>,
}

/// Why an attendee is worth a second look: the same code or the same name as an earlier
/// one (by position in the list).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Duplicate {
    SameCode(usize),
    SameName(usize),
    /// The same code as an earlier line, marked as another person.
    Apart(usize),
}

impl Default for Roster {
    fn default() -> Roster {
        Roster {
            attendees: Vec::new(),
            min: 4,
            max: 6,
            apart: Vec::new(),
        }
    }
}

impl Roster {
    /// Adds every good line of `text` (`code`, or `name,code` with a comma, tab or `，`)
    /// and reports every other one. Blank lines and a header line are skipped.
    pub fn add_lines(&mut self, text: &str) -> PasteReport {
        let mut report = PasteReport::default();
        let mut size = self.to_text().len();
        // How many lines the box will hold: those not added, in order.
        let mut box_lines = 0;
        let mut lines = text.lines().peekable();
        while let Some(line) = lines.next() {
            let mut read = read_line(line);
            let mut taken = Cow::Borrowed(line);
            // A chat's sender line (「田中 太郎  10:02」) just above a line read as an
            // attendee: one entry, under the sender's name when that line gives none.
            if let (Err(_), Some((name, name_cut))) = (&read, sender(line)) {
                if let Some(&next) = lines.peek() {
                    if let Ok(Some((attendee, cut))) = read_line(next) {
                        lines.next();
                        taken = Cow::Owned(format!("{line}\n{next}"));
                        read = Ok(Some(if attendee.name.is_empty() {
                            let name = name.to_owned();
                            (Attendee { name, ..attendee }, name_cut)
                        } else {
                            (attendee, cut)
                        }));
                    }
                }
            }
            match read.and_then(|read| match read {
                Some((attendee, _)) if size + saved_line(&attendee.name) > MAX_TEXT_BYTES => {
                    Err(ShareCodeError::ListFull)
                }
                other => Ok(other),
            }) {
                Ok(Some((attendee, cut))) => {
                    size += saved_line(&attendee.name);
                    self.attendees.push(attendee);
                    report.added += 1;
                    report.names_cut += usize::from(cut);
                }
                Ok(None) => {}
                Err(problem) => {
                    // Numbered as the box will hold them.
                    report.problems.push(LineProblem {
                        line: box_lines + 1,
                        problem,
                    });
                    box_lines += taken.lines().count();
                    if !report.rejected.is_empty() {
                        report.rejected.push('\n');
                    }
                    report.rejected.push_str(&taken);
                }
            }
        }
        report
    }

    /// Gives the attendee at `index` the name `typed`, kept as a pasted name is (the spaces
    /// and quotes around it off, cut to [`NAME_LIMIT`], a line break a space), so that it
    /// reads back as itself; empty for no name. The name kept, or `None` when there is no
    /// such attendee or the saved list would outgrow its field.
    pub fn rename(&mut self, index: usize, typed: &str) -> Option<String> {
        let one_line: String = typed
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let (name, _) = clean_name(&one_line);
        // A name of characters that show nothing is no name (as for `same_name`).
        let name = if visible(name).next().is_none() {
            ""
        } else {
            name
        };
        let old = saved_line(&self.attendees.get(index)?.name);
        let size = self.to_text().len() - old + saved_line(name);
        if size > MAX_TEXT_BYTES {
            return None;
        }
        self.attendees[index].name = name.to_owned();
        Some(name.to_owned())
    }

    /// Takes the attendee at `index` off the list (the lines after it move up, their marks
    /// with them), and gives them back for an Undo.
    pub fn remove(&mut self, index: usize) -> Option<Attendee> {
        if index >= self.attendees.len() {
            return None;
        }
        self.apart.retain(|&line| usize::from(line) != index);
        for line in &mut self.apart {
            if usize::from(*line) > index {
                *line -= 1;
            }
        }
        Some(self.attendees.remove(index))
    }

    /// Puts a removed attendee back where they were (at the end, if the list has grown
    /// shorter since): the groups, formed from the list, are then those of before.
    pub fn restore(&mut self, index: usize, attendee: Attendee) {
        let at = index.min(self.attendees.len());
        for line in &mut self.apart {
            if usize::from(*line) >= at {
                *line += 1;
            }
        }
        self.attendees.insert(at, attendee);
    }

    /// Sets the group size bounds when they are usable; otherwise nothing changes.
    pub fn set_sizes(&mut self, min: u8, max: u8) -> Result<(), SizeError> {
        check_sizes(min, max)?;
        self.min = min;
        self.max = max;
        Ok(())
    }

    /// For each anchor (in `Anchor::ALL` order), how many people in the room have it in
    /// their top three (`grouping::top_three_mask`, which the grouping reads too), each
    /// code counted once.
    pub fn room_counts(&self) -> [usize; 8] {
        self.count_by(top_three_mask)
    }

    /// For each anchor, how many people in the room have it as their anchor (first; every
    /// anchor tied first counts), each code counted once: what their cards show.
    pub fn first_counts(&self) -> [usize; 8] {
        self.count_by(top_mask)
    }

    fn count_by(&self, mask_of: fn(&Scores) -> u8) -> [usize; 8] {
        let mut counts = [0; 8];
        for index in self.counted() {
            let mask = mask_of(&self.attendees[index].scores);
            for (anchor, count) in counts.iter_mut().enumerate() {
                *count += usize::from(mask >> anchor & 1);
            }
        }
        counts
    }

    /// The workshop groups of the people in the room (see `grouping`): people who share an
    /// anchor, or with `mixed` a mixed round; each code once; members are positions in the
    /// list (the first line of each person).
    pub fn groups(&self, mixed: bool) -> Vec<Group> {
        let counted = self.counted();
        let mut people = Vec::with_capacity(counted.len());
        for &index in &counted {
            people.push(&self.attendees[index]);
        }
        let form = if mixed { mix_groups } else { form_groups };
        let mut groups =
            form(&people, |a: &&Attendee| &a.scores, self.min, self.max).unwrap_or_default();
        for group in &mut groups {
            for member in &mut group.members {
                *member = counted[*member];
            }
        }
        groups
    }

    /// The list as saved: the sizes (`4-6`) on the first line, then [`Roster::to_lines`].
    pub fn to_text(&self) -> String {
        let mut text = usize::from(self.min).to_string();
        text.push('-');
        text.push_str(&usize::from(self.max).to_string());
        text.push('\n');
        text.push_str(&self.to_lines());
        text
    }

    /// One line per attendee, `name,code` (or the code alone), the form pasting reads: what
    /// "Copy the list" gives, to paste on another device and get the same list there.
    pub fn to_lines(&self) -> String {
        let mut text = String::new();
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
            return Err(DAMAGED_LIST);
        }
        Ok(roster)
    }
}

impl From<Roster> for String {
    fn from(roster: Roster) -> String {
        roster.to_text()
    }
}

/// The bytes of an attendee's line in the saved text, as `Roster::to_lines` writes it:
/// `name,code` and a line break, or the code alone when there is no name. (Counted as a
/// named line, an unnamed one let a list topped up after a removal grow too long to read
/// back: found by the property test on 2026-12-03.)
fn saved_line(name: &str) -> usize {
    name.len() + usize::from(!name.is_empty()) + share_code::CODE_LENGTH + 1
}

/// Whether two names read the same on the screen: equal once the characters that show
/// nothing are left out (U+200B–U+200D zero-width space, non-joiner and joiner, U+2060
/// word joiner, U+FEFF zero-width no-break space). A name of such characters alone is no
/// name.
pub fn same_name(a: &str, b: &str) -> bool {
    visible(a).next().is_some() && visible(a).eq(visible(b))
}

fn visible(name: &str) -> impl Iterator<Item = char> + '_ {
    name.chars().filter(|c| !is_invisible(*c))
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}
