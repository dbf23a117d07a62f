//! The check screen's list of saved commitments (newest first: text, dates, follow-up
//! answers, calendar file, deletion) and the calendar file's download.

use leptos::prelude::*;

use crate::app::AppState;
use crate::browser;
use crate::components::follow_up::change_buttons;
use crate::domain::commitments::SavedCommitment;
use crate::domain::ics::{commitment_calendar, ics_date, CommitmentEvent};
use crate::domain::lang::Lang;
use crate::i18n::check::{change_label, CheckMsg};
use crate::i18n::commitment::{format_date, format_start};
use crate::markup::{Html, Markup};

/// The saved commitments, newest first.
pub fn list_markup(saved: &[SavedCommitment], today: chrono::NaiveDate, lang: Lang) -> Markup {
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
        h.leaf(
            "p",
            "meta",
            &format!(
                "{}{} · {start_line}",
                t(CheckMsg::SavedOn),
                format_date(commitment.saved_on, lang)
            ),
        );
        if !commitment.follow_ups.is_empty() {
            h.leaf("h3", "", t(CheckMsg::HistoryHeading))
                .open("ul", &[("class", "history")]);
            for answer in &commitment.follow_ups {
                h.leaf(
                    "li",
                    "",
                    &format!(
                        "{}：{}",
                        format_date(answer.date, lang),
                        change_label(answer.change, lang)
                    ),
                );
            }
            h.close("ul");
        }
        let not_started = if commitment.has_started(today) {
            ""
        } else {
            "hidden"
        };
        h.open("details", &[("hidden", not_started)])
            .leaf("summary", "", t(CheckMsg::RecordNow));
        change_buttons(&mut h, commitment.id, lang);
        h.close("details").open("div", &[("class", "button-row")]);
        if commitment.start_date.is_some() {
            h.leaf_with(
                "button",
                &[
                    ("type", "button"),
                    ("class", "ics"),
                    ("data-action", "ics"),
                    ("data-id", &id),
                ],
                t(CheckMsg::DownloadIcs),
            );
        }
        h.leaf_with(
            "button",
            &[
                ("type", "button"),
                ("class", "delete"),
                ("data-action", "delete"),
                ("data-id", &id),
            ],
            t(CheckMsg::Delete),
        );
        h.close("div").close("li");
    }
    h.close("ul").close("section").finish()
}

/// Builds the commitment's calendar file on the device and offers it as a download.
pub fn download_calendar(app: AppState, id: u64, lang: Lang) {
    let found = app.document.with_untracked(|d| {
        d.commitments
            .saved
            .iter()
            .find(|c| c.id == id)
            .and_then(|c| Some((c.text.clone(), c.start_date?)))
    });
    let Some((text, start)) = found else { return };
    let summary = format!("{}{}", CheckMsg::IcsFollowUp.text(lang), text);
    let file = commitment_calendar(&CommitmentEvent {
        id,
        text: &text,
        start,
        follow_up_summary: &summary,
        now_millis: browser::now_millis(),
    });
    let _ = browser::download_text(
        &format!("jiritsu-{}.ics", ics_date(start)),
        "text/calendar;charset=utf-8",
        &file,
    );
}
