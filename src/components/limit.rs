//! The bound of a text field, shown where the person types before it is reached: in the
//! last tenth of what the field takes, a line under it says how many characters are left,
//! and at the bound, that the field is full. The number comes from the saved document's
//! own bound (`saved::MAX_TYPED_CHARS`), so what the screen says is what is kept.

use leptos::prelude::*;

use crate::domain::saved::MAX_TYPED_CHARS;
use crate::i18n::data::number;
use crate::i18n::{fill, Msg};
use crate::state::use_app;

/// The `maxlength` of every text field: what the saved document keeps of any text.
pub fn max_length() -> String {
    MAX_TYPED_CHARS.to_string()
}

/// The line under a field; `id` is what the field's `aria-describedby` names. Empty (and
/// hidden by the stylesheet) while the text is short.
#[component]
pub fn LimitNote(id: String, #[prop(into)] value: Signal<String>) -> impl IntoView {
    let lang = use_app().lang;
    let note = move || {
        // `maxlength` counts UTF-16 units, and so does this.
        let used = value.with(|text| text.encode_utf16().count());
        let left = MAX_TYPED_CHARS.saturating_sub(used);
        let lang = lang.get();
        if left > MAX_TYPED_CHARS / 10 {
            String::new()
        } else if left == 0 {
            fill(
                Msg::CharsFull.text(lang),
                &[&number(MAX_TYPED_CHARS as u64)],
            )
        } else {
            fill(
                Msg::CharsLeft.text(lang),
                &[&number(left as u64), &number(MAX_TYPED_CHARS as u64)],
            )
        }
    };
    view! { <p class="limit-note" id=id>{note}</p> }
}
