//! Lasting notices about saving: storage refused, a save that failed, and saved text
//! that could not be read (kept aside, with a way to take it out as a file or delete it).

use leptos::prelude::*;

use crate::app::AppState;
use crate::browser;
use crate::components::kit::{action_button, confirm_box, put, region, Piece};
use crate::i18n::data::{ignored_text, DataMsg};
use crate::i18n::Msg;
use crate::markup::Html;
use crate::storage::SaveError;

/// The notices, rebuilt when the storage state or the language changes.
pub fn storage_notices(app: AppState) -> Piece {
    let storage = app.storage;
    region(move || {
        let lang = app.lang.get();
        let t = move |msg: Msg| msg.text(lang);
        let confirming = app.ui.confirming.get();
        let mut h = Html::new();
        h.open("div", &[("class", "notices")]);
        if !storage.persistent {
            open_notice(
                &mut h,
                "notice notice-warning",
                "status",
                "storage-unavailable",
            );
            h.leaf("p", "", t(Msg::NoticeStorageUnavailable))
                .close("div");
        }
        match storage.last_save.get() {
            Err(SaveError::Refused) => {
                open_notice(&mut h, "notice notice-error", "alert", "save-failed");
                h.leaf("p", "", t(Msg::NoticeSaveFailed));
                action_button(&mut h, "", "retry-save", ("", ""), t(Msg::RetrySave));
                h.close("div");
            }
            Err(SaveError::Stale) => {
                open_notice(&mut h, "notice notice-error", "alert", "conflict");
                h.leaf("p", "", DataMsg::ConflictNotice.text(lang));
                h.open("div", &[("class", "button-row")]);
                let theirs = DataMsg::ConflictTheirs.text(lang);
                action_button(&mut h, "", "conflict-theirs", ("", ""), theirs);
                let mine = DataMsg::ConflictMine.text(lang);
                action_button(&mut h, "", "conflict-mine", ("", ""), mine);
                h.close("div").close("div");
            }
            Ok(()) => {}
        }
        if app.host.update_ready.get() {
            open_notice(&mut h, "notice", "status", "update-ready");
            h.leaf("p", "", DataMsg::UpdateReady.text(lang));
            let reload = DataMsg::UpdateReload.text(lang);
            action_button(&mut h, "", "reload", ("", ""), reload);
            h.close("div");
        }
        app.host.ignored.with(|ignored| {
            if ignored.is_empty() {
                return;
            }
            open_notice(&mut h, "notice notice-warning", "status", "config-ignored");
            h.leaf("p", "", DataMsg::ConfigIgnored.text(lang));
            h.open("ul", &[]);
            for item in ignored {
                h.leaf("li", "", &ignored_text(item, lang));
            }
            h.close("ul").close("div");
        });
        storage.unreadable.with(|copies| {
            for copy in copies {
                let key = ("data-key", copy.key.as_str());
                open_notice(&mut h, "notice notice-warning", "status", "unreadable");
                h.leaf("p", "", t(Msg::NoticeUnreadable));
                h.open("p", &[("class", "notice-detail")])
                    .text(t(Msg::NoticeUnreadableKey))
                    .leaf("code", "", &copy.key)
                    .close("p");
                h.open("div", &[("class", "button-row")]);
                action_button(
                    &mut h,
                    "primary",
                    "download-unreadable",
                    key,
                    t(Msg::DownloadUnreadable),
                );
                action_button(
                    &mut h,
                    "",
                    "delete-unreadable",
                    key,
                    t(Msg::DeleteUnreadable),
                );
                h.close("div");
                if confirming.as_deref() == Some(&format!("unreadable:{}", copy.key)) {
                    confirm_box(
                        &mut h,
                        t(Msg::ConfirmDeleteUnreadable),
                        &[
                            ("danger", "delete-unreadable-yes", t(Msg::ConfirmDelete)),
                            ("", "delete-unreadable-no", t(Msg::Cancel)),
                        ],
                        key,
                    );
                }
                h.close("div");
            }
        });
        h.close("div").finish()
    })
}

fn open_notice(h: &mut Html, class: &str, role: &str, kind: &str) {
    h.open(
        "div",
        &[("class", class), ("role", role), ("data-notice", kind)],
    );
}

/// The notices' buttons; unreadable copies are named by their `data-key`.
pub fn on_click(app: AppState, action: &str, element: &web_sys::Element) -> bool {
    let (storage, confirming) = (app.storage, app.ui.confirming);
    let key = element.get_attribute("data-key").unwrap_or_default();
    match action {
        "retry-save" => app
            .document
            .with_untracked(|document| storage.save(document)),
        "conflict-theirs" => storage.take_theirs(app),
        "conflict-mine" => app
            .document
            .with_untracked(|document| storage.keep_mine(document)),
        "reload" => {
            let _ = window().location().reload();
        }
        "download-unreadable" => {
            let contents = storage.unreadable.with_untracked(|copies| {
                copies
                    .iter()
                    .find(|copy| copy.key == key)
                    .map(|copy| copy.text.clone())
            });
            if let Some(contents) = contents {
                let file_name: String = key
                    .chars()
                    .map(|c| if c == '.' { '-' } else { c })
                    .chain(".txt".chars())
                    .collect();
                let _ = browser::download_text(&file_name, "text/plain;charset=utf-8", &contents);
            }
        }
        "delete-unreadable" => {
            put(confirming, Some(format!("unreadable:{key}")));
            browser::focus_later("#confirm-question");
        }
        "delete-unreadable-yes" => {
            put(confirming, None);
            storage.delete_unreadable(&key);
            browser::focus_later("main h1");
        }
        "delete-unreadable-no" => {
            put(confirming, None);
            browser::focus_later(&format!(
                "[data-action=delete-unreadable][data-key=\"{}\"]",
                key.chars()
                    .filter(|c| !matches!(c, '"' | '\\'))
                    .collect::<String>()
            ));
        }
        _ => return false,
    }
    true
}
