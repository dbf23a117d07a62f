//! Lasting notices about saving: storage refused, a save that failed, and saved text
//! that could not be read (kept aside, with a way to take it out as a file).

use leptos::prelude::*;

use crate::app::AppState;
use crate::browser;
use crate::components::kit::*;
use crate::domain::lang::Lang;
use crate::i18n::Msg;
use crate::storage::UnreadableCopy;

/// The notices in `lang`; rebuilt when the storage state changes.
pub fn storage_notices(app: AppState) -> AnyView {
    let storage = app.storage;
    let notices = dynamic(move || {
        let lang = app.lang.get();
        let t = move |msg: Msg| msg.text(lang);
        let mut notices: Views = Vec::new();
        if !storage.persistent {
            notices.push(notice("notice notice-warning", "status", "storage-unavailable", vec![para("", t(Msg::NoticeStorageUnavailable))]));
        }
        if storage.last_save.with(Result::is_err) {
            let retry = move || app.document.with_untracked(|document| storage.save(document));
            notices.push(notice("notice notice-error", "alert", "save-failed", vec![
                para("", t(Msg::NoticeSaveFailed)),
                button("", "", t(Msg::RetrySave), Box::new(retry)),
            ]));
        }
        for copy in storage.unreadable.get() {
            notices.push(unreadable_notice(lang, app, copy));
        }
        notices.into_any()
    });
    div("notices", vec![notices])
}

fn notice(class: &'static str, role: &'static str, kind: &'static str, children: Views) -> AnyView {
    view! { <div class=class role=role data-notice=kind>{children}</div> }.into_any()
}

fn unreadable_notice(lang: Lang, app: AppState, copy: UnreadableCopy) -> AnyView {
    let t = move |msg: Msg| msg.text(lang);
    let confirming = RwSignal::new(false);
    let file_name = format!("{}.txt", copy.key.replace('.', "-"));
    let UnreadableCopy { key, text: contents } = copy;
    let download = move || {
        let _ = browser::download_text(&file_name, "text/plain;charset=utf-8", &contents);
    };
    let delete_key = key.clone();
    notice("notice notice-warning", "status", "unreadable", vec![
        para("", t(Msg::NoticeUnreadable)),
        view! { <p class="notice-detail">{t(Msg::NoticeUnreadableKey)}<code>{key}</code></p> }.into_any(),
        div("button-row", vec![
            button("primary", "", t(Msg::DownloadUnreadable), Box::new(download)),
            button("", "", t(Msg::DeleteUnreadable), Box::new(move || confirming.set(true))),
        ]),
        when(confirming.into(), move || {
            let delete_key = delete_key.clone();
            confirm_box(t(Msg::ConfirmDeleteUnreadable), t(Msg::ConfirmDelete), t(Msg::Cancel),
                Box::new(move || app.storage.delete_unreadable(&delete_key)), Box::new(move || confirming.set(false)))
        }),
    ])
}
