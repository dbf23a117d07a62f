//! The "most true" step: the statements rated highest come first; the person picks
//! exactly three, each worth four extra points to its anchor. The lists are fixed markup
//! with one delegated `change` listener.

use leptos::ev::Event;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::AppState;
use crate::browser;
use crate::components::kit::*;
use crate::domain::anchors::{Assessment, StatementId, Toggled};
use crate::domain::lang::Lang;
use crate::i18n::anchors::{statement, AnchorMsg};
use crate::i18n::assessment::AssessMsg;
use crate::markup::{Html, Markup};
use crate::route::Route;

pub fn picking_step(lang: Lang, app: AppState) -> AnyView {
    let t = move |msg: AssessMsg| msg.text(lang);
    let (highest, rest) = app.document.with_untracked(|d| {
        let current = &d.anchors.current;
        let (highest, rest) = current.candidates();
        (pick_list(lang, current, &highest), pick_list(lang, current, &rest))
    });
    let show_all = RwSignal::new(false);
    let refused = RwSignal::new(false);
    let picked = move || app.document.with(|d| d.anchors.current.picks.len());
    let back = move || {
        app.ui.picking.set(false);
        app.ui.cursor.set(StatementId::FIRST);
        browser::focus_later("#statement-1 input".into());
    };
    let see_result = move || {
        let today = app.today;
        let mut done = false;
        app.document.update(|d| done = d.anchors.complete(today).is_ok());
        if done {
            app.ui.picking.set(false);
            app.ui.cursor.set(StatementId::FIRST);
            app.ui.result_index.set(None);
            browser::go_to(Route::Result.hash());
        }
    };
    let on_change = move |event: Event| {
        let Some(input) = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(id) = input.value().parse().ok().and_then(StatementId::new) else { return };
        let mut outcome = Toggled::Unpicked;
        app.document.update(|d| outcome = d.anchors.current.toggle_pick(id));
        refused.set(outcome == Toggled::RefusedAlreadyThree);
        if outcome == Toggled::RefusedAlreadyThree {
            // The browser has already ticked the box; the fourth pick is refused.
            input.set_checked(false);
        }
    };
    view! {
        <section class="picking" aria-labelledby="pick-heading" on:change=on_change>
            {h2("pick-heading", t(AssessMsg::PickTitle))}
            {para("", AnchorMsg::PickInstruction.text(lang))}
            <p class="pick-count" aria-live="polite">
                {dyn_text(move || format!("{} {} / 3", t(AssessMsg::Picked), picked()))}
            </p>
            {inert(highest)}
            <button type="button" aria-expanded=move || show_all.get().to_string()
                aria-controls="pick-rest" on:click=move |_| show_all.update(|open| *open = !*open)>
                {dyn_text(move || if show_all.get() { t(AssessMsg::HideOthers) } else { t(AssessMsg::ShowAll) }.to_owned())}
            </button>
            <div id="pick-rest" hidden=move || !show_all.get()>
                {h3(AnchorMsg::OtherStatements.text(lang))}
                {inert(rest)}
            </div>
            <p class="notice-inline" role="status">
                {dyn_text(move || if refused.get() { AnchorMsg::PickLimitReached.text(lang) } else { "" }.to_owned())}
            </p>
            {div("button-row", vec![
                button("", "", t(AssessMsg::BackToRating), Box::new(back)),
                button_when("primary", "see-result", t(AssessMsg::SeeResult),
                    Signal::derive(move || picked() != 3), Box::new(see_result)),
            ])}
        </section>
    }
    .into_any()
}

/// Statements with a checkbox each, and the answer the person gave them.
fn pick_list(lang: Lang, current: &Assessment, ids: &[StatementId]) -> Markup {
    let mut h = Html::new();
    h.open("ul", &[("class", "pick-list")]);
    for &id in ids {
        let rating = current.answers.get(id).map_or(0, |r| r.value());
        let value = id.number().to_string();
        let checked = if current.picks.contains(id) { "checked" } else { "" };
        h.open("li", &[]).open("label", &[("class", "pick")]);
        h.open("input", &[("type", "checkbox"), ("value", &value), ("checked", checked)]);
        h.leaf("span", "pick-text", statement(id, lang));
        h.leaf("span", "pick-rating", &format!("{}: {}", AssessMsg::YourRating.text(lang), rating));
        h.close("label").close("li");
    }
    h.close("ul").finish()
}
