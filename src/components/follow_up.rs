//! The follow-up question: once a saved commitment's start date has passed, the shell
//! asks "did you start?" wherever the person lands, and records the answer on the
//! four-level behaviour-change scale. "Ask me later" hides it until the next visit.

use leptos::prelude::*;

use crate::app::AppState;
use crate::components::kit::*;
use crate::domain::commitments::{Change, SavedCommitment};
use crate::domain::lang::Lang;
use crate::i18n::check::{change_label, CheckMsg};
use crate::i18n::commitment::format_start;
use crate::markup::{Html, Markup};

/// The notice near the top of every screen, for the earliest commitment that is due.
pub fn follow_up_notice(app: AppState) -> Piece {
    let ui = app.ui;
    // A memo, so typing elsewhere in the document does not rebuild the notice.
    let due = Memo::new(move |_| {
        app.document
            .with(|d| d.commitments.next_follow_up(app.today).cloned())
    });
    let question = region(
        move || match due.get().filter(|_| !ui.follow_up_later.get()) {
            Some(commitment) => question_markup(&commitment, app.lang.get()),
            None => nothing(),
        },
    );
    let recorded = move || {
        let show = ui.follow_up_answered.get() && due.with(Option::is_none);
        if show {
            CheckMsg::Recorded.text(app.lang.get())
        } else {
            ""
        }
        .to_owned()
    };
    fragment(vec![
        question,
        status("status", "follow-up-recorded", recorded),
    ])
}

/// "Ask me later", and the four levels (also in the check screen's list).
pub fn on_click(app: AppState, action: &str, element: &web_sys::Element) -> bool {
    match action {
        "later" => put(app.ui.follow_up_later, true),
        "record" => {
            let id: Option<u64> = data_number(element, "data-id");
            let change =
                data_number::<usize>(element, "data-change").and_then(|i| Change::ALL.get(i));
            if let (Some(id), Some(&change)) = (id, change) {
                app.document
                    .update(|d| d.commitments.record_follow_up(id, change, app.today));
                // The same buttons in the check screen's list say nothing up here.
                let in_notice = element
                    .closest("[data-notice=follow-up]")
                    .ok()
                    .flatten()
                    .is_some();
                put(
                    app.ui.follow_up_answered,
                    in_notice || app.ui.follow_up_answered.get_untracked(),
                );
            }
        }
        _ => return false,
    }
    true
}

fn question_markup(commitment: &SavedCommitment, lang: Lang) -> Markup {
    let t = move |msg: CheckMsg| msg.text(lang);
    let start = commitment
        .start_date
        .map(|date| format_start(date, lang))
        .unwrap_or_default();
    let mut h = Html::new();
    h.open(
        "section",
        &[
            ("class", "notice notice-follow-up"),
            ("data-notice", "follow-up"),
            ("aria-labelledby", "follow-up-heading"),
        ],
    );
    h.leaf_with(
        "h2",
        &[("id", "follow-up-heading")],
        t(CheckMsg::FollowUpHeading),
    );
    h.leaf("p", "commitment-text", &commitment.text);
    h.leaf("p", "", &format!("{}{start}", t(CheckMsg::StartLabel)));
    change_buttons(&mut h, commitment.id, lang);
    action_button(&mut h, "later", "later", ("", ""), t(CheckMsg::Later));
    h.close("section").finish()
}

/// The four levels as buttons; a click records that level with today's date.
pub fn change_buttons(h: &mut Html, id: u64, lang: Lang) {
    let id = id.to_string();
    h.open("fieldset", &[("class", "change-scale")]).leaf(
        "legend",
        "",
        CheckMsg::FollowUpPrompt.text(lang),
    );
    for (index, change) in Change::ALL.iter().enumerate() {
        let index = index.to_string();
        h.leaf_with(
            "button",
            &[
                ("type", "button"),
                ("data-action", "record"),
                ("data-id", &id),
                ("data-change", &index),
            ],
            change_label(*change, lang),
        );
    }
    h.close("fieldset");
}
