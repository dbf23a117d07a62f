//! Saving the document as it changes, without making typing wait.
//!
//! Writing the notebook costs time in proportion to its size (it is encoded, read back to
//! be sure it decodes, and compared with what is stored: tens of milliseconds for a full
//! notebook on a slow phone), so it is never done inside a keystroke:
//! - a change is saved in a task of its own a moment later (a tenth of a second, once the
//!   screen has been drawn), at most once a second while changes keep coming: a long burst of
//!   typing is saved about every second, its end within a second. (`requestIdleCallback` was
//!   tried: Safari has none, and Chromium gave it no idle time for seconds after a click.)
//! - anything not yet written is written at once when the page is hidden or left
//!   (`visibilitychange`, `pagehide`: a reload right after the last keystroke finds it), and
//!   when another tab saved (`storage`), before this tab looks at what the other one wrote:
//!   unsaved typing then meets the other tab's change as a choice for the person, never as
//!   a silent take-over;
//! - the document as loaded, and one put in place whole (another tab's, an import, an empty
//!   one), is saved at once (a notebook kept aside at load is replaced by the one shown
//!   straight away; another tab's is known to the store, which writes nothing for it).

use leptos::prelude::*;

use crate::browser;
use crate::domain::document::Document;
use crate::state::StorageState;

/// While changes keep coming, a save at most this often.
const EVERY_MS: f64 = 1000.0;
/// A change waits this long, so the keystroke's frame is drawn first and the keystrokes
/// right after it are saved with it.
const SETTLE_MS: f64 = 100.0;

#[derive(Default)]
struct Pending {
    /// A change not yet written.
    dirty: bool,
    /// A save is scheduled.
    scheduled: bool,
    /// When the last save ran (milliseconds since the epoch), if one has.
    last: Option<f64>,
}

/// Saves `document` into `storage` as it changes, for as long as the current owner lives;
/// `replaced` counts the times a whole other document was put in place.
/// Its `storage` listener must be added before the app's own, so that it runs first.
pub fn start(document: RwSignal<Document>, replaced: RwSignal<u32>, storage: StorageState) {
    let pending = StoredValue::new_local(Pending::default());
    // Only a change is written: a tab that changed nothing must not write over another
    // tab's save (the store would call that a conflict). The effect that marks a change runs
    // in a microtask right after the handler that made it, so it is marked before any other
    // event (another tab's save, the page hidden) can arrive.
    let save_now = move || {
        let dirty = pending
            .try_update_value(|p| {
                p.scheduled = false;
                p.last = Some(browser::now_millis() as f64);
                std::mem::take(&mut p.dirty)
            })
            .unwrap_or(false);
        if dirty {
            document.with_untracked(|d| storage.save(d));
        }
    };
    Effect::new(move |seen: Option<u32>| {
        document.track();
        let replaced = replaced.get();
        if seen != Some(replaced) {
            // The document as loaded, or one put in place whole (another tab's, an import):
            // saved at once, so the store sees it before any typing on top of it (the store
            // knows another tab's document as the one it already holds, and writes nothing).
            pending.update_value(|p| p.dirty = false);
            document.with_untracked(|d| storage.save(d));
            return replaced;
        }
        let schedule = pending
            .try_update_value(|p| {
                p.dirty = true;
                let now = browser::now_millis() as f64;
                let wait = p.last.map_or(0.0, |last| last + EVERY_MS - now);
                (!std::mem::replace(&mut p.scheduled, true)).then_some(wait.max(SETTLE_MS))
            })
            .flatten();
        if let Some(wait) = schedule {
            set_timeout(save_now, std::time::Duration::from_millis(wait as u64));
        }
        replaced
    });
    let listeners = ["visibilitychange", "pagehide", "storage"]
        .map(|name| window_event_listener_untyped(name, move |_| save_now()));
    on_cleanup(move || listeners.into_iter().for_each(|listener| listener.remove()));
}
