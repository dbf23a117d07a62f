//! The rehearsal: the questions an interviewer is likely to ask, in the order an
//! interview goes, each with the person's current answer from the worksheet and whether
//! it would satisfy the interviewer yet.

use chrono::NaiveDate;

use super::{action_passes, Section};
use crate::domain::commitment::Settings;
use crate::domain::commitments::SavedCommitment;
use crate::domain::document::Document;

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
    let note = |n: &crate::domain::worksheet::Note| line(&n.text, n.shared);
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
