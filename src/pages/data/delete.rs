//! "Delete everything", after an "are you sure?" that takes focus when it opens; Esc
//! or "keep" closes it with focus back on the button.

use leptos::html;
use leptos::prelude::*;

use crate::components::text::tr;
use crate::domain::document::Document;
use crate::i18n::data::DataMsg;
use crate::state::use_app;

use super::DataStep;

/// The delete button and its confirmation. Deleting says so in the import's status
/// region and puts focus on the screen's heading (the buttons are gone).
#[component]
pub fn DeleteSection(step: RwSignal<DataStep>, heading: NodeRef<html::H1>) -> impl IntoView {
    let app = use_app();
    let confirming = RwSignal::new(false);
    let delete_button = NodeRef::<html::Button>::new();
    let question = NodeRef::<html::P>::new();
    let ask = move |_| {
        confirming.set(true);
        // The question is shown once the screen has updated; then it takes focus.
        request_animation_frame(move || {
            if let Some(question) = question.get_untracked() {
                let _ = question.focus();
            }
        });
    };
    let delete_all = move |_| {
        confirming.set(false);
        // Only what is really gone is said to be gone; if something stays, so does the
        // notebook on the screen.
        if app.storage.delete_all() {
            app.replace_document(Document::default());
            step.set(DataStep::Deleted);
        } else {
            step.set(DataStep::NotDeleted);
        }
        if let Some(heading) = heading.get_untracked() {
            let _ = heading.focus();
        }
    };
    let keep = move || {
        confirming.set(false);
        if let Some(button) = delete_button.get_untracked() {
            let _ = button.focus();
        }
    };
    // Esc keeps the data, as it cancels the check screen's edit.
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Escape" {
            event.prevent_default();
            keep();
        }
    };
    view! {
        // `data-action`s name the buttons for the end-to-end tests.
        <section aria-labelledby="delete-heading">
            <h2 id="delete-heading" tabindex="-1">{tr(DataMsg::DeleteHeading)}</h2>
            <p>{tr(DataMsg::DeleteBody)}</p>
            <button type="button" class="danger" data-action="delete-all" node_ref=delete_button on:click=ask>
                {tr(DataMsg::DeleteButton)}
            </button>
            <div class="confirm" role="group" aria-labelledby="confirm-question" hidden=move || !confirming.get() on:keydown=on_keydown>
                <p id="confirm-question" tabindex="-1" node_ref=question>{tr(DataMsg::DeleteQuestion)}</p>
                <div class="button-row">
                    <button type="button" class="danger" data-action="delete-all-yes" on:click=delete_all>
                        {tr(DataMsg::DeleteYes)}
                    </button>
                    <button type="button" data-action="delete-all-no" on:click=move |_| keep()>
                        {tr(DataMsg::DeleteNo)}
                    </button>
                </div>
            </div>
        </section>
    }
}
