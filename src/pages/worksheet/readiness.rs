//! The readiness overview at the top of the worksheet: is a vision stated, does an action
//! pass both tests, which autonomy conditions the person holds, and which sections are
//! filled, each a button that moves to its section; and the way to the sheet and the
//! rehearsal.

use leptos::prelude::*;

use crate::domain::worksheet::action_checks::ActionChecks;
use crate::domain::worksheet::readiness::{readiness, readiness_with, sharing, Section, Sharing};
use crate::domain::worksheet::SelfRating;
use crate::i18n::worksheet::{action_numbers, section_title, WsMsg};
use crate::i18n::{fill, in_lang};
use crate::route::Route;
use crate::state::use_app;

#[component]
pub fn ReadinessOverview() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = move |msg: WsMsg| msg.text(lang);
    // Woken once typing pauses: only the action typed into is checked again.
    let checks = StoredValue::new(ActionChecks::new());
    let state = Memo::new(move |_| {
        let settings = app.check_settings();
        app.document.with(|d| {
            checks
                .try_update_value(|checks| readiness_with(d, app.today, &settings, checks))
                .unwrap_or_else(|| readiness(d, app.today, &settings))
        })
    });
    let ready = move || state.with(|r| r.is_ready());
    let vision = move || {
        if state.with(|r| r.vision_stated) {
            ("met", "✓ ", t(WsMsg::VisionStated))
        } else {
            ("not-met", "– ", t(WsMsg::VisionMissing))
        }
    };
    let actions = move || {
        state.with(|r| {
            let class = if r.passing_actions > 0 {
                "met"
            } else {
                "not-met"
            };
            let icon = if r.passing_actions > 0 {
                "✓ "
            } else {
                "– "
            };
            let text = fill(
                t(WsMsg::ActionsPassing),
                &[&r.passing_actions.to_string(), &r.actions.to_string()],
            );
            (class, icon, text)
        })
    };
    // Which written actions do not pass yet, by their numbers, on a line of its own and
    // never ticked, even when another action makes the worksheet ready: shared, they go
    // on the sheet as they are.
    let failing = move || {
        state.with(|r| {
            (!r.failing_actions.is_empty()).then(|| {
                fill(
                    t(WsMsg::ActionsFailing),
                    &[&action_numbers(&r.failing_actions, lang)],
                )
            })
        })
    };
    let autonomy = move || {
        let count = |rating: SelfRating| {
            state.with(|r| r.autonomy.iter().filter(|r| **r == Some(rating)).count())
        };
        let counts = SelfRating::ALL.map(count);
        if counts.iter().sum::<usize>() == 0 {
            t(WsMsg::AutonomyUnanswered).to_owned()
        } else {
            fill(
                t(WsMsg::AutonomyHeld),
                &counts.map(|n| n.to_string()).each_ref().map(String::as_str),
            )
        }
    };
    // Each section with whether it is written and how much of it is shared: what will
    // the interviewer see, answered at the top of a long page.
    let sections = Memo::new(move |_| {
        let filled = state.with(|r| r.sections.clone());
        app.document.with(|d| {
            filled
                .into_iter()
                .map(|(section, filled)| (section, filled, sharing(d, section)))
                .collect::<Vec<(Section, bool, Option<Sharing>)>>()
        })
    });
    view! {
        <section class="readiness card" aria-labelledby="readiness-heading">
            <h2 id="readiness-heading" tabindex="-1">{t(WsMsg::ReadinessHeading)}</h2>
            // Announced when the verdict turns (ready or not), not at each keystroke that
            // changes a count below it.
            <p class="readiness-verdict" class:ready=ready aria-live="polite">
                {move || if ready() { t(WsMsg::ReadyYes) } else { t(WsMsg::ReadyNo) }}
            </p>
            <ul class="readiness-list">
                <li class=move || vision().0>{move || vision().1}{move || vision().2}</li>
                <li class=move || actions().0>{move || actions().1}{move || actions().2}</li>
                {move || failing().map(|text| view! { <li class="not-met failing-actions">"– "{text}</li> })}
                <li>{autonomy}</li>
            </ul>
            // The sheet and the rehearsal, from the top of a long page: the way to them
            // is the first thing a person who is ready looks for.
            <p class="readiness-next">
                <a class=move || if ready() { "button primary" } else { "button" } href=format!("#{}", Route::Sheet.hash())>
                    {t(WsMsg::ToSheet)}
                </a>
                <a class="button" href=format!("#{}", Route::Rehearsal.hash())>{t(WsMsg::ToRehearsal)}</a>
            </p>
            <h3>{t(WsMsg::SectionsFilled)}</h3>
            <ol class="section-map">
                <For each=move || sections.get() key=|entry| *entry let:entry>
                    <li class:filled=entry.1>
                        <button
                            type="button"
                            class="link"
                            on:click=move |_| super::focus_section(entry.0)
                        >
                            {section_title(entry.0, lang)}
                        </button>
                        <span class="chip">
                            {if entry.1 { t(WsMsg::Filled) } else { t(WsMsg::Empty) }}
                        </span>
                        {entry.2.map(|sharing| {
                            let (class, text) = match sharing {
                                Sharing::Shared => ("chip share-chip shared", WsMsg::SharingShared),
                                Sharing::Partly => ("chip share-chip partly", WsMsg::SharingPartly),
                                Sharing::Private => ("chip share-chip private", WsMsg::SharingPrivate),
                            };
                            view! { <span class=class>{t(text)}</span> }
                        })}
                    </li>
                </For>
            </ol>
        </section>
    }
}

/// Action numbers as a list reads them: 1、2、4 or 1, 2, 4.
pub(super) fn numbers_text(numbers: &[usize], lang: crate::domain::lang::Lang) -> String {
    let numbers: Vec<String> = numbers.iter().map(usize::to_string).collect();
    numbers.join(in_lang(("、", ", "), lang))
}
