//! The attendee's card for a training session, to hold up or read out: the top anchor
//! (or the tied ones) large, each with its two-letter code and a colour, the share code,
//! and its QR code drawn on the device. It is fixed text, so it is plain markup.

use leptos::prelude::*;

use crate::app::AppState;
use crate::components::kit::inert;
use crate::domain::anchors::Scores;
use crate::domain::lang::Lang;
use crate::domain::training::qr::QrCode;
use crate::domain::training::share_code::{encode, grouped};
use crate::i18n::training::TrainMsg;
use crate::markup::{Html, Markup};
use crate::pages::result::no_result;

/// The card of the result the result screen shows (the latest unless another was chosen).
pub fn card_page(lang: Lang, app: AppState) -> AnyView {
    let chosen = app.ui.result_index.get_untracked();
    inert(app.document.with_untracked(|d| {
        let history = &d.anchors.history;
        let index = chosen
            .filter(|&i| i < history.len())
            .or(history.len().checked_sub(1));
        match index.and_then(|i| history.get(i)) {
            Some(result) => card_markup(lang, &result.scores()),
            None => no_result(lang),
        }
    }))
}

fn card_markup(lang: Lang, scores: &Scores) -> Markup {
    let t = move |msg: TrainMsg| msg.text(lang);
    let top = scores.top();
    let code = encode(scores);
    let shown = grouped(&code);
    let mut h = Html::new();
    h.open(
        "article",
        &[
            ("class", "share-card"),
            ("data-anchor", top.first().map_or("", |a| a.code())),
        ],
    );
    h.leaf_with(
        "h1",
        &[("id", "card-heading"), ("tabindex", "-1")],
        t(TrainMsg::CardHeading),
    );
    if top.len() > 1 {
        h.leaf("p", "tie-note", t(TrainMsg::CardTie));
    }
    h.open("ul", &[("class", "card-anchors")]);
    for anchor in top {
        h.open("li", &[("data-anchor", anchor.code())]);
        super::groups::badge(&mut h, anchor, lang);
        h.close("li");
    }
    h.close("ul").open("div", &[("class", "card-code-row")]);
    h.open("div", &[])
        .leaf("p", "card-code-label", t(TrainMsg::CardCode))
        .leaf("p", "card-code", &shown)
        .close("div");
    if let Some(qr) = QrCode::encode(&code) {
        let name = format!("{}{shown}", t(TrainMsg::CardQr));
        h.open(
            "svg",
            &[
                ("class", "qr"),
                ("role", "img"),
                ("aria-label", &name),
                ("viewBox", "0 0 29 29"),
                ("shape-rendering", "crispEdges"),
            ],
        );
        h.open("path", &[("d", &qr.svg_path())]).close("path");
        h.close("svg");
    }
    h.close("div").leaf("p", "card-help", t(TrainMsg::CardHelp));
    h.open("p", &[("class", "no-print")])
        .leaf_with(
            "a",
            &[("class", "button"), ("href", "#/result")],
            t(TrainMsg::CardBack),
        )
        .close("p");
    h.close("article").finish()
}
