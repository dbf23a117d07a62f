//! The 日本語 / English switch. The choice is saved with the document. The buttons are
//! built once and stay in place when the language changes, so keyboard focus (and any
//! reference a script holds) stays on them; only their `aria-pressed` and the group's
//! label follow the language.

use leptos::prelude::*;

use crate::app::AppState;
use crate::components::kit::{inert, Piece};
use crate::domain::lang::Lang;
use crate::i18n::{language_name, Msg};
use crate::markup::Html;

/// The switch, for the header.
pub fn language_switch(app: AppState) -> Piece {
    let current = app.lang.get_untracked();
    let mut h = Html::new();
    h.open(
        "div",
        &[
            ("class", "lang-switch"),
            ("role", "group"),
            ("aria-label", Msg::LanguageSwitch.text(current)),
        ],
    );
    for lang in Lang::ALL {
        h.leaf_with(
            "button",
            &[
                ("type", "button"),
                ("lang", lang.code()),
                ("aria-pressed", pressed(lang, current)),
                ("data-action", "lang"),
            ],
            language_name(lang),
        );
    }
    // Talking to the outside world: the buttons are not rebuilt, so their state is set.
    Effect::new(move |_| {
        let current = app.lang.get();
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
            return;
        };
        if let Ok(Some(group)) = document.query_selector(".lang-switch") {
            let _ = group.set_attribute("aria-label", Msg::LanguageSwitch.text(current));
        }
        for lang in Lang::ALL {
            if let Ok(Some(button)) =
                document.query_selector(&format!(".lang-switch [lang={}]", lang.code()))
            {
                let _ = button.set_attribute("aria-pressed", pressed(lang, current));
            }
        }
    });
    inert(h.close("div").finish())
}

/// A click on one of the buttons chooses its language.
pub fn on_click(app: AppState, action: &str, element: &web_sys::Element) -> bool {
    if action != "lang" {
        return false;
    }
    let chosen = element
        .get_attribute("lang")
        .and_then(|code| Lang::ALL.iter().copied().find(|lang| lang.code() == code));
    if let Some(lang) = chosen {
        app.document.update(|document| document.set_language(lang));
    }
    true
}

fn pressed(lang: Lang, current: Lang) -> &'static str {
    if lang == current {
        "true"
    } else {
        "false"
    }
}
