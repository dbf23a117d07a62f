//! What a document holds, part by part: how many items, the latest date, and how many
//! bytes the part takes in the saved text. The "My data" screen lists it, and an import
//! shows it for the data now and the data in the file, side by side.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::document::Document;
use crate::domain::worksheet::readiness::{is_filled, Section};
use crate::domain::worksheet::Worksheet;

/// A part of the saved document, in the order the screen lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The language chosen.
    Settings,
    /// The self-assessment in progress: statements answered.
    Assessment,
    /// Completed self-assessments.
    Results,
    /// Saved commitments (the check screen's draft counts as one more item when not empty).
    Commitments,
    /// The interview-preparation worksheet: entries with something written (its actions
    /// are counted with the commitments).
    Worksheet,
    /// The facilitator's list of attendees for a training session.
    Training,
    /// The name the person put on their training card.
    Card,
}

/// One line of the summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartSummary {
    pub part: Part,
    /// Answers, results or commitments; 1 or 0 for the settings (language chosen or not).
    pub items: usize,
    /// For the commitments: whether one of the items is the check screen's draft, not
    /// yet saved as a commitment.
    pub draft: bool,
    /// For the worksheet: how many of its sections have something written, as its
    /// overview counts them (`readiness::is_filled`), the actions included.
    pub sections: Option<usize>,
    /// The most recent day recorded in the part, when it has one.
    pub latest: Option<NaiveDate>,
    /// Bytes of the part in the saved text, 0 when it holds nothing (the self-assessment
    /// and its results share one field; its size is given on the results line).
    pub bytes: usize,
}

/// The summary of `document`, one line per [`Part`]. A part that holds nothing takes no
/// bytes: an empty part's frame (`"training": "4-6\n"`) is nothing a person saved.
pub fn summarize(document: &Document) -> Vec<PartSummary> {
    let anchors = &document.anchors;
    let commitments = &document.commitments;
    let latest_commitment = commitments
        .saved
        .iter()
        .flat_map(|c| {
            std::iter::once(c.saved_on).chain(c.follow_ups.iter().map(|answer| answer.date))
        })
        .max();
    let answered = anchors.current.answers.answered_count();
    let results = anchors.history.len();
    let has_draft = !commitments.draft.trim().is_empty();
    let commitment_items = commitments
        .saved
        .iter()
        .filter(|c| !c.text.trim().is_empty())
        .count()
        + usize::from(has_draft);
    let worksheet_items = written_entries(&document.worksheet);
    let written_sections = Section::ALL
        .into_iter()
        .filter(|&section| is_filled(document, section))
        .count();
    let attendees = document.training.attendees.len();
    let settings = usize::from(document.settings.language.is_some());
    let card = usize::from(!document.card_name.trim().is_empty());
    vec![
        PartSummary {
            part: Part::Settings,
            items: settings,
            latest: None,
            bytes: size_if(settings > 0, &document.settings),
            draft: false,
            sections: None,
        },
        PartSummary {
            part: Part::Assessment,
            items: answered,
            latest: anchors.current.started,
            bytes: 0,
            draft: false,
            sections: None,
        },
        PartSummary {
            part: Part::Results,
            items: results,
            latest: anchors.history.all().iter().map(|c| c.date()).max(),
            bytes: size_if(answered + results > 0, &document.anchors),
            draft: false,
            sections: None,
        },
        PartSummary {
            part: Part::Commitments,
            items: commitment_items,
            latest: latest_commitment,
            bytes: size_if(commitment_items > 0, &document.commitments),
            draft: has_draft,
            sections: None,
        },
        PartSummary {
            part: Part::Worksheet,
            items: worksheet_items,
            latest: document.worksheet.interview.date,
            bytes: size_if(worksheet_items > 0, &document.worksheet),
            draft: false,
            sections: Some(written_sections),
        },
        PartSummary {
            part: Part::Training,
            items: attendees,
            latest: None,
            bytes: size_if(attendees > 0, &document.training),
            draft: false,
            sections: None,
        },
        PartSummary {
            part: Part::Card,
            items: card,
            latest: None,
            bytes: size_if(card > 0, &document.card_name),
            draft: false,
            sections: None,
        },
    ]
}

/// The bytes of `part` written on its own as the document writes it, when it holds
/// something; else none.
fn size_if(holds_something: bool, part: &impl Serialize) -> usize {
    if holds_something {
        size(part)
    } else {
        0
    }
}

/// The bytes of `part` written on its own as the document writes it.
fn size(part: &impl Serialize) -> usize {
    serde_json::to_string_pretty(part).map_or(0, |text| text.len())
}

/// How many entries of the worksheet have something written or chosen.
fn written_entries(w: &Worksheet) -> usize {
    let notes = [
        &w.strengths,
        &w.values,
        &w.even_if_fails,
        &w.support,
        &w.confidential,
    ]
    .iter()
    .filter(|note| note.is_written())
    .count();
    let ratings = [w.autonomy.performs, w.autonomy.vision, w.autonomy.acting]
        .iter()
        .filter(|r| r.is_some())
        .count();
    notes
        + ratings
        + usize::from(w.interview.kind.is_some())
        + usize::from(w.interview.date.is_some())
        + usize::from(!w.interview.name.trim().is_empty())
        + usize::from(!w.vision.is_empty())
        + w.roles.iter().filter(|x| !x.is_empty()).count()
        + w.moments.iter().filter(|x| !x.is_empty()).count()
        + w.gains
            .iter()
            .chain(&w.losses)
            .filter(|x| !x.is_empty())
            .count()
        + w.obstacles.iter().filter(|x| !x.is_empty()).count()
}

/// Whether a file about to be imported (`incoming`, summarised) holds only older work
/// than what is here (`now`): the latest day something was written in it is before the
/// latest day here. Both days are returned then, to say it in words before anything is
/// replaced (a backup from May over December's notebook). The worksheet's day is the
/// interview's, often still ahead, not a day anything was written, so it is left out.
/// `None` when either records no such day, or the file is as recent or newer.
pub fn older_than_now(
    incoming: &[PartSummary],
    now: &[PartSummary],
) -> Option<(NaiveDate, NaiveDate)> {
    let latest = |lines: &[PartSummary]| {
        let written = lines.iter().filter(|line| line.part != Part::Worksheet);
        written.filter_map(|line| line.latest).max()
    };
    let (file, here) = (latest(incoming)?, latest(now)?);
    (file < here).then_some((file, here))
}

/// True when the document holds nothing the person wrote or chose.
pub fn is_empty(document: &Document) -> bool {
    summarize(document).iter().all(|line| line.items == 0)
}

/// The bytes the notebook takes in storage: none while it is empty (an empty notebook is
/// never written), else the whole saved text. The parts' own sizes add up to less: the
/// text also holds the version, the revision and the empty parts' frames.
pub fn stored_bytes(document: &Document) -> usize {
    if is_empty(document) {
        0
    } else {
        crate::domain::document::encode(document).len()
    }
}

/// Where a field of the saved document lies, for a person: the worksheet's section for a
/// field of the worksheet, else the part. Read from the path the reader names a problem
/// with (`worksheet.support.text`, `anchors.history[2].date`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Part(Part),
    Section(Section),
}

/// The place of the field at `path`; `None` for a path outside the parts a person fills
/// (the version, the revision, a field this version does not know).
pub fn place_of(path: &str) -> Option<Place> {
    let mut segments = path.split(['.', '[']);
    let first = segments.next().unwrap_or_default();
    let second = segments.next().unwrap_or_default();
    let part = match (first, second) {
        ("settings", _) => Part::Settings,
        ("anchors", "current") => Part::Assessment,
        ("anchors", "history") => Part::Results,
        ("commitments", _) => Part::Commitments,
        ("training" | "training_draft", _) => Part::Training,
        ("card_name", _) => Part::Card,
        ("worksheet", field) => {
            let section = match field {
                "interview" => Section::Interview,
                "roles" | "strengths" => Section::LookingBack,
                "moments" => Section::Moments,
                "share_anchors" | "values" => Section::Values,
                "autonomy" => Section::Autonomy,
                "vision" => Section::Vision,
                "gains" | "losses" | "even_if_fails" => Section::GainsLosses,
                "obstacles" => Section::Obstacles,
                "support" => Section::Support,
                "confidential" => Section::Confidential,
                _ => return Some(Place::Part(Part::Worksheet)),
            };
            return Some(Place::Section(section));
        }
        _ => return None,
    };
    Some(Place::Part(part))
}
