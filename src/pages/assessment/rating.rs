//! Answering: a page of statements, each a labelled group of six radio buttons. Digits
//! 1–6 answer the focused statement and move on to the next one. On a phone (one statement
//! a page) a tap that first answers a statement moves on too, a moment later, so that 40
//! statements take 40 taps rather than 80; the screen says so above the statement.
//! Going on to the picking step with statements unanswered lists them instead, each one
//! click away.

use std::time::Duration;

use leptos::html;
use leptos::prelude::*;

use super::Position;
use crate::browser;
use crate::components::text::tr;
use crate::domain::anchors::{Rating, StatementId};
use crate::i18n::anchors::{rating_label, statement};
use crate::i18n::assessment::AssessMsg;
use crate::state::{use_app, AppState};

/// Below this width the self-assessment shows one statement at a time.
const NARROW_SCREEN: &str = "(max-width: 40rem)";

/// How long a tapped answer stays in view before the next statement opens.
const TAP_PAUSE: Duration = Duration::from_millis(400);

/// The statements of the page the person is at, the pager, and the unanswered ones.
#[component]
pub(super) fn RatingStep(position: Position) -> impl IntoView {
    let app = use_app();
    let cursor = position.cursor;
    let narrow = browser::media_query_signal(NARROW_SCREEN);
    let page_size = move || if narrow.get() { 1 } else { 5 };
    // The first statement of the page the cursor is on.
    let page_start = move || {
        let size = page_size();
        (cursor.get().number() - 1) / size * size + 1
    };
    let last_page = move || page_start() + page_size() > StatementId::LAST.number();
    let unanswered = move || {
        app.document
            .with(|d| d.anchors.current.answers.unanswered())
    };
    let show_unanswered = RwSignal::new(false);
    // The unanswered statements, once the person has asked to go on without them.
    let listed = move || {
        if show_unanswered.get() {
            unanswered()
        } else {
            Vec::new()
        }
    };
    let forward_button = NodeRef::<html::Button>::new();
    let unanswered_heading = NodeRef::<html::P>::new();
    // The move that a tap has asked for and that has not happened yet.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let cancel_pending = move || {
        pending.try_update_value(browser::clear_timeout);
    };
    on_cleanup(cancel_pending);

    let turn_page = move |forward: bool| {
        cancel_pending();
        let (start, size) = untrack(move || (page_start(), page_size()));
        let next = if forward {
            start + size
        } else {
            start.saturating_sub(size).max(1)
        };
        if let Some(next) = StatementId::new(next) {
            cursor.set(next);
            // The progress at the top of the window and the new page's first statement
            // under it: on a phone, the statement and its six answers in view at once.
            browser::scroll_to_later(".progress");
            focus_statement(next);
        }
    };
    let to_picking = move || {
        if untrack(unanswered).is_empty() {
            position.picking.set(true);
            // The step's heading at the top of the window: on a phone, the page's own top
            // (its lead and a full progress bar) looked like the assessment begun again.
            browser::scroll_to_later(".picking");
            browser::focus_later("#pick-heading");
        } else {
            show_unanswered.set(true);
            browser::focus_when_drawn(unanswered_heading);
        }
    };
    let go_to = move |id: StatementId| {
        cancel_pending();
        let before = untrack(page_start);
        cursor.set(id);
        if untrack(page_start) != before {
            // A digit that turns the page: the new page opens under the progress.
            browser::scroll_to_later(".progress");
        }
        focus_statement(id);
    };
    // Answered with a digit: on to the next statement, or to the button after the last.
    // Come from the list of unanswered statements, on to the next of them instead, and
    // once none is left, to the way on to the picking step (on the last page): not to a
    // statement answered long ago.
    let answered = Callback::new(move |id: StatementId| {
        if show_unanswered.get_untracked() {
            let left = untrack(unanswered);
            let after = left.iter().find(|other| other.number() > id.number());
            match after.or(left.first()) {
                Some(&next) => go_to(next),
                None => {
                    cancel_pending();
                    cursor.set(StatementId::LAST);
                    browser::focus_when_drawn(forward_button);
                }
            }
            return;
        }
        match StatementId::new(id.number() + 1) {
            Some(next) => go_to(next),
            None => browser::focus_when_drawn(forward_button),
        }
    });
    // A digit pressed outside the statements answers the one at the cursor, as if
    // pressed in it.
    position.answer.set_value(Some(Callback::new(move |rating| {
        let id = cursor.get_untracked();
        rate(app, id, rating);
        answered.run(id);
    })));
    on_cleanup(move || {
        position.answer.try_set_value(None);
    });
    // A first answer tapped on a phone: on to the next statement once the choice is seen.
    // Another tap before then (a corrected answer) starts the pause again.
    let tapped = Callback::new(move |(id, first): (StatementId, bool)| {
        if narrow.get_untracked() && (first || pending.with_value(Option::is_some)) {
            pending.update_value(|timer| {
                browser::restart_timeout(timer, TAP_PAUSE, move || {
                    pending.try_update_value(|timer| *timer = None);
                    answered.run(id);
                })
            });
        }
    });
    let ids = move || {
        let (start, size) = (page_start(), page_size());
        (start..start + size)
            .filter_map(StatementId::new)
            .collect::<Vec<_>>()
    };
    view! {
        <p class="scale-legend">
            <span>{tr(AssessMsg::ScaleLow)}</span>{tr(AssessMsg::ScaleTo)}<span>{tr(AssessMsg::ScaleHigh)}</span>
        </p>
        <p class="help tap-hint" id="tap-hint" hidden=move || !narrow.get()>{tr(AssessMsg::TapHint)}</p>
        <div class="statements">
            <div class="statement-page">
                <For each=ids key=|id| *id let:id>
                    <Statement id answered tapped narrow/>
                </For>
            </div>
        </div>
        <div class="button-row pager">
            <button type="button" disabled=move || page_start() == 1 on:click=move |_| turn_page(false)>
                {tr(AssessMsg::Back)}
            </button>
            <button
                type="button"
                class="primary"
                id=move || last_page().then_some("to-picking")
                node_ref=forward_button
                on:click=move |_| if untrack(last_page) { to_picking() } else { turn_page(true) }
            >
                {move || {
                    let label = if last_page() { AssessMsg::ToPicking } else { AssessMsg::Next };
                    label.text(app.lang.get())
                }}
            </button>
        </div>
        <nav
            class="unanswered"
            aria-labelledby="unanswered-heading"
            hidden=move || listed().is_empty()
        >
            <p id="unanswered-heading" tabindex="-1" node_ref=unanswered_heading>
                {tr(AssessMsg::Unanswered)}
            </p>
            <ul>
                <For each=listed key=|id| *id let:id>
                    <li>
                        <button type="button" on:click=move |_| go_to(id)>
                            {tr(AssessMsg::StatementNumber)}" "{id.number()}
                        </button>
                    </li>
                </For>
            </ul>
        </nav>
    }
}

/// One statement: a fieldset whose legend is the statement, and the six steps of the
/// scale. A digit pressed anywhere in it answers it; then `answered` moves on. An answer
/// chosen by pointer (a tap, a click) calls `tapped` with whether it is the statement's
/// first; one chosen with the arrow keys, which also change a radio button, does not.
#[component]
fn Statement(
    id: StatementId,
    answered: Callback<StatementId>,
    tapped: Callback<(StatementId, bool)>,
    // On a phone the hint that a tap moves on describes each statement, so that a screen
    // reader says it before the first answer.
    #[prop(into)] narrow: Signal<bool>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let number = id.number();
    let name = format!("s{number}");
    // Whether the last thing to reach this statement was a pointer rather than a key.
    let by_pointer = StoredValue::new(false);
    let on_keydown = move |event: web_sys::KeyboardEvent| {
        by_pointer.set_value(false);
        if event.ctrl_key() || event.alt_key() || event.meta_key() {
            return;
        }
        if let Some(rating) = event.key().parse().ok().and_then(Rating::new) {
            event.prevent_default();
            rate(app, id, rating);
            answered.run(id);
        }
    };
    let steps = Rating::ALL.map(|rating| {
        view! {
            <label class="scale-step">
                <input
                    type="radio"
                    name=name.clone()
                    value=rating.value()
                    prop:checked=move || {
                        app.document.with(|d| d.anchors.current.answers.get(id)) == Some(rating)
                    }
                    on:change=move |_| {
                        let first = app.document.with_untracked(|d| d.anchors.current.answers.get(id).is_none());
                        rate(app, id, rating);
                        if by_pointer.get_value() {
                            tapped.run((id, first));
                        }
                    }
                />
                <span class="scale-value">{rating.value()}</span>
                <span class="scale-label">{move || rating_label(rating, lang.get())}</span>
            </label>
        }
    });
    view! {
        <fieldset
            class="statement"
            id=format!("statement-{number}")
            on:keydown=on_keydown
            on:pointerdown=move |_| by_pointer.set_value(true)
            aria-describedby=move || narrow.get().then_some("tap-hint")
        >
            <legend>
                <span class="statement-number">{format!("{number}. ")}</span>
                {move || statement(id, lang.get())}
            </legend>
            <div class="scale">{steps}</div>
        </fieldset>
    }
}

/// Records an answer; the assessment's start date is set by the first one.
fn rate(app: AppState, id: StatementId, rating: Rating) {
    let today = app.today;
    app.document
        .update(|d| d.anchors.current.rate_on(id, rating, today));
}

/// Focuses a statement's chosen step, or its first step when it has no answer yet, once
/// its page is drawn.
fn focus_statement(id: StatementId) {
    let number = id.number();
    browser::focus_later_either(
        format!("#statement-{number} input:checked"),
        format!("#statement-{number} input"),
    );
}
