//! The four-level follow-up scale as buttons, shared by the follow-up notice and the
//! check screen's saved list, with a few words of the person's own to go with the answer.

use leptos::prelude::*;

use crate::components::sensitive::SensitiveHere;
use crate::components::text::tr;
use crate::domain::commitments::{Change, Wording};
use crate::domain::worksheet::sensitive::topics_in;
use crate::i18n::check::{change_label, follow_up_note_sensitive, CheckMsg};
use crate::state::use_app;

/// The four levels of the follow-up scale as buttons; a click records that level with
/// today's date on the commitment `id`, with the note written above them, then calls
/// `on_record` if given. The levels are worded for a habit begun, or for an act done
/// once (`wording`).
///
/// The scale says how much changed; the note says what happened (begun, then stopped at
/// a transfer), which no level says. It is kept in the document as it is typed, so a
/// reload loses nothing, and the answer takes it.
#[component]
pub fn ChangeScale(
    id: u64,
    /// Whether the action is a habit, asked as begun, or an act done once (申し込む), asked
    /// as done or not.
    #[prop(into)]
    wording: Signal<Wording>,
    #[prop(optional, into)] on_record: Option<Callback<Change>>,
) -> impl IntoView {
    let app = use_app();
    // The note as kept, read once: the box holds what is typed after that.
    let note = app.document.with_untracked(|d| {
        d.commitments
            .saved
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.follow_up_note.clone())
            .unwrap_or_default()
    });
    // The box's text as the page sets it: what was kept, then empty once an answer has
    // taken the note (typing does not go through it, so it is not set on each keystroke).
    let note = RwSignal::new(note);
    let record = move |change: Change| {
        app.document
            .update(|d| d.commitments.record_follow_up(id, change, app.today));
        note.set(String::new());
        if let Some(on_record) = on_record {
            on_record.run(change);
        }
    };
    let conducted_by =
        Memo::new(move |_| app.document.with(|d| d.worksheet.interview.conducted_by()));
    // A topic often kept from a manager in the note of a shared action, said as it is
    // typed: the answer takes the note onto the sheet (`Sheet::written_parts`).
    let sensitive = Memo::new(move |_| {
        app.document.with(|d| {
            d.commitments
                .saved
                .iter()
                .find(|c| c.id == id && c.shared)
                .map(|c| topics_in(&[&c.follow_up_note], &d.worksheet.work_words))
                .unwrap_or_default()
        })
    });
    // The note comes first: written before the answer, it is recorded with it. Its example
    // is part of its label (no id to share: the notice and the list may both show a
    // scale for one commitment).
    view! {
        <div class="change-scale">
            <label class="follow-up-note">
                <span class="note-label">{tr(CheckMsg::FollowUpNote)}</span>
                <span class="note-hint">{tr(CheckMsg::FollowUpNoteHint)}</span>
                <textarea
                    rows="2"
                    maxlength="300"
                    prop:value=note
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        app.document.update(|d| d.commitments.set_follow_up_note(id, text));
                    }
                ></textarea>
            </label>
            <SensitiveHere topics=sensitive message=move |lang| follow_up_note_sensitive(conducted_by.get(), lang)/>
            <fieldset class="levels">
                <legend>{tr(CheckMsg::FollowUpPrompt)}</legend>
                {Change::ALL.map(|change| view! {
                    <button type="button" on:click=move |_| record(change)>
                        {move || change_label(change, wording.get(), app.lang.get())}
                    </button>
                })}
            </fieldset>
        </div>
    }
}
