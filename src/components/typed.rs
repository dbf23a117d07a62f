//! A text field's own text while the person types (see `typing`): what the field, its
//! character count and its live check read, so that a keystroke updates them without waking
//! every reader of the document.

use leptos::prelude::*;

use crate::browser;
use crate::state::use_app;

/// A field's own text: it starts as `saved` (what the document holds) and follows it when
/// the document changes by other means (a sample put in the box, a commitment saved and the
/// box emptied, another tab's document, an import); the field's input handler sets it at
/// each keystroke, beside `AppState::type_into`.
pub fn typed_text(saved: Signal<String>) -> RwSignal<String> {
    let document = use_app().document;
    let text = RwSignal::new(saved.get_untracked());
    Effect::new(move |_| {
        // Every change of the document is looked at, not only a change of `saved`: a memo
        // that has not read the latest keystrokes back yet would see "no change" when, say,
        // saving empties the box it last saw empty.
        document.track();
        let saved = saved.get();
        if text.with_untracked(|text| *text != saved) {
            text.set(saved);
        }
    });
    text
}

/// `text` once it has not changed for `wait`: a timer each change puts off, cleared with
/// the component (and a timer that fires late finds its signals gone and does nothing).
pub fn settled(text: Signal<String>, wait: std::time::Duration) -> Signal<String> {
    let settled = RwSignal::new(text.get_untracked());
    let waiting = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        text.track();
        waiting.update_value(|timer| {
            browser::restart_timeout(timer, wait, move || {
                if let Some(text) = text.try_get_untracked() {
                    settled.try_set(text);
                }
            });
        });
    });
    on_cleanup(move || {
        waiting.try_update_value(browser::clear_timeout);
    });
    settled.into()
}

/// Texts up to this many bytes are checked at the keystroke; a longer one once typing
/// pauses. Checking takes time in proportion to the text (about 1.5 ms per thousand
/// characters at CPU x4): below this it fits in the keystroke's frame.
const CHECK_AT_ONCE_BYTES: usize = 2_000;
/// A long text is checked once typing has paused this long.
const LONG_TEXT_PAUSE_MS: u64 = 150;

/// `text` as the commitment check reads it: the same text, but a long one (over 2,000 bytes)
/// arrives once typing pauses for 150 ms, so that checking it (about 15 ms for 10,000
/// characters at CPU x4) and redrawing its verdicts never hold up the frame that shows a
/// keystroke. Short texts, nearly all of them, are checked at every keystroke.
pub fn text_to_check(text: RwSignal<String>) -> Signal<String> {
    let checked = RwSignal::new(text.get_untracked());
    let waiting = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let long = text.with(|text| text.len() > CHECK_AT_ONCE_BYTES);
        waiting.update_value(|timer| {
            if long {
                let wait = std::time::Duration::from_millis(LONG_TEXT_PAUSE_MS);
                browser::restart_timeout(timer, wait, move || {
                    // The field may be gone by then (an item deleted, another screen).
                    if let Some(text) = text.try_get_untracked() {
                        checked.try_set(text);
                    }
                });
            } else {
                browser::clear_timeout(timer);
            }
        });
        if !long {
            checked.set(text.get_untracked());
        }
    });
    on_cleanup(move || {
        waiting.try_update_value(browser::clear_timeout);
    });
    checked.into()
}
