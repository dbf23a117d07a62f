//! The rehearsal (`#/rehearsal`): the questions an interviewer asks, in the order an
//! interview goes, each with the person's current answer from the worksheet beside it,
//! and the gaps marked with a way to the section where the answer is written. In English,
//! each question also in Japanese, as a Japanese interviewer will ask it.

use leptos::prelude::*;

use crate::domain::lang::Lang;
use crate::domain::worksheet::readiness::rehearsal;
use crate::i18n::assessment::AssessMsg;
use crate::i18n::fill;
use crate::i18n::sheet::{question, SheetMsg};
use crate::i18n::worksheet::WsMsg;
use crate::route::Route;
use crate::state::use_app;

#[component]
pub fn RehearsalPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = move |msg: SheetMsg| msg.text(lang);
    let hidden = RwSignal::new(false);
    let items = Memo::new(move |_| {
        let settings = app.check_settings();
        app.document.with(|d| rehearsal(d, app.today, &settings))
    });
    let gaps = move || {
        items.with(|items| {
            let gaps = items.iter().filter(|item| item.answer.is_empty()).count();
            fill(
                t(SheetMsg::RehearsalGaps),
                &[&gaps.to_string(), &items.len().to_string()],
            )
        })
    };
    view! {
        <article class="rehearsal">
            <h1 id="rehearsal-heading" tabindex="-1">{t(SheetMsg::RehearsalHeading)}</h1>
            <p class="lead">{t(SheetMsg::RehearsalLead)}</p>
            <p class="rehearsal-gaps">{gaps}</p>
            // Practising aloud means answering before reading: the answers fold away, each
            // open again by its own summary.
            <label class="hide-answers">
                <input type="checkbox" id="hide-answers" on:change:target=move |ev| hidden.set(ev.target().checked())/>
                " "
                {t(SheetMsg::RehearsalHide)}
            </label>
            <ol class="questions">
                {move || items.get().into_iter().map(|item| {
                    let gap = item.answer.is_empty();
                    let href = format!("#{}?s={}", Route::Worksheet.hash(), item.question.section().anchor_id());
                    view! {
                        <li class="question card" class:gap=gap class:weak=item.weak>
                            <div class="question-text">
                                <h2>{question(item.question, lang)}</h2>
                                // In English, the question as a Japanese interviewer will ask it.
                                {(lang == Lang::En).then(|| view! {
                                    <p class="ja-question">
                                        {AssessMsg::InJapanese.text(lang)}
                                        <span lang="ja">{question(item.question, Lang::Ja)}</span>
                                    </p>
                                })}
                            </div>
                            <div class="answer">
                                {if gap {
                                    view! {
                                        <p class="answer-label">{t(SheetMsg::RehearsalYourAnswer)}</p>
                                        <p class="gap-note"><strong>{t(SheetMsg::RehearsalGap)}</strong></p>
                                    }.into_any()
                                } else {
                                    view! {
                                        <details prop:open=move || !hidden.get()>
                                            <summary class="answer-label">{t(SheetMsg::RehearsalYourAnswer)}</summary>
                                            <ul>{item.answer.iter().map(|line| view! {
                                                <li>
                                                    {line.text.clone()}
                                                    {(!line.shared).then(|| view! { " " <span class="chip kept">{WsMsg::RehearsalKept.text(lang)}</span> })}
                                                    {line.not_passing.then(|| view! { " " <span class="chip not-passing">{t(SheetMsg::RehearsalNotPassing)}</span> })}
                                                </li>
                                            }).collect_view()}</ul>
                                        </details>
                                    }.into_any()
                                }}
                                {item.weak.then(|| view! { <p class="gap-note"><strong>{t(SheetMsg::RehearsalWeak)}</strong></p> })}
                                {(gap || item.weak).then(|| view! { <a href=href>{t(SheetMsg::RehearsalWrite)}</a> })}
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <a class="button" href=format!("#{}", Route::Worksheet.hash())>{WsMsg::ToWorksheet.text(lang)}</a>
        </article>
    }
}
