//! The "most true" step: the statements rated highest come first; the person picks
//! exactly three, each worth four extra points to its anchor. The lists are markup; the
//! shell's delegated listeners hand the ticks and clicks to the handlers here.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::AppState;
use crate::browser;
use crate::components::kit::*;
use crate::domain::anchors::{Assessment, StatementId, Toggled};
use crate::domain::lang::Lang;
use crate::i18n::anchors::{statement, AnchorMsg};
use crate::i18n::assessment::AssessMsg;
use crate::markup::Html;
use crate::route::Route;

pub fn picking_step(lang: Lang, app: AppState) -> Piece {
    let t = move |msg: AssessMsg| msg.text(lang);
    let ui = app.ui;
    let (head, highest) = app.document.with_untracked(|d| {
        let current = &d.anchors.current;
        let mut h = Html::new();
        h.open("div", &[("class", "pick-head")]);
        h.leaf_with(
            "h2",
            &[("id", "pick-heading"), ("tabindex", "-1")],
            t(AssessMsg::PickTitle),
        );
        h.leaf("p", "", AnchorMsg::PickInstruction.text(lang))
            .close("div");
        let head = h.finish();
        pick_list(&mut h, lang, current, &current.candidates().0);
        (head, h.finish())
    });
    let picked = move || app.document.with(|d| d.anchors.current.picks.len());
    // The other statements are rebuilt when they are shown or hidden, with the picks as
    // they are then.
    let rest = region(move || {
        let open = ui.show_all_statements.get();
        let mut h = Html::new();
        h.open("div", &[("class", "pick-more")]);
        let label = if open {
            t(AssessMsg::HideOthers)
        } else {
            t(AssessMsg::ShowAll)
        };
        h.leaf_with(
            "button",
            &[
                ("type", "button"),
                ("data-action", "show-all"),
                ("aria-expanded", if open { "true" } else { "false" }),
                ("aria-controls", "pick-rest"),
            ],
            label,
        );
        h.open(
            "div",
            &[
                ("id", "pick-rest"),
                ("hidden", if open { "" } else { "hidden" }),
            ],
        );
        if open {
            h.leaf("h3", "", AnchorMsg::OtherStatements.text(lang));
            app.document.with_untracked(|d| {
                let current = &d.anchors.current;
                pick_list(&mut h, lang, current, &current.candidates().1);
            });
        }
        h.close("div").close("div").finish()
    });
    let buttons = region(move || {
        let mut h = Html::new();
        h.open("div", &[("class", "button-row")]);
        action_button(
            &mut h,
            "",
            "back-to-rating",
            ("", ""),
            t(AssessMsg::BackToRating),
        );
        let not_three = if picked() != 3 { "disabled" } else { "" };
        h.leaf_with(
            "button",
            &[
                ("type", "button"),
                ("class", "primary"),
                ("id", "see-result"),
                ("data-action", "see-result"),
                ("disabled", not_three),
            ],
            t(AssessMsg::SeeResult),
        );
        h.close("div").finish()
    });
    section(
        "picking",
        "pick-heading",
        vec![
            inert(head),
            status("pick-count", "", move || {
                format!("{} {} / 3", t(AssessMsg::Picked), picked())
            }),
            inert(highest),
            rest,
            status("notice-inline", "", move || {
                if ui.pick_refused.get() {
                    AnchorMsg::PickLimitReached.text(lang)
                } else {
                    ""
                }
                .to_owned()
            }),
            buttons,
        ],
    )
}

pub fn on_click(app: AppState, action: &str) -> bool {
    let ui = app.ui;
    match action {
        "show-all" => ui.show_all_statements.update(|open| *open = !*open),
        "back-to-rating" => {
            put(ui.picking, false);
            put(ui.cursor, StatementId::FIRST);
            browser::focus_later("#statement-1 input");
        }
        "see-result" => {
            let mut done = false;
            app.document
                .update(|d| done = d.anchors.complete(app.today).is_ok());
            if done {
                put(ui.picking, false);
                put(ui.cursor, StatementId::FIRST);
                put(ui.result_index, None);
                browser::go_to(Route::Result.hash());
            }
        }
        _ => return false,
    }
    true
}

/// A checkbox ticked or cleared: its value is the statement's number.
pub fn on_change(app: AppState, event: &web_sys::Event) {
    let Some(input) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let Some(id) = input.value().parse().ok().and_then(StatementId::new) else {
        return;
    };
    let mut outcome = Toggled::Unpicked;
    app.document
        .update(|d| outcome = d.anchors.current.toggle_pick(id));
    put(app.ui.pick_refused, outcome == Toggled::RefusedAlreadyThree);
    if outcome == Toggled::RefusedAlreadyThree {
        // The browser has already ticked the box; the fourth pick is refused.
        input.set_checked(false);
    }
}

/// Statements with a checkbox each, and the answer the person gave them.
fn pick_list(h: &mut Html, lang: Lang, current: &Assessment, ids: &[StatementId]) {
    h.open("ul", &[("class", "pick-list")]);
    for &id in ids {
        let rating = current.answers.get(id).map_or(0, |r| r.value());
        let value = id.number().to_string();
        let checked = if current.picks.contains(id) {
            "checked"
        } else {
            ""
        };
        h.open("li", &[]).open("label", &[("class", "pick")]);
        h.open(
            "input",
            &[
                ("type", "checkbox"),
                ("value", &value),
                ("checked", checked),
            ],
        );
        h.leaf("span", "pick-text", statement(id, lang));
        h.leaf(
            "span",
            "pick-rating",
            &format!("{}: {}", AssessMsg::YourRating.text(lang), rating),
        );
        h.close("label").close("li");
    }
    h.close("ul");
}
