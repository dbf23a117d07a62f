//! What the worksheet adds up to: which sections are filled and how much of each is
//! shared, whether the person is ready for the interview (a vision stated, an action that
//! passes both tests, the autonomy conditions that hold), and the rehearsal's questions
//! with the person's current answers. What goes on the printed sheet is `sheet`.

use chrono::NaiveDate;

use crate::domain::commitment::Settings;
use crate::domain::commitments::SavedCommitment;
use crate::domain::document::Document;

pub use super::action_checks::action_passes;
use super::action_checks::ActionChecks;
use super::SelfRating;

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

/// How much of what is written in a section goes on the shared sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sharing {
    /// Everything written in it is shared.
    Shared,
    /// Some of it is shared, some kept to oneself.
    Partly,
    /// All of it is kept to oneself.
    Private,
}

/// How much of what is written in `section` the person shares: `None` while nothing in
/// it is written, for the interview's own details (a), which have no share choice (its
/// date and kind head the sheet), and for what must not be passed on (k), whose choice is
/// another one: put on the sheet for the interviewer, or said in person, never "shared".
pub fn sharing(document: &Document, section: Section) -> Option<Sharing> {
    let w = &document.worksheet;
    // The share choice of each written entry of the section.
    let note = |note: &super::Note| note.is_written().then_some(note.shared);
    let items = |entries: Vec<(bool, bool)>| {
        entries
            .into_iter()
            .filter(|(empty, _)| !empty)
            .map(|(_, shared)| Some(shared))
            .collect::<Vec<_>>()
    };
    let choices: Vec<Option<bool>> = match section {
        Section::Interview | Section::Confidential => Vec::new(),
        Section::LookingBack => {
            let mut c = items(w.roles.iter().map(|r| (r.is_empty(), r.shared)).collect());
            c.push(note(&w.strengths));
            c
        }
        Section::Moments => items(w.moments.iter().map(|m| (m.is_empty(), m.shared)).collect()),
        Section::Values => vec![
            note(&w.values),
            document.anchors.history.latest().map(|_| w.share_anchors),
        ],
        Section::Autonomy => vec![is_filled(document, section).then_some(w.autonomy.shared)],
        Section::Vision => vec![(!w.vision.is_empty()).then_some(w.vision.shared)],
        Section::GainsLosses => {
            let gains = w.gains.iter().chain(&w.losses);
            let mut c = items(gains.map(|g| (g.is_empty(), g.shared)).collect());
            c.push(note(&w.even_if_fails));
            c
        }
        // As the sheet has them: only a plan with both halves.
        Section::Obstacles => items(
            w.obstacles
                .iter()
                .map(|o| (!o.is_plan(), o.shared))
                .collect(),
        ),
        Section::Actions => items(
            document
                .commitments
                .saved
                .iter()
                .map(|a| (a.text.trim().is_empty(), a.shared))
                .collect(),
        ),
        Section::Support => vec![note(&w.support)],
    };
    let written: Vec<bool> = choices.into_iter().flatten().collect();
    match (written.iter().any(|s| *s), written.iter().all(|s| *s)) {
        _ if written.is_empty() => None,
        (true, true) => Some(Sharing::Shared),
        (true, false) => Some(Sharing::Partly),
        (false, _) => Some(Sharing::Private),
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

/// A question the interviewer is likely to ask, in the order an interview goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    /// What do you value at work; what will you not give up?
    Values,
    /// What comes easily to you that others find hard?
    Strengths,
    /// What made you think about changing?
    Trigger,
    /// Where do you see yourself in a few years?
    Vision,
    /// What will you do, and from when?
    Actions,
    /// What if it does not go as planned?
    Setbacks,
    /// What support do you need?
    Support,
}

impl Question {
    pub const ALL: [Question; 7] = [
        Question::Values,
        Question::Strengths,
        Question::Trigger,
        Question::Vision,
        Question::Actions,
        Question::Setbacks,
        Question::Support,
    ];

    /// The worksheet section where the answer is written.
    pub fn section(self) -> Section {
        match self {
            Question::Values => Section::Values,
            Question::Strengths => Section::LookingBack,
            Question::Trigger => Section::Moments,
            Question::Vision => Section::Vision,
            Question::Actions => Section::Actions,
            Question::Setbacks => Section::Obstacles,
            Question::Support => Section::Support,
        }
    }
}

/// One rehearsal question with the person's current answer, as lines of text; an empty
/// answer is a gap to fill. `weak` marks answers that exist but would not yet satisfy
/// the interviewer (actions none of which passes both tests).
#[derive(Clone, Debug, PartialEq)]
pub struct Rehearsal {
    pub question: Question,
    pub answer: Vec<AnswerLine>,
    pub weak: bool,
}

/// A line of an answer, and whether it is shared with the interviewer: the rehearsal holds
/// every entry (it is for the person alone) and marks those kept to oneself, which the
/// person may decide not to volunteer.
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerLine {
    pub text: String,
    pub shared: bool,
    /// An action that does not pass both tests yet: marked, so that the person does not
    /// rehearse it as it stands without knowing.
    pub not_passing: bool,
}

/// The rehearsal: every question with what the worksheet holds for it today.
pub fn rehearsal(document: &Document, today: NaiveDate, settings: &Settings) -> Vec<Rehearsal> {
    let w = &document.worksheet;
    let line = |t: &str, shared: bool| {
        let text = t.trim();
        (!text.is_empty()).then(|| AnswerLine {
            text: text.to_owned(),
            shared,
            not_passing: false,
        })
    };
    let note = |n: &super::Note| line(&n.text, n.shared);
    Question::ALL
        .iter()
        .map(|&question| {
            let mut weak = false;
            let answer: Vec<AnswerLine> = match question {
                Question::Values => note(&w.values).into_iter().collect(),
                Question::Strengths => note(&w.strengths)
                    .into_iter()
                    .chain(w.roles.iter().filter_map(|r| line(&r.achieved, r.shared)))
                    .collect(),
                Question::Trigger => w
                    .moments
                    .iter()
                    .filter_map(|m| line(&m.what, m.shared).or_else(|| line(&m.wanted, m.shared)))
                    .collect(),
                Question::Vision => line(&w.vision.doing, w.vision.shared).into_iter().collect(),
                Question::Actions => {
                    let written: Vec<&SavedCommitment> = document
                        .commitments
                        .saved
                        .iter()
                        .filter(|a| !a.text.trim().is_empty())
                        .collect();
                    let lines: Vec<AnswerLine> = written
                        .iter()
                        .filter_map(|a| {
                            let not_passing = !action_passes(a, today, settings);
                            line(&a.text, a.shared).map(|l| AnswerLine { not_passing, ..l })
                        })
                        .collect();
                    weak = !lines.is_empty() && lines.iter().all(|l| l.not_passing);
                    lines
                }
                Question::Setbacks => w
                    .obstacles
                    .iter()
                    .filter(|o| !o.is_empty())
                    .filter_map(|o| {
                        let text = match (o.when.trim(), o.then.trim()) {
                            (when, "") => when.to_owned(),
                            ("", then) => then.to_owned(),
                            (when, then) => format!("{when} → {then}"),
                        };
                        line(&text, o.shared)
                    })
                    .chain(note(&w.even_if_fails))
                    .collect(),
                Question::Support => note(&w.support).into_iter().collect(),
            };
            Rehearsal {
                question,
                answer,
                weak,
            }
        })
        .collect()
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
        .map(|(index, (action, &passes))| {
            on_sheet += usize::from(action.shared);
            (index + 1, action.shared.then_some(on_sheet), passes)
        })
        .collect()
}
