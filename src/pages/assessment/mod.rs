//! The self-assessment screen: forty statements rated 1–6 a page at a time (one at a
//! time on narrow screens), then the three most true picked. Every answer is saved as
//! it is given; coming back resumes at the first unanswered statement.
//!
//! Written as Leptos components that follow the language in place. Where the person is
//! (the statement, the step) is page-local: the page is built from the saved document
//! when the screen opens or another tab replaces the document, and starts at the resume
//! position.

mod picking;
mod rating;

use leptos::either::Either;
use leptos::prelude::*;

use crate::browser;
use crate::components::text::tr;
use crate::domain::anchors::{Rating, StatementId};
use crate::i18n::anchors::AnchorMsg;
use crate::i18n::assessment::{date_text, AssessMsg};
use crate::i18n::fill;
use crate::route::Route;
use crate::state::use_app;

/// Where the person is in the self-assessment: the page-local state both steps share.
#[derive(Clone, Copy)]
struct Position {
    /// The statement the person is at; its page is shown.
    cursor: RwSignal<StatementId>,
    /// True in the "most true" step.
    picking: RwSignal<bool>,
    /// What a digit does in the answering step: answer the statement at the cursor and
    /// move on. Set while that step is shown, so that a digit pressed on the page's
    /// heading (where focus lands when the screen opens) answers too.
    answer: StoredValue<Option<Callback<Rating>>>,
}

/// The intro, the progress, then the step the person is at: answering or picking.
#[component]
pub fn AssessmentPage() -> impl IntoView {
    let app = use_app();
    // Resume at the first unanswered statement, or at the picking step once all are answered.
    let first_unanswered = app
        .document
        .with_untracked(|d| d.anchors.current.answers.first_unanswered());
    let position = Position {
        cursor: RwSignal::new(first_unanswered.unwrap_or(StatementId::FIRST)),
        picking: RwSignal::new(first_unanswered.is_none()),
        answer: StoredValue::new(None),
    };
    // A digit from 1 to 6 outside a statement (the heading, the intro, the hint): the
    // statement at the cursor. A statement's own digits are handled, and marked so,
    // before they reach here; controls keep their keys.
    let on_keydown = move |event: web_sys::KeyboardEvent| {
        if event.default_prevented()
            || event.ctrl_key()
            || event.alt_key()
            || event.meta_key()
            || browser::is_control(event.target())
        {
            return;
        }
        let rating = event.key().parse().ok().and_then(Rating::new);
        if let (Some(rating), Some(answer)) = (rating, position.answer.get_value()) {
            event.prevent_default();
            answer.run(rating);
        }
    };
    let answered = move || {
        app.document
            .with(|d| d.anchors.current.answers.answered_count())
    };
    // A result there already, and nothing answered since (a second device after an
    // import, say): the result is one step away, and answering again loses nothing.
    let earlier = move || {
        app.document.with(|d| {
            let latest = d.anchors.history.latest()?.date();
            (d.anchors.current.answers.answered_count() == 0).then_some(latest)
        })
    };
    // Come back part of the way through: the intro read before is folded, so that the
    // statement to answer is on a phone's first screen, not under the intro again.
    let resumed = first_unanswered.filter(|_| {
        app.document
            .with_untracked(|d| d.anchors.current.answers.answered_count() > 0)
    });
    let intro = move || {
        view! {
            <p class="lead">{tr(AssessMsg::Intro)}</p>
            <details class="how-to-answer">
                <summary>{tr(AssessMsg::HowToAnswer)}</summary>
                <p>{tr(AnchorMsg::RatingInstruction)}</p>
                <p>{tr(AssessMsg::HowToAnswerBody)}</p>
            </details>
        }
    };
    let intro = match resumed {
        Some(at) => Either::Left(view! {
            // Said until the person moves on: at statement 40 it would be stale.
            <p class="resumed" hidden=move || position.cursor.get() != at || position.picking.get()>
                {move || fill(AssessMsg::Resumed.text(app.lang.get()), &[&at.number().to_string()])}
            </p>
            <details class="intro-again">
                <summary>{tr(AssessMsg::IntroAgain)}</summary>
                {intro()}
            </details>
        }),
        None => Either::Right(intro()),
    };
    view! {
        <article class="assessment" on:keydown=on_keydown>
            <div class="assessment-intro">
                <h1 id="assessment-heading" tabindex="-1">{tr(AssessMsg::Title)}</h1>
                {intro}
                {move || earlier().map(|date| {
                    let lang = app.lang.get();
                    view! {
                        <p class="has-result">
                            {fill(AssessMsg::HasResult.text(lang), &[&date_text(date, lang)])}
                            " "
                            <a href=format!("#{}", Route::Result.hash())>{AssessMsg::SeeResult.text(lang)}</a>
                        </p>
                    }
                })}
                // The digits said in the summary line, for everyone who has a keyboard; the
                // rest folded, for those who look for it (arrows, a screen reader's focus mode).
                <details class="keyboard-hint">
                    <summary>{tr(AssessMsg::KeyboardSummary)}</summary>
                    <p>{tr(AssessMsg::KeyboardHint)}</p>
                </details>
            </div>
            <div class="progress">
                <label for="assessment-progress">{tr(AssessMsg::Answered)}</label>
                // Read as "5 / 40", as shown, not as a percentage.
                <progress
                    id="assessment-progress"
                    max=StatementId::COUNT
                    value=answered
                    aria-valuetext=move || format!("{} / {}", answered(), StatementId::COUNT)
                ></progress>
                <span class="progress-count" data-testid="progress">
                    {move || format!("{} / {}", answered(), StatementId::COUNT)}
                </span>
            </div>
            {move || {
                if position.picking.get() {
                    Either::Left(view! { <picking::PickingStep position/> })
                } else {
                    Either::Right(view! { <rating::RatingStep position/> })
                }
            }}
        </article>
    }
}
