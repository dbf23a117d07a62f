//! The four-level follow-up scale as buttons, shared by the follow-up notice and the
//! check screen's saved list.

use leptos::prelude::*;

use crate::components::text::tr;
use crate::domain::commitments::Change;
use crate::i18n::check::{change_label, CheckMsg};
use crate::state::use_app;

/// The four levels of the follow-up scale as buttons; a click records that level with
/// today's date on the commitment `id`, then calls `on_record` if given. The levels are
/// worded for an act begun, or (`by`) for one done by a day.
#[component]
pub fn ChangeScale(
    id: u64,
    /// Whether the act is one to do by a day (申し込む), asked as done or not.
    #[prop(into)]
    by: Signal<bool>,
    #[prop(optional, into)] on_record: Option<Callback<Change>>,
) -> impl IntoView {
    let app = use_app();
    let record = move |change: Change| {
        app.document
            .update(|d| d.commitments.record_follow_up(id, change, app.today));
        if let Some(on_record) = on_record {
            on_record.run(change);
        }
    };
    view! {
        <fieldset class="change-scale">
            <legend>{tr(CheckMsg::FollowUpPrompt)}</legend>
            {Change::ALL.map(|change| view! {
                <button type="button" on:click=move |_| record(change)>
                    {move || change_label(change, by.get(), app.lang.get())}
                </button>
            })}
        </fieldset>
    }
}
