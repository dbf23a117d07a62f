//! The two verdicts said once, for a screen reader: a short sentence (「客観性：クリア。
//! 開始時期：もう一歩。」) in a status region that changes only when typing has paused,
//! so that a screen reader is not talked over at each keystroke (or by a half-typed
//! reading), and that says which test is which. The verdicts on screen change at every
//! keystroke and are not a live region; the field points at this sentence with
//! `aria-describedby`, so that coming back to the field reads it too.

use std::time::Duration;

use leptos::prelude::*;

use crate::browser;
use crate::domain::commitment::Report;
use crate::i18n::check::CheckMsg;
use crate::i18n::commitment::CommitmentMsg;
use crate::i18n::in_lang;
use crate::state::use_app;

/// How long typing pauses before the verdicts are said.
const SETTLE_MS: u64 = 1_000;

/// `text` once it has not changed for `SETTLE_MS`.
fn settled(text: Signal<String>) -> Signal<String> {
    let settled = RwSignal::new(text.get_untracked());
    let waiting = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        text.track();
        waiting.update_value(|timer| {
            browser::restart_timeout(timer, Duration::from_millis(SETTLE_MS), move || {
                settled.try_set(text.get_untracked());
            });
        });
    });
    on_cleanup(move || {
        waiting.try_update_value(browser::clear_timeout);
    });
    settled.into()
}

/// The sentence for `report`: each test by name, and whether it passes.
fn sentence(report: &Report, lang: crate::domain::lang::Lang) -> String {
    let said = |title: CheckMsg, met: bool| {
        let word = if met {
            CommitmentMsg::Met
        } else {
            CommitmentMsg::NotMet
        };
        format!(
            "{}{}{}{}",
            title.text(lang),
            in_lang(("：", ": "), lang),
            word.text(lang),
            in_lang(("。", ". "), lang)
        )
    };
    format!(
        "{}{}",
        said(CheckMsg::ObjectiveShort, report.objective.met),
        said(CheckMsg::StartShort, report.start.met)
    )
    .trim_end()
    .to_owned()
}

/// The status region with id `id` that says the verdicts of `text` (the field's text, as
/// typed) once typing pauses; `report` is the check of that text.
#[component]
pub fn SpokenVerdicts(
    id: String,
    #[prop(into)] text: Signal<String>,
    #[prop(into)] report: Signal<Report>,
) -> impl IntoView {
    let lang = use_app().lang;
    let settled = settled(text);
    // Read when typing pauses; the report is of that text by then (a long text is
    // checked 150 ms after the last keystroke).
    let spoken = Memo::new(move |_| {
        if settled.with(|text| text.trim().is_empty()) {
            return String::new();
        }
        report.with_untracked(|report| sentence(report, lang.get_untracked()))
    });
    view! { <p class="sr-only" role="status" id=id>{spoken}</p> }
}
