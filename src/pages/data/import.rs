//! Importing a file: the picker, a file dropped anywhere on the screen, reading it (the
//! size is checked first), and where the import stands, announced in one status region.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::components::text::tr;
use crate::domain::document::{check_import_size, decode_import, DecodeError};
use crate::i18n::data::{decode_error_text, DataMsg};

use super::preview::Preview;
use super::DataStep;

/// The drop zone with the picker, and the outcome of the import under it.
#[component]
pub fn ImportSection(step: RwSignal<DataStep>) -> impl IntoView {
    // Files dragged over the screen may be dropped (the browser would open them
    // otherwise); a dropped file is read like a chosen one. Only while this screen lives.
    let listeners = [
        window_event_listener(ev::dragover, |event| event.prevent_default()),
        window_event_listener(ev::drop, move |event| {
            event.prevent_default();
            let dropped = event
                .data_transfer()
                .and_then(|transfer| transfer.files())
                .and_then(|files| files.get(0));
            if let Some(file) = dropped {
                read_file(step, file);
            }
        }),
    ];
    on_cleanup(move || listeners.into_iter().for_each(|listener| listener.remove()));
    let chosen = move |event: ev::Targeted<ev::Event, web_sys::HtmlInputElement>| {
        let input = event.target();
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            read_file(step, file);
        }
        // Choosing the same file again must fire `change` again.
        input.set_value("");
    };
    view! {
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">{tr(DataMsg::ImportHeading)}</h2>
            <div class="drop-zone" data-drop="import">
                <p>{tr(DataMsg::ImportBody)}</p>
                <label for="import-file" class="file-label">{tr(DataMsg::ChooseFile)}</label>
                <input type="file" id="import-file" accept=".json,application/json" on:change:target=chosen/>
            </div>
            // The outcome is announced: the element stays, its content changes.
            <div class="import-status" role="status" aria-live="polite">
                <ImportOutcome step=step/>
            </div>
        </section>
    }
}

/// What the status region says for each step (nothing while idle).
#[component]
fn ImportOutcome(step: RwSignal<DataStep>) -> impl IntoView {
    let lang = crate::app::use_app().lang;
    move || match step.get() {
        DataStep::Idle => ().into_any(),
        DataStep::Reading => view! { <p>{tr(DataMsg::Reading)}</p> }.into_any(),
        DataStep::Failed(error) => view! {
            <div class="notice notice-error" data-notice="import-failed">
                <p>{tr(DataMsg::ImportFailed)}</p>
                <p class="notice-detail">{move || decode_error_text(&error, lang.get())}</p>
            </div>
        }
        .into_any(),
        DataStep::Preview(incoming) => view! { <Preview incoming=*incoming step=step/> }.into_any(),
        DataStep::Imported => notice("notice notice-ok", DataMsg::ImportDone),
        DataStep::Cancelled => notice("notice", DataMsg::ImportCancelled),
        DataStep::Deleted => notice("notice notice-ok", DataMsg::Deleted),
    }
}

/// A one-line outcome.
fn notice(class: &'static str, msg: DataMsg) -> AnyView {
    view! { <p class=class>{tr(msg)}</p> }.into_any()
}

/// Reads `file` and shows its preview, or why it cannot be imported.
fn read_file(step: RwSignal<DataStep>, file: web_sys::File) {
    // The size is known before reading: a huge file is never read into memory.
    if let Err(error) = check_import_size(file.size() as u64) {
        step.set(DataStep::Failed(error));
        return;
    }
    step.set(DataStep::Reading);
    leptos::task::spawn_local(async move {
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|text| text.as_string());
        step.set(match text.as_deref().map(decode_import) {
            Some(Ok(document)) => DataStep::Preview(Box::new(document)),
            Some(Err(error)) => DataStep::Failed(error),
            None => DataStep::Failed(DecodeError::NotJson),
        });
    });
}
