//! Catalogue texts that follow the language. The screens written as components are built
//! once per visit: a change of language changes their texts in place, so what the page
//! holds (an open confirmation, an import's outcome, focus) stays where it is.

use leptos::prelude::*;

use crate::i18n::Message;
use crate::state::use_app;

/// `msg` in the current language, for a view's text or attribute: `{tr(DataMsg::Heading)}`.
/// One closure type per catalogue, so every text of a catalogue shares its code.
pub fn tr<M: Message>(msg: M) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_app().lang;
    move || msg.text(lang.get())
}
