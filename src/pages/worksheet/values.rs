//! Sections d and e: what the person values (the latest anchor result, or an invitation
//! to take the self-assessment, and what they will not give up), and the career-autonomy
//! self-check (the three conditions, which hold, what to work on next).

use leptos::prelude::*;

use crate::domain::worksheet::readiness::{action_passes, is_filled, Section};
use crate::domain::worksheet::{Autonomy, SelfRating};
use crate::i18n::anchors::label;
use crate::i18n::commitment::format_date;
use crate::i18n::fill;
use crate::i18n::worksheet::{self_rating, WsMsg};
use crate::route::Route;
use crate::state::use_app;

use super::fields::*;
use super::reach::ReachNote;
use super::WsSection;

/// d. Values: the latest result's top three anchors (shared or not), and what I will not
/// give up.
#[component]
pub fn ValuesSection() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = move |msg: WsMsg| msg.text(lang);
    let document = app.document;
    let latest = Memo::new(move |_| {
        document.with(|d| {
            d.anchors
                .history
                .latest()
                .map(|result| (result.date(), result.scores().top_three_placed()))
        })
    });
    let shared = Memo::new(move |_| document.with(|d| d.worksheet.share_anchors));
    view! {
        <WsSection section=Section::Values lead=WsMsg::ValuesLead>
            <ReachNote first=true/>
            {move || match latest.get() {
                Some((date, top)) => {
                    let tied = top.len() > 3;
                    view! {
                        <div class="entry anchors-entry">
                            <h3>{fill(t(WsMsg::AnchorsLatest), &[&format_date(date, lang)])}</h3>
                            <ol class="top-anchors">
                                {top.into_iter()
                                    .map(|(place, anchor)| view! {
                                        // The anchor's colour, as on the result's chart; its
                                        // two-letter code means something only in a training.
                                        <li value=place data-anchor=anchor.code()>
                                            <span class="anchor-dot" aria-hidden="true"></span>
                                            {label(anchor, lang)}
                                        </li>
                                    })
                                    .collect_view()}
                            </ol>
                            {tied.then(|| view! { <p class="help anchors-tied">{t(WsMsg::AnchorsTied)}</p> })}
                            <ShareChoice
                                name="ws-anchors-share".to_owned()
                                shared=shared
                                on_change=move |value: bool| document.update(|d| d.worksheet.share_anchors = value)
                            />
                            <p class="help anchors-on-sheet" hidden=move || !shared.get()>{t(WsMsg::AnchorsOnSheet)}</p>
                        </div>
                    }
                    .into_any()
                }
                None => view! {
                    <div class="entry invite">
                        <p>{t(WsMsg::AnchorsNone)}</p>
                        <a class="button" href=format!("#{}", Route::Assessment.hash())>
                            {t(WsMsg::AnchorsTake)}
                        </a>
                    </div>
                }
                .into_any(),
            }}
            <NoteField
                id="ws-values-text"
                label=t(WsMsg::ValuesLabel)
                help=t(WsMsg::ValuesHelp)
                get=|d| &d.worksheet.values
                get_mut=|d| &mut d.worksheet.values
            />
        </WsSection>
    }
}

/// One of the three autonomy conditions: how to read and write its rating.
struct Condition {
    key: &'static str,
    question: WsMsg,
    next_step: WsMsg,
    /// The next step once what it asks for is written on the worksheet.
    next_when_written: WsMsg,
    get: fn(&Autonomy) -> Option<SelfRating>,
    set: fn(&mut Autonomy, SelfRating),
}

const CONDITIONS: [Condition; 3] = [
    Condition {
        key: "performs",
        question: WsMsg::AutonomyPerforms,
        next_step: WsMsg::NextPerforms,
        next_when_written: WsMsg::NextPerformsWritten,
        get: |a| a.performs,
        set: |a, r| a.performs = Some(r),
    },
    Condition {
        key: "vision",
        question: WsMsg::AutonomyVision,
        next_step: WsMsg::NextVision,
        next_when_written: WsMsg::NextVisionWritten,
        get: |a| a.vision,
        set: |a, r| a.vision = Some(r),
    },
    Condition {
        key: "acting",
        question: WsMsg::AutonomyActing,
        next_step: WsMsg::NextActing,
        next_when_written: WsMsg::NextActingWritten,
        get: |a| a.acting,
        set: |a, r| a.acting = Some(r),
    },
];

/// e. The career-autonomy self-check.
#[component]
pub fn AutonomySection() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = move |msg: WsMsg| msg.text(lang);
    let document = app.document;
    let ratings =
        Memo::new(move |_| document.with(|d| CONDITIONS.map(|c| (c.get)(&d.worksheet.autonomy))));
    // What the worksheet already holds for each condition: the past looked back on, a
    // vision, an action that passes both tests. The step follows it, not only the rating.
    // Cheap first: the check runs on the actions only until one passes (the overview at
    // the top counts them all).
    let written = Memo::new(move |_| {
        let settings = app.check_settings();
        document.with(|d| {
            let looked_back = is_filled(d, Section::LookingBack);
            let passing = d
                .commitments
                .saved
                .iter()
                .any(|action| action_passes(action, app.today, &settings));
            [looked_back, d.worksheet.vision.is_stated(), passing]
        })
    });
    let next_steps = move || {
        let ratings = ratings.get();
        let written = written.get();
        let answered = ratings.iter().filter(|r| r.is_some()).count();
        let steps: Vec<&'static str> = CONDITIONS
            .iter()
            .zip(ratings)
            .zip(written)
            .filter(|((_, rating), _)| {
                matches!(rating, Some(SelfRating::Partly | SelfRating::NotYet))
            })
            .map(|((condition, _), written)| {
                if written {
                    condition.next_when_written
                } else {
                    condition.next_step
                }
                .text(lang)
            })
            .collect();
        if answered == 3 && steps.is_empty() {
            vec![t(WsMsg::AutonomyAllHeld)]
        } else {
            steps
        }
    };
    let shared = Memo::new(move |_| document.with(|d| d.worksheet.autonomy.shared));
    // Shared with the manager who conducts the interview, a self-rating of one's results
    // can read as an appraisal: said before it goes on the sheet.
    let to_manager = Memo::new(move |_| {
        document.with(|d| d.worksheet.autonomy.shared && d.worksheet.interview.manager_conducts())
    });
    view! {
        <WsSection section=Section::Autonomy lead=WsMsg::AutonomyLead>
            {CONDITIONS
                .iter()
                .enumerate()
                .map(|(index, condition)| {
                    let set = condition.set;
                    let name = format!("ws-autonomy-{}", condition.key);
                    view! {
                        <fieldset class="inline-choice rating">
                            <legend>{condition.question.text(lang)}</legend>
                            {SelfRating::ALL
                                .into_iter()
                                .map(|rating| view! {
                                    <label>
                                        <input
                                            type="radio"
                                            name=name.clone()
                                            value=rating.code()
                                            prop:checked=move || ratings.get()[index] == Some(rating)
                                            on:change=move |_| document.update(|d| set(&mut d.worksheet.autonomy, rating))
                                        />
                                        {self_rating(rating, lang)}
                                    </label>
                                })
                                .collect_view()}
                        </fieldset>
                    }
                })
                .collect_view()}
            <ul class="next-steps-list" aria-live="polite">
                {move || next_steps().into_iter().map(|step| view! { <li>{step}</li> }).collect_view()}
            </ul>
            <ShareChoice
                name="ws-autonomy-share".to_owned()
                shared=shared
                on_change=move |value: bool| document.update(|d| d.worksheet.autonomy.shared = value)
            />
            <p class="warning" data-notice="autonomy-to-manager" aria-live="polite">
                {move || to_manager.get().then(|| t(WsMsg::AutonomyToManager))}
            </p>
        </WsSection>
    }
}
