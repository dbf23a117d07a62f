//! Importing a file: the picker, a file dropped anywhere on the screen, reading it (the
//! size is checked first), and where the import stands, announced in one status region.

use leptos::prelude::*;
use leptos::{ev, html};
use wasm_bindgen_futures::JsFuture;

use crate::components::text::tr;
use crate::domain::document::{check_import_size, decode_import, DecodeError};
use crate::domain::lang::Lang;
use crate::i18n::data::{decode_error_text, shortened_text, DataMsg};
use crate::state::use_app;

use super::preview::Preview;
use super::DataStep;

/// The drop zone with the picker, and the outcome of the import under it.
#[component]
pub fn ImportSection(step: RwSignal<DataStep>) -> impl IntoView {
    let lang = use_app().lang;
    let preview_heading = NodeRef::<html::H3>::new();
    // Where focus goes once the preview is answered and goes away.
    let import_heading = NodeRef::<html::H2>::new();
    // The entries of the file being previewed that were over a bound, cut to fit.
    let shortened = RwSignal::new(Vec::<String>::new());
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
                read_file(step, shortened, preview_heading, file);
            }
        }),
    ];
    on_cleanup(move || listeners.into_iter().for_each(|listener| listener.remove()));
    let chosen = move |event: ev::Targeted<ev::Event, web_sys::HtmlInputElement>| {
        let input = event.target();
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            read_file(step, shortened, preview_heading, file);
        }
        // Choosing the same file again must fire `change` again.
        input.set_value("");
    };
    let status = move || {
        step.with(|step| status_at(step, lang.get()))
            .map(|outcome| {
                let detail = outcome
                    .detail
                    .map(|detail| view! { <p class="notice-detail">{detail}</p> });
                view! {
                    <div class=outcome.class data-notice=outcome.notice>
                        <p>{outcome.text}</p>
                        {detail}
                    </div>
                }
            })
    };
    let preview = move || {
        step.with(|step| matches!(step, DataStep::Preview(..))).then(|| {
            let cut = shortened.with(|paths| {
                (!paths.is_empty()).then(|| shortened_text(paths, lang.get()))
            });
            view! {
                <p class="notice notice-warning" data-notice="import-shortened" hidden=cut.is_none()>
                    {cut.clone()}
                </p>
                <Preview step=step heading=preview_heading then_focus=import_heading/>
            }
        })
    };
    view! {
        <section aria-labelledby="import-heading">
            <h2 id="import-heading" tabindex="-1" node_ref=import_heading>{tr(DataMsg::ImportHeading)}</h2>
            <div class="drop-zone" data-drop="import">
                <p>{tr(DataMsg::ImportBody)}</p>
                <label for="import-file" class="file-label">{tr(DataMsg::ChooseFile)}</label>
                <input type="file" id="import-file" accept=".json,application/json" on:change:target=chosen/>
            </div>
            // The outcome is announced: the element stays, its content changes. The
            // preview is not part of it (a table read out as one run of text): it comes
            // after, and its heading takes the focus.
            <div class="import-status" role="status" aria-live="polite">
                {status}
            </div>
            {preview}
        </section>
    }
}

/// What the status region says at a step, short of the preview.
struct Outcome {
    class: &'static str,
    notice: Option<&'static str>,
    text: &'static str,
    detail: Option<String>,
}

fn status_at(step: &DataStep, lang: Lang) -> Option<Outcome> {
    let (class, msg) = match step {
        DataStep::Idle | DataStep::Preview(..) => return None,
        DataStep::Failed(error) => {
            return Some(Outcome {
                class: "notice notice-error",
                notice: Some("import-failed"),
                text: DataMsg::ImportFailed.text(lang),
                detail: Some(decode_error_text(error, lang)),
            })
        }
        DataStep::Reading => ("", DataMsg::Reading),
        DataStep::Imported => {
            return Some(Outcome {
                class: "notice notice-ok",
                notice: Some("imported"),
                text: DataMsg::ImportDone.text(lang),
                detail: Some(DataMsg::ImportedAfter.text(lang).to_owned()),
            })
        }
        DataStep::Cancelled => ("notice", DataMsg::ImportCancelled),
        DataStep::Deleted => ("notice notice-ok", DataMsg::Deleted),
        DataStep::NotDeleted => ("notice notice-error", DataMsg::NotDeleted),
    };
    Some(Outcome {
        class,
        notice: None,
        text: msg.text(lang),
        detail: None,
    })
}

/// Reads `file` and shows its preview (focusing its heading), or why it cannot be
/// imported. The file is read as bytes: its size is the file's own, and text that is not
/// UTF-8 is refused rather than read with replacement characters.
fn read_file(
    step: RwSignal<DataStep>,
    shortened: RwSignal<Vec<String>>,
    preview_heading: NodeRef<html::H3>,
    file: web_sys::File,
) {
    // The size is known before reading: a huge file is never read into memory.
    if let Err(error) = check_import_size(file.size() as u64) {
        step.set(DataStep::Failed(error));
        return;
    }
    step.set(DataStep::Reading);
    leptos::task::spawn_local(async move {
        let bytes = JsFuture::from(file.array_buffer())
            .await
            .ok()
            .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
        let next = match bytes.as_deref().map(decode_import) {
            Some(Ok(imported)) => {
                shortened.set(imported.shortened);
                DataStep::Preview(Box::new(imported.document), file.name())
            }
            Some(Err(error)) => DataStep::Failed(error),
            None => DataStep::Failed(DecodeError::NotJson),
        };
        let preview = matches!(next, DataStep::Preview(..));
        step.set(next);
        if preview {
            // Once the preview is on the screen, the person lands on its question.
            request_animation_frame(move || {
                if let Some(heading) = preview_heading.get_untracked() {
                    let _ = heading.focus();
                }
            });
        }
    });
}
