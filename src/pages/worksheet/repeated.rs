//! Before the sheet goes out: the shared sections that also hold words of what must not
//! be passed on (`domain::worksheet::overlap`), or name a topic people often keep from
//! their manager (`domain::worksheet::sensitive`), each a link to its section, so that
//! the topic does not reach the manager through the vision or an obstacle unseen. Under
//! both, once, a button for each word that may be the person's job's (`WorkWordChoice`):
//! set aside, it is named by neither note (`domain::worksheet::work_words`).

use leptos::prelude::*;

use crate::components::sensitive::WorkWordChoice;
use crate::domain::worksheet::overlap::Repeated;
use crate::i18n::sheet::SheetMsg;
use crate::i18n::worksheet::{quoted_words, section_title, WsMsg};
use crate::i18n::{colon, fill};
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

/// Under both notes, once: a button for each word they name that may be a job's own (看護
/// for a nurse, named from k; 子ども for a nursery teacher, named as a topic), set aside
/// for both; and, while the person has named such words and none just now, those words
/// with the way to have them pointed out again.
#[component]
pub fn WorkWordsOnSheet(
    #[prop(into)] repeated: Signal<Vec<Repeated>>,
    #[prop(into)] sensitive: Signal<Vec<Repeated>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    // Each word once: k's first, then the topics, in the order of the sections.
    let words = Signal::derive(move || {
        let mut words: Vec<String> = Vec::new();
        let found = repeated.get().into_iter().chain(sensitive.get());
        for word in found.flat_map(|r| r.words) {
            if !words.contains(&word) {
                words.push(word);
            }
        }
        words
    });
    let marked = RwSignal::new(None::<String>);
    let kept = Memo::new(move |_| app.document.with(|d| d.worksheet.work_words.clone()));
    let reset = move |_| app.document.update(|d| d.worksheet.work_words.clear());
    view! {
        <WorkWordChoice words=words marked=marked/>
        <Show when=move || marked.get().is_none() && kept.with(|kept| !kept.is_empty())>
            <p class="work-words-kept">
                {move || kept.with(|kept| fill(WsMsg::WorkWordsKept.text(lang), &[&quoted_words(kept, lang)]))}" "
                <button type="button" class="link" on:click=reset>{WsMsg::WorkWordsReset.text(lang)}</button>
            </p>
        </Show>
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
