//! Saving the document as it changes. Every change is written at once, and anything not yet
//! written is written again when the page is hidden or left (`visibilitychange`, `pagehide`).
//!
//! A throttle (the first change saved at once, a burst of typing saved together after a
//! pause) was tried on 2026-12-01 and withdrawn the same day: with it, two tabs typing one
//! after the other lost a burst to the other tab's take-over in an end-to-end test, and a
//! notebook kept aside at load was saved over only after the next change. Typing without
//! waiting for saving (issue "Idiomatic Leptos", item 7) is still to do.

use leptos::prelude::*;

use crate::app::StorageState;
use crate::domain::document::Document;

/// Saves `document` into `storage` as it changes, for as long as the current owner lives.
pub fn start(document: RwSignal<Document>, storage: StorageState) {
    Effect::new(move |_| document.with(|d| storage.save(d)));
    let flush = move || document.with_untracked(|d| storage.save(d));
    let hidden = window_event_listener_untyped("visibilitychange", move |_| flush());
    let leaving = window_event_listener_untyped("pagehide", move |_| flush());
    on_cleanup(move || {
        hidden.remove();
        leaving.remove();
    });
}
