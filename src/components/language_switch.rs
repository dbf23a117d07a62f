//! The 日本語 / English switch. The choice is saved with the document. The buttons stay
//! in place when the language changes, so keyboard focus stays on them.

use leptos::prelude::*;

use crate::app::AppState;
use crate::domain::lang::Lang;
use crate::i18n::{language_name, Msg};

pub fn language_switch(app: AppState) -> AnyView {
    let buttons: Vec<AnyView> = Lang::ALL
        .iter()
        .copied()
        .map(|lang| {
            let pressed = Signal::derive(move || if app.lang.get() == lang { "true" } else { "false" });
            view! {
                <button type="button" lang=lang.code() aria-pressed=pressed
                    on:click=move |_| app.document.update(|document| document.set_language(lang))>
                    {language_name(lang)}
                </button>
            }
            .into_any()
        })
        .collect();
    let label = Signal::derive(move || Msg::LanguageSwitch.text(app.lang.get()));
    view! { <div class="lang-switch" role="group" aria-label=label>{buttons}</div> }.into_any()
}
