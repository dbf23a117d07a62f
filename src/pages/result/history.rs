//! Around a result: print and take-again buttons, the list of past results (show,
//! delete with confirmation), and the comparison of two results.

use chrono::{NaiveDate, NaiveTime};
use leptos::either::Either;
use leptos::html;
use leptos::prelude::*;

use super::{Confirming, ResultState};
use crate::browser;
use crate::components::text::tr;
use crate::domain::lang::Lang;
use crate::i18n::anchors::label;
use crate::i18n::assessment::{delta_text, moment_text, AssessMsg};
use crate::i18n::fill;
use crate::i18n::training::TrainMsg;
use crate::route::Route;
use crate::state::{use_app, AppState};

/// Print, take the assessment again (asking first if one is in progress), the card.
#[component]
pub(super) fn ResultActions(state: ResultState) -> impl IntoView {
    let app = use_app();
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
                <button type="button" on:click=|_| browser::print()>{tr(AssessMsg::Print)}</button>
                <button type="button" node_ref=retake on:click=ask_or_start>
                    {tr(AssessMsg::Retake)}
                </button>
                <a class="button" href=format!("#{}", Route::Card.hash())>{tr(TrainMsg::NavCard)}</a>
            </div>
            <Confirm
                id="retake-question"
                question=AssessMsg::RetakeDiscards
                question_ref=question
                hidden=Signal::derive(move || state.confirming.get() != Some(Confirming::Retake))
            >
                    <button type="button" class="danger" on:click=move |_| start_fresh(app)>
                        {tr(AssessMsg::StartAgain)}
                    </button>
                    <button type="button" on:click=|_| browser::go_to(Route::Assessment.hash())>
                        {tr(AssessMsg::Continue)}
                    </button>
                <button type="button" on:click=cancel>{tr(AssessMsg::Cancel)}</button>
            </Confirm>
        </div>
    }
}

/// Past results, newest first, and the comparison with another one.
#[component]
pub(super) fn History(state: ResultState) -> impl IntoView {
    let app = use_app();
    // Each result by its index, date and time, newest first. A result's index changes only
    // when an earlier one is deleted, and then its key changes too.
    let entries = move || {
        app.document.with(|d| {
            let mut entries: Vec<Entry> = d
                .anchors
                .history
                .all()
                .iter()
                .map(|result| (result.date(), result.time()))
                .enumerate()
                .collect();
            entries.reverse();
            entries
        })
    };
    let compare = move || {
        let shown = state.shown.get()?;
        let mut others = entries();
        others.reverse();
        (others.len() > 1).then(|| view! { <Compare state shown others/> })
    };
    view! {
        <section class="history no-print" aria-labelledby="history-heading">
            <h2 id="history-heading">{tr(AssessMsg::HistoryHeading)}</h2>
            <ul class="history-list">
                <For each=entries key=|entry| *entry let:entry>
                    <HistoryItem state index=entry.0 when=entry.1/>
                </For>
            </ul>
            {compare}
        </section>
    }
}

/// A past result: its index (0 = oldest), and the day and time it was completed.
type Entry = (usize, (NaiveDate, Option<NaiveTime>));

/// A past result's name: its date, its time when known, and which result it was, e.g.
/// 2026年11月1日 14:30（2回目）; results of the same day differ by their time.
fn result_name(index: usize, (date, time): (NaiveDate, Option<NaiveTime>), lang: Lang) -> String {
    let number = (index + 1).to_string();
    fill(
        AssessMsg::ResultNumber.text(lang),
        &[&moment_text(date, time, lang), &number],
    )
}

/// One past result: shown, or a button to show it; delete, after a confirmation.
#[component]
fn HistoryItem(
    state: ResultState,
    index: usize,
    when: (NaiveDate, Option<NaiveTime>),
) -> impl IntoView {
    let app = use_app();
    let delete = NodeRef::<html::Button>::new();
    let question = NodeRef::<html::P>::new();
    let show = move |_| {
        state.confirming.set(None);
        state.compare_to.set(None);
        state.chosen.set(Some(index));
        browser::scroll_to_top();
        browser::focus_when_drawn(state.heading);
    };
    let ask = move |_| {
        state.confirming.set(Some(Confirming::Delete(index)));
        browser::focus_when_drawn(question);
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
            // Each button is described by the result it acts on, so that a list of
            // 「表示する」「削除」 can be told apart by ear.
            <span class="history-name" id=format!("history-name-{index}")>{move || result_name(index, when, app.lang.get())}</span>
            " "
            {move || {
                if state.shown.get() == Some(index) {
                    Either::Left(view! { <span class="badge">{tr(AssessMsg::Showing)}</span> })
                } else {
                    Either::Right(view! { <button type="button" aria-describedby=format!("history-name-{index}") on:click=show>{tr(AssessMsg::Show)}</button> })
                }
            }}
            " "
            <button type="button" node_ref=delete aria-describedby=format!("history-name-{index}") on:click=ask>{tr(AssessMsg::Delete)}</button>
            <Show when=move || state.confirming.get() == Some(Confirming::Delete(index))>
                <Confirm id="delete-question" question=AssessMsg::ConfirmDelete question_ref=question hidden=Signal::stored(false)>
                    <button type="button" class="danger" on:click=delete_for_good>
                        {tr(AssessMsg::Delete)}
                    </button>
                    <button type="button" on:click=cancel>{tr(AssessMsg::Cancel)}</button>
                </Confirm>
            </Show>
        </li>
    }
}

/// The choice of a result to compare the shown one with, and what moved between them,
/// in a live section so the change is announced. `others` are all results, oldest first.
#[component]
fn Compare(state: ResultState, shown: usize, others: Vec<Entry>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let options = others
        .into_iter()
        .filter(|&(index, _)| index != shown)
        .map(|(index, when)| {
            view! { <option value=index>{move || result_name(index, when, lang.get())}</option> }
        })
        .collect_view();
    let changes = move || {
        let other = state.compare_to.get()?;
        let lang = lang.get();
        let moved = app
            .document
            .with_untracked(|d| d.anchors.history.compare(other, shown))
            .unwrap_or_default();
        Some(if moved.is_empty() {
            Either::Left(view! { <p>{AssessMsg::NoChange.text(lang)}</p> })
        } else {
            Either::Right(view! {
                <ul>
                    {moved.into_iter().map(|(anchor, delta)| {
                        let direction = if delta > 0 { AssessMsg::Rose } else { AssessMsg::Fell };
                        let text = format!(
                            "{} {} {}",
                            label(anchor, lang),
                            direction.text(lang),
                            delta_text(delta)
                        );
                        view! { <li data-anchor=anchor.code()>{text}</li> }
                    }).collect_view()}
                </ul>
            })
        })
    };
    view! {
        <div class="compare">
            <h3>{tr(AssessMsg::CompareHeading)}</h3>
            <label for="compare-select">{tr(AssessMsg::CompareWith)}</label>
            " "
            <select
                id="compare-select"
                on:change:target=move |event| state.compare_to.set(event.target().value().parse().ok())
            >
                <option value="">{tr(AssessMsg::CompareNone)}</option>
                {options}
            </select>
        </div>
        <section class="changes" aria-live="polite" aria-label=tr(AssessMsg::CompareHeading)>
            {changes}
        </section>
    }
}

/// An "are you sure?" group: the question (the opener moves focus to it through
/// `question_ref`), then the buttons.
#[component]
fn Confirm(
    id: &'static str,
    question: AssessMsg,
    question_ref: NodeRef<html::P>,
    /// Hidden while closed, for a confirmation that stays in the page.
    hidden: Signal<bool>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="confirm" role="group" aria-labelledby=id hidden=hidden>
            <p id=id tabindex="-1" node_ref=question_ref>{tr(question)}</p>
            <div class="button-row">{children()}</div>
        </div>
    }
}

/// Starts a new assessment, keeping the past results, and opens it.
fn start_fresh(app: AppState) {
    app.document.update(|d| d.anchors.retake(app.today));
    browser::go_to(Route::Assessment.hash());
}
