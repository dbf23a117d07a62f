//! "What is stored": each part of the saved document with its items, latest date and
//! size, kept in step with the document; and the table it is shown in, which the
//! import's preview shares.

use leptos::prelude::*;

use crate::components::text::tr;
use crate::domain::lang::Lang;
use crate::domain::summary::{stored_bytes, summarize, PartSummary};
use crate::i18n::data::{items_text, latest_text, part_label, DataMsg};
use crate::state::use_app;

/// The table of what is stored, with a warning when the browser keeps nothing.
#[component]
pub fn StoredSection() -> impl IntoView {
    let app = use_app();
    let lines = Memo::new(move |_| app.document.with(summarize));
    let total = Memo::new(move |_| app.document.with(stored_bytes));
    let rows =
        Memo::new(move |_| lines.with(|lines| stored_rows(lines, total.get(), app.lang.get())));
    const COLUMNS: &[DataMsg] = &[
        DataMsg::ColumnPart,
        DataMsg::ColumnItems,
        DataMsg::ColumnLatest,
        DataMsg::ColumnSize,
    ];
    view! {
        <section aria-labelledby="stored-heading">
            <h2 id="stored-heading">{tr(DataMsg::StoredHeading)}</h2>
            <p class="notice notice-warning" hidden=app.storage.persistent>{tr(DataMsg::MemoryOnly)}</p>
            <p class="nothing-stored" hidden=move || total.get() != 0>{tr(DataMsg::NothingStored)}</p>
            <DataTable columns=COLUMNS rows=rows/>
            <p class="help" hidden=move || total.get() == 0>{tr(DataMsg::SizeNote)}</p>
        </section>
    }
}

/// A row of a [`DataTable`]: the part it is about, then its cells as (class, text).
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub class: &'static str,
    pub head: &'static str,
    pub cells: Vec<(&'static str, String)>,
}

/// A table of the parts of a document: a header cell per row, `columns` above.
#[component]
pub fn DataTable(columns: &'static [DataMsg], rows: Memo<Vec<Row>>) -> impl IntoView {
    let row = |row: Row| {
        let cells = row.cells.into_iter();
        view! {
            <tr class=row.class>
                <th scope="row">{row.head}</th>
                {cells.map(|(class, text)| view! { <td class=class>{text}</td> }).collect_view()}
            </tr>
        }
    };
    view! {
        <table class="data-table">
            <thead>
                <tr>
                    {columns.iter().map(|&column| view! { <th scope="col">{tr(column)}</th> }).collect_view()}
                </tr>
            </thead>
            <tbody>{move || rows.get().into_iter().map(row).collect_view()}</tbody>
        </table>
    }
}

/// One row per part (count, latest date, size), then the total: the size of the whole saved
/// text, `total` bytes (none while nothing is saved).
fn stored_rows(lines: &[PartSummary], total: usize, lang: Lang) -> Vec<Row> {
    let mut rows: Vec<Row> = lines
        .iter()
        .map(|line| {
            let latest = line.latest.map(|day| latest_text(line.part, day, lang));
            // The assessment in progress shares its field with the results: one size for
            // both, given on the results' line.
            let size = (line.bytes > 0).then(|| size_text(line.bytes));
            Row {
                class: "",
                head: part_label(line.part, lang),
                cells: vec![
                    ("count", items_text(line, lang)),
                    ("", latest.unwrap_or_default()),
                    ("number", size.unwrap_or_default()),
                ],
            }
        })
        .collect();
    rows.push(Row {
        class: "total",
        head: DataMsg::Total.text(lang),
        cells: vec![
            ("", String::new()),
            ("", String::new()),
            ("number", size_text(total)),
        ],
    });
    rows
}

/// Bytes as people read them: `812 B`, `3.4 KB`.
fn size_text(bytes: usize) -> String {
    if bytes < 1024 {
        format!("{bytes} B")
    } else {
        format!("{}.{} KB", bytes / 1024, bytes % 1024 * 10 / 1024)
    }
}
