//! Around a result: print and take-again buttons, the list of past results (show,
//! delete with confirmation), and the comparison of two results. All markup; the shell's
//! delegated listeners call `on_click` and `on_change` below.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::AppState;
use crate::browser;
use crate::components::kit::*;
use crate::domain::anchors::StatementId;
use crate::domain::lang::Lang;
use crate::i18n::anchors::label;
use crate::i18n::assessment::{date_text, delta_text, AssessMsg};
use crate::i18n::training::TrainMsg;
use crate::markup::Html;
use crate::route::Route;

/// Print, and take the assessment again (asking first if one is in progress).
pub fn actions(lang: Lang, app: AppState) -> Piece {
    let t = move |msg: AssessMsg| msg.text(lang);
    region(move || {
        let mut h = Html::new();
        h.open("div", &[("class", "no-print")])
            .open("div", &[("class", "button-row result-actions")]);
        action_button(&mut h, "", "print", ("", ""), t(AssessMsg::Print));
        action_button(&mut h, "", "retake", ("", ""), t(AssessMsg::Retake));
        h.leaf_with(
            "a",
            &[("class", "button"), ("href", "#/card")],
            TrainMsg::NavCard.text(lang),
        );
        h.close("div");
        if app.ui.confirming.get().as_deref() == Some("retake") {
            confirm_box(
                &mut h,
                t(AssessMsg::RetakeDiscards),
                &[
                    ("danger", "retake-yes", t(AssessMsg::StartAgain)),
                    ("", "retake-continue", t(AssessMsg::Continue)),
                    ("", "retake-no", t(AssessMsg::Cancel)),
                ],
                ("", ""),
            );
        }
        h.close("div").finish()
    })
}

/// Past results, newest first, and the comparison with an earlier one.
pub fn history_section(lang: Lang, app: AppState, shown: usize) -> Piece {
    let t = move |msg: AssessMsg| msg.text(lang);
    let dates: Vec<chrono::NaiveDate> = app.document.with_untracked(|d| {
        d.anchors
            .history
            .all()
            .iter()
            .map(|result| result.date())
            .collect()
    });
    let count = dates.len();
    let name = move |index: usize| format!("{} ({})", date_text(dates[index], lang), index + 1);
    let mut h = Html::new();
    h.leaf_with(
        "h2",
        &[("id", "history-heading")],
        t(AssessMsg::HistoryHeading),
    );
    let mut parts = vec![inert(h.finish())];
    let names: Vec<String> = (0..count).map(name).collect();
    let list_names = names.clone();
    parts.push(region(move || {
        let confirming = app.ui.confirming.get();
        let mut h = Html::new();
        h.open("ul", &[("class", "history-list")]);
        for index in (0..count).rev() {
            let data = ("data-index", &*index.to_string());
            h.open("li", &[])
                .leaf("span", "history-name", &list_names[index])
                .text(" ");
            if index == shown {
                h.leaf("span", "badge", t(AssessMsg::Showing));
            } else {
                action_button(&mut h, "", "show-result", data, t(AssessMsg::Show));
            }
            h.text(" ");
            action_button(&mut h, "", "delete-result", data, t(AssessMsg::Delete));
            if confirming.as_deref() == Some(&format!("result:{index}")) {
                confirm_box(
                    &mut h,
                    t(AssessMsg::ConfirmDelete),
                    &[
                        ("danger", "delete-result-yes", t(AssessMsg::Delete)),
                        ("", "delete-result-no", t(AssessMsg::Cancel)),
                    ],
                    data,
                );
            }
            h.close("li");
        }
        h.close("ul").finish()
    }));
    if count > 1 {
        let compare_to = app.ui.compare_to.get_untracked();
        let mut h = Html::new();
        h.open("div", &[("class", "compare")])
            .leaf("h3", "", t(AssessMsg::CompareHeading));
        h.leaf_with(
            "label",
            &[("for", "compare-select")],
            t(AssessMsg::CompareWith),
        )
        .text(" ");
        h.open("select", &[("id", "compare-select")]).leaf_with(
            "option",
            &[("value", "")],
            t(AssessMsg::CompareNone),
        );
        for index in (0..count).filter(|&index| index != shown) {
            let selected = if compare_to == Some(index) {
                "selected"
            } else {
                ""
            };
            h.leaf_with(
                "option",
                &[("value", &index.to_string()), ("selected", selected)],
                &names[index],
            );
        }
        parts.push(inert(h.close("select").close("div").finish()));
        let changes = region(move || {
            let Some(other) = app.ui.compare_to.get() else {
                return nothing();
            };
            let moved = app
                .document
                .with_untracked(|d| d.anchors.history.compare(other, shown))
                .unwrap_or_default();
            let mut h = Html::new();
            if moved.is_empty() {
                return h.leaf("p", "", t(AssessMsg::NoChange)).finish();
            }
            h.open("ul", &[]);
            for (anchor, delta) in moved {
                let direction = if delta > 0 {
                    t(AssessMsg::Rose)
                } else {
                    t(AssessMsg::Fell)
                };
                h.leaf_with(
                    "li",
                    &[("data-anchor", anchor.code())],
                    &format!("{} {direction} {}", label(anchor, lang), delta_text(delta)),
                );
            }
            h.close("ul").finish()
        });
        parts.push(live_section(
            "changes",
            t(AssessMsg::CompareHeading),
            changes,
        ));
    }
    section("history no-print", "history-heading", parts)
}

/// The buttons of the actions and of the history; past results by their `data-index`.
pub fn on_click(app: AppState, action: &str, element: &web_sys::Element) -> bool {
    let ui = app.ui;
    let index: Option<usize> = data_number(element, "data-index");
    match (action, index) {
        ("print", _) => browser::print(),
        ("retake", _) => {
            if app
                .document
                .with_untracked(|d| d.anchors.current.is_untouched())
            {
                start_fresh(app);
            } else {
                put(ui.confirming, Some("retake".into()));
                browser::focus_later("#confirm-question");
            }
        }
        ("retake-yes", _) => start_fresh(app),
        ("retake-continue", _) => browser::go_to(Route::Assessment.hash()),
        ("retake-no", _) => {
            put(ui.confirming, None);
            browser::focus_later("[data-action=retake]");
        }
        ("show-result", Some(index)) => {
            put(ui.confirming, None);
            put(ui.compare_to, None);
            put(ui.result_index, Some(index));
            browser::scroll_to_top();
            browser::focus_later("#result-heading");
        }
        ("delete-result", Some(index)) => {
            put(ui.confirming, Some(format!("result:{index}")));
            browser::focus_later("#confirm-question");
        }
        ("delete-result-yes", Some(index)) => {
            put(ui.confirming, None);
            put(ui.compare_to, None);
            put(ui.result_index, None);
            app.document.update(|d| {
                d.anchors.history.delete(index);
            });
            browser::focus_later("#result-heading");
        }
        ("delete-result-no", Some(index)) => {
            put(ui.confirming, None);
            browser::focus_later(&format!(
                "[data-action=delete-result][data-index=\"{index}\"]"
            ));
        }
        _ => return false,
    }
    true
}

/// The comparison `<select>`.
pub fn on_change(app: AppState, event: &web_sys::Event) {
    let Some(select) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlSelectElement>().ok())
    else {
        return;
    };
    if select.id() == "compare-select" {
        put(app.ui.compare_to, select.value().parse().ok());
    }
}

fn start_fresh(app: AppState) {
    app.document.update(|d| d.anchors.retake(app.today));
    put(app.ui.confirming, None);
    put(app.ui.picking, false);
    put(app.ui.cursor, StatementId::FIRST);
    browser::go_to(Route::Assessment.hash());
}
