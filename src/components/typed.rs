//! A text field's own text while the person types (see `typing`): what the field, its
//! character count and its live check read, so that a keystroke updates them without waking
//! every reader of the document.

use leptos::prelude::*;

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

/// Texts up to this many bytes are checked at the keystroke; a longer one after the browser
/// has drawn it. Checking takes time in proportion to the text (about 1.5 ms per thousand
/// characters at CPU x4): below this it fits in the keystroke's frame.
const CHECK_AT_ONCE_BYTES: usize = 2_000;

/// `text` as the commitment check reads it: the same text, but a long one arrives once the
/// browser has drawn the keystroke (the next frame, then a task of its own), so a character
/// typed into a long text shows at once and its verdict a moment later. Keystrokes that
/// come faster than that are checked once, at their latest text.
pub fn text_to_check(text: RwSignal<String>) -> Signal<String> {
    let checked = RwSignal::new(text.get_untracked());
    let waiting = StoredValue::new(false);
    Effect::new(move |_| {
        if text.with(|text| text.len() <= CHECK_AT_ONCE_BYTES) {
            checked.set(text.get_untracked());
        } else if !waiting.get_value() {
            waiting.set_value(true);
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        waiting.set_value(false);
                        checked.set(text.get_untracked());
                    },
                    std::time::Duration::ZERO,
                );
            });
        }
    });
    checked.into()
}
