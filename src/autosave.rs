//! Saving the document as it changes, without making typing wait.
//!
//! Writing the notebook costs time in proportion to its size (it is encoded, read back to
//! be sure it decodes, and compared with what is stored: about half a second for a full
//! notebook of 900 KB at CPU x4), so it is never done while the person types:
//! - a change is saved in a task of its own once changes have paused for half a second
//!   (typing stops, a click is done); a burst that goes on for ten seconds is saved once
//!   in the middle, so a crash loses at most that. A save every second during a burst was
//!   tried first: with a full notebook every keystroke after a save waited for it.
//!   (`requestIdleCallback` was tried too: Safari has none, and Chromium gave it no idle
//!   time for seconds after a click.)
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
use crate::typing::Typing;

/// Changes are saved once they have paused this long.
const QUIET_MS: f64 = 500.0;
/// A change waits at most this long, even while changes keep coming.
const AT_MOST_MS: f64 = 10_000.0;

#[derive(Default)]
struct Pending {
    /// When the oldest change not yet written was made (milliseconds since the epoch).
    since: Option<f64>,
    /// The save waiting for the changes to pause.
    timer: Option<TimeoutHandle>,
}

/// Saves `document` into `storage` as it changes, for as long as the current owner lives;
/// `replaced` counts the times a whole other document was put in place, `typing` tells of
/// keystrokes written into the document without waking its readers.
/// Its `storage` listener must be added before the app's own, so that it runs first.
pub fn start(
    document: RwSignal<Document>,
    replaced: RwSignal<u32>,
    typing: Typing,
    storage: StorageState,
) {
    let pending = StoredValue::new_local(Pending::default());
    // Only a change is written: a tab that changed nothing must not write over another
    // tab's save (the store would call that a conflict). The effect that marks a change runs
    // in a microtask right after the handler that made it, so it is marked before any other
    // event (another tab's save, the page hidden) can arrive.
    let save_now = move || {
        let dirty = pending
            .try_update_value(|p| {
                browser::clear_timeout(&mut p.timer);
                p.since.take().is_some()
            })
            .unwrap_or(false);
        if dirty {
            document.with_untracked(|d| storage.save(d));
        }
    };
    Effect::new(move |seen: Option<u32>| {
        document.track();
        typing.track();
        let replaced = replaced.get();
        if seen != Some(replaced) {
            // The document as loaded, or one put in place whole (another tab's, an import):
            // saved at once, so the store sees it before any typing on top of it (the store
            // knows another tab's document as the one it already holds, and writes nothing).
            pending.update_value(|p| {
                p.since = None;
                browser::clear_timeout(&mut p.timer);
            });
            document.with_untracked(|d| storage.save(d));
            return replaced;
        }
        pending.update_value(|p| {
            let now = browser::now_millis() as f64;
            let since = *p.since.get_or_insert(now);
            let wait = QUIET_MS.min(since + AT_MOST_MS - now).max(0.0);
            let wait = std::time::Duration::from_millis(wait as u64);
            browser::restart_timeout(&mut p.timer, wait, save_now);
        });
        replaced
    });
    let listeners = ["visibilitychange", "pagehide", "storage"]
        .map(|name| window_event_listener_untyped(name, move |_| save_now()));
    on_cleanup(move || listeners.into_iter().for_each(|listener| listener.remove()));
}
