//! The "most true" step: the statements rated highest come first; the person picks
//! exactly three, each worth four extra points to its anchor. The others are shown on
//! request. A fourth pick is refused with a note beside the count, which stays in view,
//! and the box is cleared again.

use leptos::prelude::*;

use super::Position;
use crate::browser;
use crate::components::text::tr;
use crate::domain::anchors::{StatementId, Toggled};
use crate::i18n::anchors::{statement, AnchorMsg};
use crate::i18n::assessment::AssessMsg;
use crate::i18n::{colon, fill};
use crate::route::Route;
use crate::state::use_app;

/// The picking step: the count, the highest rated statements, the others on request, and
/// the way back to the answers or on to the result (once three are picked).
#[component]
pub(super) fn PickingStep(position: Position) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let picked = move || app.document.with(|d| d.anchors.current.picks.len());
    let show_all = RwSignal::new(false);
    let refused = RwSignal::new(false);
    // The highest rated and the others are chosen once, as the step opens, so the lists
    // stay put.
    let (highest, others) = app
        .document
        .with_untracked(|d| d.anchors.current.candidates());
    let back_to_rating = move |_| {
        position.picking.set(false);
        position.cursor.set(StatementId::FIRST);
        // Its chosen answer, which a screen reader reads as checked (not the first
        // step, which sounds unanswered).
        browser::focus_later_either(
            "#statement-1 input:checked".to_owned(),
            "#statement-1 input".to_owned(),
        );
    };
    // How many picks are still missing, said beside the button until there are three.
    let missing = move || {
        let count = 3usize.saturating_sub(picked());
        fill(
            AssessMsg::PicksMissing.text(lang.get()),
            &[&count.to_string()],
        )
    };
    let see_result = move |_| {
        // Until three are picked the button only says so (`aria-disabled`, described by
        // the note): it stays reachable by Tab, so the note is heard where it matters.
        if picked() != 3 {
            return;
        }
        let mut done = false;
        app.document
            .update(|d| done = d.anchors.complete(app.today, browser::clock_time()).is_ok());
        if done {
            browser::go_to(Route::Result.hash());
        }
    };
    view! {
        <section class="picking" aria-labelledby="pick-heading">
            <div class="pick-head">
                <h2 id="pick-heading" tabindex="-1">{tr(AssessMsg::PickTitle)}</h2>
                <p>{tr(AnchorMsg::PickInstruction)}</p>
            </div>
            // The count and a refused fourth pick stay in view while the list scrolls
            // under them: a box that does not tick says why where the person is.
            <div class="pick-status">
                <p class="pick-count" role="status">
                    {tr(AssessMsg::Picked)}" "{picked}" / 3"
                </p>
                <p class="notice-inline" role="status">
                    {move || if refused.get() { AnchorMsg::PickLimitReached.text(lang.get()) } else { "" }}
                </p>
                // Three picked: the way on, here, as well as at the list's end.
                <p class="pick-done" hidden=move || picked() != 3>
                    <button type="button" class="primary" on:click=see_result>{tr(AssessMsg::PickedSeeResult)}</button>
                </p>
            </div>
            <PickList ids=highest refused/>
            <div class="pick-more">
                <button
                    type="button"
                    aria-expanded=move || if show_all.get() { "true" } else { "false" }
                    aria-controls="pick-rest"
                    on:click=move |_| show_all.update(|open| *open = !*open)
                >
                    {move || {
                        let label = if show_all.get() { AssessMsg::HideOthers } else { AssessMsg::ShowAll };
                        label.text(lang.get())
                    }}
                </button>
                // Only the person changes these boxes, so they are drawn once, hidden.
                <div id="pick-rest" hidden=move || !show_all.get()>
                    <h3>{tr(AnchorMsg::OtherStatements)}</h3>
                    <PickList ids=others refused/>
                </div>
            </div>
            <div class="button-row">
                <button type="button" on:click=back_to_rating>{tr(AssessMsg::BackToRating)}</button>
                <button
                    type="button"
                    class="primary"
                    id="see-result"
                    aria-disabled=move || (picked() != 3).then_some("true")
                    aria-describedby=move || (picked() != 3).then_some("picks-missing")
                    on:click=see_result
                >
                    {tr(AssessMsg::SeeResult)}
                </button>
            </div>
            <p id="picks-missing" class="picks-missing" hidden=move || picked() == 3>{missing}</p>
        </section>
    }
}

/// Statements with a checkbox each, ticked as picked when the list is drawn, and the
/// answer the person gave them.
#[component]
fn PickList(ids: Vec<StatementId>, refused: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let toggle = move |id: StatementId, input: web_sys::HtmlInputElement| {
        let mut outcome = Toggled::Unpicked;
        app.document
            .update(|d| outcome = d.anchors.current.toggle_pick(id));
        let refusal = outcome == Toggled::RefusedAlreadyThree;
        refused.set(refusal);
        if refusal {
            // The browser has already ticked the box; the fourth pick is refused.
            input.set_checked(false);
        }
    };
    let items = app.document.with_untracked(|d| {
        let current = &d.anchors.current;
        ids.into_iter()
            .map(|id| {
                let rating = current.answers.get(id).map_or(0, |r| r.value());
                let checked = current.picks.contains(id);
                view! {
                    <li>
                        <label class="pick">
                            <input
                                type="checkbox"
                                value=id.number()
                                prop:checked=checked
                                on:change:target=move |event| toggle(id, event.target())
                            />
                            <span class="pick-text">{move || statement(id, lang.get())}</span>
                            <span class="pick-rating">
                                {tr(AssessMsg::YourRating)}{move || colon(lang.get())}{rating}
                            </span>
                        </label>
                    </li>
                }
            })
            .collect_view()
    });
    view! { <ul class="pick-list">{items}</ul> }
}
