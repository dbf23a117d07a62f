//! A saved commitment's two verdicts, as icons and words (never colour alone), and
//! rewriting it in place: Edit opens a box with its text, the verdicts follow what is
//! typed, Save writes it over the same commitment (same id, its follow-up answers kept
//! with the text they were about, the start read again, the day of the rewrite kept and
//! said), and Esc or Cancel closes the box with the text as it was.

use leptos::html;
use leptos::prelude::*;

use crate::browser;
use crate::components::limit::{max_length, LimitNote};
use crate::components::text::tr;
use crate::domain::commitment::check_with;
use crate::domain::commitments::reread;
use crate::i18n::check::{verdict_words, CheckMsg};
use crate::state::{use_app, AppState};

/// Whether a text passes the two tests, (objective, start), as the check reads it today.
pub fn passes(app: AppState, text: &str) -> (bool, bool) {
    let report = check_with(text, app.today, &app.check_settings());
    (report.objective.met, report.start.met)
}

/// "✓ Objective: Passes", "✗ Start: Not yet" for one commitment. While the commitment is
/// being rewritten, the verdicts follow the new text.
#[component]
pub fn ItemVerdicts(passes: Memo<(bool, bool)>) -> impl IntoView {
    let lang = use_app().lang;
    let verdict = move |title: CheckMsg, met: fn((bool, bool)) -> bool| {
        let text = move || {
            let met = met(passes.get());
            let icon = if met { "✓ " } else { "✗ " };
            format!("{icon}{}", verdict_words(title, met, lang.get()))
        };
        let class = move || if met(passes.get()) { "met" } else { "not-met" };
        view! { <li class=class>{text}</li> }
    };
    view! {
        // Not a live region: while the commitment is rewritten, its verdicts are said once
        // typing pauses (`SpokenVerdicts`).
        <ul class="item-verdicts" aria-label=tr(CheckMsg::ItemVerdicts)>
            {verdict(CheckMsg::ObjectiveShort, |(objective, _)| objective)}
            {verdict(CheckMsg::StartShort, |(_, start)| start)}
        </ul>
    }
}

/// The box that rewrites commitment `id`: open while `draft` holds the text being written.
/// Its `children` (the verdicts of what is typed) come right under the box, above the
/// buttons, so that they stay in view above a phone's keyboard. Closing it, saved or not,
/// puts focus back on the item's Edit button.
#[component]
pub fn Editor(
    id: u64,
    draft: RwSignal<Option<String>>,
    field: NodeRef<html::Textarea>,
    edit_button: NodeRef<html::Button>,
    /// Called once a rewrite is saved (the item says so in its status).
    #[prop(optional)]
    on_save: Option<Callback<()>>,
    children: Children,
) -> impl IntoView {
    let app = use_app();
    let close = move || {
        draft.set(None);
        browser::focus_when_drawn(edit_button);
    };
    let blank = move || draft.with(|text| text.as_deref().is_none_or(|t| t.trim().is_empty()));
    let save = move || {
        let Some(text) = draft.get_untracked() else {
            return;
        };
        let text = text.trim().to_owned();
        if text.is_empty() {
            return;
        }
        // Saved unchanged: nothing is rewritten, and nothing said.
        let unchanged = app.document.with_untracked(|d| {
            d.commitments
                .saved
                .iter()
                .any(|c| c.id == id && c.text.trim() == text)
        });
        if unchanged {
            close();
            return;
        }
        // Read as `reread` says: a mended typo leaves the start as it was read.
        let last = app
            .document
            .with_untracked(|d| d.commitments.start_read(id));
        if let Some(last) = last {
            let settings = app.check_settings();
            let (_, read) = reread(&text, last, app.today, &settings);
            app.document
                .update(|d| d.commitments.edit(id, text, read, app.today));
            if let Some(on_save) = on_save {
                on_save.run(());
            }
        }
        close();
    };
    let field_id = format!("edit-{id}");
    let help_id = format!("edit-help-{id}");
    let limit_id = format!("edit-limit-{id}");
    view! {
        <div class="edit-commitment" hidden=move || draft.with(Option::is_none)>
            <label class="field-label" for=field_id.clone()>{tr(CheckMsg::EditLabel)}</label>
            <p class="help" id=help_id.clone()>{tr(CheckMsg::EditHelp)}</p>
            <textarea
                id=field_id
                rows="3"
                maxlength=max_length()
                aria-describedby=format!("{help_id} {limit_id} edit-spoken-{id}")
                node_ref=field
                prop:value=move || draft.get().unwrap_or_default()
                on:input:target=move |ev| draft.set(Some(ev.target().value()))
                on:keydown=move |ev| {
                    if crate::browser::is_escape_to_leave(&ev) {
                        ev.prevent_default();
                        close();
                    } else if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
                        // As the training's list of codes takes them: saved without the mouse.
                        ev.prevent_default();
                        save();
                    }
                }
            ></textarea>
            <LimitNote id=limit_id value=Signal::derive(move || draft.get().unwrap_or_default())/>
            {children()}
            <div class="button-row">
                <button type="button" class="primary" disabled=blank on:click=move |_| save()>
                    {tr(CheckMsg::EditSave)}
                </button>
                <button type="button" on:click=move |_| close()>{tr(CheckMsg::EditCancel)}</button>
            </div>
        </div>
    }
}
