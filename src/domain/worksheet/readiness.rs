//! What the worksheet adds up to: which sections are filled and how much of each is
//! shared, whether the person is ready for the interview (a vision stated, an action that
//! passes both tests, the autonomy conditions that hold), and the rehearsal's questions
//! with the person's current answers. What goes on the printed sheet is `sheet`.
//!
//! How much of each section is shared is in `sharing`, the rehearsal in `rehearsal`.

mod rehearsal;
mod sharing;

use chrono::NaiveDate;

use crate::domain::commitment::Settings;
use crate::domain::commitments::SavedCommitment;
use crate::domain::document::Document;

pub use super::action_checks::action_passes;
use super::action_checks::ActionChecks;
use super::SelfRating;
pub use rehearsal::{rehearsal, AnswerLine, Question, Rehearsal};
pub use sharing::{sharing, Sharing};

/// The worksheet's sections, in the order of the thinking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Interview,
    LookingBack,
    Moments,
    Values,
    Autonomy,
    Vision,
    GainsLosses,
    Obstacles,
    Actions,
    Support,
    Confidential,
}

impl Section {
    pub const ALL: [Section; 11] = [
        Section::Interview,
        Section::LookingBack,
        Section::Moments,
        Section::Values,
        Section::Autonomy,
        Section::Vision,
        Section::GainsLosses,
        Section::Obstacles,
        Section::Actions,
        Section::Support,
        Section::Confidential,
    ];

    /// The id of the section's element on the screen, for links inside the page.
    pub fn anchor_id(self) -> &'static str {
        match self {
            Section::Interview => "ws-interview",
            Section::LookingBack => "ws-looking-back",
            Section::Moments => "ws-moments",
            Section::Values => "ws-values",
            Section::Autonomy => "ws-autonomy",
            Section::Vision => "ws-vision",
            Section::GainsLosses => "ws-gains-losses",
            Section::Obstacles => "ws-obstacles",
            Section::Actions => "ws-actions",
            Section::Support => "ws-support",
            Section::Confidential => "ws-confidential",
        }
    }

    /// The section whose element has the id `id` (`ws-actions`), if any: a part of the
    /// page asked for by the address, or the place kept from a last visit.
    pub fn from_anchor_id(id: &str) -> Option<Section> {
        Section::ALL
            .into_iter()
            .find(|section| section.anchor_id() == id)
    }

    /// The section's letter, a to k.
    pub fn letter(self) -> char {
        let index = Section::ALL.iter().position(|s| *s == self).unwrap_or(0);
        (b'a' + index as u8) as char
    }
}

/// The interview-readiness summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Readiness {
    /// Each section and whether anything is written in it.
    pub sections: Vec<(Section, bool)>,
    /// The vision says what the person will be doing.
    pub vision_stated: bool,
    /// Actions that pass both tests of a commitment.
    pub passing_actions: usize,
    /// Actions written in all.
    pub actions: usize,
    /// The numbers (1-based, as the worksheet numbers them) of the written actions that do
    /// not pass both tests yet: shared, they go on the sheet as they are.
    pub failing_actions: Vec<usize>,
    /// Those of `failing_actions` marked shared, by their numbers on the shared sheet (which
    /// lists only the shared written actions): on it to the interviewer as they are.
    pub failing_shared: Vec<usize>,
    /// The three autonomy conditions as the person rated them: performs, vision, acting.
    pub autonomy: [Option<SelfRating>; 3],
}

impl Readiness {
    /// Ready when a vision is stated and at least one action passes both tests: what the
    /// interview asks for before it can end.
    pub fn is_ready(&self) -> bool {
        self.vision_stated && self.passing_actions > 0
    }

    /// The sections with nothing written yet, in order.
    pub fn empty_sections(&self) -> Vec<Section> {
        self.sections
            .iter()
            .filter(|(_, filled)| !filled)
            .map(|(section, _)| *section)
            .collect()
    }
}

/// Whether `section` of `document` has something written (the overview's "written").
pub fn is_filled(document: &Document, section: Section) -> bool {
    let w = &document.worksheet;
    let actions = &document.commitments.saved;
    match section {
        Section::Interview => {
            w.interview.kind.is_some()
                || w.interview.date.is_some()
                || w.interview.interviewer.is_some()
        }
        Section::LookingBack => {
            w.strengths.is_written() || w.roles.iter().any(|role| !role.is_empty())
        }
        Section::Moments => w.moments.iter().any(|m| !m.is_empty()),
        Section::Values => w.values.is_written() || document.anchors.history.latest().is_some(),
        Section::Autonomy => {
            w.autonomy.performs.is_some()
                || w.autonomy.vision.is_some()
                || w.autonomy.acting.is_some()
        }
        Section::Vision => !w.vision.is_empty(),
        Section::GainsLosses => {
            w.even_if_fails.is_written()
                || w.gains.iter().chain(&w.losses).any(|item| !item.is_empty())
        }
        Section::Obstacles => w.obstacles.iter().any(|o| !o.is_empty()),
        Section::Actions => actions.iter().any(|a| !a.text.trim().is_empty()),
        Section::Support => w.support.is_written(),
        Section::Confidential => w.confidential.is_written(),
    }
}

/// The readiness of `document` as of `today`.
pub fn readiness(document: &Document, today: NaiveDate, settings: &Settings) -> Readiness {
    readiness_with(document, today, settings, &mut ActionChecks::new())
}

/// [`readiness`], with the actions' verdicts kept in `checks` from one call to the next
/// (a screen that follows the document as it changes checks only what changed).
pub fn readiness_with(
    document: &Document,
    today: NaiveDate,
    settings: &Settings,
    checks: &mut ActionChecks,
) -> Readiness {
    let w = &document.worksheet;
    let actions = &document.commitments.saved;
    let written = checked(actions, &checks.passes_all(actions, today, settings));
    let failing = || written.iter().filter(|(_, _, passes)| !passes);
    Readiness {
        sections: Section::ALL
            .iter()
            .map(|&s| (s, is_filled(document, s)))
            .collect(),
        vision_stated: w.vision.is_stated(),
        passing_actions: written.len() - failing().count(),
        actions: written.len(),
        failing_actions: failing().map(|(number, _, _)| *number).collect(),
        failing_shared: failing().filter_map(|(_, on_sheet, _)| *on_sheet).collect(),
        autonomy: [w.autonomy.performs, w.autonomy.vision, w.autonomy.acting],
    }
}

/// The shared actions that do not pass both tests yet, by their numbers on the shared
/// sheet: [`Readiness::failing_shared`] from the actions alone, for a screen that has
/// them apart from the rest of the document (the sheet's, whose name field would
/// otherwise check every action again at each keystroke).
pub fn failing_shared(
    actions: &[SavedCommitment],
    today: NaiveDate,
    settings: &Settings,
) -> Vec<usize> {
    checked(
        actions,
        &ActionChecks::new().passes_all(actions, today, settings),
    )
    .into_iter()
    .filter(|(_, _, passes)| !passes)
    .filter_map(|(_, on_sheet, _)| on_sheet)
    .collect()
}

/// The shared actions whose follow-up question waits for an answer (their start has
/// passed, and nothing has been said of it since), by their numbers on the shared sheet:
/// the sheet would go out saying only what was planned.
pub fn waiting_on_sheet(actions: &[SavedCommitment], today: NaiveDate) -> Vec<usize> {
    let due: Vec<bool> = actions.iter().map(|a| a.is_due(today)).collect();
    checked(actions, &due)
        .into_iter()
        .filter(|(_, _, due)| *due)
        .filter_map(|(_, on_sheet, _)| on_sheet)
        .collect()
}

/// Each written action with its verdict (`passes`, in the actions' order): its number on
/// the worksheet (which counts every item), its number on the shared sheet (which lists
/// the shared written ones), and whether it passes.
fn checked(actions: &[SavedCommitment], passes: &[bool]) -> Vec<(usize, Option<usize>, bool)> {
    let mut on_sheet = 0;
    actions
        .iter()
        .zip(passes)
        .enumerate()
        .filter(|(_, (action, _))| !action.text.trim().is_empty())
        .filter_map(|(index, (action, &passes))| {
            on_sheet += usize::from(action.shared);
            // Set aside, it is on the sheet as a record (numbered there) but no longer
            // one of the actions being prepared.
            let on_sheet = action.shared.then_some(on_sheet);
            action
                .set_aside
                .is_none()
                .then_some((index + 1, on_sheet, passes))
        })
        .collect()
}
