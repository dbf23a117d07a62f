//! The home screen: what Jiritsu is for, who it is for, that everything stays on this
//! device, and where to start.

use leptos::prelude::*;

use crate::domain::lang::Lang;
use crate::i18n::{route_label, Msg};
use crate::route::Route;

/// The home screen in `lang`. The shell builds it anew when the language changes, so its
/// texts are plain strings rather than one reactive closure each (smaller code).
pub fn home_page(lang: Lang) -> impl IntoView {
    let t = move |msg: Msg| msg.text(lang);
    let screens: Vec<Route> = Route::ALL.iter().copied().filter(|r| *r != Route::Home).collect();
    let start = if screens.is_empty() {
        view! { <p>{t(Msg::HomeStartNone)}</p> }.into_any()
    } else {
        view! {
            <ul class="start-list">
                {screens.into_iter().map(|route| view! {
                    <li><a class="button primary" href=format!("#{}", route.hash())>
                        {route_label(route, lang)}
                    </a></li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <article class="home">
            <section class="hero" aria-labelledby="home-heading">
                <h1 id="home-heading">{t(Msg::HomeHeading)}</h1>
                <p class="lead">{t(Msg::HomeLead)}</p>
            </section>
            <section class="card privacy" aria-labelledby="home-privacy">
                <h2 id="home-privacy">{t(Msg::HomePrivacyHeading)}</h2>
                <p>{t(Msg::HomePrivacyBody)}</p>
            </section>
            <section aria-labelledby="home-start">
                <h2 id="home-start">{t(Msg::HomeStartHeading)}</h2>
                {start}
            </section>
            <section aria-labelledby="home-steps">
                <h2 id="home-steps">{t(Msg::HomeStepsHeading)}</h2>
                <ol class="steps">
                    <li>{t(Msg::HomeStepValues)}</li>
                    <li>{t(Msg::HomeStepVision)}</li>
                    <li>{t(Msg::HomeStepAction)}</li>
                </ol>
            </section>
            <section aria-labelledby="home-who">
                <h2 id="home-who">{t(Msg::HomeWhoHeading)}</h2>
                <ul class="who">
                    <li>{t(Msg::HomeWhoEmployee)}</li>
                    <li>{t(Msg::HomeWhoTraining)}</li>
                    <li>{t(Msg::HomeWhoHr)}</li>
                </ul>
            </section>
        </article>
    }
}
