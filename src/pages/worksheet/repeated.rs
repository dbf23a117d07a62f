//! Before the sheet goes out: the shared sections that also hold words of what must not
//! be passed on (`domain::worksheet::overlap`), or name a topic people often keep from
//! their manager (`domain::worksheet::sensitive`), each a link to its section, so that
//! the topic does not reach the manager through the vision or an obstacle unseen.

use leptos::prelude::*;

use crate::domain::worksheet::overlap::Repeated;
use crate::i18n::colon;
use crate::i18n::sheet::SheetMsg;
use crate::i18n::worksheet::{quoted_words, section_title};
use crate::route::Route;
use crate::state::use_app;

/// The note of k's words, while `repeated` names sections; nothing otherwise.
#[component]
pub fn RepeatedNote(#[prop(into)] repeated: Signal<Vec<Repeated>>) -> impl IntoView {
    view! {
        <WordsNote
            id="sheet-repeated"
            heading=SheetMsg::RepeatedHeading
            advice=SheetMsg::RepeatedAdvice
            found=repeated
        />
    }
}

/// The note of topics often kept from a manager, while `found` names sections.
#[component]
pub fn SensitiveNote(#[prop(into)] found: Signal<Vec<Repeated>>) -> impl IntoView {
    view! {
        <WordsNote
            id="sheet-sensitive"
            heading=SheetMsg::SensitiveHeading
            advice=SheetMsg::SensitiveAdvice
            found=found
        />
    }
}

/// Sections and the words found in each, as links, under `heading`, with `advice`.
#[component]
fn WordsNote(
    id: &'static str,
    heading: SheetMsg,
    advice: SheetMsg,
    found: Signal<Vec<Repeated>>,
) -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    move || {
        let found = found.get();
        (!found.is_empty()).then(|| {
            view! {
                <div class="notice notice-warning" id=id>
                    <p><strong>{heading.text(lang)}</strong></p>
                    <ul>
                        {found
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
                    <p>{advice.text(lang)}</p>
                </div>
            }
        })
    }
}
