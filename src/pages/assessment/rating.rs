//! Answering: a page of statements, each a labelled group of six radio buttons. Digits
//! 1–6 answer the focused statement and move on to the next one.
//!
//! The statements are fixed markup; one `change` and one `keydown` listener on their
//! container (event delegation) record the answers, which keeps the screen small.

use leptos::ev::{Event, KeyboardEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::AppState;
use crate::browser;
use crate::components::kit::*;
use crate::domain::anchors::{Answers, Rating, StatementId};
use crate::domain::lang::Lang;
use crate::i18n::anchors::{rating_label, statement};
use crate::i18n::assessment::AssessMsg;
use crate::markup::{Html, Markup};

pub fn rating_step(lang: Lang, app: AppState) -> AnyView {
    let t = move |msg: AssessMsg| msg.text(lang);
    let ui = app.ui;
    let page_size = move || if ui.narrow.get() { 1 } else { 5 };
    let page_start = move || {
        let size = page_size();
        (ui.cursor.get().number() - 1) / size * size + 1
    };
    let show_unanswered = RwSignal::new(false);
    let unanswered = move || app.document.with(|d| d.anchors.current.answers.unanswered());

    let turn_page = move |forward: bool| {
        let size = page_size();
        let start = page_start();
        let next = if forward { start + size } else { start.saturating_sub(size).max(1) };
        if let Some(next) = StatementId::new(next) {
            ui.cursor.set(next);
            browser::scroll_to_top();
            focus_statement(next);
        }
    };
    let to_picking = move || {
        if unanswered().is_empty() {
            ui.picking.set(true);
            browser::scroll_to_top();
            browser::focus_later("#pick-heading".into());
        } else {
            show_unanswered.set(true);
            browser::focus_later("#unanswered-heading".into());
        }
    };
    // Rebuilt only when the page changes; answers are read once, as the page opens.
    let statements = dynamic(move || {
        let start = page_start();
        let ids: Vec<StatementId> = (start..start + page_size()).filter_map(StatementId::new).collect();
        app.document.with_untracked(|d| inert(statements_markup(lang, &ids, &d.anchors.current.answers)))
    });
    let on_change = move |event: Event| {
        if let Some(input) = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            let id = input.name().trim_start_matches('s').parse().ok().and_then(StatementId::new);
            let rating = input.value().parse().ok().and_then(Rating::new);
            if let (Some(id), Some(rating)) = (id, rating) {
                rate(app, id, rating);
            }
        }
    };
    let on_keydown = move |event: KeyboardEvent| {
        if event.ctrl_key() || event.alt_key() || event.meta_key() {
            return;
        }
        let Some(rating) = event.key().parse::<u8>().ok().and_then(Rating::new) else { return };
        let fieldset = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("fieldset[data-statement]").ok().flatten());
        let Some(fieldset) = fieldset else { return };
        let Some(id) = fieldset.get_attribute("data-statement").and_then(|n| n.parse().ok()).and_then(StatementId::new) else { return };
        event.prevent_default();
        if let Some(input) = fieldset
            .query_selector(&format!("input[value='{}']", rating.value()))
            .ok()
            .flatten()
            .and_then(|element| element.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_checked(true);
        }
        rate(app, id, rating);
        match StatementId::new(id.number() + 1) {
            Some(next) => {
                ui.cursor.set(next);
                focus_statement(next);
            }
            None => browser::focus_later("#to-picking".into()),
        }
    };
    let forward = dynamic(move || {
        if page_start() + page_size() > StatementId::LAST.number() {
            button("primary", "to-picking", t(AssessMsg::ToPicking), Box::new(to_picking))
        } else {
            button("primary", "", t(AssessMsg::Next), Box::new(move || turn_page(true)))
        }
    });
    let unanswered_list = when(Signal::derive(move || show_unanswered.get() && !unanswered().is_empty()), move || {
        let items: Views = unanswered()
            .into_iter()
            .map(|id| {
                let label = format!("{} {}", t(AssessMsg::StatementNumber), id.number());
                li("", "", vec![view! {
                    <button type="button" on:click=move |_| {
                        ui.cursor.set(id);
                        focus_statement(id);
                    }>{label}</button>
                }.into_any()])
            })
            .collect();
        view! {
            <nav class="unanswered" aria-labelledby="unanswered-heading">
                <p id="unanswered-heading" tabindex="-1">{t(AssessMsg::Unanswered)}</p>
                {ul("", items)}
            </nav>
        }
        .into_any()
    });
    div("rating", vec![
        para("scale-legend", t(AssessMsg::Scale)),
        view! { <div class="statements" on:change=on_change on:keydown=on_keydown>{statements}</div> }.into_any(),
        div("button-row pager", vec![
            button_when("", "", t(AssessMsg::Back), Signal::derive(move || page_start() == 1), Box::new(move || turn_page(false))),
            forward,
        ]),
        unanswered_list,
    ])
}

/// The statements of one page, each a fieldset whose legend is the statement.
fn statements_markup(lang: Lang, ids: &[StatementId], answers: &Answers) -> Markup {
    let mut h = Html::new();
    h.open("div", &[("class", "statement-page")]);
    for &id in ids {
        let number = id.number().to_string();
        let (element_id, name) = (format!("statement-{number}"), format!("s{number}"));
        h.open("fieldset", &[("class", "statement"), ("id", &element_id), ("data-statement", &number)]);
        h.open("legend", &[]).leaf("span", "statement-number", &format!("{number}. ")).text(statement(id, lang)).close("legend");
        h.open("div", &[("class", "scale")]);
        for rating in Rating::ALL {
            let value = rating.value().to_string();
            let checked = if answers.get(id) == Some(rating) { "checked" } else { "" };
            h.open("label", &[("class", "scale-step")]);
            h.open("input", &[("type", "radio"), ("name", &name), ("value", &value), ("checked", checked)]);
            h.leaf("span", "scale-value", &value).leaf("span", "scale-label", rating_label(rating, lang)).close("label");
        }
        h.close("div").close("fieldset");
    }
    h.close("div").finish()
}

fn rate(app: AppState, id: StatementId, rating: Rating) {
    let today = app.today;
    app.document.update(|d| d.anchors.current.rate_on(id, rating, today));
}

/// Focuses a statement's chosen step, or its first step when it has no answer yet.
fn focus_statement(id: StatementId) {
    let number = id.number();
    browser::focus_later_either(format!("#statement-{number} input:checked"), format!("#statement-{number} input"));
}
