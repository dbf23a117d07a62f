//! Who reads what is shared, said under the lead of the sections whose entries start
//! shared and hold what people write most freely (d. values, f. vision, i. actions): a
//! job change, care at home, health or money written there would otherwise reach the
//! manager by default. When the manager conducts the interview it is a warning (they read
//! the sheet as written); otherwise a note that the summary after the interview can carry
//! it to them.

use leptos::prelude::*;

use crate::i18n::worksheet::WsMsg;
use crate::state::use_app;

#[component]
pub fn ReachNote() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let manager = Memo::new(move |_| {
        app.document
            .with(|d| d.worksheet.interview.manager_conducts())
    });
    view! {
        <p class="reach-note" class:warning=manager class:help=move || !manager.get() data-notice="reach">
            {move || if manager.get() { WsMsg::ReachManager } else { WsMsg::ReachSummary }.text(lang)}
        </p>
    }
}
