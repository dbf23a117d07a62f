//! How much of what is written in each section goes on the shared sheet: all of it,
//! part of it or none, by the share choice of every written entry.

use super::{is_filled, Section};
use crate::domain::document::Document;

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
    let note = |note: &crate::domain::worksheet::Note| note.is_written().then_some(note.shared);
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
