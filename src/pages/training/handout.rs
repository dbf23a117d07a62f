//! What the facilitator shows the room before the codes come in: the site's address in
//! large type and as a QR code that opens the self-assessment, the three steps to a card,
//! and where the answers stay. Like the projector view, a checkbox the stylesheet reads
//! (`:has(#handout:checked)`): the handout alone on the screen, and alone on paper when
//! printed from it. Esc leaves it.
//!
//! The address is this page's own, so everyone reaches the same host name as the
//! facilitator (a card's QR code opens the facilitator's screen on it). An address only
//! this computer opens (a file, `localhost`) is said to be one, above the instructions.

use leptos::html;
use leptos::prelude::*;

use crate::browser;
use crate::domain::training::qr;
use crate::i18n::training::TrainMsg;
use crate::route::{only_this_device, site_address, Route};

use super::card::QrImage;
use super::{leave_on_escape, Switch};
use crate::state::use_app;

/// The switch, and the handout it shows.
#[component]
pub fn Handout() -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let t = move |msg: TrainMsg| msg.text(lang);
    let switch = NodeRef::<html::Input>::new();
    leave_on_escape(switch);
    // The site as the facilitator reached it, and the self-assessment on it.
    let page = browser::page_address();
    let site = site_address(&page).to_owned();
    let local = only_this_device(&page);
    let start = format!("{site}#{}", Route::Assessment.hash());
    view! {
        <div class="handout-view">
            <div class="button-row no-print">
                <Switch id="handout" label=t(TrainMsg::ShowHandout) node_ref=switch/>
                <button type="button" class="handout-print" on:click=|_| browser::print()>{t(TrainMsg::Print)}</button>
            </div>
            <Show when=move || local>
                <p class="warning no-print handout-local">{t(TrainMsg::HandoutLocal)}</p>
            </Show>
            <section class="handout" aria-labelledby="handout-heading">
                <h2 id="handout-heading">{t(TrainMsg::HandoutHeading)}</h2>
                <p>{t(TrainMsg::HandoutOpen)}</p>
                <div class="handout-address">
                    <p class="site-address">{site}</p>
                    <QrImage label=t(TrainMsg::HandoutQr).to_owned() drawing=Signal::stored(qr::drawing(&start))/>
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
