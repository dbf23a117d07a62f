//! "Your data": what is stored, export to a file, import from a file (picker or drag and
//! drop, validated, previewed, confirmed), delete everything.
//!
//! Where an import or a deletion stands is the page's own signal ([`DataStep`]): the page
//! is built once per visit and follows the language and the document by itself, so the
//! outcome of an import stays on the screen after the document (and perhaps the
//! language) it brought in has replaced the old one.

mod delete;
mod import;
mod preview;
mod stored;

use leptos::html;
use leptos::prelude::*;

use crate::browser;
use crate::components::text::tr;
use crate::domain::document::{export_file_name, DecodeError, Document};
use crate::i18n::data::DataMsg;
use crate::i18n::fill;
use crate::state::use_app;

/// Where an import (or a deletion) stands; not saved.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum DataStep {
    #[default]
    Idle,
    Reading,
    /// The file read (its contents and its name); the contents wait for the person's
    /// confirmation.
    Preview(Box<Document>, String),
    Failed(DecodeError),
    Imported,
    Cancelled,
    Deleted,
    /// "Delete everything" could not remove everything: nothing is claimed.
    NotDeleted,
}

/// The whole data screen.
#[component]
pub fn DataPage() -> impl IntoView {
    let step = RwSignal::new(DataStep::Idle);
    let heading = NodeRef::<html::H1>::new();
    // `#/data?s=import` (home, for a second device) or `?s=delete` (home, for a shared
    // computer): open at that part, once the shell has focused the screen's heading.
    let asked = crate::route::asked_part(&browser::location_hash()).to_owned();
    if ["import", "delete"].contains(&asked.as_str()) {
        set_timeout(
            move || browser::focus_heading(&format!("{asked}-heading")),
            std::time::Duration::from_millis(50),
        );
    }
    // A finger as the main pointer: a phone or a tablet.
    let phone = browser::media_query_signal(browser::TOUCH_POINTER);
    view! {
        <article class="data">
            <header>
                <h1 id="data-heading" tabindex="-1" node_ref=heading>{tr(DataMsg::Heading)}</h1>
                <p class="lead">{tr(DataMsg::Lead)}</p>
                // On a phone the phone's note comes first; on a computer, the computer's.
                {move || phone.get().then(|| view! { <PhoneNote/> })}
                <p class="loss-note">{tr(DataMsg::LossNote)}</p>
                {move || (!phone.get()).then(|| view! { <PhoneNote/> })}
                <p class="shared-pc-note">
                    {tr(DataMsg::SharedPc)}
                    " "
                    <button type="button" class="link" on:click=|_| browser::focus_heading("delete-heading")>
                        {tr(DataMsg::SharedPcLink)}
                    </button>
                </p>
            </header>
            <stored::StoredSection/>
            <section aria-labelledby="export-heading">
                <h2 id="export-heading">{tr(DataMsg::ExportHeading)}</h2>
                <p>{tr(DataMsg::ExportBody)}</p>
                <ExportButton class="primary" step/>
            </section>
            <section aria-labelledby="move-heading">
                <h2 id="move-heading">{tr(DataMsg::MoveHeading)}</h2>
                <ol>
                    {[DataMsg::MoveStep1, DataMsg::MoveStep2, DataMsg::MoveStep3]
                        .map(|step| view! { <li>{tr(step)}</li> })}
                </ol>
            </section>
            <import::ImportSection step=step/>
            <delete::DeleteSection step=step heading=heading/>
        </article>
    }
}

/// What Safari on an iPhone or iPad does to a site left unopened for about a week, and the
/// two ways to keep the notebook: a file exported now and then, or the site opened from
/// the home screen. Written for someone who has never heard of site data.
#[component]
fn PhoneNote() -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <div class="phone-note">
            <p>
                <strong>{tr(DataMsg::PhoneLossHeading)}</strong>
                {move || crate::i18n::colon(lang.get())}
                {tr(DataMsg::PhoneLoss)}
            </p>
            <ul>
                <li>{tr(DataMsg::PhoneExport)}</li>
                <li>{tr(DataMsg::PhoneHomeScreen)}</li>
            </ul>
        </div>
    }
}

/// Writes the stored text itself to a dated file (here and in the import's preview).
#[component]
fn ExportButton(
    class: &'static str,
    /// The import's step, when the import is on the same screen: once an import moves on,
    /// what the export said before is old news and goes.
    #[prop(optional)]
    step: Option<RwSignal<DataStep>>,
) -> impl IntoView {
    let app = use_app();
    // What the last export did, said in its own live region (a download may show nothing
    // on the page, and a screen reader hears nothing of it).
    let done = RwSignal::new(None::<(String, bool)>);
    if let Some(step) = step {
        Effect::new(move |before: Option<()>| {
            step.track();
            if before.is_some() {
                done.set(None);
            }
        });
    }
    let export = move |_| {
        let text = app.document.with_untracked(|d| app.storage.export_text(d));
        let name = export_file_name(app.today);
        let saved = browser::download_text(&name, "application/json;charset=utf-8", &text).is_ok();
        done.set(Some((name, saved)));
    };
    let said = move || {
        done.with(|done| match done {
            Some((name, true)) => fill(DataMsg::Exported.text(app.lang.get()), &[name]),
            Some((_, false)) => DataMsg::ExportFailed.text(app.lang.get()).to_owned(),
            None => String::new(),
        })
    };
    view! {
        // `data-action` names the button for the end-to-end tests.
        <button type="button" class=class data-action="export" on:click=export>
            {tr(DataMsg::ExportButton)}
        </button>
        <p class="status export-status" role="status">{said}</p>
    }
}
