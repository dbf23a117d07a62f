//! The note under a shared text that names a topic often kept from a manager
//! (`domain::worksheet::sensitive`), and the choice to say that a word is simply a word of
//! one's work (子ども for a nursery teacher, 介護 for a care worker), so that it is not
//! pointed out again anywhere (`Worksheet::work_words`). Right after the choice, the note
//! says what was done and offers to undo it, with the focus on that button; the sheet
//! screen lists the words later on (`pages::worksheet::repeated`).

use leptos::html;
use leptos::prelude::*;

use crate::browser::focus_when_drawn;
use crate::domain::lang::Lang;
use crate::domain::worksheet::work_words::can_be_work_word;
use crate::i18n::fill;
use crate::i18n::worksheet::{quoted_words, WsMsg};
use crate::state::use_app;

/// `message` (a catalogue text with `{}` for the quoted words, which may follow who
/// conducts the interview) while `topics` names any, with a work-word button for each.
#[component]
pub fn SensitiveHere<M>(
    #[prop(into)] topics: Signal<Vec<&'static str>>,
    message: M,
) -> impl IntoView
where
    M: Fn(Lang) -> &'static str + Copy + Send + Sync + 'static,
{
    let lang = use_app().lang;
    let note = move || {
        topics.with(|topics| {
            (!topics.is_empty()).then(|| {
                let quoted = quoted_words(topics, lang.get());
                view! { <p class="warning">{fill(message(lang.get()), &[&quoted])}</p> }
            })
        })
    };
    view! {
        <div class="sensitive-here">
            {note}
            <WorkWordChoice words=Signal::derive(move || topics.get().into_iter().map(str::to_owned).collect())/>
        </div>
    }
}

/// A button for each of `words` that may be a job's own (not 母 or 転職), marking it a
/// word of the person's work; once one is pressed, what was done, with a button to undo
/// it. `marked` is the word last marked here, for a parent that says more while it is
/// none.
#[component]
pub fn WorkWordChoice(
    #[prop(into)] words: Signal<Vec<String>>,
    #[prop(optional)] marked: Option<RwSignal<Option<String>>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let marked = marked.unwrap_or_else(|| RwSignal::new(None));
    let undo_button = NodeRef::<html::Button>::new();
    // Where the focus goes once the undo button is gone with what it undid.
    let choice = NodeRef::<html::Div>::new();
    let buttons = move || {
        let mut words = words.get();
        words.retain(|word| can_be_work_word(word));
        (!words.is_empty()).then(|| {
            let lang = lang.get();
            let buttons = words
                .into_iter()
                .map(|word| {
                    let label = fill(WsMsg::WorkWordButton.text(lang), &[&word]);
                    let mark = move |_| {
                        app.document.update(|d| {
                            if !d.worksheet.work_words.contains(&word) {
                                d.worksheet.work_words.push(word.clone());
                            }
                        });
                        marked.set(Some(word.clone()));
                        focus_when_drawn(undo_button);
                    };
                    view! { <button type="button" on:click=mark>{label}</button> }
                })
                .collect_view();
            view! {
                <div class="work-words">
                    <p>{WsMsg::WorkWordLead.text(lang)}</p>
                    <div class="button-row">{buttons}</div>
                </div>
            }
        })
    };
    let done = move || {
        marked.get().map(|word| {
            let lang = lang.get();
            let said = fill(WsMsg::WorkWordDone.text(lang), &[&word]);
            let undo = move |_| {
                app.document
                    .update(|d| d.worksheet.work_words.retain(|w| *w != word));
                marked.set(None);
                focus_when_drawn(choice);
            };
            view! {
                <p class="work-word-done">
                    {said}" "
                    <button type="button" class="link" node_ref=undo_button on:click=undo>
                        {WsMsg::WorkWordUndo.text(lang)}
                    </button>
                </p>
            }
        })
    };
    view! {
        <div class="work-word-choice" tabindex="-1" node_ref=choice>
            {buttons}
            <div aria-live="polite">{done}</div>
        </div>
    }
}
