//! The attendee's card for a training session, to hold up or read out: the top anchor
//! (or the tied ones) large, each with its two-letter code and a colour, the share code,
//! and its QR code drawn on the device. It is fixed text, so it is plain markup.

use leptos::prelude::*;

use super::groups::badge;
use crate::app::AppState;
use crate::components::kit::{inert, Piece};
use crate::domain::anchors::Scores;
use crate::domain::lang::Lang;
use crate::domain::training::qr::{Level, QrCode};
use crate::domain::training::share_code::encode;
use crate::i18n::training::{grouped, TrainMsg};
use crate::markup::{Html, Markup};
use crate::pages::result::no_result;

/// The card of the latest result.
pub fn card_page(lang: Lang, app: AppState) -> Piece {
    inert(
        app.document
            .with_untracked(|d| match d.anchors.history.latest() {
                Some(result) => card_markup(lang, result.scores()),
                None => no_result(lang),
            }),
    )
}

fn card_markup(lang: Lang, scores: &Scores) -> Markup {
    let t = move |msg: TrainMsg| msg.text(lang);
    let top = scores.top();
    let code = encode(scores);
    let shown = grouped(&code);
    let mut h = Html::new();
    h.fill(
        "<article class=\"share-card\" data-anchor=\"{}\"><h1 id=\"card-heading\" tabindex=\"-1\">{}</h1><ul class=\"card-anchors\">",
        &[top.first().map_or("", |a| a.code()), t(TrainMsg::CardHeading)],
    );
    for &anchor in &top {
        h.fill("<li>", &[]);
        badge(&mut h, anchor, lang);
        h.fill("</li>", &[]);
    }
    h.fill("</ul>", &[]);
    // A share code always fits version 1 at level H, which survives the most damage.
    let path = QrCode::encode_at(&code, Level::High).map_or(String::new(), |qr| qr.svg_path());
    h.fill(
        concat!(
            "<div class=\"card-code-row\"><div><p>{}</p><p class=\"card-code\">{}</p></div>",
            "<svg class=\"qr\" role=\"img\" aria-label=\"QR: {} {}\" viewBox=\"0 0 29 29\" shape-rendering=\"crispEdges\"><path d=\"{}\"></path></svg></div>",
            "<p>{}</p><p class=\"no-print\"><a class=\"button\" href=\"#/result\">{}</a></p></article>",
        ),
        &[
            t(TrainMsg::CardCode),
            &shown,
            t(TrainMsg::CardCode),
            &shown,
            &path,
            t(TrainMsg::CardHelp),
            t(TrainMsg::CardBack),
        ],
    );
    h.finish()
}
