//! Saving without making typing wait. Writing the document (and checking that it reads
//! back) costs more than a keystroke should, so changes are written at most once per
//! quiet moment: the first change after a pause is saved at once (nothing waits for a
//! single click), later changes in a burst of typing are saved together once the burst
//! pauses, and whatever is pending is written at once when the page is hidden or left
//! (`visibilitychange`, `pagehide`), so a reload right after the last keystroke finds it.

use std::time::Duration;

use leptos::prelude::*;

use crate::app::StorageState;
use crate::domain::document::Document;

/// How long typing must pause before a burst of changes is written.
const QUIET: Duration = Duration::from_millis(300);

/// Saves `document` into `storage` as it changes, for as long as the current owner lives.
pub fn start(document: RwSignal<Document>, storage: StorageState) {
    // Whether a change is waiting to be written, and whether a write happened recently
    // (changes then wait for the burst to pause).
    let pending = StoredValue::new(false);
    let recent = StoredValue::new(false);
    let flush = move || {
        if pending.get_value() {
            pending.set_value(false);
            document.with_untracked(|d| storage.save(d));
        }
    };
    let schedule = move || {
        set_timeout(
            move || {
                recent.set_value(false);
                flush();
            },
            QUIET,
        );
    };
    Effect::new(move |first_run: Option<()>| {
        document.track();
        // The first run is the document as loaded: nothing to save, and no burst begins.
        if first_run.is_none() {
            return;
        }
        pending.set_value(true);
        if recent.get_value() {
            return;
        }
        recent.set_value(true);
        flush();
        schedule();
    });
    let hidden = window_event_listener_untyped("visibilitychange", move |_| flush());
    let leaving = window_event_listener_untyped("pagehide", move |_| flush());
    on_cleanup(move || {
        hidden.remove();
        leaving.remove();
    });
}
