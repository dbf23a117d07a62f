//! Around a result: print and take-again buttons, the list of past results (show,
//! delete with confirmation), and the comparison of two results.

use chrono::NaiveDate;
use leptos::either::Either;
use leptos::html;
use leptos::prelude::*;

use super::{Confirming, ResultState};
use crate::app::{use_app, AppState};
use crate::browser;
use crate::i18n::anchors::label;
use crate::i18n::assessment::{date_text, delta_text, AssessMsg};
use crate::i18n::training::TrainMsg;
use crate::route::Route;

/// Print, take the assessment again (asking first if one is in progress), the card.
#[component]
pub(super) fn ResultActions(state: ResultState) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = move |msg: AssessMsg| msg.text(lang);
    let retake = NodeRef::<html::Button>::new();
    let question = NodeRef::<html::P>::new();
    let ask_or_start = move |_| {
        if app
            .document
            .with_untracked(|d| d.anchors.current.is_untouched())
        {
            start_fresh(app);
        } else {
            state.confirming.set(Some(Confirming::Retake));
            browser::focus_when_drawn(question);
        }
    };
    let cancel = move |_| {
        state.confirming.set(None);
        browser::focus_when_drawn(retake);
    };
    view! {
        <div class="no-print">
            <div class="button-row result-actions">
                <button type="button" on:click=|_| browser::print()>{t(AssessMsg::Print)}</button>
                <button type="button" node_ref=retake on:click=ask_or_start>{t(AssessMsg::Retake)}</button>
                <a class="button" href=format!("#{}", Route::Card.hash())>{TrainMsg::NavCard.text(lang)}</a>
            </div>
            <Show when=move || state.confirming.get() == Some(Confirming::Retake)>
                <Confirm id="retake-question" question=t(AssessMsg::RetakeDiscards) question_ref=question>
                    <button type="button" class="danger" on:click=move |_| start_fresh(app)>
                        {t(AssessMsg::StartAgain)}
                    </button>
                    <button type="button" on:click=|_| browser::go_to(Route::Assessment.hash())>
                        {t(AssessMsg::Continue)}
                    </button>
                    <button type="button" on:click=cancel>{t(AssessMsg::Cancel)}</button>
                </Confirm>
            </Show>
        </div>
    }
}

/// Past results, newest first, and the comparison with another one.
#[component]
pub(super) fn History(state: ResultState) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    // Each result by its index and date, newest first; an index's result changes only when
    // an earlier one is deleted, and then its key does too.
    let entries = move || {
        app.document.with(|d| {
            let all = d.anchors.history.all();
            let mut entries: Vec<(usize, NaiveDate)> =
                all.iter().map(|result| result.date()).enumerate().collect();
            entries.reverse();
            entries
        })
    };
    let compare = move || {
        let shown = state.shown.get()?;
        let mut names: Vec<(usize, String)> = entries()
            .into_iter()
            .map(|(index, date)| (index, result_name(index, date, lang)))
            .collect();
        names.reverse();
        (names.len() > 1).then(|| view! { <Compare state shown names/> })
    };
    view! {
        <section class="history no-print" aria-labelledby="history-heading">
            <h2 id="history-heading">{AssessMsg::HistoryHeading.text(lang)}</h2>
            <ul class="history-list">
                <For each=entries key=|entry| *entry let:entry>
                    <HistoryItem state index=entry.0 name=result_name(entry.0, entry.1, lang)/>
                </For>
            </ul>
            {compare}
        </section>
    }
}

/// A past result's name in the list: its date and its number, e.g. 2026年11月1日 (2).
fn result_name(index: usize, date: NaiveDate, lang: crate::domain::lang::Lang) -> String {
    format!("{} ({})", date_text(date, lang), index + 1)
}

/// One past result: shown, or a button to show it; delete, after a confirmation.
#[component]
fn HistoryItem(state: ResultState, index: usize, name: String) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = move |msg: AssessMsg| msg.text(lang);
    let delete = NodeRef::<html::Button>::new();
    let question = NodeRef::<html::P>::new();
    let ask = move |_| {
        state.confirming.set(Some(Confirming::Delete(index)));
        browser::focus_when_drawn(question);
    };
    let show = move |_| {
        state.confirming.set(None);
        state.compare_to.set(None);
        state.chosen.set(Some(index));
        browser::scroll_to_top();
        browser::focus_when_drawn(state.heading);
    };
    let delete_for_good = move |_| {
        state.confirming.set(None);
        state.compare_to.set(None);
        state.chosen.set(None);
        app.document.update(|d| {
            d.anchors.history.delete(index);
        });
        // The heading of the latest result, or of "no result yet" when none is left.
        browser::focus_later("#result-heading");
    };
    let cancel = move |_| {
        state.confirming.set(None);
        browser::focus_when_drawn(delete);
    };
    view! {
        <li>
            <span class="history-name">{name}</span>" "
            {move || if state.shown.get() == Some(index) {
                Either::Left(view! { <span class="badge">{t(AssessMsg::Showing)}</span> })
            } else {
                Either::Right(view! { <button type="button" on:click=show>{t(AssessMsg::Show)}</button> })
            }}
            " "
            <button
                type="button"
                node_ref=delete
                on:click=ask
            >
                {t(AssessMsg::Delete)}
            </button>
            <Show when=move || state.confirming.get() == Some(Confirming::Delete(index))>
                <Confirm id="delete-question" question=t(AssessMsg::ConfirmDelete) question_ref=question>
                    <button type="button" class="danger" on:click=delete_for_good>
                        {t(AssessMsg::Delete)}
                    </button>
                    <button type="button" on:click=cancel>{t(AssessMsg::Cancel)}</button>
                </Confirm>
            </Show>
        </li>
    }
}

/// The choice of a result to compare the shown one with, and what moved between them,
/// in a live section so the change is announced.
#[component]
fn Compare(state: ResultState, shown: usize, names: Vec<(usize, String)>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = move |msg: AssessMsg| msg.text(lang);
    let options = names
        .into_iter()
        .filter(|&(index, _)| index != shown)
        .map(|(index, name)| view! { <option value=index>{name}</option> })
        .collect_view();
    let changes = move || {
        let other = state.compare_to.get()?;
        let moved = app
            .document
            .with_untracked(|d| d.anchors.history.compare(other, shown))
            .unwrap_or_default();
        Some(if moved.is_empty() {
            Either::Left(view! { <p>{t(AssessMsg::NoChange)}</p> })
        } else {
            Either::Right(view! {
                <ul>
                    {moved.into_iter().map(|(anchor, delta)| {
                        let direction = if delta > 0 { t(AssessMsg::Rose) } else { t(AssessMsg::Fell) };
                        let text = format!("{} {direction} {}", label(anchor, lang), delta_text(delta));
                        view! { <li data-anchor=anchor.code()>{text}</li> }
                    }).collect_view()}
                </ul>
            })
        })
    };
    view! {
        <div class="compare">
            <h3>{t(AssessMsg::CompareHeading)}</h3>
            <label for="compare-select">{t(AssessMsg::CompareWith)}</label>" "
            <select
                id="compare-select"
                on:change:target=move |event| state.compare_to.set(event.target().value().parse().ok())
            >
                <option value="">{t(AssessMsg::CompareNone)}</option>
                {options}
            </select>
        </div>
        <section class="changes" aria-live="polite" aria-label=t(AssessMsg::CompareHeading)>
            {changes}
        </section>
    }
}

/// An "are you sure?" group: the question (the opener moves focus to it through
/// `question_ref`), then the buttons.
#[component]
fn Confirm(
    id: &'static str,
    question: &'static str,
    question_ref: NodeRef<html::P>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="confirm" role="group" aria-labelledby=id>
            <p id=id tabindex="-1" node_ref=question_ref>{question}</p>
            <div class="button-row">{children()}</div>
        </div>
    }
}

/// Starts a new assessment, keeping the past results, and opens it.
fn start_fresh(app: AppState) {
    app.document.update(|d| d.anchors.retake(app.today));
    browser::go_to(Route::Assessment.hash());
}
