//! The self-assessment screen: forty statements rated 1–6 a page at a time (one at a
//! time on narrow screens), then the three most true picked. Every answer is saved as
//! it is given; coming back resumes at the first unanswered statement.

mod picking;
mod rating;

use leptos::prelude::*;

use crate::app::AppState;
use crate::components::kit::*;
use crate::domain::anchors::StatementId;
use crate::domain::lang::Lang;
use crate::i18n::anchors::AnchorMsg;
use crate::i18n::assessment::AssessMsg;

/// The self-assessment in `lang`.
pub fn assessment_page(lang: Lang, app: AppState) -> AnyView {
    let t = move |msg: AssessMsg| msg.text(lang);
    let answered = Signal::derive(move || app.document.with(|d| d.anchors.current.answers.answered_count() as u32));
    view! {
        <article class="assessment">
            {h1("assessment-heading", t(AssessMsg::Title))}
            {para("lead", t(AssessMsg::Intro))}
            {para("", format!("{} {}", AnchorMsg::RatingInstruction.text(lang), t(AssessMsg::KeyboardHint)))}
            <div class="progress">
                <label for="assessment-progress">{t(AssessMsg::Answered)}</label>
                <progress id="assessment-progress" max=StatementId::COUNT value=answered></progress>
                <span class="progress-count" data-testid="progress">
                    {dyn_text(move || format!("{} / {}", answered.get(), StatementId::COUNT))}
                </span>
            </div>
            {dynamic(move || if app.ui.picking.get() {
                picking::picking_step(lang, app)
            } else {
                rating::rating_step(lang, app)
            })}
        </article>
    }
    .into_any()
}
