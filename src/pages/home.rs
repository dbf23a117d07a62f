//! The home screen: what Jiritsu is for and where to start, or, for someone coming back,
//! what is saved (`domain::progress`) with the link to carry on; then that everything
//! stays on this device, and who it is for. The way on comes first, in the first screen
//! of a 360 × 800 phone. Fixed texts, the host's welcome note when there is one, and
//! links that follow what the person has done so far and where their interview is: days
//! to go before it, looking back on the actions after it.

use leptos::prelude::*;

use crate::components::text::tr;
use crate::domain::anchors::{Stage, StatementId, PICK_COUNT};
use crate::domain::lang::Lang;
use crate::domain::progress::{self, Progress};
use crate::i18n::assessment::date_text;
use crate::i18n::assessment::AssessMsg;
use crate::i18n::check::CheckMsg;
use crate::i18n::commitment::format_date;
use crate::i18n::data::DataMsg;
use crate::i18n::training::TrainMsg;
use crate::i18n::worksheet::{countdown, WsMsg};
use crate::i18n::{fill, in_lang, route_label, Msg};
use crate::route::Route;
use crate::state::use_app;

/// The whole home screen.
#[component]
pub fn HomePage() -> impl IntoView {
    let app = use_app();
    // Someone coming back (a result saved) is led on from where they are.
    let has_result = Memo::new(move |_| app.document.with(|d| !d.anchors.history.is_empty()));
    // With an interview date: how far off it is, or, once it has passed, what comes next.
    let days = Memo::new(move |_| {
        app.document
            .with(|d| d.worksheet.days_to_interview(app.today))
    });
    let after = Memo::new(move |_| days.get().is_some_and(|days| days < 0));
    // Looking back needs something to look back on.
    let look_back =
        Memo::new(move |_| after.get() && app.document.with(|d| !d.commitments.saved.is_empty()));
    // Someone coming back in a short break: what is saved, then the way on, at the top
    // of the first screen (a 360 px phone, a laptop at 125%); the explanations after.
    let progress = Memo::new(move |_| app.document.with(progress::progress));
    let returning = Memo::new(move |_| !progress.with(Progress::is_empty));
    let body = move || {
        let lang = app.lang.get();
        match days.get() {
            Some(days) if days < 0 => app.document.with(|d| {
                let date = d.worksheet.interview.date.unwrap_or(app.today);
                fill(Msg::HomeAfterBody.text(lang), &[&format_date(date, lang)])
            }),
            Some(days) => {
                let countdown = countdown(days, lang);
                format!(
                    "{countdown}{}{}",
                    in_lang(("", " "), lang),
                    Msg::HomeReturnBody.text(lang)
                )
            }
            None if returning.get() => Msg::HomeReturnBody.text(lang).to_owned(),
            None => Msg::HomeStartBody.text(lang).to_owned(),
        }
    };
    let heading = move || {
        let msg = if after.get() {
            Msg::HomeAfterHeading
        } else if returning.get() {
            Msg::HomeProgressHeading
        } else {
            Msg::HomeStartHeading
        };
        msg.text(app.lang.get())
    };
    view! {
        <article class="home">
            <section class="hero">
                <h1 id="home-heading" tabindex="-1">{tr(Msg::HomeHeading)}</h1>
                <p class="lead">{tr(Msg::HomeLead)}</p>
            </section>
            <section class="home-start" aria-labelledby="home-start">
                <h2 id="home-start">{heading}</h2>
                // A newcomer reads how to begin before the link; someone coming back sees
                // what is saved and the link to carry on, and the rest after it.
                {move || (!returning.get()).then(|| view! { <p class="home-where">{body}</p> })}
                <SavedList progress/>
                <StartLinks has_result look_back/>
                {move || returning.get().then(|| view! { <p class="home-where">{body}</p> })}
                <p class="home-worksheet-time" hidden=after>{tr(Msg::HomeWorksheetTime)}</p>
                // An empty notebook may be one that lives on another device: how to bring it.
                <Show when=move || app.document.with(crate::domain::summary::is_empty)>
                    <p class="home-other-device">
                        {tr(Msg::HomeOtherDevice)}
                        " "
                        <a href=format!("#{}?s=import", Route::Data.hash())>{tr(Msg::HomeImport)}</a>
                    </p>
                </Show>
            </section>
            // After the way on, so that a phone shows it without scrolling; still on the
            // home screen, whole, for everyone who opens it.
            <section class="card privacy" aria-labelledby="home-privacy">
                <h2 id="home-privacy">{tr(Msg::HomePrivacyHeading)}</h2>
                <p>{tr(Msg::HomePrivacyBody)}</p>
                <p class="home-keep">{tr(Msg::HomePrivacyKeep)}</p>
                <p class="home-shared-pc">
                    {tr(Msg::HomeSharedPc)}
                    " "
                    <a href=format!("#{}?s=delete", Route::Data.hash())>{tr(Msg::HomeSharedPcLink)}</a>
                </p>
            </section>
            <WelcomeNote/>
            <section aria-labelledby="home-steps">
                <h2 id="home-steps">{tr(Msg::HomeStepsHeading)}</h2>
                <ol class="points">
                    {[Msg::HomeStepValues, Msg::HomeStepVision, Msg::HomeStepAction].map(point)}
                </ol>
            </section>
            <section aria-labelledby="home-who">
                <h2 id="home-who">{tr(Msg::HomeWhoHeading)}</h2>
                <ul class="points">
                    {[Msg::HomeWhoEmployee, Msg::HomeWhoTraining, Msg::HomeWhoHr].map(point)}
                    // Whoever receives the sheet: a page written for them, like the
                    // facilitator's screen, not in the employee's menu.
                    <li class="home-who-interviewer">
                        {tr(Msg::HomeWhoInterviewer)}
                        " "
                        <a class="button" href=format!("#{}", Route::Guide.hash())>{tr(Msg::HomeWhoInterviewerLink)}</a>
                    </li>
                </ul>
            </section>
        </article>
    }
}

/// What is saved, a line for each part under way: the self-assessment and its result, the
/// worksheet's sections. Nothing on a first visit.
#[component]
fn SavedList(progress: Memo<Progress>) -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        let lines = progress.with(|progress| saved_lines(progress, lang));
        (!lines.is_empty()).then(|| {
            view! {
                <ul class="home-saved">
                    {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
            }
        })
    }
}

/// The lines of [`SavedList`], in the order of the preparation.
fn saved_lines(progress: &Progress, lang: Lang) -> Vec<String> {
    let text = |msg: Msg, args: &[&str]| fill(msg.text(lang), args);
    let mut lines = Vec::new();
    if let Some(day) = progress.result_on {
        lines.push(text(Msg::HomeSavedResult, &[&date_text(day, lang)]));
    }
    let all = StatementId::COUNT.to_string();
    match progress.assessment {
        Some(Stage::Rating { answered, .. }) => {
            lines.push(text(Msg::HomeSavedAnswered, &[&answered.to_string(), &all]));
        }
        Some(Stage::Picking { picked }) => {
            let left = PICK_COUNT.saturating_sub(picked).to_string();
            lines.push(text(Msg::HomeSavedPicking, &[&all, &left]));
        }
        Some(Stage::Ready) => lines.push(text(Msg::HomeSavedReady, &[])),
        None => {}
    }
    if progress.sections_written > 0 {
        let written = progress.sections_written.to_string();
        let sections = progress::SECTIONS.to_string();
        lines.push(text(Msg::HomeSavedSections, &[&written, &sections]));
    }
    lines
}

/// One point of a list of the home screen.
fn point(msg: Msg) -> impl IntoView {
    view! { <li>{tr(msg)}</li> }
}

/// The note the host's settings file gives the newcomer (`welcomeNote`), as text.
#[component]
fn WelcomeNote() -> impl IntoView {
    let config = use_app().host.config;
    let note = Memo::new(move |_| config.with(|c| c.welcome_note.clone()));
    move || {
        note.get().map(|note| {
            view! {
                <section class="card welcome" aria-labelledby="home-welcome">
                    <h2 id="home-welcome">{tr(DataMsg::WelcomeHeading)}</h2>
                    <p class="welcome-note">{note}</p>
                </section>
            }
        })
    }
}

/// A link to each screen one starts from (the menu's and the facilitator's). A newcomer
/// starts with the self-assessment, which says "continue" once it is under way; once
/// there is a result, the worksheet comes first and the sheet is offered beside it; once
/// the interview has passed, looking back on the actions comes first (when there are any).
#[component]
fn StartLinks(has_result: Memo<bool>, look_back: Memo<bool>) -> impl IntoView {
    let app = use_app();
    let in_progress = Memo::new(move |_| app.document.with(|d| !d.anchors.current.is_untouched()));
    let link = move |route: Route, primary: bool| {
        let label = move || {
            let lang = app.lang.get();
            match route {
                Route::Assessment if in_progress.get() => AssessMsg::ContinueAssessment.text(lang),
                Route::Assessment if has_result.get() => AssessMsg::RetakeAssessment.text(lang),
                Route::Assessment => AssessMsg::Start.text(lang),
                Route::Worksheet if has_result.get() => WsMsg::ContinueWorksheet.text(lang),
                // Its full name on home, where nothing beside it says what it is.
                Route::Worksheet => WsMsg::Heading.text(lang),
                Route::Sheet => WsMsg::ToSheet.text(lang),
                Route::Check if look_back.get() => CheckMsg::LookBack.text(lang),
                Route::Training => TrainMsg::HomeTraining.text(lang),
                _ => route_label(route, lang),
            }
        };
        view! {
            <li>
                <a
                    class=if primary { "button primary" } else { "button" }
                    href=move || match route {
                        // Straight to the list of commitments and their answers.
                        Route::Check if look_back.get() => format!("#{}?s=my-commitments", route.hash()),
                        _ => format!("#{}", route.hash()),
                    }
                >
                    {label}
                </a>
            </li>
        }
    };
    move || {
        let routes: &[Route] = if look_back.get() {
            &[
                Route::Check,
                Route::Worksheet,
                Route::Sheet,
                Route::Result,
                Route::Assessment,
                Route::Data,
                Route::Training,
            ]
        } else if has_result.get() {
            &[
                Route::Worksheet,
                Route::Sheet,
                Route::Result,
                Route::Check,
                Route::Assessment,
                Route::Data,
                Route::Training,
            ]
        } else {
            &[
                Route::Assessment,
                Route::Worksheet,
                Route::Check,
                Route::Data,
                Route::Training,
            ]
        };
        let links = routes
            .iter()
            // No result to show before the self-assessment.
            .filter(|route| **route != Route::Result || has_result.get())
            .enumerate()
            .map(|(index, &route)| link(route, index == 0))
            .collect_view();
        view! { <ul class="start-list">{links}</ul> }
    }
}
