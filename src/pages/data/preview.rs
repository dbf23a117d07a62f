//! The import's preview: what the file holds next to what is here now, part by part, and
//! the choice to replace, to keep what is here, or to export it first.

use leptos::html;
use leptos::prelude::*;

use crate::browser;
use crate::components::text::tr;
use crate::domain::lang::Lang;
use crate::domain::summary::{older_than_now, stored_bytes, summarize, PartSummary};
use crate::i18n::commitment::format_date;
use crate::i18n::data::{items_text, latest_text, part_label, DataMsg};
use crate::i18n::fill;
use crate::state::use_app;

use super::stored::{DataTable, Row};
use super::{DataStep, ExportButton};

/// The preview of the file that `step` holds; its heading is `heading`, which the import
/// focuses. The file's document stays in `step` until it is confirmed or cancelled; then
/// the preview goes, and focus moves to `then_focus` rather than being lost with its button.
#[component]
pub fn Preview(
    step: RwSignal<DataStep>,
    heading: NodeRef<html::H3>,
    then_focus: NodeRef<html::H2>,
) -> impl IntoView {
    let app = use_app();
    let (after, file_name) = step.with_untracked(|step| match step {
        DataStep::Preview(incoming, name) => (summarize(incoming), name.clone()),
        _ => (Vec::new(), String::new()),
    });
    // A file older than what is here: said in words, and replacing is no longer the
    // button that stands out.
    let older = {
        let after = after.clone();
        Memo::new(move |_| {
            app.document
                .with(|now| older_than_now(&after, &summarize(now)))
        })
    };
    // Nothing here yet: nothing to export before it is replaced.
    let nothing_here = Memo::new(move |_| app.document.with(stored_bytes) == 0);
    let rows = Memo::new(move |_| {
        let lang = app.lang.get();
        app.document.with(|now| {
            summarize(now)
                .iter()
                .zip(&after)
                .map(|(before, after)| {
                    let head = part_label(before.part, lang);
                    let (before, after) = (cell(before, lang), cell(after, lang));
                    Row {
                        class: if before == after { "" } else { "changed" },
                        head,
                        cells: vec![("", before), ("", after)],
                    }
                })
                .collect()
        })
    });
    let confirm = move |_| {
        let shown = step.try_update(|step| std::mem::replace(step, DataStep::Imported));
        if let Some(DataStep::Preview(incoming, _)) = shown {
            app.replace_document(*incoming);
        }
        browser::focus_when_drawn(then_focus);
    };
    let cancel = move |_| {
        step.set(DataStep::Cancelled);
        browser::focus_when_drawn(then_focus);
    };
    const COLUMNS: &[DataMsg] = &[
        DataMsg::ColumnPart,
        DataMsg::ColumnNow,
        DataMsg::ColumnAfter,
    ];
    view! {
        <div class="import-preview" data-notice="import-preview">
            <h3 id="preview-heading" tabindex="-1" node_ref=heading>{tr(DataMsg::PreviewHeading)}</h3>
            <p class="preview-file">
                {move || fill(DataMsg::PreviewFile.text(app.lang.get()), &[&file_name])}
            </p>
            <p>{tr(DataMsg::PreviewBody)}</p>
            {move || older.get().map(|(file, here)| {
                let lang = app.lang.get();
                view! {
                    <p class="warning" data-notice="import-older">
                        {fill(DataMsg::PreviewOlder.text(lang), &[&format_date(file, lang), &format_date(here, lang)])}
                    </p>
                }
            })}
            <DataTable columns=COLUMNS rows=rows/>
            // `data-action`s name the buttons for the end-to-end tests.
            <div class="button-row">
                <button type="button" class:primary=move || older.with(Option::is_none) data-action="import-confirm" on:click=confirm>
                    {tr(DataMsg::ImportConfirm)}
                </button>
                <button type="button" class:primary=move || older.with(Option::is_some) data-action="import-cancel" on:click=cancel>
                    {tr(DataMsg::ImportCancel)}
                </button>
                <Show when=move || !nothing_here.get()>
                    <ExportButton class=""/>
                </Show>
            </div>
        </div>
    }
}

/// A part's count, with its latest date when it has one: `3（2026年11月2日）`, `3 (2 November
/// 2026)`.
fn cell(line: &PartSummary, lang: Lang) -> String {
    match line.latest {
        Some(day) => match lang {
            Lang::Ja => format!(
                "{}（{}）",
                items_text(line, lang),
                latest_text(line.part, day, lang)
            ),
            Lang::En => format!(
                "{} ({})",
                items_text(line, lang),
                latest_text(line.part, day, lang)
            ),
        },
        None => items_text(line, lang),
    }
}
