//! The follow-up question: once a saved commitment's start date has passed, the shell
//! asks "did you start?" wherever the person lands, and records the answer on the
//! four-level behaviour-change scale. It takes little room: the question and the
//! commitment, then the scale only when the person chooses to answer. "Ask me tomorrow"
//! is saved, so the question rests for the rest of the day, reloads included.

use leptos::prelude::*;

use crate::browser;
use crate::components::change_scale::ChangeScale;
use crate::domain::commitments::{Change, SavedCommitment, Wording};
use crate::i18n::check::{set_aside_help, start_line, CheckMsg};
use crate::i18n::commitment::format_date;
use crate::i18n::fill;
use crate::route::{action_address, Route};
use crate::state::use_app;

/// What the notice last did, for its status line.
#[derive(Clone, Copy, PartialEq)]
enum Said {
    Nothing,
    Recorded,
    /// Recorded that the commitment `id` has not begun.
    NotYet(u64),
    Later,
    /// Set an action aside: its record stays in the list.
    SetAside,
}

/// The notice near the top of every screen, for the earliest commitment that is due.
#[component]
pub fn FollowUp() -> impl IntoView {
    let app = use_app();
    let said = RwSignal::new(Said::Nothing);
    let answering_on = RwSignal::new(None::<u64>);
    let confirming_on = RwSignal::new(None::<u64>);
    // What was said belongs to the screen it was said on: the next screen starts without it.
    Effect::new(move |before: Option<Route>| {
        let route = app.route.get();
        if before.is_some_and(|before| before != route) {
            said.set(Said::Nothing);
        }
        route
    });
    // A memo, so typing elsewhere in the document does not rebuild the notice; without
    // the note being written for the answer, so that typing it does not either (and take
    // the focus from its box).
    let due = Memo::new(move |_| {
        app.document.with(|d| {
            d.commitments
                .next_follow_up(app.today)
                .map(|c| SavedCommitment {
                    follow_up_note: String::new(),
                    ..c.clone()
                })
        })
    });
    // How many are waiting, this one included.
    let waiting = Memo::new(move |_| {
        app.document
            .with(|d| d.commitments.follow_ups_waiting(app.today))
    });
    // After an answer (or an action set aside), focus goes to the next question, or to
    // the screen's heading once there is none: not lost with the button that went.
    let move_on = move |what: Said| {
        said.set(what);
        if due.with_untracked(Option::is_some) {
            browser::focus_later("#follow-up-heading");
        } else {
            browser::focus_later("main h1");
        }
    };
    let recorded = move |id: u64, change: Change| {
        let begun = matches!(change, Change::Remarkable | Change::Changed);
        move_on(if begun {
            Said::Recorded
        } else {
            Said::NotYet(id)
        });
    };
    let question = move || {
        let commitment = due.get()?;
        let lang = app.lang.get();
        let t = move |msg: CheckMsg| msg.text(lang);
        let start = commitment
            .start_date
            .map(|date| {
                start_line(
                    date,
                    commitment.start_read().read_on,
                    commitment.start_by,
                    lang,
                )
            })
            .unwrap_or_default();
        let private = !commitment.shared;
        // A habit is asked whether it began; a one-off act whether it was done.
        let wording = commitment.wording();
        let text = commitment.text.clone();
        let id = commitment.id;
        // Open or not is kept outside the question, by the commitment's id: the question is
        // drawn again when the language changes, and the person who was answering still is.
        let answering = Memo::new(move |_| answering_on.get() == Some(id));
        let scale = NodeRef::<leptos::html::Div>::new();
        let answer = move |_| {
            answering_on.set(Some(id));
            focus_first_button(scale);
        };
        // 保留 asks once, in place, saying what it is for: the notice stays small on every
        // screen until then, and a finished act is not put on hold by mistake.
        let confirming = Memo::new(move |_| confirming_on.get() == Some(id));
        let confirm_button = NodeRef::<leptos::html::Button>::new();
        let set_aside_button = NodeRef::<leptos::html::Button>::new();
        let ask_set_aside = move |_| {
            confirming_on.set(Some(id));
            browser::focus_when_drawn(confirm_button);
        };
        let keep = move |_| {
            confirming_on.set(None);
            browser::focus_when_drawn(set_aside_button);
        };
        let set_aside = move |_| {
            app.document
                .update(|d| d.commitments.set_aside(id, Some(app.today)));
            move_on(Said::SetAside);
        };
        let later = move |_| {
            app.document
                .update(|d| d.commitments.ask_follow_up_tomorrow(app.today));
            said.set(Said::Later);
            browser::focus_later("main h1");
        };
        Some(view! {
            <section class="notice notice-follow-up" data-notice="follow-up" aria-labelledby="follow-up-heading">
                <h2 id="follow-up-heading" tabindex="-1">
                    {t(if wording == Wording::Done { CheckMsg::FollowUpHeadingDone } else { CheckMsg::FollowUpHeading })}
                </h2>
                // Two lines while the notice only asks; the whole text once the person
                // answers, so that what they answer about is all on the screen. An action
                // kept to oneself (care, health, a job change) is not named until then: the
                // notice is at the top of every screen, the sheet held out to the
                // interviewer's included.
                {move || (!private || answering.get()).then(|| view! {
                    <p class="commitment-text" class:whole=answering>{text.clone()}</p>
                    <p class="follow-up-start">{start.clone()}</p>
                })}
                {move || (private && !answering.get()).then(|| view! {
                    <p class="follow-up-private">{t(CheckMsg::FollowUpPrivate)}</p>
                })}
                <div class="follow-up-actions" hidden=answering>
                    <button type="button" class="primary answer" on:click=answer>
                        {t(CheckMsg::AnswerNow)}
                    </button>
                    <button type="button" class="later" on:click=later>{t(CheckMsg::Later)}</button>
                    // Or it no longer fits: let it go, and keep its record (the status says so).
                    <button
                        type="button"
                        class="set-aside"
                        node_ref=set_aside_button
                        aria-expanded=move || confirming.get().to_string()
                        on:click=ask_set_aside
                    >
                        {t(CheckMsg::SetAside)}
                    </button>
                </div>
                // What 保留 is for, before it is done: not for an act already done, which
                // is recorded as such.
                <div class="set-aside-ask" hidden=move || answering.get() || !confirming.get()>
                    <p class="help set-aside-help" id="follow-up-set-aside-help">{t(set_aside_help(wording))}</p>
                    <div class="button-row">
                        <button
                            type="button"
                            class="set-aside-confirm"
                            node_ref=confirm_button
                            aria-describedby="follow-up-set-aside-help"
                            on:click=set_aside
                        >
                            {t(CheckMsg::SetAsideConfirm)}
                        </button>
                        <button type="button" class="set-aside-cancel" on:click=keep>{t(CheckMsg::EditCancel)}</button>
                    </div>
                </div>
                // Plans change (a transfer, care at home): no answer on the scale, but the
                // way to rewrite the action, whose new start asks again on its day.
                <p class="follow-up-rethink" hidden=answering>
                    <a href=action_address(commitment.id)>
                        {t(CheckMsg::Rethink)}
                    </a>
                </p>
                <div node_ref=scale hidden=move || !answering.get()>
                    <ChangeScale
                        id=commitment.id
                        wording=wording
                        on_record=move |change| recorded(commitment.id, change)
                    />
                    // Begun answering and not ready after all: the way out stays.
                    <p class="follow-up-not-now">
                        <button type="button" class="later answering-later" on:click=later>
                            {t(CheckMsg::Later)}
                        </button>
                    </p>
                </div>
            </section>
        })
    };
    let status = move || match said.get() {
        Said::Recorded if due.with(Option::is_none) => {
            CheckMsg::Recorded.text(app.lang.get()).to_owned()
        }
        // Not begun, and nothing else waiting: when it comes again, and how to plan anew.
        Said::NotYet(id) if due.with(Option::is_none) => {
            let lang = app.lang.get();
            let again = app.document.with(|d| {
                d.commitments
                    .saved
                    .iter()
                    .find(|c| c.id == id)
                    .and_then(|c| c.asks_again_on())
            });
            let again = again
                .map(|date| fill(CheckMsg::AskAgainOn.text(lang), &[&format_date(date, lang)]))
                .unwrap_or_default();
            format!(
                "{}{again}{}",
                CheckMsg::RecordedNotYet.text(lang),
                CheckMsg::PlanAnew.text(lang)
            )
        }
        Said::NotYet(_) => fill(
            CheckMsg::RecordedNext.text(app.lang.get()),
            &[&waiting.get().to_string()],
        ),
        // Recorded, and another is asked: say so, with how many are left.
        Said::Recorded => fill(
            CheckMsg::RecordedNext.text(app.lang.get()),
            &[&waiting.get().to_string()],
        ),
        Said::Later => CheckMsg::LaterSaid.text(app.lang.get()).to_owned(),
        Said::SetAside => CheckMsg::SetAsideSaid.text(app.lang.get()).to_owned(),
        Said::Nothing => String::new(),
    };
    view! {
        {question}
        <p class="status" role="status" data-notice="follow-up-recorded">{status}</p>
    }
}

/// Moves focus to the first level of the scale once it is shown.
fn focus_first_button(scale: NodeRef<leptos::html::Div>) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        // The notice may be gone by the next frame (answered at once): then nothing.
        let first = scale
            .try_get_untracked()
            .flatten()
            .and_then(|scale| scale.query_selector("button").ok().flatten())
            .and_then(|button| button.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(first) = first {
            let _ = first.focus();
        }
    });
}
