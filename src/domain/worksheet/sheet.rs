//! The sheet the person prints or copies for the interview: what it holds for the shared
//! sheet (only what the person shares) or the private copy (everything, with what is kept
//! to oneself marked).

use chrono::NaiveDate;

use crate::domain::anchors::Anchor;
use crate::domain::commitments::{FollowUp, SavedCommitment};
use crate::domain::document::Document;

use super::readiness::Section;
use super::{Obstacle, SelfRating};

/// Which entries a printed sheet holds: only those the person shares, or all of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetScope {
    Shared,
    Everything,
}

/// What the printed sheet holds. Each part is empty when nothing of it is written or
/// (for the shared sheet) nothing of it is shared; the screen leaves empty parts out.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// The name for the header, when written.
    pub name: Option<String>,
    pub interview_kind: Option<String>,
    pub interview_date: Option<NaiveDate>,
    /// Whether the manager conducts the interview (`Interview::manager_conducts`): then
    /// the manager reads the sheet, and a note on it speaks to them.
    pub manager_reads: bool,
    /// The latest result's top three anchors with their places (`Scores::place`),
    /// highest first; ties keep their order.
    pub anchors: Vec<(u8, Anchor)>,
    pub values: Option<String>,
    pub strengths: Option<String>,
    pub vision_year: i32,
    pub vision: Option<[String; 3]>,
    pub actions: Vec<SheetAction>,
    pub obstacles: Vec<Obstacle>,
    pub support: Option<String>,
    /// The parts that start kept to oneself: on the shared sheet once marked shared, on
    /// the full private copy always.
    pub roles: Vec<super::Role>,
    pub moments: Vec<super::Moment>,
    pub gains: Vec<super::Weighed>,
    pub losses: Vec<super::Weighed>,
    pub even_if_fails: Option<String>,
    pub autonomy: Option<[Option<SelfRating>; 3]>,
    pub confidential: Option<String>,
    /// On the private copy, the parts on it that the person keeps to themselves (list
    /// items and actions carry their own `shared`): marked so on paper. Empty on the
    /// shared sheet.
    pub private: Vec<SheetPart>,
}

/// A part of the sheet that is one entry of the worksheet, with one share choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetPart {
    Anchors,
    Values,
    Strengths,
    Vision,
    Support,
    EvenIfFails,
    Autonomy,
}

/// One action on the sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetAction {
    pub text: String,
    pub start_date: Option<NaiveDate>,
    /// Whether the start is a deadline to begin by.
    pub start_by: bool,
    /// The latest answer to "did you start?", once there is one: the next interview
    /// hears what became of the action, not only what was planned. Its `asked` is always
    /// set here, to the words it was given in (`SavedCommitment::wording_of`).
    pub latest: Option<FollowUp>,
    /// The latest answer about the action before it was rewritten, whose text it keeps
    /// (`earlier_text`; `asked` set as in `latest`): what the earlier plan came to.
    pub earlier: Option<FollowUp>,
    /// The day the action was last rewritten, after the day it was saved.
    pub rewritten_on: Option<NaiveDate>,
    /// Whether the person shares it (on the private copy, one may not be).
    pub shared: bool,
    /// The day it was set aside, if it was: the next interview hears that too.
    pub set_aside: Option<NaiveDate>,
}

/// `answer` of `action`, with the words it was given in set (`asked`) and, for one about
/// an earlier plan, the text it answered trimmed.
fn in_its_words(action: &SavedCommitment, answer: &FollowUp) -> FollowUp {
    FollowUp {
        asked: Some(action.wording_of(answer)),
        earlier_text: action.earlier_text(answer).unwrap_or_default().to_owned(),
        ..answer.clone()
    }
}

/// The sheet of `document` for `scope`, as of `today` (for the vision's default year).
pub fn sheet(document: &Document, scope: SheetScope, today: NaiveDate) -> Sheet {
    let w = &document.worksheet;
    let take = |shared: bool| scope == SheetScope::Everything || shared;
    let note = |note: &super::Note| {
        (take(note.shared) && note.is_written()).then(|| note.text.trim().to_owned())
    };
    let anchors = if take(w.share_anchors) {
        document
            .anchors
            .history
            .latest()
            .map(|result| result.scores().top_three_placed())
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let everything = scope == SheetScope::Everything;
    let name = w.interview.name.trim();
    Sheet {
        name: (!name.is_empty()).then(|| name.to_owned()),
        interview_kind: w.interview.kind.clone(),
        interview_date: w.interview.date,
        manager_reads: w.interview.manager_conducts(),
        anchors,
        values: note(&w.values),
        strengths: note(&w.strengths),
        vision_year: w.vision.year_or_default(today),
        vision: (take(w.vision.shared) && !w.vision.is_empty()).then(|| {
            [&w.vision.doing, &w.vision.for_whom, &w.vision.seen_as].map(|t| t.trim().to_owned())
        }),
        actions: document
            .commitments
            .saved
            .iter()
            .filter(|a| take(a.shared) && !a.text.trim().is_empty())
            .map(|a| SheetAction {
                text: a.text.trim().to_owned(),
                start_date: a.start_date,
                start_by: a.start_by,
                // An answer about a plan made since anew (a start after it) is left out,
                // unless the text it answered was kept: then it says so (`earlier`).
                latest: a.latest_answer().map(|answer| in_its_words(a, answer)),
                earlier: a
                    .latest_earlier_answer()
                    .map(|answer| in_its_words(a, answer)),
                rewritten_on: a.rewritten_on,
                shared: a.shared,
                set_aside: a.set_aside,
            })
            .collect(),
        // Only a plan with both halves reads as one (`if_then`); half of one is left out.
        obstacles: kept(&w.obstacles, take, |o| o.shared, |o| !o.is_plan()),
        support: note(&w.support),
        roles: kept(&w.roles, take, |r| r.shared, |r| r.is_empty()),
        moments: kept(&w.moments, take, |m| m.shared, |m| m.is_empty()),
        gains: kept(&w.gains, take, |g| g.shared, |g| g.is_empty()),
        losses: kept(&w.losses, take, |g| g.shared, |g| g.is_empty()),
        even_if_fails: note(&w.even_if_fails),
        autonomy: (take(w.autonomy.shared)
            && (everything
                || w.autonomy.performs.is_some()
                || w.autonomy.vision.is_some()
                || w.autonomy.acting.is_some()))
        .then_some([w.autonomy.performs, w.autonomy.vision, w.autonomy.acting]),
        confidential: note(&w.confidential),
        private: if everything {
            [
                (SheetPart::Anchors, w.share_anchors),
                (SheetPart::Values, w.values.shared),
                (SheetPart::Strengths, w.strengths.shared),
                (SheetPart::Vision, w.vision.shared),
                (SheetPart::Support, w.support.shared),
                (SheetPart::EvenIfFails, w.even_if_fails.shared),
                (SheetPart::Autonomy, w.autonomy.shared),
            ]
            .into_iter()
            .filter(|(_, shared)| !shared)
            .map(|(part, _)| part)
            .collect()
        } else {
            Vec::new()
        },
    }
}

/// The foot of each printed page: whose sheet it is and which one, so that a second
/// page on its own still says so. `name` first when written, then `separator` and `title`.
/// A name too long for the foot's line is cut at `FOOT_NAME_CHARS` with …; a character
/// that would turn the rest of the line around (a bidirectional control) is left out.
pub fn page_foot(name: &str, separator: &str, title: &str) -> String {
    let name: String = name
        .chars()
        .filter(|c| !is_bidi_control(*c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let name = name.trim();
    let name = match name.char_indices().nth(FOOT_NAME_CHARS) {
        Some((cut, _)) => format!("{}…", name[..cut].trim_end()),
        None => name.to_owned(),
    };
    match name.as_str() {
        "" => title.to_owned(),
        name => format!("{name}{separator}{title}"),
    }
}

/// The most of a name a page's foot holds, beside the title and the page number.
pub const FOOT_NAME_CHARS: usize = 40;

/// Marks that change the direction of the text after them (U+200E, U+200F, U+061C,
/// U+202A–U+202E, U+2066–U+2069).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` as a CSS string, quoted, for a stylesheet to show (`content: var(--x)`): a
/// backslash and a quote escaped, a line break as the `\A` escape, other control
/// characters left out.
pub fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\A "),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Sheet {
    /// Every text the person wrote on the sheet, with its section, what must not be passed
    /// on (k) aside: what the notes above the sheet read (the words k shares with the rest,
    /// `overlap`; the topics often kept from a manager, `sensitive`; the parts in the other
    /// language, `sheet_language`). The vision's three parts, each half of an obstacle and
    /// the note with an action's latest follow-up answer (typed in the follow-up notice,
    /// printed under the action) are texts of their own, and so are the text and the note
    /// of the answer about the action before it was rewritten.
    pub fn written_parts(&self) -> Vec<(Section, &str)> {
        let mut parts: Vec<(Section, &str)> = Vec::new();
        parts.extend(self.values.as_deref().map(|t| (Section::Values, t)));
        parts.extend(self.strengths.as_deref().map(|t| (Section::LookingBack, t)));
        for text in self.vision.iter().flatten() {
            parts.push((Section::Vision, text.as_str()));
        }
        for action in &self.actions {
            parts.push((Section::Actions, action.text.as_str()));
            // The latest answer's note, and the answer about the action before a rewrite,
            // its text and note, printed under it too.
            for answer in action.latest.iter().chain(&action.earlier) {
                for text in [answer.earlier_text.trim(), answer.note.trim()] {
                    if !text.is_empty() {
                        parts.push((Section::Actions, text));
                    }
                }
            }
        }
        for o in &self.obstacles {
            parts.push((Section::Obstacles, o.when.as_str()));
            parts.push((Section::Obstacles, o.then.as_str()));
        }
        parts.extend(self.support.as_deref().map(|t| (Section::Support, t)));
        // The entries kept to oneself at first, once marked shared.
        for r in &self.roles {
            for text in [&r.period, &r.place, &r.did, &r.achieved] {
                parts.push((Section::LookingBack, text.as_str()));
            }
        }
        for m in &self.moments {
            for text in [&m.what, &m.feeling, &m.wanted] {
                parts.push((Section::Moments, text.as_str()));
            }
        }
        for g in self.gains.iter().chain(&self.losses) {
            parts.push((Section::GainsLosses, g.text.as_str()));
        }
        parts.extend(
            self.even_if_fails
                .as_deref()
                .map(|t| (Section::GainsLosses, t)),
        );
        parts
    }

    /// Whether the sheet holds nothing of the worksheet (its header aside): nothing
    /// written, or on the shared sheet nothing shared.
    pub fn is_empty(&self) -> bool {
        self.anchors.is_empty()
            && self.values.is_none()
            && self.strengths.is_none()
            && self.vision.is_none()
            && self.actions.is_empty()
            && self.obstacles.is_empty()
            && self.support.is_none()
            && self.roles.is_empty()
            && self.moments.is_empty()
            && self.gains.is_empty()
            && self.losses.is_empty()
            && self.even_if_fails.is_none()
            && self.autonomy.is_none()
            && self.confidential.is_none()
    }
}

fn kept<T: Clone>(
    list: &[T],
    take: impl Fn(bool) -> bool,
    shared: impl Fn(&T) -> bool,
    empty: impl Fn(&T) -> bool,
) -> Vec<T> {
    list.iter()
        .filter(|item| take(shared(item)) && !empty(item))
        .cloned()
        .collect()
}
