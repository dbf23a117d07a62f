//! The home screen: what Jiritsu is for, who it is for, that everything stays on this
//! device, and where to start. Fixed texts, the host's welcome note when there is one,
//! and links that follow what the person has done so far.

use leptos::prelude::*;

use crate::components::text::tr;
use crate::i18n::assessment::AssessMsg;
use crate::i18n::data::DataMsg;
use crate::i18n::training::TrainMsg;
use crate::i18n::worksheet::WsMsg;
use crate::i18n::{route_label, Msg};
use crate::route::Route;
use crate::state::use_app;

/// The whole home screen.
#[component]
pub fn HomePage() -> impl IntoView {
    let app = use_app();
    // Someone coming back (a result saved) is led on from where they are.
    let has_result = Memo::new(move |_| app.document.with(|d| !d.anchors.history.is_empty()));
    view! {
        <article class="home">
            <section class="hero">
                <h1 id="home-heading" tabindex="-1">{tr(Msg::HomeHeading)}</h1>
                <p class="lead">{tr(Msg::HomeLead)}</p>
            </section>
            <WelcomeNote/>
            <section class="card privacy" aria-labelledby="home-privacy">
                <h2 id="home-privacy">{tr(Msg::HomePrivacyHeading)}</h2>
                <p>{tr(Msg::HomePrivacyBody)}</p>
            </section>
            <section aria-labelledby="home-start">
                <h2 id="home-start">{tr(Msg::HomeStartHeading)}</h2>
                <p>{move || {
                    if has_result.get() { Msg::HomeReturnBody } else { Msg::HomeStartBody }.text(app.lang.get())
                }}</p>
                <StartLinks has_result/>
            </section>
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
                </ul>
            </section>
        </article>
    }
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
/// there is a result, the worksheet comes first and the sheet is offered beside it.
#[component]
fn StartLinks(has_result: Memo<bool>) -> impl IntoView {
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
                Route::Sheet => WsMsg::ToSheet.text(lang),
                Route::Training => TrainMsg::HomeTraining.text(lang),
                _ => route_label(route, lang),
            }
        };
        view! {
            <li>
                <a class=if primary { "button primary" } else { "button" } href=format!("#{}", route.hash())>
                    {label}
                </a>
            </li>
        }
    };
    move || {
        let routes: &[Route] = if has_result.get() {
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
            .enumerate()
            .map(|(index, &route)| link(route, index == 0))
            .collect_view();
        view! { <ul class="start-list">{links}</ul> }
    }
}
