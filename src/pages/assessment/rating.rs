//! Answering: a page of statements, each a labelled group of six radio buttons. Digits
//! 1–6 answer the focused statement and move on to the next one.
//!
//! The statements, the pager and the list of unanswered statements are markup, each
//! rebuilt only when what it shows changes; the shell's delegated listeners record the
//! answers and turn the pages through the handlers here.

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

pub fn rating_step(lang: Lang, app: AppState) -> Piece {
    let t = move |msg: AssessMsg| msg.text(lang);
    let ui = app.ui;
    let legend = {
        let mut h = Html::new();
        inert(h.leaf("p", "scale-legend", t(AssessMsg::Scale)).finish())
    };
    // Rebuilt only when the page changes; answers are read once, as the page opens.
    let statements = region(move || {
        let (start, size) = (page_start(app), page_size(app));
        let ids: Vec<StatementId> = (start..start + size).filter_map(StatementId::new).collect();
        app.document
            .with_untracked(|d| statements_markup(lang, &ids, &d.anchors.current.answers))
    });
    let pager = region(move || {
        let (start, size) = (page_start(app), page_size(app));
        let mut h = Html::new();
        h.open("div", &[("class", "button-row pager")]);
        let first = if start == 1 { "disabled" } else { "" };
        h.leaf_with(
            "button",
            &[
                ("type", "button"),
                ("data-action", "previous-page"),
                ("disabled", first),
            ],
            t(AssessMsg::Back),
        );
        if start + size > StatementId::LAST.number() {
            h.leaf_with(
                "button",
                &[
                    ("type", "button"),
                    ("class", "primary"),
                    ("id", "to-picking"),
                    ("data-action", "to-picking"),
                ],
                t(AssessMsg::ToPicking),
            );
        } else {
            action_button(&mut h, "primary", "next-page", ("", ""), t(AssessMsg::Next));
        }
        h.close("div").finish()
    });
    let unanswered = region(move || {
        let unanswered = app
            .document
            .with(|d| d.anchors.current.answers.unanswered());
        if !ui.show_unanswered.get() || unanswered.is_empty() {
            return nothing();
        }
        let mut h = Html::new();
        h.open(
            "nav",
            &[
                ("class", "unanswered"),
                ("aria-labelledby", "unanswered-heading"),
            ],
        );
        h.leaf_with(
            "p",
            &[("id", "unanswered-heading"), ("tabindex", "-1")],
            t(AssessMsg::Unanswered),
        )
        .open("ul", &[]);
        for id in unanswered {
            let number = id.number().to_string();
            h.open("li", &[]);
            action_button(
                &mut h,
                "",
                "go-to-statement",
                ("data-id", &number),
                &format!("{} {number}", t(AssessMsg::StatementNumber)),
            );
            h.close("li");
        }
        h.close("ul").close("nav").finish()
    });
    fragment(vec![legend, statements, pager, unanswered])
}

/// The pager and the list of unanswered statements.
pub fn on_click(app: AppState, action: &str, element: &web_sys::Element) -> bool {
    let ui = app.ui;
    match action {
        "previous-page" | "next-page" => {
            let (size, start) = (page_size(app), page_start(app));
            let next = if action == "next-page" {
                start + size
            } else {
                start.saturating_sub(size).max(1)
            };
            if let Some(next) = StatementId::new(next) {
                put(ui.cursor, next);
                browser::scroll_to_top();
                focus_statement(next);
            }
        }
        "to-picking" => {
            if app
                .document
                .with_untracked(|d| d.anchors.current.answers.unanswered().is_empty())
            {
                put(ui.picking, true);
                browser::scroll_to_top();
                browser::focus_later("#pick-heading");
            } else {
                put(ui.show_unanswered, true);
                browser::focus_later("#unanswered-heading");
            }
        }
        "go-to-statement" => {
            if let Some(id) = data_number(element, "data-id").and_then(StatementId::new) {
                put(ui.cursor, id);
                focus_statement(id);
            }
        }
        _ => return false,
    }
    true
}

/// A radio button chosen: the statement is named `s<number>`.
pub fn on_change(app: AppState, event: &web_sys::Event) {
    if let Some(input) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        let id = input
            .name()
            .trim_start_matches('s')
            .parse()
            .ok()
            .and_then(StatementId::new);
        let rating = input.value().parse().ok().and_then(Rating::new);
        if let (Some(id), Some(rating)) = (id, rating) {
            rate(app, id, rating);
        }
    }
}

/// Digits 1–6 answer the statement that has focus and move on to the next.
pub fn on_keydown(app: AppState, event: &web_sys::KeyboardEvent) {
    if event.ctrl_key() || event.alt_key() || event.meta_key() {
        return;
    }
    let Some(rating) = event.key().parse::<u8>().ok().and_then(Rating::new) else {
        return;
    };
    let fieldset = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| element.closest("fieldset[data-statement]").ok().flatten());
    let Some(fieldset) = fieldset else { return };
    let Some(id) = data_number(&fieldset, "data-statement").and_then(StatementId::new) else {
        return;
    };
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
            put(app.ui.cursor, next);
            focus_statement(next);
        }
        None => browser::focus_later("#to-picking"),
    }
}

/// One statement at a time on narrow screens, five otherwise.
fn page_size(app: AppState) -> u8 {
    if app.ui.narrow.get() {
        1
    } else {
        5
    }
}

/// The first statement of the page the cursor is on.
fn page_start(app: AppState) -> u8 {
    let size = page_size(app);
    (app.ui.cursor.get().number() - 1) / size * size + 1
}

/// The statements of one page, each a fieldset whose legend is the statement.
fn statements_markup(lang: Lang, ids: &[StatementId], answers: &Answers) -> Markup {
    let mut h = Html::new();
    h.open("div", &[("class", "statements")])
        .open("div", &[("class", "statement-page")]);
    for &id in ids {
        let number = id.number().to_string();
        let (element_id, name) = (format!("statement-{number}"), format!("s{number}"));
        h.open(
            "fieldset",
            &[
                ("class", "statement"),
                ("id", &element_id),
                ("data-statement", &number),
            ],
        );
        h.open("legend", &[])
            .leaf("span", "statement-number", &format!("{number}. "))
            .text(statement(id, lang))
            .close("legend");
        h.open("div", &[("class", "scale")]);
        for rating in Rating::ALL {
            let value = rating.value().to_string();
            let checked = if answers.get(id) == Some(rating) {
                "checked"
            } else {
                ""
            };
            h.open("label", &[("class", "scale-step")]);
            h.open(
                "input",
                &[
                    ("type", "radio"),
                    ("name", &name),
                    ("value", &value),
                    ("checked", checked),
                ],
            );
            h.leaf("span", "scale-value", &value)
                .leaf("span", "scale-label", rating_label(rating, lang))
                .close("label");
        }
        h.close("div").close("fieldset");
    }
    h.close("div").close("div").finish()
}

fn rate(app: AppState, id: StatementId, rating: Rating) {
    let today = app.today;
    app.document
        .update(|d| d.anchors.current.rate_on(id, rating, today));
}

/// Focuses a statement's chosen step, or its first step when it has no answer yet.
fn focus_statement(id: StatementId) {
    let number = id.number();
    browser::focus_later_either(
        format!("#statement-{number} input:checked"),
        format!("#statement-{number} input"),
    );
}
