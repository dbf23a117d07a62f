//! Before the sheet goes out: the shared sections that also hold words of what must not
//! be passed on (`domain::worksheet::overlap`), each a link to its section, so that the
//! topic does not reach the manager's summary through the vision or an obstacle.

use leptos::prelude::*;

use crate::domain::worksheet::overlap::Repeated;
use crate::i18n::colon;
use crate::i18n::sheet::SheetMsg;
use crate::i18n::worksheet::{quoted_words, section_title};
use crate::route::Route;
use crate::state::use_app;

/// The note, while `repeated` names sections; nothing otherwise.
#[component]
pub fn RepeatedNote(#[prop(into)] repeated: Signal<Vec<Repeated>>) -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    move || {
        let repeated = repeated.get();
        (!repeated.is_empty()).then(|| {
            view! {
                <div class="notice notice-warning" id="sheet-repeated">
                    <p><strong>{SheetMsg::RepeatedHeading.text(lang)}</strong></p>
                    <ul>
                        {repeated
                            .into_iter()
                            .map(|r| {
                                let href = format!("#{}?s={}", Route::Worksheet.hash(), r.section.anchor_id());
                                view! {
                                    <li>
                                        <a href=href>{section_title(r.section, lang)}</a>
                                        {colon(lang)}{quoted_words(&r.words, lang)}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <p>{SheetMsg::RepeatedAdvice.text(lang)}</p>
                </div>
            }
        })
    }
}
