//! Who reads what is shared, said under the lead of the sections whose entries start
//! shared and hold what people write most freely (d. values, f. vision, i. actions): a
//! job change, care at home, health or money written there would otherwise reach the
//! manager by default. When the manager conducts the interview it is a warning (they read
//! the sheet as written); otherwise a note that the summary after the interview can carry
//! it to them. The first of the three (d.) says it in full with the topics; the others say
//! "here too" in one line, so that a person reading down the page is not told three times
//! and one who opens f. or i. alone still is.

use leptos::prelude::*;

use crate::i18n::worksheet::WsMsg;
use crate::state::use_app;

#[component]
pub fn ReachNote(
    /// Whether this is the first of the sections that say it (d.), which names the topics.
    #[prop(optional)]
    first: bool,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let manager = Memo::new(move |_| {
        app.document
            .with(|d| d.worksheet.interview.manager_conducts())
    });
    view! {
        <p class="reach-note" class:warning=manager class:help=move || !manager.get() data-notice="reach">
            {move || match (manager.get(), first) {
                (true, true) => WsMsg::ReachManager,
                (false, true) => WsMsg::ReachSummary,
                (true, false) => WsMsg::ReachManagerToo,
                (false, false) => WsMsg::ReachSummaryToo,
            }
                .text(lang)}
        </p>
    }
}
