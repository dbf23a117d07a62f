//! "Your data": what is stored, export to a file, import from a file (picker or drag and
//! drop, validated, previewed, confirmed), delete everything.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::app::AppState;
use crate::browser;
use crate::components::kit::{action_button, confirm_box, inert, page, put, region, Piece};
use crate::domain::document::{
    check_import_size, decode_import, export_file_name, DecodeError, Document,
};
use crate::domain::lang::Lang;
use crate::domain::summary::{summarize, PartSummary};
use crate::i18n::assessment::date_text;
use crate::i18n::data::{decode_error_text, part_label, DataMsg};
use crate::markup::{Html, Markup};

/// Where an import (or a deletion) stands; not saved.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum DataStep {
    #[default]
    Idle,
    Reading,
    /// The file read; its contents wait for the person's confirmation.
    Preview(Box<Document>),
    Failed(DecodeError),
    Imported,
    Cancelled,
    Deleted,
}

pub fn data_page(lang: Lang, app: AppState) -> Piece {
    let t = move |msg: DataMsg| msg.text(lang);
    let stored = region(move || app.document.with(|d| stored_markup(lang, app, d)));
    let import = region(move || {
        let step = app.ui.data_step.get();
        let confirming = app.ui.confirming.get();
        app.document
            .with(|d| import_markup(lang, &step, d, confirming.as_deref()))
    });
    let mut h = Html::new();
    h.open("header", &[]).leaf("h1", "", t(DataMsg::Heading));
    h.leaf("p", "lead", t(DataMsg::Lead)).close("header");
    let intro = inert(h.finish());
    page("data", vec![intro, stored, import])
}

fn stored_markup(lang: Lang, app: AppState, document: &Document) -> Markup {
    let t = move |msg: DataMsg| msg.text(lang);
    // A region is one element: the sections go in a `div`.
    let mut h = Html::new();
    h.open("div", &[]);
    h.open("section", &[("aria-labelledby", "stored-heading")]);
    h.leaf_with("h2", &[("id", "stored-heading")], t(DataMsg::StoredHeading));
    if !app.storage.persistent {
        h.leaf("p", "notice notice-warning", t(DataMsg::MemoryOnly));
    }
    let lines = summarize(document);
    if lines.iter().all(|line| line.items == 0) {
        h.leaf("p", "", t(DataMsg::NothingStored));
    }
    h.open("table", &[("class", "data-table")])
        .open("thead", &[])
        .open("tr", &[]);
    for column in [
        DataMsg::ColumnPart,
        DataMsg::ColumnItems,
        DataMsg::ColumnLatest,
        DataMsg::ColumnSize,
    ] {
        h.leaf_with("th", &[("scope", "col")], t(column));
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for line in &lines {
        h.open("tr", &[])
            .leaf_with("th", &[("scope", "row")], part_label(line.part, lang));
        h.leaf("td", "number", &line.items.to_string());
        h.leaf(
            "td",
            "",
            &line.latest.map(|d| date_text(d, lang)).unwrap_or_default(),
        );
        // The assessment in progress shares its field with the results: one size for both.
        let size = if line.bytes == 0 {
            String::new()
        } else {
            size_text(line.bytes)
        };
        h.leaf("td", "number", &size).close("tr");
    }
    let total: usize = lines.iter().map(|line| line.bytes).sum();
    h.open("tr", &[("class", "total")])
        .leaf_with("th", &[("scope", "row")], t(DataMsg::Total));
    h.leaf("td", "", "")
        .leaf("td", "", "")
        .leaf("td", "number", &size_text(total));
    h.close("tr").close("tbody").close("table");
    h.close("section");

    h.open("section", &[("aria-labelledby", "export-heading")]);
    h.leaf_with("h2", &[("id", "export-heading")], t(DataMsg::ExportHeading));
    h.leaf("p", "", t(DataMsg::ExportBody));
    action_button(
        &mut h,
        "primary",
        "export",
        ("", ""),
        t(DataMsg::ExportButton),
    );
    h.close("section");

    h.open("section", &[("aria-labelledby", "move-heading")]);
    h.leaf_with("h2", &[("id", "move-heading")], t(DataMsg::MoveHeading));
    h.open("ol", &[]);
    for step in [DataMsg::MoveStep1, DataMsg::MoveStep2, DataMsg::MoveStep3] {
        h.leaf("li", "", t(step));
    }
    h.close("ol").close("section").close("div");
    h.finish()
}

/// Bytes as people read them: `812 B`, `3.4 KB`.
fn size_text(bytes: usize) -> String {
    if bytes < 1024 {
        format!("{bytes} B")
    } else {
        format!("{}.{} KB", bytes / 1024, bytes % 1024 * 10 / 1024)
    }
}

fn import_markup(lang: Lang, step: &DataStep, now: &Document, confirming: Option<&str>) -> Markup {
    let t = move |msg: DataMsg| msg.text(lang);
    let mut h = Html::new();
    h.open("div", &[]);
    h.open("section", &[("aria-labelledby", "import-heading")]);
    h.leaf_with("h2", &[("id", "import-heading")], t(DataMsg::ImportHeading));
    h.open("div", &[("class", "drop-zone"), ("data-drop", "import")]);
    h.leaf("p", "", t(DataMsg::ImportBody));
    h.leaf_with(
        "label",
        &[("for", "import-file"), ("class", "file-label")],
        t(DataMsg::ChooseFile),
    );
    h.open(
        "input",
        &[
            ("type", "file"),
            ("id", "import-file"),
            ("accept", ".json,application/json"),
            ("data-action", "import-file"),
        ],
    );
    h.close("div");
    // The outcome is announced: the element stays, its content changes.
    h.open(
        "div",
        &[
            ("class", "import-status"),
            ("role", "status"),
            ("aria-live", "polite"),
        ],
    );
    match step {
        DataStep::Idle => {}
        DataStep::Reading => {
            h.leaf("p", "", t(DataMsg::Reading));
        }
        DataStep::Failed(error) => {
            h.open(
                "div",
                &[
                    ("class", "notice notice-error"),
                    ("data-notice", "import-failed"),
                ],
            );
            h.leaf("p", "", t(DataMsg::ImportFailed));
            h.leaf("p", "notice-detail", &decode_error_text(error, lang))
                .close("div");
        }
        DataStep::Preview(incoming) => preview(&mut h, lang, now, incoming),
        DataStep::Imported => {
            h.leaf("p", "notice notice-ok", t(DataMsg::ImportDone));
        }
        DataStep::Cancelled => {
            h.leaf("p", "notice", t(DataMsg::ImportCancelled));
        }
        DataStep::Deleted => {
            h.leaf("p", "notice notice-ok", t(DataMsg::Deleted));
        }
    }
    h.close("div").close("section");

    h.open("section", &[("aria-labelledby", "delete-heading")]);
    h.leaf_with("h2", &[("id", "delete-heading")], t(DataMsg::DeleteHeading));
    h.leaf("p", "", t(DataMsg::DeleteBody));
    action_button(
        &mut h,
        "danger",
        "delete-all",
        ("", ""),
        t(DataMsg::DeleteButton),
    );
    if confirming == Some("delete-all") {
        confirm_box(
            &mut h,
            t(DataMsg::DeleteQuestion),
            &[
                ("danger", "delete-all-yes", t(DataMsg::DeleteYes)),
                ("", "delete-all-no", t(DataMsg::DeleteNo)),
            ],
            ("", ""),
        );
    }
    h.close("section").close("div");
    h.finish()
}

/// What the file holds next to what is here now, part by part.
fn preview(h: &mut Html, lang: Lang, now: &Document, incoming: &Document) {
    let t = move |msg: DataMsg| msg.text(lang);
    h.open(
        "div",
        &[
            ("class", "import-preview"),
            ("data-notice", "import-preview"),
        ],
    );
    h.leaf_with(
        "h3",
        &[("id", "preview-heading"), ("tabindex", "-1")],
        t(DataMsg::PreviewHeading),
    );
    h.leaf("p", "", t(DataMsg::PreviewBody));
    h.open("table", &[("class", "data-table")])
        .open("thead", &[])
        .open("tr", &[]);
    for column in [
        DataMsg::ColumnPart,
        DataMsg::ColumnNow,
        DataMsg::ColumnAfter,
    ] {
        h.leaf_with("th", &[("scope", "col")], t(column));
    }
    h.close("tr").close("thead").open("tbody", &[]);
    let cell = |line: &PartSummary| match line.latest {
        Some(day) => format!("{}（{}）", line.items, date_text(day, lang)),
        None => line.items.to_string(),
    };
    for (before, after) in summarize(now).iter().zip(summarize(incoming).iter()) {
        let changed = if cell(before) == cell(after) {
            ""
        } else {
            "changed"
        };
        h.open("tr", &[("class", changed)]);
        h.leaf_with("th", &[("scope", "row")], part_label(before.part, lang));
        h.leaf("td", "", &cell(before))
            .leaf("td", "", &cell(after))
            .close("tr");
    }
    h.close("tbody").close("table");
    h.open("div", &[("class", "button-row")]);
    action_button(
        h,
        "primary",
        "import-confirm",
        ("", ""),
        t(DataMsg::ImportConfirm),
    );
    action_button(h, "", "import-cancel", ("", ""), t(DataMsg::ImportCancel));
    action_button(h, "", "export", ("", ""), t(DataMsg::ExportButton));
    h.close("div").close("div");
}

pub fn on_click(app: AppState, action: &str, _element: &web_sys::Element) -> bool {
    let (ui, document) = (app.ui, app.document);
    match action {
        "export" => {
            let text = document.with_untracked(|d| app.storage.export_text(d));
            let name = export_file_name(app.today);
            let _ = browser::download_text(&name, "application/json;charset=utf-8", &text);
        }
        "import-confirm" => {
            if let DataStep::Preview(incoming) = ui.data_step.get_untracked() {
                app.replace_document(*incoming);
                put(ui.data_step, DataStep::Imported);
            }
        }
        "import-cancel" => put(ui.data_step, DataStep::Cancelled),
        "delete-all" => {
            put(ui.confirming, Some("delete-all".to_owned()));
            browser::focus_later("#confirm-question");
        }
        "delete-all-yes" => {
            put(ui.confirming, None);
            app.storage.delete_all();
            app.replace_document(Document::default());
            put(ui.data_step, DataStep::Deleted);
            browser::focus_later("main h1");
        }
        "delete-all-no" => {
            put(ui.confirming, None);
            browser::focus_later("[data-action=delete-all]");
        }
        _ => return false,
    }
    true
}

/// A file chosen with the picker.
pub fn on_change(app: AppState, event: &web_sys::Event) {
    let input = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input.filter(|input| input.id() == "import-file") {
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            read_file(app, file);
        }
        // Choosing the same file again must fire `change` again.
        input.set_value("");
    }
}

/// Files dragged over the screen may be dropped; a dropped file is read like a chosen one.
pub fn on_drag(app: AppState, event: &web_sys::Event) {
    let Ok(event) = event.clone().dyn_into::<web_sys::DragEvent>() else {
        return;
    };
    event.prevent_default();
    if event.type_() == "drop" {
        if let Some(file) = event
            .data_transfer()
            .and_then(|transfer| transfer.files())
            .and_then(|files| files.get(0))
        {
            read_file(app, file);
        }
    }
}

fn read_file(app: AppState, file: web_sys::File) {
    let step = app.ui.data_step;
    // The size is known before reading: a huge file is never read into memory.
    if let Err(error) = check_import_size(file.size() as u64) {
        put(step, DataStep::Failed(error));
        return;
    }
    put(step, DataStep::Reading);
    leptos::task::spawn_local(async move {
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|text| text.as_string());
        let next = match text.as_deref().map(decode_import) {
            Some(Ok(document)) => DataStep::Preview(Box::new(document)),
            Some(Err(error)) => DataStep::Failed(error),
            None => DataStep::Failed(DecodeError::NotJson),
        };
        let preview = matches!(next, DataStep::Preview(_));
        put(step, next);
        if preview {
            browser::focus_later("#preview-heading");
        }
    });
}
