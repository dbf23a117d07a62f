//! The attendee's card for a training session (`#/card`), to hold up, read out, scan or
//! print: the top anchor (or the tied ones) large, each with its two-letter code and a
//! colour, the name the person wants on the group list (optional, saved), the share code
//! with a Copy button, and a QR code drawn on the device that opens the facilitator's
//! screen of this same site with the code added under that name
//! (`route::add_code_address`).

use leptos::either::Either;
use leptos::html;
use leptos::prelude::*;

use super::groups::Badge;
use crate::browser;
use crate::components::typed::typed_text;
use crate::domain::anchors::Scores;
use crate::domain::lang::Lang;
use crate::domain::training::qr;
use crate::domain::training::roster::NAME_LIMIT;
use crate::domain::training::share_code::encode;
use crate::i18n::assessment::AssessMsg;
use crate::i18n::fill;
use crate::i18n::training::{grouped, TrainMsg};
use crate::route::{add_code_address, Route};
use crate::state::use_app;

/// The card of the latest result, or the way to the self-assessment when there is none.
/// Only the name changes on the screen, and the QR code with it (a whole new document,
/// imported or from another tab, draws the screen again).
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
    let app = use_app();
    let t = move |msg: TrainMsg| msg.text(lang);
    let top = scores.top();
    let colour = top.first().map_or("", |a| a.code());
    // The rest of the top three, which the groups may be formed under.
    let mut rest = scores.top_three();
    rest.retain(|anchor| !top.contains(anchor));
    let code = encode(&scores);
    let shown = grouped(&code);
    // The name as typed (see `typing`): the QR code follows each keystroke.
    let name = typed_text(Signal::derive(move || {
        app.document.with(|d| d.card_name.clone())
    }));
    let page = browser::page_address();
    let symbol =
        Memo::new(move |_| name.with(|name| qr::drawing(&add_code_address(&page, &code, name))));
    let qr_name = fill(t(TrainMsg::CardQr), &[&shown]);
    // What the last Copy did, in a live region.
    let copy_note = RwSignal::new(String::new());
    let code_text = NodeRef::<html::P>::new();
    let code_shown = shown.clone();
    // With a name, the line the facilitator's box reads as name and code (`name,code`), so
    // the name is not lost on the way; without one, the code alone.
    let to_copy = move || {
        name.with(|name| match name.trim() {
            "" => code_shown.clone(),
            name => format!("{name},{code_shown}"),
        })
    };
    let copy = move |_| {
        // Emptied first, so that a second Copy is announced again.
        copy_note.set(String::new());
        let text = to_copy();
        let copied = fill(t(TrainMsg::Copied), &[&text]);
        leptos::task::spawn_local(async move {
            if browser::copy_to_clipboard(&text).await {
                copy_note.set(copied);
            } else if let Some(element) = code_text.get_untracked() {
                // No clipboard for this page (plain http on an intranet) or refused: the
                // code is selected whole, for the person's own Copy.
                browser::select_contents(&element);
                let selected = if browser::copies_by_touch() {
                    TrainMsg::SelectedTouch
                } else {
                    TrainMsg::Selected
                };
                copy_note.set(t(selected).to_owned());
            }
        });
    };
    view! {
        <article class="share-card" data-anchor=colour>
            // The card fills the screen without the app's header: the way back is at its
            // top as well as its foot, so that no one thinks they have left the app.
            <p class="card-top no-print">
                <a href=format!("#{}", Route::Result.hash())>{format!("← {}", t(TrainMsg::CardBack))}</a>
            </p>
            <h1 id="card-heading" tabindex="-1">{t(TrainMsg::CardHeading)}</h1>
            <ul class="card-anchors">
                {top.iter().map(|&anchor| view! { <li><Badge anchor=anchor lang=lang/></li> }).collect_view()}
            </ul>
            <p class="card-rest" hidden=rest.is_empty()>
                {t(TrainMsg::CardRest)}
                <br/>
                {rest.iter().map(|&anchor| view! { " " <span class="rest-anchor"><Badge anchor=anchor lang=lang/></span> }).collect_view()}
            </p>
            <div class="field card-name-field no-print">
                <label for="card-name">{t(TrainMsg::CardName)}</label>
                <p class="help" id="card-name-help">{t(TrainMsg::CardNameHelp)}</p>
                <input
                    type="text"
                    id="card-name"
                    autocomplete="nickname"
                    maxlength=NAME_LIMIT
                    aria-describedby="card-name-help"
                    prop:value=name
                    on:input:target=move |ev| {
                        let value = ev.target().value();
                        name.set(value.clone());
                        app.type_into(|d| d.card_name = value);
                    }
                />
            </div>
            <p class="card-name print-only" hidden=move || name.with(|n| n.trim().is_empty())>
                <bdi>{move || name.get().trim().to_owned()}</bdi>
            </p>
            <div class="card-code-row">
                <div class="card-code-box">
                    <p id="card-code-label">{t(TrainMsg::CardCode)}</p>
                    <p class="card-code" id="card-code" node_ref=code_text>{shown}</p>
                    <div class="button-row no-print">
                        <button type="button" id="card-copy" on:click=copy>
                            {move || if name.with(|n| n.trim().is_empty()) { t(TrainMsg::Copy) } else { t(TrainMsg::CopyWithName) }}
                        </button>
                        <button type="button" id="card-print" on:click=|_| browser::print()>
                            {t(TrainMsg::PrintCard)}
                        </button>
                    </div>
                    <p class="note no-print" id="card-copy-note" role="status">{copy_note}</p>
                </div>
                <QrImage label=qr_name drawing=symbol.into()/>
            </div>
            <p class="card-help">{t(TrainMsg::CardHelp)}</p>
            <p class="no-print">
                <a class="button" href=format!("#{}", Route::Result.hash())>{t(TrainMsg::CardBack)}</a>
            </p>
        </article>
    }
}

/// A QR symbol drawn as one SVG path (`qr::drawing`), named for screen readers.
#[component]
pub(super) fn QrImage(label: String, drawing: Signal<(String, i32)>) -> impl IntoView {
    view! {
        <svg class="qr" role="img" aria-label=label
            viewBox=move || drawing.with(|(_, side)| format!("0 0 {side} {side}"))
            shape-rendering="crispEdges">
            <path d=move || drawing.with(|(path, _)| path.clone())></path>
        </svg>
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
