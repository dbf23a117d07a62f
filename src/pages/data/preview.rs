//! The import's preview: what the file holds next to what is here now, part by part, and
//! the choice to replace, to keep what is here, or to export it first.

use leptos::html;
use leptos::prelude::*;

use crate::app::use_app;
use crate::components::text::tr;
use crate::domain::document::Document;
use crate::domain::lang::Lang;
use crate::domain::summary::{summarize, PartSummary};
use crate::i18n::assessment::date_text;
use crate::i18n::data::{part_label, DataMsg};

use super::{DataStep, ExportButton};

/// The preview of `incoming`. Its heading takes focus when it opens, so the person (and
/// a screen reader) lands on the question.
#[component]
pub fn Preview(incoming: Document, step: RwSignal<DataStep>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let after = summarize(&incoming);
    let now = Memo::new(move |_| app.document.with(summarize));
    let heading = NodeRef::<html::H3>::new();
    heading.on_load(|heading| {
        let _ = heading.focus();
    });
    // Stored in the page until confirmed: the document is replaced on confirmation only.
    let incoming = StoredValue::new(incoming);
    let confirm = move |_| {
        app.replace_document(incoming.get_value());
        step.set(DataStep::Imported);
    };
    let rows = move || {
        let lang = lang.get();
        now.with(|now| {
            now.iter()
                .zip(after.iter())
                .map(|(before, after)| {
                    let part = part_label(before.part, lang);
                    let (before, after) = (cell(before, lang), cell(after, lang));
                    let class = if before == after { "" } else { "changed" };
                    view! {
                        <tr class=class>
                            <th scope="row">{part}</th>
                            <td>{before}</td>
                            <td>{after}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="import-preview" data-notice="import-preview">
            <h3 id="preview-heading" tabindex="-1" node_ref=heading>{tr(DataMsg::PreviewHeading)}</h3>
            <p>{tr(DataMsg::PreviewBody)}</p>
            <table class="data-table">
                <thead>
                    <tr>
                        {[DataMsg::ColumnPart, DataMsg::ColumnNow, DataMsg::ColumnAfter]
                            .map(|column| view! { <th scope="col">{tr(column)}</th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <div class="button-row">
                <button type="button" class="primary" data-action="import-confirm" on:click=confirm>
                    {tr(DataMsg::ImportConfirm)}
                </button>
                <button type="button" data-action="import-cancel" on:click=move |_| step.set(DataStep::Cancelled)>
                    {tr(DataMsg::ImportCancel)}
                </button>
                <ExportButton class=""/>
            </div>
        </div>
    }
}

/// A part's count, with its latest date when it has one: `3（2026年11月2日）`.
fn cell(line: &PartSummary, lang: Lang) -> String {
    match line.latest {
        Some(day) => format!("{}（{}）", line.items, date_text(day, lang)),
        None => line.items.to_string(),
    }
}
