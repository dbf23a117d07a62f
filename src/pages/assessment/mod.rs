//! The self-assessment screen: forty statements rated 1–6 a page at a time (one at a
//! time on narrow screens), then the three most true picked. Every answer is saved as
//! it is given; coming back resumes at the first unanswered statement.
//!
//! Everything is markup; the shell's delegated listeners hand clicks, changes and key
//! presses to the handlers below, which pass them on to the current step.

mod picking;
mod rating;

use leptos::prelude::*;

use crate::app::AppState;
use crate::components::kit::*;
use crate::domain::anchors::StatementId;
use crate::domain::lang::Lang;
use crate::i18n::anchors::AnchorMsg;
use crate::i18n::assessment::AssessMsg;
use crate::markup::Html;

/// The self-assessment in `lang`.
pub fn assessment_page(lang: Lang, app: AppState) -> Piece {
    let t = move |msg: AssessMsg| msg.text(lang);
    let mut h = Html::new();
    h.open("div", &[("class", "assessment-intro")]);
    h.leaf_with(
        "h1",
        &[("id", "assessment-heading"), ("tabindex", "-1")],
        t(AssessMsg::Title),
    );
    h.leaf("p", "lead", t(AssessMsg::Intro));
    h.leaf(
        "p",
        "",
        &format!(
            "{} {}",
            AnchorMsg::RatingInstruction.text(lang),
            t(AssessMsg::KeyboardHint)
        ),
    );
    let intro = inert(h.close("div").finish());
    let progress = region(move || {
        let answered = app
            .document
            .with(|d| d.anchors.current.answers.answered_count())
            .to_string();
        let (count, total) = (
            format!("{answered} / {}", StatementId::COUNT),
            StatementId::COUNT.to_string(),
        );
        let mut h = Html::new();
        h.open("div", &[("class", "progress")]).leaf_with(
            "label",
            &[("for", "assessment-progress")],
            t(AssessMsg::Answered),
        );
        h.open(
            "progress",
            &[
                ("id", "assessment-progress"),
                ("max", &total),
                ("value", &answered),
            ],
        )
        .close("progress");
        h.leaf_with(
            "span",
            &[("class", "progress-count"), ("data-testid", "progress")],
            &count,
        );
        h.close("div").finish()
    });
    let step = dynamic(move || {
        if app.ui.picking.get() {
            picking::picking_step(lang, app)
        } else {
            rating::rating_step(lang, app)
        }
    });
    page("assessment", vec![intro, progress, step])
}

pub fn on_click(app: AppState, action: &str, element: &web_sys::Element) -> bool {
    if app.ui.picking.get_untracked() {
        picking::on_click(app, action)
    } else {
        rating::on_click(app, action, element)
    }
}

pub fn on_change(app: AppState, event: &web_sys::Event) {
    if app.ui.picking.get_untracked() {
        picking::on_change(app, event);
    } else {
        rating::on_change(app, event);
    }
}

pub fn on_keydown(app: AppState, event: &web_sys::KeyboardEvent) {
    if !app.ui.picking.get_untracked() {
        rating::on_keydown(app, event);
    }
}
