//! The 日本語 / English switch. The choice is saved with the document. The buttons stay
//! in place when the language changes (only `aria-pressed` and the group's label follow
//! it), so keyboard focus stays on the button that was pressed.

use leptos::prelude::*;

use crate::domain::lang::Lang;
use crate::i18n::{language_name, Msg};
use crate::state::use_app;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let app = use_app();
    view! {
        <div
            class="lang-switch"
            role="group"
            aria-label=move || Msg::LanguageSwitch.text(app.lang.get())
        >
            {Lang::ALL
                .into_iter()
                .map(|lang| view! {
                    <button
                        type="button"
                        lang=lang.code()
                        aria-pressed=move || (app.lang.get() == lang).to_string()
                        on:click=move |_| app.document.update(|d| d.set_language(lang))
                    >
                        {language_name(lang)}
                    </button>
                })
                .collect_view()}
        </div>
    }
}
