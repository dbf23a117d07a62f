//! Screen state that is not saved but must outlive a redraw of a screen: which statement
//! the self-assessment is at, which confirmation is open, and the like. What must
//! survive a reload lives in the saved document instead.

use leptos::prelude::*;

use crate::components::kit::put;
use crate::domain::anchors::StatementId;
use crate::domain::document::Document;

/// Screen state that is not saved but must outlive a rebuild of the page (pages are
/// rebuilt when the language changes).
#[derive(Clone, Copy)]
pub struct UiState {
    /// The statement the self-assessment is at; its page is shown.
    pub cursor: RwSignal<StatementId>,
    /// True in the "most true" step of the self-assessment.
    pub picking: RwSignal<bool>,
    /// True on narrow screens, where the self-assessment shows one statement at a time.
    pub narrow: RwSignal<bool>,
    /// Which past result the result screen shows; `None` for the latest.
    pub result_index: RwSignal<Option<usize>>,
    /// Which "are you sure?" question is open (one at a time), e.g. `retake`.
    pub confirming: RwSignal<Option<String>>,
    /// The "most true" step shows every statement, not only the highest rated.
    pub show_all_statements: RwSignal<bool>,
    /// A fourth "most true" pick was just refused.
    pub pick_refused: RwSignal<bool>,
    /// The person asked to go on with statements still unanswered: list them.
    pub show_unanswered: RwSignal<bool>,
    /// The past result the shown one is compared with.
    pub compare_to: RwSignal<Option<usize>>,
    /// The check screen's draft was just saved.
    pub commitment_saved: RwSignal<bool>,
    /// "Ask me later": no follow-up question for the rest of this visit.
    pub follow_up_later: RwSignal<bool>,
    /// A follow-up answer was recorded during this visit.
    pub follow_up_answered: RwSignal<bool>,
}

impl UiState {
    /// Where the self-assessment resumes: the first unanswered statement, or the
    /// "most true" step once every statement has an answer.
    pub fn resume_assessment(&self, document: &Document) {
        let answers = &document.anchors.current.answers;
        let first = answers.first_unanswered();
        put(self.cursor, first.unwrap_or(StatementId::FIRST));
        put(self.picking, first.is_none());
    }

    /// Closes what a screen had opened, when another screen opens.
    pub(crate) fn leave_screen(&self) {
        put(self.confirming, None);
        put(self.show_all_statements, false);
        put(self.pick_refused, false);
        put(self.show_unanswered, false);
        put(self.compare_to, None);
        put(self.commitment_saved, false);
    }
}
