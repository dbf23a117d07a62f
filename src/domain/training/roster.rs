//! The facilitator's list: attendees read from share codes (typed, or pasted many at a
//! time, or as CSV `name,code`), the group size bounds, and the duplicates worth a look.
//! It is part of the saved document and never leaves the device.
//!
//! A code that is listed twice (pasted once with a name and once without, say) is one
//! person's result: the list keeps and flags both lines, but the room's counts and the
//! groups count that person once, at the first line. A name listed twice with different
//! codes may be two people, so both are counted. Names that differ only by characters
//! that show nothing (zero-width spaces and joiners, the word joiner, a byte-order mark)
//! look the same on the screen, so they count as the same name ([`same_name`]).

use serde::{Deserialize, Serialize};

use super::grouping::{check_sizes, form_groups, top_mask, top_three_mask, Group, SizeError};
use super::mixed::mix_groups;
use super::share_code::{self, ShareCodeError};
use crate::domain::anchors::Scores;
use crate::domain::saved::{Text, MAX_TEXT_BYTES};

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
        for line in text.lines() {
            // Each attendee adds a line `name,code` (or the code alone) to the saved text.
            let line_size = |attendee: &Attendee| attendee.name.len() + share_code::CODE_LENGTH + 2;
            match read_line(line).and_then(|read| match read {
                Some((attendee, _)) if size + line_size(&attendee) > MAX_TEXT_BYTES => {
                    Err(ShareCodeError::ListFull)
                }
                other => Ok(other),
            }) {
                Ok(Some((attendee, cut))) => {
                    size += line_size(&attendee);
                    self.attendees.push(attendee);
                    report.added += 1;
                    report.names_cut += usize::from(cut);
                }
                Ok(None) => {}
                Err(problem) => {
                    // Numbered as the box will hold them: the lines not added, in order.
                    report.problems.push(LineProblem {
                        line: report.problems.len() + 1,
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

    /// Takes the attendee at `index` off the list, and gives them back for an Undo.
    pub fn remove(&mut self, index: usize) -> Option<Attendee> {
        (index < self.attendees.len()).then(|| self.attendees.remove(index))
    }

    /// Puts a removed attendee back where they were (at the end, if the list has grown
    /// shorter since): the groups, formed from the list, are then those of before.
    pub fn restore(&mut self, index: usize, attendee: Attendee) {
        let at = index.min(self.attendees.len());
        self.attendees.insert(at, attendee);
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
                    && same_name(&earlier.name, &attendee.name)
                {
                    duplicate = Some(Duplicate::SameName(j));
                }
            }
            found.push(duplicate);
        }
        found
    }

    /// For each attendee, whether someone else (another code) is listed under a name that
    /// reads the same: two 山田 花子 in one room, whom the groups tell apart by number.
    pub fn name_shared(&self) -> Vec<bool> {
        let list = &self.attendees;
        list.iter()
            .map(|a| {
                !a.name.is_empty()
                    && list
                        .iter()
                        .any(|b| b.scores != a.scores && same_name(&a.name, &b.name))
            })
            .collect()
    }

    /// The positions of the attendees who count as people in the room: every attendee
    /// but those whose code an earlier one already has.
    pub fn counted(&self) -> Vec<usize> {
        let mut counted = Vec::with_capacity(self.attendees.len());
        for (index, duplicate) in self.duplicates().into_iter().enumerate() {
            if !matches!(duplicate, Some(Duplicate::SameCode(_))) {
                counted.push(index);
            }
        }
        counted
    }

    /// The positions of every attendee with the same code as the one at `index` (itself
    /// included), in list order: the lines that are one person.
    pub fn same_person(&self, index: usize) -> Vec<usize> {
        let mut lines = Vec::new();
        if let Some(person) = self.attendees.get(index) {
            for (other, attendee) in self.attendees.iter().enumerate() {
                if attendee.scores == person.scores {
                    lines.push(other);
                }
            }
        }
        lines
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

/// One pasted line, with whether its name was cut to [`NAME_LIMIT`]: `Ok(None)` for a
/// blank or header line.
fn read_line(line: &str) -> Result<Option<(Attendee, bool)>, ShareCodeError> {
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
    // Letters and digits, or their full-width forms as a Japanese input method types them.
    let code_like = |c: char| c.is_ascii_alphanumeric() || ('０'..='ｚ').contains(&c);
    let read = if code.chars().any(code_like) {
        share_code::decode(code)
    } else {
        Err(ShareCodeError::NoCode)
    };
    match read {
        Ok(scores) => {
            let (name, cut) = clean_name(name);
            let name = name.to_owned();
            Ok(Some((Attendee { name, scores }, cut)))
        }
        Err(problem) => loosely(line)
            .or_else(|| in_a_sentence(line))
            .map(Some)
            .ok_or_else(|| mistyped_code(line).unwrap_or(no_code_unless_shaped(problem, line))),
    }
}

/// A problem with a character of the line is about a code only where the line holds
/// something shaped like one (five of a code's characters together, a group as the card
/// shows it); otherwise the line has no code: 「田中 太郎 10:02」 is said to hold none,
/// not that 田 is no code character.
fn no_code_unless_shaped(problem: ShareCodeError, line: &str) -> ShareCodeError {
    let shaped = code_tokens(line).iter().any(|token| token.2 >= 5);
    match problem {
        ShareCodeError::UnknownCharacter(_) if !shaped => ShareCodeError::NoCode,
        other => other,
    }
}

/// A code written inside a sentence, as a chat message holds it (「高橋です。CODE
/// よろしくお願いします」, 「コードはCODEです」): one or two neighbouring runs of a code's
/// characters that read as a code, check character and all. The name is what comes
/// before the code when it reads as a name (`name_before`); otherwise none.
fn in_a_sentence(line: &str) -> Option<(Attendee, bool)> {
    let tokens = code_tokens(line);
    for (i, &(start, _, _)) in tokens.iter().enumerate() {
        // The code, or its two halves apart by spaces.
        for &(_, end, _) in tokens.iter().skip(i).take(2) {
            let Ok(scores) = share_code::decode(&line[start..end]) else {
                continue;
            };
            let (name, cut) = clean_name(name_before(&line[..start]));
            let name = name.to_owned();
            return Some((Attendee { name, scores }, cut));
        }
    }
    None
}

/// The runs of a code's characters in `line` (letters and digits, half or full width,
/// with the hyphens between them): byte start, byte end, and how many letters and digits.
fn code_tokens(line: &str) -> Vec<(usize, usize, usize)> {
    let letter =
        |c: char| c.is_ascii_alphanumeric() || matches!(c, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ');
    let mut tokens: Vec<(usize, usize, usize)> = Vec::new();
    let mut current: Option<(usize, usize, usize)> = None;
    for (at, c) in line.char_indices() {
        let end = at + c.len_utf8();
        current = match current {
            Some((start, _, count)) if letter(c) => Some((start, end, count + 1)),
            Some((start, last, count)) if matches!(c, '-' | '－' | '‐') => {
                Some((start, last, count))
            }
            _ if letter(c) => {
                tokens.extend(current);
                Some((at, end, 1))
            }
            _ => {
                tokens.extend(current);
                None
            }
        };
    }
    tokens.extend(current);
    tokens
}

/// The name in the text before a code in a sentence: its last clause that says more than
/// the code's own words (コードは, "my code is"), when it says it is a name (高橋です,
/// 山本と申します, 斎藤のコードは, "Emma:") and reads as one: short, no sentence of its own,
/// not a greeting or "I". Nothing otherwise: a wrong name on the projector is worse than
/// 「参加者3」.
fn name_before(before: &str) -> &str {
    const CODE_WORDS: [&str; 5] = ["コードは", "コード", "my code is", "code is", "code"];
    const MARKS: [&str; 6] = ["です", "と申します", "のコードは", "のコード", ":", "："];
    const NOT_NAMES: [&str; 9] = [
        "私",
        "わたし",
        "僕",
        "自分",
        "お疲れ様",
        "お疲れさま",
        "おつかれさま",
        "こんにちは",
        "よろしくお願いします",
    ];
    for clause in before.rsplit(['。', '！', '？', '!', '?']) {
        let mut rest = clause;
        loop {
            rest = rest
                .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '、' | ',' | '，'));
            if rest.is_empty() {
                break;
            }
            if let Some(name) = MARKS.iter().find_map(|mark| without_ending(rest, mark)) {
                let name = name.trim();
                let reads_as_name = !name.is_empty()
                    && name.chars().count() <= 16
                    && !name.contains(['.', ',', '、', '，'])
                    && !NOT_NAMES.contains(&name);
                return if reads_as_name { name } else { "" };
            }
            match CODE_WORDS
                .iter()
                .find_map(|word| without_ending(rest, word))
            {
                Some(shorter) => rest = shorter,
                None => return "",
            }
        }
    }
    ""
}

/// `text` without `word` at its end (ASCII letters in any case), if it ends so.
fn without_ending<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let at = text.len().checked_sub(word.len())?;
    let tail = text.get(at..)?;
    tail.eq_ignore_ascii_case(word).then(|| &text[..at])
}

/// When no part of the line reads as a code: a part that has a code's shape but a
/// mistyped character, so that `松本 3AXV2TQMJX` is said to hold a typo rather than "松
/// is not a code character".
fn mistyped_code(line: &str) -> Option<ShareCodeError> {
    line.split(APART)
        .find_map(|part| match share_code::decode(part.trim()) {
            Err(problem @ (ShareCodeError::CheckFailed | ShareCodeError::ScoresImpossible)) => {
                Some(problem)
            }
            _ => None,
        })
}

/// A name as written before its code, without the words that only say the code comes
/// (「佐藤のコードは」, "Emma: my code is") and the separators around it.
fn without_code_words(clause: &str) -> &str {
    const SAY_NOTHING: [&str; 9] = [
        "です",
        "と申します",
        "のコードは",
        "のコード",
        "コードは",
        "コード",
        "my code is",
        "code is",
        "code",
    ];
    let mut name = clause;
    loop {
        name = name.trim_matches(|c: char| c.is_whitespace() || APART.contains(&c));
        let said = SAY_NOTHING
            .iter()
            .find_map(|word| without_ending(name, word));
        match said {
            Some(rest) => name = rest,
            None => return name,
        }
    }
}

/// What people put between a name and a code: a space, a colon, 、 or a comma, in half or
/// full width, or a tab.
const APART: [char; 8] = [' ', '\u{3000}', ':', '：', '、', ',', '，', '\t'];

/// A line as people paste it from a chat or a note: the name and the code apart by a
/// space, a colon or 、 (`伊藤 大輔: CODE`, `Mia Suzuki CODE`), or the code first
/// (`CODE,name`). The code is the part that reads as one, check character and all, so
/// a name is never taken for a code; the first place that splits the line so is taken.
fn loosely(line: &str) -> Option<(Attendee, bool)> {
    for (at, c) in line.char_indices() {
        if !APART.contains(&c) {
            continue;
        }
        let (head, tail) = (&line[..at], &line[at + c.len_utf8()..]);
        for (name, code) in [(head, tail), (tail, head)] {
            let (name, cut) = clean_name(without_code_words(name));
            if name.is_empty() {
                continue;
            }
            if let Ok(scores) = share_code::decode(code.trim()) {
                let name = name.to_owned();
                return Some((Attendee { name, scores }, cut));
            }
        }
    }
    None
}

/// A name as kept: without the spaces around it, the quotes a spreadsheet puts around a
/// name holding a comma (`"Kato, Ken",CODE`), a byte-order mark, and cut to
/// [`NAME_LIMIT`]. Trimmed until nothing more comes off, before and after the cut, so that
/// a kept name reads back as itself from the saved list (a cut can leave a quote or a
/// space at the end). With whether it was cut.
fn clean_name(raw: &str) -> (&str, bool) {
    fn settle(mut name: &str) -> &str {
        loop {
            let next = name.trim_start_matches('\u{FEFF}').trim().trim_matches('"');
            if next == name {
                return name;
            }
            name = next;
        }
    }
    let settled = settle(raw);
    let cut = cut_to_limit(settled);
    (settle(cut), cut.len() < settled.len())
}

/// The first [`NAME_LIMIT`] characters of `name`.
fn cut_to_limit(name: &str) -> &str {
    match name.char_indices().nth(NAME_LIMIT) {
        Some((end, _)) => name.get(..end).unwrap_or(name),
        None => name,
    }
}
