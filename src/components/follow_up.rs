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
use crate::markup::Html;

/// The notice near the top of every screen, for the earliest commitment that is due.
pub fn follow_up_notice(app: AppState) -> AnyView {
    let later = RwSignal::new(false);
    let answered = RwSignal::new(false);
    // A memo, so typing elsewhere in the document does not rebuild the notice.
    let due = Memo::new(move |_| app.document.with(|d| d.commitments.next_follow_up(app.today).cloned()));
    let question = Memo::new(move |_| {
        let lang = app.lang.get();
        match due.get().filter(|_| !later.get()) {
            Some(commitment) => question_markup(&commitment, lang),
            None => String::new(),
        }
    });
    let on_click = move |event: leptos::ev::MouseEvent| {
        let Some((action, element)) = action_target(&event) else { return };
        match action.as_str() {
            "later" => later.set(true),
            "record" => {
                let id: Option<u64> = data_number(&element, "data-id");
                let change = data_number::<usize>(&element, "data-change").and_then(|i| Change::ALL.get(i));
                if let (Some(id), Some(&change)) = (id, change) {
                    app.document.update(|d| d.commitments.record_follow_up(id, change, app.today));
                    answered.set(true);
                }
            }
            _ => {}
        }
    };
    let recorded = move || {
        let show = answered.get() && due.with(Option::is_none);
        if show { CheckMsg::Recorded.text(app.lang.get()) } else { "" }.to_owned()
    };
    view! {
        <div class="follow-up" on:click=on_click>
            {dynamic(move || question.with(|html| if html.is_empty() { ().into_any() } else { inert_text(html.clone()) }))}
            <p class="status" role="status" data-notice="follow-up-recorded">{dyn_text(recorded)}</p>
        </div>
    }
    .into_any()
}

fn question_markup(commitment: &SavedCommitment, lang: Lang) -> String {
    let t = move |msg: CheckMsg| msg.text(lang);
    let start = commitment.start_date.map(|date| format_start(date, lang)).unwrap_or_default();
    let mut h = Html::new();
    h.open("section", &[("class", "notice notice-follow-up"), ("data-notice", "follow-up"), ("aria-labelledby", "follow-up-heading")]);
    h.leaf_with("h2", &[("id", "follow-up-heading")], t(CheckMsg::FollowUpHeading));
    h.leaf("p", "commitment-text", &commitment.text);
    h.leaf("p", "", &format!("{}{start}", t(CheckMsg::StartLabel)));
    change_buttons(&mut h, commitment.id, lang);
    h.leaf_with("button", &[("type", "button"), ("class", "later"), ("data-action", "later")], t(CheckMsg::Later));
    h.close("section").finish().into_string()
}

/// The four levels as buttons; a click (handled by the container) records that level
/// with today's date.
pub fn change_buttons(h: &mut Html, id: u64, lang: Lang) {
    let id = id.to_string();
    h.open("fieldset", &[("class", "change-scale")]).leaf("legend", "", CheckMsg::FollowUpPrompt.text(lang));
    for (index, change) in Change::ALL.iter().enumerate() {
        let index = index.to_string();
        h.leaf_with("button", &[("type", "button"), ("data-action", "record"), ("data-id", &id), ("data-change", &index)], change_label(*change, lang));
    }
    h.close("fieldset");
}
