//! How far the preparation has got, for the home screen to tell someone coming back in a
//! short break what is saved and where to carry on: the self-assessment under way or its
//! result, and the worksheet's sections with something written.

use chrono::NaiveDate;

use crate::domain::anchors::Stage;
use crate::domain::document::Document;
use crate::domain::worksheet::readiness::{is_filled, Section};

/// What home says is saved, part by part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    /// The self-assessment under way (something answered or picked), at its stage.
    pub assessment: Option<Stage>,
    /// The day of the latest result, when there is one.
    pub result_on: Option<NaiveDate>,
    /// The worksheet's sections with something written, as its overview counts them (a
    /// result counts for d, as the overview shows it there), once the person has written
    /// something of their own: a result alone has not begun the worksheet.
    pub sections_written: usize,
}

impl Progress {
    /// Nothing to say: a first visit, or only settings, a training list or a card's name.
    pub fn is_empty(&self) -> bool {
        self.assessment.is_none() && self.result_on.is_none() && self.sections_written == 0
    }
}

/// The worksheet's number of sections, for "3 of 11".
pub const SECTIONS: usize = Section::ALL.len();

/// How far `document` has got.
pub fn progress(document: &Document) -> Progress {
    let anchors = &document.anchors;
    let filled: Vec<Section> = Section::ALL
        .into_iter()
        .filter(|&section| is_filled(document, section))
        .collect();
    let result_alone = filled == [Section::Values] && !document.worksheet.values.is_written();
    Progress {
        assessment: (!anchors.current.is_untouched()).then(|| anchors.current.stage()),
        result_on: anchors.history.latest().map(|result| result.date()),
        sections_written: if result_alone { 0 } else { filled.len() },
    }
}
