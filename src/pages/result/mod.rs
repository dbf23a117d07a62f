//! The result screen: the anchor (or the tied anchors) in words, all eight scores as
//! bars and a radar chart with a table for screen readers, what the top anchor suggests
//! for the interview and the vision, what matters least, the caveat, and the history.
//! The result itself is fixed text, so it is plain markup; only the history is interactive.

mod chart;
mod history;

pub use history::{on_change, on_click};

use leptos::prelude::*;

use crate::app::AppState;
use crate::components::kit::*;
use crate::domain::anchors::CompletedAssessment;
use crate::domain::lang::Lang;
use crate::i18n::anchors::{
    description, interview_topics, label, vision_hint, when_lowest, AnchorMsg,
};
use crate::i18n::assessment::{date_text, AssessMsg};
use crate::markup::{Html, Markup};
use crate::route::Route;

/// The result screen in `lang`: the chosen past result, or the latest.
pub fn result_page(lang: Lang, app: AppState) -> Piece {
    dynamic(move || {
        let chosen = app.ui.result_index.get();
        app.document.with(|d| {
            let history = &d.anchors.history;
            let index = chosen
                .filter(|&i| i < history.len())
                .or(history.len().checked_sub(1));
            match index.and_then(|i| history.get(i).map(|result| (i, result))) {
                Some((index, result)) => page(
                    "result",
                    vec![
                        inert(result_body(lang, result)),
                        history::actions(lang, app),
                        history::history_section(lang, app, index),
                    ],
                ),
                None => inert(no_result(lang)),
            }
        })
    })
}

/// Everything that prints: the result in words and figures.
pub fn result_body(lang: Lang, result: &CompletedAssessment) -> Markup {
    let t = move |msg: AssessMsg| msg.text(lang);
    let scores = result.scores();
    let top = scores.top();
    let lowest = scores.lowest();
    let dated = match lang {
        Lang::Ja => format!(
            "{}{}",
            date_text(result.date(), lang),
            t(AssessMsg::ResultOf)
        ),
        Lang::En => format!(
            "{}{}",
            t(AssessMsg::ResultOf),
            date_text(result.date(), lang)
        ),
    };
    let mut h = Html::new();
    h.open("div", &[("class", "result-body")]);
    h.leaf_with(
        "h1",
        &[("id", "result-heading"), ("tabindex", "-1")],
        t(AssessMsg::ResultTitle),
    );
    h.leaf("p", "result-date", &dated);

    open_section(
        &mut h,
        "card anchor-summary",
        "your-anchor",
        t(AssessMsg::YourAnchor),
    );
    if top.len() > 1 {
        h.leaf("p", "tie-note", AnchorMsg::TiedTop.text(lang));
    }
    for &anchor in &top {
        h.open(
            "div",
            &[("class", "top-anchor"), ("data-anchor", anchor.code())],
        );
        h.leaf("p", "top-anchor-name", label(anchor, lang))
            .leaf("p", "", description(anchor, lang))
            .close("div");
    }
    h.close("section");

    chart::scores_section(&mut h, lang, scores);

    for (id, title, text_of) in [
        (
            "interview-heading",
            AssessMsg::InterviewHeading,
            interview_topics as fn(_, _) -> _,
        ),
        ("vision-heading", AssessMsg::VisionHeading, vision_hint),
    ] {
        open_section(&mut h, "", id, t(title));
        for &anchor in &top {
            h.leaf("p", "", text_of(anchor, lang));
        }
        h.close("section");
    }
    if !lowest.is_empty() {
        open_section(&mut h, "", "lowest-heading", t(AssessMsg::LowestHeading));
        h.open("ul", &[("class", "lowest")]);
        for &anchor in &lowest {
            h.open("li", &[("data-anchor", anchor.code())])
                .leaf("strong", "", label(anchor, lang));
            h.text("：").text(when_lowest(anchor, lang)).close("li");
        }
        h.close("ul").close("section");
    }
    open_section(
        &mut h,
        "card caveat",
        "caveat-heading",
        t(AssessMsg::CaveatHeading),
    );
    h.leaf("p", "", AnchorMsg::Caveat.text(lang))
        .close("section");
    h.close("div").finish()
}

/// `<section>` labelled by its `<h2>`.
fn open_section(h: &mut Html, class: &str, id: &str, title: &str) {
    h.open("section", &[("class", class), ("aria-labelledby", id)])
        .leaf_with("h2", &[("id", id)], title);
}

pub(crate) fn no_result(lang: Lang) -> Markup {
    let href = format!("#{}", Route::Assessment.hash());
    let mut h = Html::new();
    h.open("div", &[("class", "result")]);
    h.leaf_with(
        "h1",
        &[("id", "result-heading"), ("tabindex", "-1")],
        AssessMsg::ResultTitle.text(lang),
    );
    h.leaf("p", "", AssessMsg::NoResult.text(lang));
    h.open("p", &[]).leaf_with(
        "a",
        &[("class", "button primary"), ("href", &href)],
        AssessMsg::Start.text(lang),
    );
    h.close("p").close("div").finish()
}
