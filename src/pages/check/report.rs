//! What the check found in the draft: both verdicts with their reasons, the start spelled
//! out, a word of praise when both pass, what to add, and an example rewrite.

use leptos::prelude::*;

use crate::components::text::tr;
use crate::domain::commitment::{Hint, Reason, Report, Verdict};
use crate::i18n::check::{start_line, verdict_words, CheckMsg};
use crate::i18n::commitment::{hint_example_on, hint_text, reason_text, CommitmentMsg};
use crate::i18n::in_lang;
use crate::state::use_app;

/// Both verdicts, the start date and the praise. Each part changes in place, so the live
/// region around them announces only what changed.
#[component]
pub fn Verdicts(report: Memo<Report>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let start_text = move || {
        let lang = lang.get();
        report.with(|r| {
            r.start_date
                .map(|date| start_line(date, app.today, r.start_by, lang))
        })
    };
    view! {
        <div class="verdict-area">
            <VerdictBox test="objective" title=CommitmentMsg::ObjectiveTitle report=report pick=|r| &r.objective/>
            <VerdictBox test="start" title=CommitmentMsg::StartTitle report=report pick=|r| &r.start/>
            <p class="start-date" hidden=move || report.with(|r| r.start_date.is_none())>{start_text}</p>
            <p class="both-met" hidden=move || !report.with(Report::passes_both_tests)>
                {tr(CommitmentMsg::BothMet)}
            </p>
        </div>
    }
}

/// Both verdicts in one line, above the box on a phone only (the stylesheet hides it
/// elsewhere): there the verdicts lie below the fold, and under the keyboard while the
/// person types. Hidden from screen readers, which hear them from `SpokenVerdicts`.
#[component]
pub fn VerdictSummary(report: Memo<Report>, #[prop(into)] text: Signal<String>) -> impl IntoView {
    let lang = use_app().lang;
    let line = move || {
        let lang = lang.get();
        report.with(|r| {
            let one = |title, met| {
                let icon = if met { "✓ " } else { "✗ " };
                format!("{icon}{}", verdict_words(title, met, lang))
            };
            format!(
                "{}{}{}",
                one(CheckMsg::ObjectiveShort, r.objective.met),
                in_lang(("　／　", " · "), lang),
                one(CheckMsg::StartShort, r.start.met)
            )
        })
    };
    view! {
        <p class="verdict-summary" aria-hidden="true" hidden=move || text.with(|t| t.trim().is_empty())>
            {line}
        </p>
    }
}

/// One test (the verdict `pick` takes from the report): met or not as an icon and a word
/// (never colour alone), and why.
#[component]
fn VerdictBox(
    test: &'static str,
    title: CommitmentMsg,
    report: Memo<Report>,
    pick: fn(&Report) -> &Verdict,
) -> impl IntoView {
    let lang = use_app().lang;
    let met = move || report.with(|r| pick(r).met);
    // Before anything is written there is nothing to fail: a neutral mark, not a ✗.
    let empty = move || report.with(|r| pick(r).reasons.first() == Some(&Reason::Empty));
    let status = move || {
        let (icon, word) = if met() {
            ("✓ ", CommitmentMsg::Met)
        } else if empty() {
            ("– ", CommitmentMsg::NotWritten)
        } else {
            ("✗ ", CommitmentMsg::NotMet)
        };
        format!("{icon}{}", word.text(lang.get()))
    };
    let reasons = move || {
        let lang = lang.get();
        report.with(|r| {
            pick(r)
                .reasons
                .iter()
                .map(|reason| reason_text(reason, lang))
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    view! {
        <div
            class=move || if met() { "verdict met" } else if empty() { "verdict empty" } else { "verdict not-met" }
            data-test=test
        >
            <h2>{tr(title)}</h2>
            <p class="verdict-status">{status}</p>
            <p>{reasons}</p>
        </div>
    }
}

/// What to add (hidden while there is nothing to add), then an example rewrite (`Example`).
#[component]
pub fn Hints(report: Memo<Report>, draft: Signal<String>) -> impl IntoView {
    let lang = use_app().lang;
    let hints = move || {
        let lang = lang.get();
        report.with(|r| {
            r.hints
                .iter()
                .map(|hint| hint_text(hint, lang))
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    // Both tests pass and only a slip is left to check: nothing to add.
    let heading = move || {
        let to_check = report.with(|r| r.hints.first().is_some_and(Hint::is_a_check));
        let heading = if to_check {
            CheckMsg::HintsToCheck
        } else {
            CheckMsg::HintsHeading
        };
        heading.text(lang.get())
    };
    view! {
        <div class="hints" hidden=move || report.with(|r| r.hints.is_empty())>
            <h2>{heading}</h2>
            <p>{hints}</p>
        </div>
        <Example report=report draft=draft/>
    }
}

/// The first hint's example rewrite of the draft, in the language the person writes in
/// (hidden while there is none): on the check screen and under each action of the
/// worksheet. The example quotes the draft, so it changes with every keystroke: it is one
/// text node changed in place, which keeps the page calm. It is hidden by its `hidden`
/// attribute, not by a CSS `:has(q:empty)`: with `:empty` inside a `:has()`, Chromium
/// restyled the whole page at every keystroke (any text change may flip it), about 9 ms a
/// keystroke at CPU x4 with a full notebook.
#[component]
pub fn Example(report: Memo<Report>, draft: Signal<String>) -> impl IntoView {
    let app = use_app();
    // Checked as the draft is: today, with the host's settings (a rewrite that would not
    // pass is not shown).
    let example = Memo::new(move |_| {
        let settings = app.check_settings();
        report.with(|r| {
            let first = r.hints.first();
            first
                .map(|hint| {
                    draft.with(|text| hint_example_on(hint, text, r.lang, app.today, &settings))
                })
                .unwrap_or_default()
        })
    });
    view! {
        <p class="example" hidden=move || example.with(String::is_empty)>
            <span class="example-label">{tr(CommitmentMsg::ExampleLabel)}</span>
            <q>{example}</q>
        </p>
    }
}
