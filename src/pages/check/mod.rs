//! The "check a commitment" screen: a textarea whose two verdicts (objective, start)
//! update as the person types, right under it (so that they stay in view above a phone's
//! keyboard), one-click samples of the four classic examples, and the list of saved
//! commitments with their verdicts, editing in place, calendar file, follow-up answers and
//! deletion.
//!
//! The draft lives in the saved document, so a reload keeps it and another tab's change
//! shows here. The box shows its own text (`typed_text`), written into the document at each
//! keystroke without waking the document's other readers (see `typing`). The report is a
//! `Memo` of that text; checking a sentence takes a few microseconds, so nothing is
//! debounced, but a long text (over 2,000 bytes) is checked once typing pauses
//! (`text_to_check`).

mod edit;
mod list;
mod report;

pub use report::{Example, VerdictSummary};

use leptos::prelude::*;

use crate::browser;
use crate::components::limit::{max_length, LimitNote};
use crate::components::spoken::SpokenVerdicts;
use crate::components::text::tr;
use crate::components::typed::{text_to_check, typed_text};
use crate::domain::commitment::{check_with, Settings};
use crate::domain::commitments::StartRead;
use crate::domain::lang::Lang;
use crate::domain::saved::MAX_LIST_ITEMS;
use crate::domain::worksheet::NotSaved;
use crate::i18n::check::{sample_text, CheckMsg, SAMPLES};
use crate::i18n::fill;
use crate::state::use_app;

pub use list::download_calendar;

/// The whole check screen.
#[component]
pub fn CheckPage() -> impl IntoView {
    let app = use_app();
    // Coming from home after the interview (`?s=my-commitments`): open at the list, after
    // the shell has put focus on the screen's heading.
    if browser::location_hash().ends_with("?s=my-commitments") {
        set_timeout(
            || browser::focus_later("#my-commitments"),
            std::time::Duration::from_millis(50),
        );
    }
    let document = app.document;
    let stored = Memo::new(move |_| document.with(|d| d.commitments.draft.clone()));
    let draft = typed_text(stored.into());
    let checked = text_to_check(draft);
    let report = Memo::new(move |_| {
        // An empty box's example is in the page's language.
        let settings = Settings {
            unwritten_lang: app.lang.get(),
            ..app.check_settings()
        };
        checked.with(|text| check_with(text, app.today, &settings))
    });
    // What Save did, said once after it: saved, with the tests the commitment does not
    // pass yet (objective, start), or why nothing was saved; typing again takes it back.
    let saved = RwSignal::new(None::<Result<(bool, bool), NotSaved>>);
    // What an example replaced, until the person types again: an example never loses
    // what they wrote.
    let replaced = RwSignal::new(None::<String>);
    let field = NodeRef::<leptos::html::Textarea>::new();
    let set_draft = move |text: String| {
        saved.set(None);
        replaced.set(None);
        draft.set(text.clone());
        app.type_into(|d| d.commitments.draft = text);
    };
    let try_sample = move |text: String| {
        let before = draft.get_untracked();
        let is_sample = |written: &str| {
            SAMPLES.iter().any(|&sample| {
                Lang::ALL
                    .iter()
                    .any(|&lang| sample_text(sample, app.today, lang) == written)
            })
        };
        // One example after another keeps what the first replaced.
        let kept = if before.trim().is_empty() || is_sample(&before) {
            replaced.get_untracked()
        } else {
            Some(before)
        };
        set_draft(text);
        replaced.set(kept);
    };
    let bring_back = move |_| {
        if let Some(before) = replaced.get_untracked() {
            set_draft(before);
            if let Some(field) = field.get_untracked() {
                let _ = field.focus();
            }
        }
    };
    let save = move |_| {
        // The text as it is now: a long one's report may be a keystroke behind.
        let settings = app.check_settings();
        let report = draft.with_untracked(|text| check_with(text, app.today, &settings));
        let (start, passes) = (report.start_date, (report.objective.met, report.start.met));
        let mut done = Err(NotSaved::Blank);
        document.update(|d| {
            done = d.save_commitment_draft(start, app.today, browser::now_millis());
            if let Ok(id) = done {
                d.commitments
                    .set_start_read(id, StartRead::of(&report, app.today));
            }
        });
        saved.set(Some(done.map(|_| passes)));
    };
    let saved_text = move || {
        let lang = app.lang.get();
        let message = match saved.get()? {
            Ok((true, true)) => CheckMsg::Saved,
            Ok((false, true)) => CheckMsg::SavedNotObjective,
            Ok((true, false)) => CheckMsg::SavedNoStart,
            Ok((false, false)) => CheckMsg::SavedNeither,
            Err(NotSaved::Blank) => CheckMsg::NotSavedBlank,
            Err(NotSaved::Full) => {
                let most = MAX_LIST_ITEMS.to_string();
                return Some(fill(CheckMsg::NotSavedFull.text(lang), &[&most]).into_any());
            }
            Err(NotSaved::Same { number, id }) => {
                let text = fill(CheckMsg::NotSavedSame.text(lang), &[&number.to_string()]);
                // To the action that says the same: its Edit button, in the list below.
                // While it is being rewritten, to its box.
                let show = move |_| {
                    browser::focus_later_either(
                        format!(".commitments li.commitment[data-id=\"{id}\"] button.edit"),
                        format!("#edit-{id}"),
                    )
                };
                return Some(
                    view! {
                        {text}
                        " "
                        <button type="button" class="link" id="show-same" on:click=show>
                            {CheckMsg::ShowSame.text(lang)}
                        </button>
                    }
                    .into_any(),
                );
            }
        };
        Some(message.text(lang).into_any())
    };
    // How many actions the list below holds, said above the box: the worksheet's
    // actions are there too, several screens down.
    // Written ones only, as the worksheet's overview counts them.
    let listed = Memo::new(move |_| {
        document.with(|d| {
            let saved = &d.commitments.saved;
            saved.iter().filter(|c| !c.text.trim().is_empty()).count()
        })
    });
    view! {
        <article class="check">
            <div class="check-intro">
                <h1 id="check-heading" tabindex="-1">{tr(CheckMsg::Heading)}</h1>
                <p class="lead">{tr(CheckMsg::Lead)}</p>
                <p class="help list-note" hidden=move || listed.get() == 0>
                    {move || fill(CheckMsg::ListNote.text(app.lang.get()), &[&listed.get().to_string()])}
                    " "
                    <button type="button" class="link" on:click=|_| browser::focus_later("#my-commitments")>
                        {tr(CheckMsg::ToList)}
                    </button>
                </p>
                <label class="field-label" for="commitment-text">{tr(CheckMsg::TextLabel)}</label>
                <p id="commitment-help" class="help">{tr(CheckMsg::TextHelp)}</p>
                <VerdictSummary report=report text=draft/>
                <textarea
                    node_ref=field
                    id="commitment-text"
                    rows="4"
                    maxlength=max_length()
                    aria-describedby="commitment-help commitment-text-limit commitment-spoken"
                    prop:value=draft
                    on:input:target=move |ev| set_draft(ev.target().value())
                ></textarea>
                <LimitNote id="commitment-text-limit".to_owned() value=draft/>
                <SpokenVerdicts
                    id="commitment-spoken".to_owned()
                    text=draft
                    passes=Signal::derive(move || report.with(|r| (r.objective.met, r.start.met)))
                />
            </div>
            // Not a live region: the verdicts change at each keystroke, and
            // `SpokenVerdicts` says them once typing pauses.
            <section class="verdicts" aria-label=tr(CheckMsg::VerdictsLabel)>
                <report::Verdicts report=report/>
            </section>
            <report::Hints report=report draft=checked/>
            <div class="button-row">
                // `data-action` names the button for the end-to-end tests.
                <button
                    type="button"
                    class="primary"
                    id="save-commitment"
                    data-action="save-commitment"
                    on:click=save
                >
                    {tr(CheckMsg::Save)}
                </button>
            </div>
            <p class="status" role="status">{saved_text}</p>
            <div class="samples" role="group" aria-labelledby="samples-label">
                <span id="samples-label">{tr(CheckMsg::SamplesLabel)}</span>
                {SAMPLES.map(|sample| view! {
                    <button
                        type="button"
                        on:click=move |_| try_sample(sample_text(sample, app.today, app.lang.get_untracked()))
                    >
                        {move || sample_text(sample, app.today, app.lang.get())}
                    </button>
                })}
            </div>
            <p class="status sample-replaced" role="status">
                {move || replaced.with(Option::is_some).then(|| view! {
                    {tr(CheckMsg::SampleReplaced)}
                    " "
                    <button type="button" id="sample-undo" on:click=bring_back>{tr(CheckMsg::SampleUndo)}</button>
                })}
            </p>
            <list::SavedList/>
        </article>
    }
}
