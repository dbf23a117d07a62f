//! Lasting notices about the notebook's storage — nothing saved this visit (and why), a
//! save that failed (storage full, an entry too long), another tab's change, the notebook
//! removed from outside, a newer version elsewhere — and about the host (a new version
//! ready, settings ignored), and the copies of unreadable text kept aside, each with a way
//! to take it out as a file or delete it.

use leptos::html;
use leptos::prelude::*;

use crate::browser;
use crate::domain::lang::Lang;
use crate::i18n::data::{field_problem, ignored_text, DataMsg};
use crate::i18n::{fill, Msg};
use crate::state::{use_app, AppState};
use crate::storage::{CopyKind, MemoryOnly, SaveError, UnreadableCopy};

#[component]
pub fn Notices() -> impl IntoView {
    let app = use_app();
    let storage = app.storage;
    let t = move |msg: Msg| msg.text(app.lang.get());
    let memory_only = move || {
        let why = storage.memory_only.get_value()?;
        let lang = app.lang.get();
        Some(match why {
            MemoryOnly::Unavailable => view! {
                <div class="notice notice-warning" role="status" data-notice="storage-unavailable">
                    <p>{Msg::NoticeStorageUnavailable.text(lang)}</p>
                </div>
            }
            .into_any(),
            MemoryOnly::ReadFailed => view! {
                <div class="notice notice-error" role="alert" data-notice="read-failed">
                    <p>{Msg::NoticeReadFailed.text(lang)}</p>
                </div>
            }
            .into_any(),
            MemoryOnly::FullWithUnreadable { text } => full_notice(
                "full-unreadable",
                Msg::NoticeFullWithUnreadable,
                "jiritsu.unreadable",
                text,
                lang,
            ),
            MemoryOnly::FullWithUnkept { text } => full_notice(
                "full-unkept",
                Msg::NoticeFullWithUnkept,
                "jiritsu.document",
                text,
                lang,
            ),
            MemoryOnly::NewerVersion(version) => view! {
                <div class="notice notice-warning" role="status" data-notice="newer-version">
                    <p>{fill(Msg::NoticeNewerVersion.text(lang), &[&version.to_string()])}</p>
                    <button type="button" data-action="reload" on:click=|_| reload()>{t(Msg::Reload)}</button>
                </div>
            }
            .into_any(),
        })
    };
    let update = move || {
        app.host.update_ready.get().then(|| {
            view! {
                <div class="notice" role="status" data-notice="update-ready">
                    <p>{move || DataMsg::UpdateReady.text(app.lang.get())}</p>
                    <button type="button" data-action="reload" on:click=|_| reload()>
                        {move || DataMsg::UpdateReload.text(app.lang.get())}
                    </button>
                </div>
            }
        })
    };
    let ignored = move || {
        let lang = app.lang.get();
        app.host.ignored.with(|ignored| {
            (!ignored.is_empty()).then(|| {
                let items = ignored
                    .iter()
                    .map(|item| view! { <li>{ignored_text(item, lang)}</li> })
                    .collect_view();
                view! {
                    <div class="notice notice-warning" role="status" data-notice="config-ignored">
                        <p>{DataMsg::ConfigIgnored.text(lang)}</p>
                        <ul>{items}</ul>
                    </div>
                }
            })
        })
    };
    view! {
        <div class="notices">
            {memory_only}
            <SaveNotice app=app/>
            {update}
            {ignored}
            <For
                each=move || storage.unreadable.get()
                key=|copy: &UnreadableCopy| copy.key.clone()
                let:copy
            >
                <UnreadableNotice copy=copy/>
            </For>
        </div>
    }
}

/// What went wrong with the last save, and the choices it leaves.
#[component]
fn SaveNotice(app: AppState) -> impl IntoView {
    let storage = app.storage;
    move || {
        let lang = app.lang.get();
        let t = move |msg: Msg| msg.text(lang);
        let retry = move |_| app.document.with_untracked(|d| storage.save(d));
        let keep_mine = move |_| app.document.with_untracked(|d| storage.keep_mine(d));
        match storage.last_save.get() {
            Ok(()) => ().into_any(),
            Err(SaveError::Full) => view! {
                <div class="notice notice-error" role="alert" data-notice="save-failed">
                    <p>{t(Msg::NoticeSaveFull)}</p>
                    <button type="button" data-action="retry-save" on:click=retry>{t(Msg::RetrySave)}</button>
                </div>
            }
            .into_any(),
            Err(SaveError::Refused) => view! {
                <div class="notice notice-error" role="alert" data-notice="save-failed">
                    <p>{t(Msg::NoticeSaveFailed)}</p>
                    <button type="button" data-action="retry-save" on:click=retry>{t(Msg::RetrySave)}</button>
                </div>
            }
            .into_any(),
            Err(SaveError::WouldNotReadBack(detail)) => view! {
                <div class="notice notice-error" role="alert" data-notice="save-failed">
                    <p>{fill(t(Msg::NoticeTooLong), &[&field_problem(&detail, lang)])}</p>
                </div>
            }
            .into_any(),
            Err(SaveError::Stale) => view! {
                <div class="notice notice-error" role="alert" data-notice="conflict">
                    <p>{DataMsg::ConflictNotice.text(lang)}</p>
                    <div class="button-row">
                        <button type="button" data-action="conflict-theirs" on:click=move |_| storage.take_theirs(app)>
                            {DataMsg::ConflictTheirs.text(lang)}
                        </button>
                        <button type="button" data-action="conflict-mine" on:click=keep_mine>
                            {DataMsg::ConflictMine.text(lang)}
                        </button>
                    </div>
                </div>
            }
            .into_any(),
            Err(SaveError::NewerElsewhere) => view! {
                <div class="notice notice-error" role="alert" data-notice="newer-elsewhere">
                    <p>{t(Msg::NoticeNewerElsewhere)}</p>
                    <button type="button" data-action="reload" on:click=|_| reload()>{t(Msg::Reload)}</button>
                </div>
            }
            .into_any(),
            Err(SaveError::Cleared) => view! {
                <div class="notice notice-error" role="alert" data-notice="cleared">
                    <p>{t(Msg::NoticeCleared)}</p>
                    <div class="button-row">
                        <button type="button" class="primary" data-action="cleared-keep" on:click=keep_mine>
                            {t(Msg::ClearedKeep)}
                        </button>
                        <button type="button" data-action="cleared-empty" on:click=move |_| storage.start_empty(app)>
                            {t(Msg::ClearedEmpty)}
                        </button>
                    </div>
                </div>
            }
            .into_any(),
        }
    }
}

/// A copy of unreadable text kept aside: take it out as a file, or delete it after asking.
#[component]
fn UnreadableNotice(copy: UnreadableCopy) -> impl IntoView {
    let app = use_app();
    let t = move |msg: Msg| msg.text(app.lang.get());
    let confirming = RwSignal::new(false);
    let question = NodeRef::<html::P>::new();
    let delete_button = NodeRef::<html::Button>::new();
    let (key, text, kind) = (copy.key.clone(), copy.text.clone(), copy.kind);
    // Why this copy was kept, in the words of its kind.
    let why = move || {
        let lang = app.lang.get();
        match &kind {
            CopyKind::Unreadable => Msg::NoticeUnreadable.text(lang).to_owned(),
            CopyKind::NewerVersion(version) => {
                fill(Msg::CopyNewerVersion.text(lang), &[&version.to_string()])
            }
            CopyKind::UnknownFields(paths) => {
                fill(Msg::CopyUnknownFields.text(lang), &[&paths.join(", ")])
            }
            CopyKind::NotText => Msg::CopyNotText.text(lang).to_owned(),
            CopyKind::Readable => Msg::CopyReadable.text(lang).to_owned(),
        }
    };
    let download_key = key.clone();
    let delete_key = key.clone();
    let ask = move |_| {
        confirming.set(true);
        request_animation_frame(move || {
            if let Some(question) = question.get_untracked() {
                let _ = question.focus();
            }
        });
    };
    let cancel = move |_| {
        confirming.set(false);
        request_animation_frame(move || {
            if let Some(button) = delete_button.get_untracked() {
                let _ = button.focus();
            }
        });
    };
    view! {
        <div class="notice notice-warning" role="status" data-notice="unreadable">
            <p>{why}</p>
            <p class="notice-detail">{move || t(Msg::NoticeUnreadableKey)}<code>{key.clone()}</code></p>
            <div class="button-row">
                <button
                    type="button"
                    class="primary"
                    data-action="download-unreadable"
                    on:click=move |_| download_copy(&download_key, &text)
                >
                    {move || t(Msg::DownloadUnreadable)}
                </button>
                <button type="button" data-action="delete-unreadable" node_ref=delete_button on:click=ask>
                    {move || t(Msg::DeleteUnreadable)}
                </button>
            </div>
            <Show when=move || confirming.get()>
                <div class="confirm" role="group" aria-labelledby="confirm-question">
                    <p id="confirm-question" tabindex="-1" node_ref=question>{move || t(Msg::ConfirmDeleteUnreadable)}</p>
                    <div class="button-row">
                        <button
                            type="button"
                            class="danger"
                            data-action="delete-unreadable-yes"
                            on:click={
                                let key = delete_key.clone();
                                move |_| {
                                    app.storage.delete_unreadable(&key);
                                    browser::focus_later("main h1");
                                }
                            }
                        >
                            {move || t(Msg::ConfirmDelete)}
                        </button>
                        <button type="button" data-action="delete-unreadable-no" on:click=cancel>
                            {move || t(Msg::Cancel)}
                        </button>
                    </div>
                </div>
            </Show>
        </div>
    }
}

/// Storage is full and a notebook could not be kept aside: the notice `notice` (named
/// `name` for the tests) and the download of the notebook's text as a file named after `key`.
fn full_notice(
    name: &'static str,
    notice: Msg,
    key: &'static str,
    text: String,
    lang: Lang,
) -> AnyView {
    view! {
        <div class="notice notice-error" role="alert" data-notice=name>
            <p>{notice.text(lang)}</p>
            <button
                type="button"
                class="primary"
                data-action="download-unreadable"
                on:click=move |_| download_copy(key, &text)
            >
                {Msg::DownloadUnreadable.text(lang)}
            </button>
        </div>
    }
    .into_any()
}

/// Offers kept text as a file named after its key.
fn download_copy(key: &str, contents: &str) {
    let file_name: String = key
        .chars()
        .map(|c| if c == '.' { '-' } else { c })
        .chain(".txt".chars())
        .collect();
    let _ = browser::download_text(&file_name, "text/plain;charset=utf-8", contents);
}

fn reload() {
    let _ = window().location().reload();
}
