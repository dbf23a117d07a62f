//! What the facilitator shows the room before the codes come in: the site's address in
//! large type and as a QR code that opens the self-assessment, the three steps to a card,
//! and where the answers stay. Like the projector view, a checkbox the stylesheet reads
//! (`:has(#handout:checked)`): the handout alone on the screen, and alone on paper when
//! printed from it. Esc leaves it.
//!
//! The address is this page's own, so everyone reaches the same host name as the
//! facilitator (a card's QR code opens the facilitator's screen on it).

use leptos::html;
use leptos::prelude::*;

use crate::browser;
use crate::domain::training::qr;
use crate::i18n::training::TrainMsg;
use crate::route::Route;
use crate::state::use_app;

/// The switch, and the handout it shows.
#[component]
pub fn Handout() -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let t = move |msg: TrainMsg| msg.text(lang);
    let switch = NodeRef::<html::Input>::new();
    let escape = window_event_listener(leptos::ev::keydown, move |event| {
        if let Some(switch) = switch.get_untracked() {
            if event.key() == "Escape" && switch.checked() {
                switch.set_checked(false);
                let _ = switch.focus();
            }
        }
    });
    on_cleanup(move || escape.remove());
    // The site as the facilitator reached it, and the self-assessment on it.
    let page = browser::page_address();
    let site = page.split('#').next().unwrap_or_default().to_owned();
    let start = format!("{site}#{}", Route::Assessment.hash());
    let (path, side) = qr::encode(&start).map_or((String::new(), 0), |symbol| {
        (qr::svg_path(&symbol), qr::drawing_side(&symbol))
    });
    view! {
        <div class="handout-view">
            <div class="button-row no-print">
                <label class="button">
                    <input type="checkbox" id="handout" node_ref=switch/>
                    " "
                    {t(TrainMsg::ShowHandout)}
                </label>
                <button type="button" class="handout-print" on:click=|_| browser::print()>{t(TrainMsg::Print)}</button>
            </div>
            <section class="handout" aria-labelledby="handout-heading">
                <h2 id="handout-heading">{t(TrainMsg::HandoutHeading)}</h2>
                <p>{t(TrainMsg::HandoutOpen)}</p>
                <div class="handout-address">
                    <p class="site-address">{site}</p>
                    <svg class="qr" role="img" aria-label=t(TrainMsg::HandoutQr)
                        viewBox=format!("0 0 {side} {side}") shape-rendering="crispEdges">
                        <path d=path></path>
                    </svg>
                </div>
                <ol class="handout-steps">
                    <li>{t(TrainMsg::HandoutAnswer)}</li>
                    <li>{t(TrainMsg::HandoutCard)}</li>
                    <li>{t(TrainMsg::HandoutShare)}</li>
                </ol>
                <p class="help">{t(TrainMsg::HandoutPrivacy)}</p>
            </section>
        </div>
    }
}
