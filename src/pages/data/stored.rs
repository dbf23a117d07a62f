//! "What is stored": each part of the saved document with its items, latest date and
//! size, kept in step with the document.

use leptos::prelude::*;

use crate::app::use_app;
use crate::components::text::tr;
use crate::domain::summary::{summarize, PartSummary};
use crate::i18n::assessment::date_text;
use crate::i18n::data::{part_label, DataMsg};

/// The table of what is stored, with a warning when the browser keeps nothing.
#[component]
pub fn StoredSection() -> impl IntoView {
    let app = use_app();
    let lines = Memo::new(move |_| app.document.with(summarize));
    let total = move || size_text(lines.with(|lines| lines.iter().map(|line| line.bytes).sum()));
    let row = move |line: PartSummary| {
        let lang = app.lang;
        let latest = line.latest;
        // The assessment in progress shares its field with the results: one size for both.
        let size = if line.bytes == 0 {
            String::new()
        } else {
            size_text(line.bytes)
        };
        view! {
            <tr>
                <th scope="row">{move || part_label(line.part, lang.get())}</th>
                <td class="number">{line.items}</td>
                <td>{move || latest.map(|day| date_text(day, lang.get())).unwrap_or_default()}</td>
                <td class="number">{size}</td>
            </tr>
        }
    };
    view! {
        <section aria-labelledby="stored-heading">
            <h2 id="stored-heading">{tr(DataMsg::StoredHeading)}</h2>
            {(!app.storage.persistent).then(|| view! {
                <p class="notice notice-warning">{tr(DataMsg::MemoryOnly)}</p>
            })}
            <Show when=move || lines.with(|lines| lines.iter().all(|line| line.items == 0))>
                <p>{tr(DataMsg::NothingStored)}</p>
            </Show>
            <table class="data-table">
                <thead>
                    <tr>
                        {[DataMsg::ColumnPart, DataMsg::ColumnItems, DataMsg::ColumnLatest, DataMsg::ColumnSize]
                            .map(|column| view! { <th scope="col">{tr(column)}</th> })}
                    </tr>
                </thead>
                <tbody>
                    {move || lines.get().into_iter().map(row).collect_view()}
                    <tr class="total">
                        <th scope="row">{tr(DataMsg::Total)}</th>
                        <td></td>
                        <td></td>
                        <td class="number">{total}</td>
                    </tr>
                </tbody>
            </table>
        </section>
    }
}

/// Bytes as people read them: `812 B`, `3.4 KB`.
fn size_text(bytes: usize) -> String {
    if bytes < 1024 {
        format!("{bytes} B")
    } else {
        format!("{}.{} KB", bytes / 1024, bytes % 1024 * 10 / 1024)
    }
}
