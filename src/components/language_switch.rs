//! The 日本語 / English switch. The choice is saved with the document.

use leptos::prelude::*;

use crate::app::use_app;
use crate::domain::lang::Lang;
use crate::i18n::{language_name, Msg};

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="lang-switch" role="group" aria-label=move || app.t(Msg::LanguageSwitch)>
            {Lang::ALL.iter().copied().map(|lang| view! {
                <button type="button" lang=lang.code()
                    aria-pressed=move || (app.lang.get() == lang).to_string()
                    on:click=move |_| app.document.update(|document| document.set_language(lang))>
                    {language_name(lang)}
                </button>
            }).collect_view()}
        </div>
    }
}
