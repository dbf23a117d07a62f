//! The attendee's card for a training session (`#/card`), to hold up or read out: the top
//! anchor (or the tied ones) large, each with its two-letter code and a colour, the share
//! code, and its QR code drawn on the device.

use leptos::either::Either;
use leptos::prelude::*;

use super::groups::Badge;
use crate::domain::anchors::Scores;
use crate::domain::lang::Lang;
use crate::domain::training::qr::{Level, QrCode};
use crate::domain::training::share_code::encode;
use crate::i18n::assessment::AssessMsg;
use crate::i18n::training::{grouped, TrainMsg};
use crate::route::Route;
use crate::state::use_app;

/// The card of the latest result, or the way to the self-assessment when there is none.
/// It is fixed text: nothing on the screen changes it (a whole new document, imported or
/// from another tab, draws the screen again).
#[component]
pub fn CardPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let latest = app
        .document
        .with_untracked(|d| d.anchors.history.latest().map(|result| *result.scores()));
    // `Either` rather than `into_any`: a view drawn once needs no code to redraw it.
    match latest {
        Some(scores) => Either::Left(card(scores, lang)),
        None => Either::Right(no_result(lang)),
    }
}

fn card(scores: Scores, lang: Lang) -> impl IntoView {
    let t = move |msg: TrainMsg| msg.text(lang);
    let top = scores.top();
    let colour = top.first().map_or("", |a| a.code());
    let code = encode(&scores);
    let shown = grouped(&code);
    // A share code always fits version 1 at level H, which survives the most damage.
    let path = QrCode::encode_at(&code, Level::High).map_or(String::new(), |qr| qr.svg_path());
    let qr_name = format!("QR: {} {shown}", t(TrainMsg::CardCode));
    view! {
        <article class="share-card" data-anchor=colour>
            <h1 id="card-heading" tabindex="-1">{t(TrainMsg::CardHeading)}</h1>
            <ul class="card-anchors">
                {top.into_iter().map(|anchor| view! { <li><Badge anchor=anchor lang=lang/></li> }).collect_view()}
            </ul>
            <div class="card-code-row">
                <div>
                    <p>{t(TrainMsg::CardCode)}</p>
                    <p class="card-code">{shown}</p>
                </div>
                <svg class="qr" role="img" aria-label=qr_name viewBox="0 0 29 29" shape-rendering="crispEdges">
                    <path d=path></path>
                </svg>
            </div>
            <p>{t(TrainMsg::CardHelp)}</p>
            <p class="no-print">
                <a class="button" href=format!("#{}", Route::Result.hash())>{t(TrainMsg::CardBack)}</a>
            </p>
        </article>
    }
}

/// No result yet: the card has nothing to show, so the way to the self-assessment.
fn no_result(lang: Lang) -> impl IntoView {
    view! {
        <div class="result">
            <h1 id="result-heading" tabindex="-1">{AssessMsg::ResultTitle.text(lang)}</h1>
            <p>{AssessMsg::NoResult.text(lang)}</p>
            <p>
                <a class="button primary" href=format!("#{}", Route::Assessment.hash())>
                    {AssessMsg::Start.text(lang)}
                </a>
            </p>
        </div>
    }
}
