//! The home screen: what Jiritsu is for, who it is for, that everything stays on this
//! device, and where to start. It is all fixed text and links, so it is plain markup.

use leptos::prelude::*;

use crate::app::AppState;
use crate::components::kit::{fragment, inert, nothing, region, Piece};
use crate::domain::lang::Lang;
use crate::i18n::assessment::AssessMsg;
use crate::i18n::data::DataMsg;
use crate::i18n::{route_label, Msg};
use crate::markup::Html;
use crate::route::Route;

/// The home screen in `lang`.
pub fn home_page(lang: Lang, app: AppState) -> Piece {
    let t = move |msg: Msg| msg.text(lang);
    let mut h = Html::new();
    h.open("article", &[("class", "home")]);
    h.open("section", &[("class", "hero")]);
    h.leaf_with(
        "h1",
        &[("id", "home-heading"), ("tabindex", "-1")],
        t(Msg::HomeHeading),
    );
    h.leaf("p", "lead", t(Msg::HomeLead)).close("section");

    h.open(
        "section",
        &[
            ("class", "card privacy"),
            ("aria-labelledby", "home-privacy"),
        ],
    );
    h.leaf_with("h2", &[("id", "home-privacy")], t(Msg::HomePrivacyHeading));
    h.leaf("p", "", t(Msg::HomePrivacyBody)).close("section");

    h.open("section", &[("aria-labelledby", "home-start")]);
    h.leaf_with("h2", &[("id", "home-start")], t(Msg::HomeStartHeading));
    h.leaf("p", "", t(Msg::HomeStartBody));
    start_links(&mut h, lang, app);
    h.close("section");

    for (id, title, tag, items) in [
        (
            "home-steps",
            Msg::HomeStepsHeading,
            "ol",
            [
                Msg::HomeStepValues,
                Msg::HomeStepVision,
                Msg::HomeStepAction,
            ],
        ),
        (
            "home-who",
            Msg::HomeWhoHeading,
            "ul",
            [Msg::HomeWhoEmployee, Msg::HomeWhoTraining, Msg::HomeWhoHr],
        ),
    ] {
        h.open("section", &[("aria-labelledby", id)])
            .leaf_with("h2", &[("id", id)], t(title));
        h.open(tag, &[("class", "points")]);
        for item in items {
            h.leaf("li", "", t(item));
        }
        h.close(tag).close("section");
    }
    let welcome = region(move || {
        let mut h = Html::new();
        match app.host.config.with(|c| c.welcome_note.clone()) {
            Some(note) => {
                h.open(
                    "section",
                    &[
                        ("class", "card welcome"),
                        ("aria-labelledby", "home-welcome"),
                    ],
                );
                let heading = DataMsg::WelcomeHeading.text(lang);
                h.leaf_with("h2", &[("id", "home-welcome")], heading);
                h.leaf("p", "welcome-note", &note).close("section");
                h.finish()
            }
            None => nothing(),
        }
    });
    fragment(vec![welcome, inert(h.close("article").finish())])
}

/// A link to each screen; the self-assessment says "continue" when one is in progress,
/// and the results appear once there is one.
fn start_links(h: &mut Html, lang: Lang, app: AppState) {
    let (in_progress, has_result) = app.document.with_untracked(|document| {
        (
            !document.anchors.current.is_untouched(),
            !document.anchors.history.is_empty(),
        )
    });
    h.open("ul", &[("class", "start-list")]);
    let mut first = true;
    for &route in Route::ALL {
        let label = match route {
            Route::Home | Route::Card | Route::Sheet | Route::Rehearsal => continue,
            Route::Assessment if in_progress => AssessMsg::ContinueAssessment.text(lang),
            Route::Assessment => AssessMsg::Start.text(lang),
            Route::Result if !has_result => continue,
            _ => route_label(route, lang),
        };
        let class = if first { "button primary" } else { "button" };
        first = false;
        let href = format!("#{}", route.hash());
        h.open("li", &[])
            .leaf_with("a", &[("class", class), ("href", &href)], label)
            .close("li");
    }
    h.close("ul");
}
