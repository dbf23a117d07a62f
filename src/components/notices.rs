//! Lasting notices about saving: storage refused, a save that failed, and saved text
//! that could not be read (kept aside, with a way to take it out as a file).

use leptos::prelude::*;

use crate::app::use_app;
use crate::browser;
use crate::i18n::Msg;
use crate::storage::UnreadableCopy;

#[component]
pub fn StorageNotices() -> impl IntoView {
    let app = use_app();
    let storage = app.storage;
    let retry = move |_| app.document.with_untracked(|document| storage.save(document));
    view! {
        <div class="notices">
            <Show when=move || !storage.persistent>
                <p class="notice notice-warning" role="status" data-notice="storage-unavailable">
                    {move || app.t(Msg::NoticeStorageUnavailable)}
                </p>
            </Show>
            <Show when=move || storage.last_save.with(Result::is_err)>
                <div class="notice notice-error" role="alert" data-notice="save-failed">
                    <p>{move || app.t(Msg::NoticeSaveFailed)}</p>
                    <button type="button" on:click=retry>{move || app.t(Msg::RetrySave)}</button>
                </div>
            </Show>
            <For each=move || storage.unreadable.get() key=|copy| copy.key.clone() let:copy>
                <UnreadableNotice copy=copy/>
            </For>
        </div>
    }
}

#[component]
fn UnreadableNotice(copy: UnreadableCopy) -> impl IntoView {
    let app = use_app();
    let confirming = RwSignal::new(false);
    let file_name = format!("{}.txt", copy.key.replace('.', "-"));
    let key = copy.key.clone();
    let text = copy.text;
    let download = move |_| {
        let _ = browser::download_text(&file_name, "text/plain;charset=utf-8", &text);
    };
    let delete_key = key.clone();
    view! {
        <div class="notice notice-warning" role="status" data-notice="unreadable">
            <p>{move || app.t(Msg::NoticeUnreadable)}</p>
            <p class="notice-detail">{move || app.t(Msg::NoticeUnreadableKey)}<code>{key}</code></p>
            <div class="button-row">
                <button type="button" class="primary" on:click=download>
                    {move || app.t(Msg::DownloadUnreadable)}
                </button>
                <Show when=move || !confirming.get()>
                    <button type="button" on:click=move |_| confirming.set(true)>
                        {move || app.t(Msg::DeleteUnreadable)}
                    </button>
                </Show>
            </div>
            <Show when=move || confirming.get()>
                {
                    let delete_key = delete_key.clone();
                    view! {
                        <div class="confirm" role="group">
                            <p>{move || app.t(Msg::ConfirmDeleteUnreadable)}</p>
                            <div class="button-row">
                                <button type="button" class="danger"
                                    on:click=move |_| app.storage.delete_unreadable(&delete_key)>
                                    {move || app.t(Msg::ConfirmDelete)}
                                </button>
                                <button type="button" on:click=move |_| confirming.set(false)>
                                    {move || app.t(Msg::Cancel)}
                                </button>
                            </div>
                        </div>
                    }
                }
            </Show>
        </div>
    }
}
