//! The result screen: the anchor (or the tied anchors) in words, all eight scores as
//! bars and a radar chart with a table for screen readers, what the top anchor suggests
//! for the interview and the vision, what matters least, the caveat, and the history.
//! Written as Leptos components that follow the language in place; which past result is
//! shown, the comparison and the open confirmation are page-local signals.

mod chart;
mod history;
mod sources;

use leptos::html;
use leptos::prelude::*;

use crate::components::text::tr;
use crate::domain::anchors::{Anchor, CompletedAssessment};
use crate::domain::lang::Lang;
use crate::i18n::anchors::{
    description, interview_topics, label, vision_hint, when_lowest, AnchorMsg,
};
use crate::i18n::assessment::{moment_text, AssessMsg};
use crate::i18n::training::TrainMsg;
use crate::i18n::worksheet::quoted_words;
use crate::i18n::{fill, in_lang};
use crate::route::Route;
use crate::state::use_app;

use sources::ScoreSources;

/// The page-local state of the result screen.
#[derive(Clone, Copy)]
struct ResultState {
    /// The past result chosen to be shown; `None` for the latest.
    chosen: RwSignal<Option<usize>>,
    /// The index of the result shown: the chosen one while it exists, else the latest.
    shown: Memo<Option<usize>>,
    /// The earlier result the shown one is compared with.
    compare_to: RwSignal<Option<usize>>,
    /// The "are you sure?" question that is open; one at a time.
    confirming: RwSignal<Option<Confirming>>,
    /// The page's heading, where focus goes when another result is shown.
    heading: NodeRef<html::H1>,
}

/// Which confirmation is open.
#[derive(Clone, Copy, PartialEq)]
enum Confirming {
    Retake,
    Delete(usize),
}

/// The chosen past result, or the latest; its actions and the history around it.
#[component]
pub fn ResultPage() -> impl IntoView {
    let app = use_app();
    let chosen = RwSignal::new(None);
    let shown = Memo::new(move |_| {
        let count = app.document.with(|d| d.anchors.history.len());
        chosen.get().filter(|&i| i < count).or(count.checked_sub(1))
    });
    let state = ResultState {
        chosen,
        shown,
        compare_to: RwSignal::new(None),
        confirming: RwSignal::new(None),
        heading: NodeRef::new(),
    };
    view! {
        <Show when=move || shown.get().is_some() fallback=move || view! { <NoResult/> }>
            <article class="result">
                <div class="result-body">
                    <h1 id="result-heading" tabindex="-1" node_ref=state.heading>
                        {tr(AssessMsg::ResultTitle)}
                    </h1>
                    // Drawn again, in place, when another result is shown, the history or the language changes.
                    {move || {
                        let (index, lang) = (shown.get()?, app.lang.get());
                        app.document.with(|d| {
                            let history = &d.anchors.history;
                            let since = history.top_since_previous(index).map(|since| since_previous(since, lang));
                            history.get(index).map(|result| result_details(lang, result, since))
                        })
                    }}
                </div>
                <NextStep/>
                <history::ResultActions state/>
                <history::History state/>
            </article>
        </Show>
    }
}

/// Everything that prints below the heading: the result in words and figures.
fn result_details(
    lang: Lang,
    result: &CompletedAssessment,
    since: Option<(String, bool)>,
) -> impl IntoView {
    let t = move |msg: AssessMsg| msg.text(lang);
    let scores = result.scores();
    let top = scores.top();
    let close = scores.close_behind();
    let lowest = scores.lowest();
    let date = moment_text(result.date(), result.time(), lang);
    let dated = match lang {
        Lang::Ja => format!("{date}{}", t(AssessMsg::ResultOf)),
        Lang::En => format!("{}{date}", t(AssessMsg::ResultOf)),
    };
    let tops = |text_of: fn(_, Lang) -> &'static str| {
        top.iter()
            .map(|&anchor| view! { <p>{text_of(anchor, lang)}</p> })
            .collect_view()
    };
    view! {
        <p class="result-date">{dated}</p>
        {since.map(|(text, moved)| view! { <p class="card since-previous" class:moved=moved>{text}</p> })}
        <section class="card anchor-summary" aria-labelledby="your-anchor">
            <h2 id="your-anchor">{t(AssessMsg::YourAnchor)}</h2>
            // On screen: the printed result keeps to one A4 page.
            <p class="anchor-meaning no-print">{t(AssessMsg::AnchorMeaning)}</p>
            {(top.len() > 1).then(|| view! { <p class="tie-note">{AnchorMsg::TiedTop.text(lang)}</p> })}
            {top.iter().map(|&anchor| view! {
                <div class="top-anchor" data-anchor=anchor.code()>
                    <p class="top-anchor-name">{label(anchor, lang)}</p>
                    // In English, the name the person's Japanese manager and HR know.
                    {(lang == Lang::En).then(|| view! {
                        <p class="ja-name">{t(AssessMsg::InJapanese)}<span lang="ja">{label(anchor, Lang::Ja)}</span></p>
                    })}
                    <p>{description(anchor, lang)}</p>
                </div>
            }).collect_view()}
            // One answer a step different would have made these the anchor: said and
            // described, on screen and on paper, so that the person weighs them rather
            // than a 0.2 difference.
            {(!close.is_empty()).then(|| {
                let names = close.iter().map(|&anchor| label(anchor, lang).to_owned()).collect::<Vec<_>>();
                view! {
                    <p class="close-note">{fill(AnchorMsg::CloseBehind.text(lang), &[&quoted_words(&names, lang)])}</p>
                    {close.iter().map(|&anchor| view! {
                        <div class="close-anchor" data-anchor=anchor.code()>
                            <p class="close-anchor-name">{label(anchor, lang)}</p>
                            <p>{description(anchor, lang)}</p>
                        </div>
                    }).collect_view()}
                }
            })}
            // In a training session the card is what comes next: one tap from the top.
            <p class="card-link no-print">
                {TrainMsg::CardLead.text(lang)}
                {in_lang(("", " "), lang)}
                <a class="button" href=format!("#{}", Route::Card.hash())>{TrainMsg::NavCard.text(lang)}</a>
            </p>
        </section>
        {chart::scores_section(lang, scores)}
        <ScoreSources lang=lang result=result.clone()/>
        <section aria-labelledby="interview-heading">
            <h2 id="interview-heading">{t(AssessMsg::InterviewHeading)}</h2>
            {tops(interview_topics)}
        </section>
        <section aria-labelledby="vision-heading">
            <h2 id="vision-heading">{t(AssessMsg::VisionHeading)}</h2>
            {tops(vision_hint)}
        </section>
        {(!lowest.is_empty()).then(|| view! {
            <section aria-labelledby="lowest-heading">
                <h2 id="lowest-heading">{t(AssessMsg::LowestHeading)}</h2>
                <ul class="lowest">
                    {lowest.iter().map(|&anchor| view! {
                        <li data-anchor=anchor.code()>
                            <strong>{label(anchor, lang)}</strong>{crate::i18n::colon(lang)}{when_lowest(anchor, lang)}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        <section class="card caveat" aria-labelledby="caveat-heading">
            <h2 id="caveat-heading">{t(AssessMsg::CaveatHeading)}</h2>
            <p>{AnchorMsg::Caveat.text(lang)}</p>
        </section>
    }
}

/// Whether the highest anchor moved since the result before, named both times, and
/// whether it moved; said under the result's date, on screen and on paper, for the
/// interview.
fn since_previous(
    (before, top_before, top_now): (&CompletedAssessment, Vec<Anchor>, Vec<Anchor>),
    lang: Lang,
) -> (String, bool) {
    let names = |anchors: &[Anchor]| {
        let names: Vec<String> = anchors.iter().map(|&a| label(a, lang).to_owned()).collect();
        quoted_words(&names, lang)
    };
    let when = moment_text(before.date(), before.time(), lang);
    let text = if top_before == top_now {
        fill(AssessMsg::TopSame.text(lang), &[&when, &names(&top_now)])
    } else {
        fill(
            AssessMsg::TopChanged.text(lang),
            &[&when, &names(&top_before), &names(&top_now)],
        )
    };
    (text, top_before != top_now)
}

/// Where to go from the result: the worksheet, then the check, and why.
#[component]
fn NextStep() -> impl IntoView {
    view! {
        <section class="card next-step no-print" aria-labelledby="next-heading">
            <h2 id="next-heading">{tr(AssessMsg::NextHeading)}</h2>
            <p>{tr(AssessMsg::NextBody)}</p>
            <p class="button-row">
                <a class="button primary" href=format!("#{}", Route::Worksheet.hash())>{tr(AssessMsg::NextWorksheet)}</a>
                <a class="button" href=format!("#{}", Route::Check.hash())>{tr(AssessMsg::NextCheck)}</a>
            </p>
        </section>
    }
}

/// No result yet: the way to the self-assessment.
#[component]
pub fn NoResult() -> impl IntoView {
    view! {
        <div class="result">
            <h1 id="result-heading" tabindex="-1">{tr(AssessMsg::ResultTitle)}</h1>
            <p>{tr(AssessMsg::NoResult)}</p>
            <p>
                <a class="button primary" href=format!("#{}", Route::Assessment.hash())>
                    {tr(AssessMsg::Start)}
                </a>
            </p>
        </div>
    }
}
