//! The "check a commitment" screen: a textarea whose two verdicts (objective, start)
//! update as the person types, one-click samples of the four classic examples, and the
//! list of saved commitments with their calendar file, follow-up answers and deletion.
//!
//! The draft lives in the saved document, so a reload or a change of language (which
//! rebuilds this page) keeps it. The report is a `Memo` of the draft; checking takes a
//! few microseconds, so nothing is debounced. The verdicts and the list are escaped
//! markup; the buttons inside them are handled by one delegated click listener.

use leptos::prelude::*;

use crate::app::AppState;
use crate::browser;
use crate::components::follow_up::change_buttons;
use crate::components::kit::*;
use crate::domain::commitment::{check, Report, Verdict};
use crate::domain::commitments::{Change, SavedCommitment};
use crate::domain::ics::{commitment_calendar, ics_date, CommitmentEvent};
use crate::domain::lang::Lang;
use crate::i18n::check::{change_label, CheckMsg, SAMPLES};
use crate::i18n::commitment::{format_date, format_start, hint_example, hint_text, reason_text, CommitmentMsg};
use crate::markup::{Html, Markup};

/// The check screen in `lang`; the shell builds it anew when the language changes.
pub fn check_page(lang: Lang, app: AppState) -> AnyView {
    let (document, today) = (app.document, app.today);
    let t = move |msg: CheckMsg| msg.text(lang);
    let draft = Memo::new(move |_| document.with(|d| d.commitments.draft.clone()));
    let report = Memo::new(move |_| draft.with(|text| check(text, today)));
    // Markup as strings in memos: the page changes only when what it shows changes, so a
    // keystroke that does not change a verdict is not re-announced to screen readers.
    let verdicts = Memo::new(move |_| report.with(|report| verdicts_markup(report, lang).into_string()));
    let hints = Memo::new(move |_| report.with(|report| draft.with(|text| hints_markup(report, text, lang).into_string())));
    let list = Memo::new(move |_| document.with(|d| list_markup(&d.commitments.saved, today, lang).into_string()));
    let just_saved = RwSignal::new(false);
    let set_draft = move |text: String| {
        just_saved.set(false);
        document.update(|d| d.commitments.draft = text);
    };
    let save = move || {
        let start = report.with_untracked(|report| report.start_date);
        let mut saved = false;
        document.update(|d| saved = d.commitments.save_draft(start, today, browser::now_millis()).is_some());
        just_saved.set(saved);
    };
    let on_click = move |event: leptos::ev::MouseEvent| {
        let Some((action, element)) = action_target(&event) else { return };
        let id: Option<u64> = data_number(&element, "data-id");
        match (action.as_str(), id) {
            ("sample", _) => {
                if let Some(sample) = data_number::<usize>(&element, "data-index").and_then(|i| SAMPLES.get(i)) {
                    set_draft(sample.text(lang).to_owned());
                }
            }
            ("ics", Some(id)) => download_calendar(app, id, lang),
            ("delete", Some(id)) => {
                if browser::confirm(t(CheckMsg::ConfirmDelete)) {
                    document.update(|d| d.commitments.delete(id));
                }
            }
            ("record", Some(id)) => {
                if let Some(change) = data_number::<usize>(&element, "data-change").and_then(|i| Change::ALL.get(i)) {
                    document.update(|d| d.commitments.record_follow_up(id, *change, today));
                }
            }
            _ => {}
        }
    };
    view! {
        <article class="check" on:click=on_click>
            {inert(intro_markup(lang))}
            <textarea id="commitment-text" rows="4" aria-describedby="commitment-help"
                prop:value=draft on:input=move |event| set_draft(event_target_value(&event))></textarea>
            {inert(samples_markup(lang))}
            <section class="verdicts" aria-live="polite" aria-label=t(CheckMsg::VerdictsLabel)>
                {dynamic(move || inert_text(verdicts.get()))}
            </section>
            {dynamic(move || inert_text(hints.get()))}
            {div("button-row", vec![button("primary", "save-commitment", t(CheckMsg::Save), Box::new(save))])}
            <p role="status" class="status">{dyn_text(move || if just_saved.get() { t(CheckMsg::Saved) } else { "" }.to_owned())}</p>
            {dynamic(move || inert_text(list.get()))}
        </article>
    }
    .into_any()
}

fn intro_markup(lang: Lang) -> Markup {
    let t = move |msg: CheckMsg| msg.text(lang);
    let mut h = Html::new();
    h.open("div", &[("class", "check-intro")]);
    h.leaf_with("h1", &[("id", "check-heading"), ("tabindex", "-1")], t(CheckMsg::Heading));
    h.leaf("p", "lead", t(CheckMsg::Lead));
    h.leaf_with("label", &[("class", "field-label"), ("for", "commitment-text")], t(CheckMsg::TextLabel));
    h.leaf_with("p", &[("id", "commitment-help"), ("class", "help")], t(CheckMsg::TextHelp));
    h.close("div").finish()
}

fn samples_markup(lang: Lang) -> Markup {
    let mut h = Html::new();
    h.open("div", &[("class", "samples"), ("role", "group"), ("aria-labelledby", "samples-label")]);
    h.leaf_with("span", &[("id", "samples-label")], CheckMsg::SamplesLabel.text(lang));
    for (index, sample) in SAMPLES.iter().enumerate() {
        let index = index.to_string();
        h.leaf_with("button", &[("type", "button"), ("data-action", "sample"), ("data-index", &index)], sample.text(lang));
    }
    h.close("div").finish()
}

/// Both verdicts: met or not as an icon and a word (never colour alone), the reasons,
/// the start spelled out, and a word of praise when both pass.
fn verdicts_markup(report: &Report, lang: Lang) -> Markup {
    let mut h = Html::new();
    h.open("div", &[("class", "verdict-area")]);
    for (test, title, verdict) in [
        ("objective", CommitmentMsg::ObjectiveTitle, &report.objective),
        ("start", CommitmentMsg::StartTitle, &report.start),
    ] {
        verdict_markup(&mut h, test, title.text(lang), verdict, lang);
    }
    if let Some(date) = report.start_date {
        h.leaf("p", "start-date", &format!("{}{}", CheckMsg::StartLabel.text(lang), format_start(date, lang)));
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
    let reasons: Vec<String> = verdict.reasons.iter().map(|reason| reason_text(reason, lang)).collect();
    h.open("div", &[("class", class), ("data-test", test)]).leaf("h2", "", title);
    h.leaf("p", "verdict-status", &format!("{icon}{}", word.text(lang)));
    h.leaf("p", "", &reasons.join(" ")).close("div");
}

/// What to add, and an example rewrite in the language the person writes in.
fn hints_markup(report: &Report, text: &str, lang: Lang) -> Markup {
    let hidden = if report.hints.is_empty() { "hidden" } else { "" };
    let hints: Vec<String> = report.hints.iter().map(|hint| hint_text(hint, lang)).collect();
    let example = report.hints.first().map(|hint| hint_example(hint, text, report.lang)).unwrap_or_default();
    let mut h = Html::new();
    h.open("div", &[("class", "hints"), ("hidden", hidden)]);
    h.leaf("h2", "", CheckMsg::HintsHeading.text(lang)).leaf("p", "", &hints.join(" "));
    h.open("p", &[("class", "example")]).leaf("span", "example-label", CommitmentMsg::ExampleLabel.text(lang));
    h.leaf_with("q", &[("lang", report.lang.code())], &example).close("p");
    h.close("div").finish()
}

/// The saved commitments, newest first.
fn list_markup(saved: &[SavedCommitment], today: chrono::NaiveDate, lang: Lang) -> Markup {
    let t = move |msg: CheckMsg| msg.text(lang);
    let mut h = Html::new();
    h.open("section", &[("aria-labelledby", "my-commitments")]);
    h.leaf_with("h2", &[("id", "my-commitments")], t(CheckMsg::ListHeading));
    if saved.is_empty() {
        h.leaf("p", "status", t(CheckMsg::ListEmpty));
    }
    h.open("ul", &[("class", "commitments")]);
    for commitment in saved.iter().rev() {
        let id = commitment.id.to_string();
        let start_line = match commitment.start_date {
            Some(date) => format!("{}{}", t(CheckMsg::StartLabel), format_start(date, lang)),
            None => t(CheckMsg::NoStart).to_owned(),
        };
        h.open("li", &[("class", "card commitment"), ("data-id", &id)]);
        h.leaf("p", "commitment-text", &commitment.text);
        h.leaf("p", "meta", &format!("{}{} · {start_line}", t(CheckMsg::SavedOn), format_date(commitment.saved_on, lang)));
        if !commitment.follow_ups.is_empty() {
            h.leaf("h3", "", t(CheckMsg::HistoryHeading)).open("ul", &[("class", "history")]);
            for answer in &commitment.follow_ups {
                h.leaf("li", "", &format!("{}：{}", format_date(answer.date, lang), change_label(answer.change, lang)));
            }
            h.close("ul");
        }
        let not_started = if commitment.has_started(today) { "" } else { "hidden" };
        h.open("details", &[("hidden", not_started)]).leaf("summary", "", t(CheckMsg::RecordNow));
        change_buttons(&mut h, commitment.id, lang);
        h.close("details").open("div", &[("class", "button-row")]);
        if commitment.start_date.is_some() {
            h.leaf_with("button", &[("type", "button"), ("class", "ics"), ("data-action", "ics"), ("data-id", &id)], t(CheckMsg::DownloadIcs));
        }
        h.leaf_with("button", &[("type", "button"), ("class", "delete"), ("data-action", "delete"), ("data-id", &id)], t(CheckMsg::Delete));
        h.close("div").close("li");
    }
    h.close("ul").close("section").finish()
}

/// Builds the commitment's calendar file on the device and offers it as a download.
fn download_calendar(app: AppState, id: u64, lang: Lang) {
    let found = app.document.with_untracked(|d| {
        d.commitments.saved.iter().find(|c| c.id == id).and_then(|c| Some((c.text.clone(), c.start_date?)))
    });
    let Some((text, start)) = found else { return };
    let summary = format!("{}{}", CheckMsg::IcsFollowUp.text(lang), text);
    let file = commitment_calendar(&CommitmentEvent { id, text: &text, start, follow_up_summary: &summary, now_millis: browser::now_millis() });
    let _ = browser::download_text(&format!("jiritsu-{}.ics", ics_date(start)), "text/calendar;charset=utf-8", &file);
}
