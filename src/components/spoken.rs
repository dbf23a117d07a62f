//! The two verdicts said once, for a screen reader: a short sentence (「客観性：クリア。
//! 開始時期：もう一歩。」) in a status region that changes only when typing has paused,
//! so that a screen reader is not talked over at each keystroke (or by a half-typed
//! reading), and that says which test is which. The verdicts on screen change at every
//! keystroke and are not a live region; the field points at this sentence with
//! `aria-describedby`, so that coming back to the field reads it too.

use std::time::Duration;

use leptos::prelude::*;

use crate::components::typed::settled;
use crate::i18n::check::{verdict_words, CheckMsg};
use crate::i18n::in_lang;
use crate::state::use_app;

/// How long typing pauses before the verdicts are said.
const SETTLE_MS: u64 = 1_000;

/// The sentence for the two verdicts: each test by name, and whether it passes.
fn sentence((objective, start): (bool, bool), lang: crate::domain::lang::Lang) -> String {
    let stop = in_lang(("。", ". "), lang);
    format!(
        "{}{stop}{}{stop}",
        verdict_words(CheckMsg::ObjectiveShort, objective, lang),
        verdict_words(CheckMsg::StartShort, start, lang)
    )
    .trim_end()
    .to_owned()
}

/// The status region with id `id` that says the two verdicts, `passes` (objective, start),
/// of `text` (the field's text, as typed) once typing pauses, and again in the language
/// chosen when it changes.
#[component]
pub fn SpokenVerdicts(
    id: String,
    #[prop(into)] text: Signal<String>,
    #[prop(into)] passes: Signal<(bool, bool)>,
) -> impl IntoView {
    let lang = use_app().lang;
    let settled = settled(text, Duration::from_millis(SETTLE_MS));
    // Read when typing pauses; the verdicts are of that text by then (a long text is
    // checked 150 ms after the last keystroke).
    let spoken = Memo::new(move |_| {
        let lang = lang.get();
        if settled.with(|text| text.trim().is_empty()) {
            return String::new();
        }
        passes.with_untracked(|&passes| sentence(passes, lang))
    });
    view! { <p class="sr-only" role="status" id=id>{spoken}</p> }
}
