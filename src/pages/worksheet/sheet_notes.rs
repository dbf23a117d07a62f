//! Above the sheet, on the screen only: the choice of larger type, and the warnings before
//! the sheet goes out (shared actions not passing yet; parts written in the other language;
//! what must not be passed on, first on a sheet the manager reads; what has gone stale
//! since the last interview).

use leptos::prelude::*;

use super::readiness::numbers_text;
use crate::domain::anchors::Anchor;
use crate::domain::worksheet::readiness::Section;
use crate::domain::worksheet::ConfidentialReach;
use crate::i18n::commitment::format_date;
use crate::i18n::fill;
use crate::i18n::sheet::SheetMsg;
use crate::i18n::worksheet::section_title;
use crate::route::Route;
use crate::state::use_app;

/// "Print in larger type": kept in the notebook, so that the sheet prints so again.
#[component]
pub fn LargeTypeField() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let large_type = Memo::new(move |_| app.document.with(|d| d.worksheet.sheet_large_type));
    view! {
        <div class="large-type-field">
            <label>
                <input
                    type="checkbox"
                    id="sheet-large-type"
                    aria-describedby="sheet-large-type-help"
                    prop:checked=large_type
                    on:change:target=move |ev| {
                        let large = ev.target().checked();
                        app.document.update(|d| d.worksheet.sheet_large_type = large);
                    }
                />
                " "
                {SheetMsg::SheetLargeType.text(lang)}
            </label>
            <p id="sheet-large-type-help" class="help">{SheetMsg::SheetLargeTypeHelp.text(lang)}</p>
        </div>
    }
}

/// The shared actions that do not pass both tests yet, by the sheet's numbers, with the way
/// back to them; nothing while `failing` is empty.
#[component]
pub fn FailingNote(#[prop(into)] failing: Signal<Vec<usize>>) -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    move || {
        failing.with(|f| !f.is_empty()).then(|| view! {
            <p class="warning sheet-failing">
                {failing.with(|f| fill(SheetMsg::SheetFailing.text(lang), &[&numbers_text(f, lang)]))}
                " "
                <a href=format!("#{}?s={}", Route::Worksheet.hash(), Section::Actions.anchor_id())>
                    {SheetMsg::SheetFailingLink.text(lang)}
                </a>
            </p>
        })
    }
}

/// What has gone stale since the sheet was last brought to an interview, for a person
/// coming back months later: the interview date already past, and actions whose start has
/// passed with no follow-up answer (the sheet would say only what was planned). Nothing
/// while neither is so.
#[component]
pub fn StaleNote(
    /// The sheet's numbers of the actions waiting for a follow-up answer.
    #[prop(into)]
    waiting: Signal<Vec<usize>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let past = Memo::new(move |_| {
        app.document
            .with(|d| d.worksheet.interview.date)
            .filter(|date| *date < app.today)
    });
    view! {
        {move || past.get().map(|date| view! {
            <p class="warning" data-notice="interview-past">
                {fill(SheetMsg::SheetInterviewPast.text(lang), &[&format_date(date, lang), section_title(Section::Interview, lang)])}
                " "
                <a href=format!("#{}?s={}", Route::Worksheet.hash(), Section::Interview.anchor_id())>
                    {SheetMsg::SheetInterviewLink.text(lang)}
                </a>
            </p>
        })}
        {move || waiting.with(|w| !w.is_empty()).then(|| view! {
            <p class="warning" data-notice="waiting">
                {waiting.with(|w| fill(SheetMsg::SheetWaiting.text(lang), &[&numbers_text(w, lang)]))}
                " "
                // Each action is answered there (the question at the top asks one at a
                // time, and may be resting until tomorrow).
                <a href=format!("#{}?s=my-commitments", Route::Check.hash())>
                    {SheetMsg::SheetWaitingLink.text(lang)}
                </a>
            </p>
        })}
    }
}

/// The sections of the shared sheet written in the other language than its headings, by
/// their titles; nothing while there are none.
#[component]
pub fn OtherLanguageParts(#[prop(into)] sections: Signal<Vec<Section>>) -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    move || {
        sections.with(|s| !s.is_empty()).then(|| {
            let titles = sections.with(|s| {
                s.iter()
                    .map(|&section| section_title(section, lang))
                    .collect::<Vec<_>>()
                    .join(crate::i18n::in_lang(("、", ", "), lang))
            });
            view! { <p class="warning" data-notice="other-language">{fill(SheetMsg::SheetOtherLanguageParts.text(lang), &[&titles])}</p> }
        })
    }
}

/// The Lifestyle anchor on a sheet the manager reads (`shown`): it says that time for
/// family or oneself comes first, which a parent may not want a manager to read (a
/// nursery teacher with a child of her own, 2026-12-05), with the way to d.'s choice.
#[component]
pub fn LifestyleToManager(#[prop(into)] shown: Signal<bool>) -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let href = format!(
        "#{}?s={}",
        Route::Worksheet.hash(),
        Section::Values.anchor_id()
    );
    move || {
        shown.get().then(|| {
            let name = crate::i18n::anchors::label(Anchor::Lifestyle, lang);
            view! {
                <p class="warning" data-notice="lifestyle">
                    {fill(SheetMsg::SheetLifestyleToManager.text(lang), &[name])}" "
                    <a href=href.clone()>{SheetMsg::SheetLifestyleToManagerLink.text(lang)}</a>
                </p>
            }
        })
    }
}

/// What must not be passed on, first on a sheet the manager will read (the manager
/// conducts the interview, or it is a one-on-one): said before it is printed or copied.
#[component]
pub fn ConfidentialToManager() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let warning = Memo::new(move |_| {
        app.document.with(|d| {
            let w = &d.worksheet;
            let to_manager =
                w.confidential.shared && w.confidential_reach() == Some(ConfidentialReach::Manager);
            // Said as the worksheet's section k says it: a one-on-one's own words when
            // the manager is known only from the kind.
            let one_on_one = w.interview.manager_by_kind();
            to_manager.then_some(if one_on_one {
                SheetMsg::SheetConfidentialToManagerOneOnOne
            } else {
                SheetMsg::SheetConfidentialToManager
            })
        })
    });
    move || {
        warning.get().map(|warning| view! {
            <div class="warning sheet-confidential-manager">
                <p>{warning.text(lang)}</p>
                <a href=format!("#{}?s={}", Route::Worksheet.hash(), Section::Confidential.anchor_id())>
                    {SheetMsg::SheetConfidentialLink.text(lang)}
                </a>
            </div>
        })
    }
}
