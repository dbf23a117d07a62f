//! The "check a commitment" screen: a textarea whose two verdicts (objective, start)
//! update as the person types, one-click samples of the four classic examples, and the
//! list of saved commitments with their calendar file, follow-up answers and deletion.
//!
//! The draft lives in the saved document, so a reload or a change of language (which
//! rebuilds this page) keeps it. The report is a `Memo` of the draft; checking takes a
//! few microseconds, so nothing is debounced. The whole screen is escaped markup; the
//! shell's delegated listeners hand typing and clicks to `on_input` and `on_click`.

mod list;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::AppState;
use crate::browser;
use crate::components::kit::*;
use crate::domain::commitment::{check_with, Report, Verdict};
use crate::domain::lang::Lang;
use crate::i18n::check::{CheckMsg, SAMPLES};
use crate::i18n::commitment::{format_start, hint_example, hint_text, reason_text, CommitmentMsg};
use crate::markup::{Html, Markup};
pub use list::download_calendar;
use list::list_markup;

/// The check screen in `lang`; the shell builds it anew when the language changes.
pub fn check_page(lang: Lang, app: AppState) -> Piece {
    let (document, today) = (app.document, app.today);
    let t = move |msg: CheckMsg| msg.text(lang);
    let draft = Memo::new(move |_| document.with(|d| d.commitments.draft.clone()));
    let report = Memo::new(move |_| {
        let settings = app.host.check_settings();
        draft.with(|text| check_with(text, today, &settings))
    });
    // Regions keep their markup in memos: the page changes only when what it shows
    // changes, so a keystroke that does not change a verdict is not re-announced.
    let verdicts = region(move || report.with(|report| verdicts_markup(report, lang)));
    let hints = region(move || report.with(|report| hints_markup(report, lang)));
    // The example quotes what the person types, so it changes with every keystroke: it is
    // text updated in place, not markup (Leptos keeps every distinct markup string it has
    // shown, which would grow with each keystroke).
    let example = move || {
        report
            .with(|report| {
                draft.with(|text| {
                    report
                        .hints
                        .first()
                        .map(|hint| hint_example(hint, text, report.lang))
                })
            })
            .unwrap_or_default()
    };
    let list = region(move || document.with(|d| list_markup(&d.commitments.saved, today, lang)));
    let saved = move || {
        if app.ui.commitment_saved.get() {
            t(CheckMsg::Saved)
        } else {
            ""
        }
        .to_owned()
    };
    page(
        "check",
        vec![
            inert(document.with_untracked(|d| intro_markup(lang, &d.commitments.draft))),
            live_section("verdicts", t(CheckMsg::VerdictsLabel), verdicts),
            hints,
            example_line(CommitmentMsg::ExampleLabel.text(lang), example),
            inert(save_markup(lang)),
            status("status", "", saved),
            list,
        ],
    )
}

/// Typing in the textarea changes the draft (which is saved with the document).
pub fn on_input(app: AppState, event: &web_sys::Event) {
    let Some(field) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    if field.id() == "commitment-text" {
        let text = js_sys::Reflect::get(&field, &"value".into())
            .ok()
            .and_then(|value| value.as_string())
            .unwrap_or_default();
        set_draft(app, text);
    }
}

/// The screen's buttons: samples, save, and each saved commitment's calendar file and
/// deletion (its follow-up buttons are the follow-up notice's).
pub fn on_click(app: AppState, action: &str, element: &web_sys::Element) -> bool {
    let (document, lang) = (app.document, app.lang.get_untracked());
    let id: Option<u64> = data_number(element, "data-id");
    match (action, id) {
        ("sample", _) => {
            if let Some(sample) =
                data_number::<usize>(element, "data-index").and_then(|i| SAMPLES.get(i))
            {
                let text = sample.text(lang);
                browser::set_field_value("#commitment-text", text);
                set_draft(app, text.to_owned());
            }
        }
        ("save-commitment", _) => {
            let start = document.with_untracked(|d| {
                check_with(&d.commitments.draft, app.today, &app.host.check_settings()).start_date
            });
            let mut saved = false;
            document.update(|d| {
                saved = d
                    .save_commitment_draft(start, app.today, browser::now_millis())
                    .is_some()
            });
            put(app.ui.commitment_saved, saved);
            // Saving empties the draft; the textarea is the browser's, so say so there too.
            document.with_untracked(|d| {
                browser::set_field_value("#commitment-text", &d.commitments.draft)
            });
        }
        ("ics", Some(id)) => download_calendar(app, id, lang),
        ("delete", Some(id)) => {
            if browser::confirm(CheckMsg::ConfirmDelete.text(lang)) {
                document.update(|d| d.commitments.delete(id));
            }
        }
        _ => return false,
    }
    true
}

fn set_draft(app: AppState, text: String) {
    put(app.ui.commitment_saved, false);
    app.document.update(|d| d.commitments.draft = text);
}

/// The heading, the textarea with the draft as it was when the page opened (the
/// browser keeps what is typed after that), and the samples.
fn intro_markup(lang: Lang, draft: &str) -> Markup {
    let t = move |msg: CheckMsg| msg.text(lang);
    let mut h = Html::new();
    h.open("div", &[("class", "check-intro")]);
    h.leaf_with(
        "h1",
        &[("id", "check-heading"), ("tabindex", "-1")],
        t(CheckMsg::Heading),
    );
    h.leaf("p", "lead", t(CheckMsg::Lead));
    h.leaf_with(
        "label",
        &[("class", "field-label"), ("for", "commitment-text")],
        t(CheckMsg::TextLabel),
    );
    h.leaf_with(
        "p",
        &[("id", "commitment-help"), ("class", "help")],
        t(CheckMsg::TextHelp),
    );
    // HTML drops one newline right after `<textarea>`: this one, not the draft's own.
    h.open(
        "textarea",
        &[
            ("id", "commitment-text"),
            ("rows", "4"),
            ("maxlength", "10000"),
            ("aria-describedby", "commitment-help"),
        ],
    );
    h.text("\n").text(draft).close("textarea");
    samples_markup(&mut h, lang);
    h.close("div").finish()
}

fn save_markup(lang: Lang) -> Markup {
    let mut h = Html::new();
    h.open("div", &[("class", "button-row")]);
    h.leaf_with(
        "button",
        &[
            ("type", "button"),
            ("class", "primary"),
            ("id", "save-commitment"),
            ("data-action", "save-commitment"),
        ],
        CheckMsg::Save.text(lang),
    );
    h.close("div").finish()
}

fn samples_markup(h: &mut Html, lang: Lang) {
    h.open(
        "div",
        &[
            ("class", "samples"),
            ("role", "group"),
            ("aria-labelledby", "samples-label"),
        ],
    );
    h.leaf_with(
        "span",
        &[("id", "samples-label")],
        CheckMsg::SamplesLabel.text(lang),
    );
    for (index, sample) in SAMPLES.iter().enumerate() {
        let index = index.to_string();
        h.leaf_with(
            "button",
            &[
                ("type", "button"),
                ("data-action", "sample"),
                ("data-index", &index),
            ],
            sample.text(lang),
        );
    }
    h.close("div");
}

/// Both verdicts: met or not as an icon and a word (never colour alone), the reasons,
/// the start spelled out, and a word of praise when both pass.
fn verdicts_markup(report: &Report, lang: Lang) -> Markup {
    let mut h = Html::new();
    h.open("div", &[("class", "verdict-area")]);
    for (test, title, verdict) in [
        (
            "objective",
            CommitmentMsg::ObjectiveTitle,
            &report.objective,
        ),
        ("start", CommitmentMsg::StartTitle, &report.start),
    ] {
        verdict_markup(&mut h, test, title.text(lang), verdict, lang);
    }
    if let Some(date) = report.start_date {
        h.leaf(
            "p",
            "start-date",
            &format!(
                "{}{}",
                CheckMsg::StartLabel.text(lang),
                format_start(date, lang)
            ),
        );
    }
    if report.passes_both_tests() {
        h.leaf("p", "both-met", CommitmentMsg::BothMet.text(lang));
    }
    h.close("div").finish()
}

fn verdict_markup(h: &mut Html, test: &str, title: &str, verdict: &Verdict, lang: Lang) {
    let (class, icon, word) = if verdict.met {
        ("verdict met", "✓ ", CommitmentMsg::Met)
    } else {
        ("verdict not-met", "✗ ", CommitmentMsg::NotMet)
    };
    let reasons: Vec<String> = verdict
        .reasons
        .iter()
        .map(|reason| reason_text(reason, lang))
        .collect();
    h.open("div", &[("class", class), ("data-test", test)])
        .leaf("h2", "", title);
    h.leaf("p", "verdict-status", &format!("{icon}{}", word.text(lang)));
    h.leaf("p", "", &reasons.join(" ")).close("div");
}

/// What to add. The example rewrite that goes with it is `example_line`, below it.
fn hints_markup(report: &Report, lang: Lang) -> Markup {
    let hidden = if report.hints.is_empty() {
        "hidden"
    } else {
        ""
    };
    let hints: Vec<String> = report
        .hints
        .iter()
        .map(|hint| hint_text(hint, lang))
        .collect();
    let mut h = Html::new();
    h.open("div", &[("class", "hints"), ("hidden", hidden)]);
    h.leaf("h2", "", CheckMsg::HintsHeading.text(lang))
        .leaf("p", "", &hints.join(" "));
    h.close("div").finish()
}

/// An example rewrite, in the language the person writes in; hidden while there is none.
fn example_line(label: &'static str, text: impl Fn() -> String + Send + Sync + 'static) -> Piece {
    let quote = element("q", &[], Vec::new());
    live_text(&quote, text);
    let span = element("span", &[("class", "example-label")], Vec::new());
    span.set_text_content(Some(label));
    element("p", &[("class", "example")], vec![span, quote])
}
