//! Around a result: print and take-again buttons, the list of past results (show,
//! delete with confirmation), and the comparison of two results.

use leptos::prelude::*;

use crate::app::AppState;
use crate::browser;
use crate::components::kit::*;
use crate::domain::anchors::StatementId;
use crate::domain::lang::Lang;
use crate::i18n::anchors::label;
use crate::i18n::assessment::{date_text, delta_text, AssessMsg};
use crate::route::Route;

/// Print, and take the assessment again (asking first if one is in progress).
pub fn actions(lang: Lang, app: AppState) -> AnyView {
    let t = move |msg: AssessMsg| msg.text(lang);
    let confirming = RwSignal::new(false);
    let start_fresh = move || {
        let today = app.today;
        app.document.update(|d| d.anchors.retake(today));
        app.ui.picking.set(false);
        app.ui.cursor.set(StatementId::FIRST);
        browser::go_to(Route::Assessment.hash());
    };
    let retake = move || {
        if app.document.with_untracked(|d| d.anchors.current.is_untouched()) {
            start_fresh();
        } else {
            confirming.set(true);
            browser::focus_later("#retake-confirm".into());
        }
    };
    div("no-print", vec![
        div("button-row result-actions", vec![
            button("", "", t(AssessMsg::Print), Box::new(browser::print)),
            button("", "", t(AssessMsg::Retake), Box::new(retake)),
        ]),
        when(confirming.into(), move || {
            view! {
                <div class="confirm" role="group" aria-labelledby="retake-confirm">
                    <p id="retake-confirm" tabindex="-1">{t(AssessMsg::RetakeDiscards)}</p>
                    <div class="button-row">
                        {button("danger", "", t(AssessMsg::StartAgain), Box::new(start_fresh))}
                        {button("", "", t(AssessMsg::Continue), Box::new(|| browser::go_to(Route::Assessment.hash())))}
                        {button("", "", t(AssessMsg::Cancel), Box::new(move || confirming.set(false)))}
                    </div>
                </div>
            }
            .into_any()
        }),
    ])
}

/// Past results, newest first, and the comparison with an earlier one.
pub fn history_section(lang: Lang, app: AppState, shown: usize) -> AnyView {
    let t = move |msg: AssessMsg| msg.text(lang);
    let dates: Vec<chrono::NaiveDate> =
        app.document.with_untracked(|d| d.anchors.history.all().iter().map(|result| result.date()).collect());
    let count = dates.len();
    let name = move |index: usize| format!("{} ({})", date_text(dates[index], lang), index + 1);
    let items: Views = (0..count).rev().map(|index| history_item(lang, app, index, name(index), index == shown)).collect();
    let mut children = vec![h2("history-heading", t(AssessMsg::HistoryHeading)), ul("history-list", items)];
    if count > 1 {
        let compare_to = RwSignal::new(None::<usize>);
        let options: Views = (0..count)
            .filter(|&index| index != shown)
            .map(|index| view! { <option value=index.to_string()>{name(index)}</option> }.into_any())
            .collect();
        children.push(h3(t(AssessMsg::CompareHeading)));
        children.push(view! {
            <label for="compare-select">{t(AssessMsg::CompareWith)}</label>" "
            <select id="compare-select" on:change=move |event| compare_to.set(event_target_value(&event).parse().ok())>
                <option value="">{t(AssessMsg::CompareNone)}</option>
                {options}
            </select>
        }.into_any());
        let changes = dynamic(move || {
            let Some(other) = compare_to.get() else { return ().into_any() };
            let moved = app.document.with_untracked(|d| d.anchors.history.compare(other, shown)).unwrap_or_default();
            if moved.is_empty() {
                return para("", t(AssessMsg::NoChange));
            }
            let items = moved
                .into_iter()
                .map(|(anchor, delta)| {
                    let direction = if delta > 0 { t(AssessMsg::Rose) } else { t(AssessMsg::Fell) };
                    li("", anchor.code(), vec![text(format!("{} {direction} {}", label(anchor, lang), delta_text(delta)))])
                })
                .collect();
            ul("", items)
        });
        children.push(view! { <div class="changes" aria-live="polite">{changes}</div> }.into_any());
    }
    section("history no-print", "history-heading", children)
}

fn history_item(lang: Lang, app: AppState, index: usize, name: String, is_shown: bool) -> AnyView {
    let t = move |msg: AssessMsg| msg.text(lang);
    let confirming = RwSignal::new(false);
    let show = move || {
        app.ui.result_index.set(Some(index));
        browser::scroll_to_top();
        browser::focus_later("#result-heading".into());
    };
    let delete = move || {
        app.ui.result_index.set(None);
        app.document.update(|d| {
            d.anchors.history.delete(index);
        });
        browser::focus_later("#result-heading".into());
    };
    let state = if is_shown {
        span("badge", t(AssessMsg::Showing))
    } else {
        button("", "", t(AssessMsg::Show), Box::new(show))
    };
    li("", "", vec![
        span("history-name", name),
        text(" "),
        state,
        text(" "),
        button("", "", t(AssessMsg::Delete), Box::new(move || confirming.set(true))),
        when(confirming.into(), move || {
            confirm_box(t(AssessMsg::ConfirmDelete), t(AssessMsg::Delete), t(AssessMsg::Cancel),
                Box::new(delete), Box::new(move || confirming.set(false)))
        }),
    ])
}
