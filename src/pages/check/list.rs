//! The check screen's list of saved commitments (in the worksheet's order, numbered as it
//! numbers its actions: text, its two verdicts,
//! dates, follow-up answers, editing in place, calendar file, deletion) and the calendar
//! file's download.

use leptos::html;
use leptos::prelude::*;

use super::edit::{passes, Editor, ItemVerdicts};
use crate::browser;
use crate::components::change_scale::ChangeScale;
use crate::components::spoken::SpokenVerdicts;
use crate::components::text::tr;
use crate::domain::commitments::{SavedCommitment, Wording};
use crate::domain::ics::{commitment_calendar, ics_date, CommitmentEvent};
use crate::domain::lang::Lang;
use crate::i18n::check::{
    change_label, set_aside_help, set_aside_line, start_line, with_note, CheckMsg,
};
use crate::i18n::commitment::format_date;
use crate::i18n::worksheet::WsMsg;
use crate::i18n::{colon, fill};
use crate::state::{use_app, AppState};

/// "My commitments": every saved commitment in the worksheet's order (the sheet's too),
/// keyed by its id.
#[component]
pub fn SavedList() -> impl IntoView {
    let app = use_app();
    let document = app.document;
    // One memo of the list for every item: typing in the box changes the document, and
    // with a few hundred saved commitments each item looking itself up again on every
    // keystroke took most of the keystroke (see tests/bench/typing.mjs).
    let saved = Memo::new(move |_| document.with(|d| d.commitments.saved.clone()));
    provide_context(saved);
    let ids = Memo::new(move |_| saved.with(|list| list.iter().map(|c| c.id).collect::<Vec<_>>()));
    let heading = NodeRef::<html::H2>::new();
    // The actions kept off the interview sheet are kept off this list's paper too, and
    // off the screen when the person chooses (a tablet shown across the table).
    let private = Memo::new(move |_| saved.with(|list| list.iter().filter(|c| !c.shared).count()));
    let hide_private = RwSignal::new(false);
    let lang = app.lang;
    view! {
        <section aria-labelledby="my-commitments">
            <h2 id="my-commitments" tabindex="-1" node_ref=heading>{tr(CheckMsg::ListHeading)}</h2>
            <p class="status" hidden=move || !ids.with(Vec::is_empty)>{tr(CheckMsg::ListEmpty)}</p>
            <p class="hide-private no-print" hidden=move || private.get() == 0>
                <label>
                    <input type="checkbox" prop:checked=hide_private on:change=move |event| hide_private.set(event_target_checked(&event))/>
                    " "{tr(CheckMsg::HidePrivate)}
                </label>
            </p>
            <p class="print-only private-not-printed" hidden=move || private.get() == 0>
                {move || fill(CheckMsg::PrivateNotPrinted.text(lang.get()), &[&private.get().to_string()])}
            </p>
            <ol class="commitments" class:hide-private=hide_private>
                <For each=move || ids.get() key=|id| *id let:id>
                    <SavedItem id=id heading=heading/>
                </For>
            </ol>
        </section>
    }
}

/// One saved commitment. It follows the document, so an answer recorded here (or in
/// another tab) shows at once and the button used keeps focus.
#[component]
fn SavedItem(id: u64, heading: NodeRef<html::H2>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let saved = expect_context::<Memo<Vec<SavedCommitment>>>();
    let commitment =
        Memo::new(move |_| saved.with(|list| list.iter().find(|c| c.id == id).cloned()));
    // A text of the commitment in the current language ("" once it is gone).
    let shown = move |text: fn(&SavedCommitment, Lang) -> String| {
        move || {
            let lang = lang.get();
            commitment.with(|c| c.as_ref().map(|c| text(c, lang)).unwrap_or_default())
        }
    };
    // Whether a part of the item is hidden: unless `test` holds (as of today).
    let hidden_unless = move |test: fn(&SavedCommitment, chrono::NaiveDate) -> bool| {
        move || !commitment.with(|c| c.as_ref().is_some_and(|c| test(c, app.today)))
    };
    // Its number on the worksheet, which counts every action.
    let number =
        Memo::new(move |_| saved.with(|list| list.iter().position(|c| c.id == id).map(|i| i + 1)));
    // The text being rewritten, while the editor is open.
    let editing = RwSignal::new(None::<String>);
    let field = NodeRef::<html::Textarea>::new();
    let edit_button = NodeRef::<html::Button>::new();
    // The verdicts of the text being rewritten, else of the saved text.
    let verdicts = Memo::new(move |_| {
        editing.with(|draft| match draft {
            Some(text) => passes(app, text),
            None => {
                commitment.with(|c| c.as_ref().map_or((false, false), |c| passes(app, &c.text)))
            }
        })
    });
    let edit = move |_| {
        let text = commitment.with_untracked(|c| c.as_ref().map(|c| c.text.clone()));
        editing.set(text);
        browser::focus_when_drawn(field);
    };
    let delete = move |_| {
        if browser::confirm(CheckMsg::ConfirmDelete.text(lang.get_untracked())) {
            app.document.update(|d| d.commitments.delete(id));
            // The item and its buttons are gone: focus goes to the list it was in.
            if let Some(heading) = heading.get_untracked() {
                let _ = heading.focus();
            }
        }
    };
    // Set aside, or taken up again: the button stays (and keeps focus), its words change,
    // and the item's own status says what was done.
    let set_aside = Memo::new(move |_| commitment.with(|c| c.as_ref().and_then(|c| c.set_aside)));
    let toggled = RwSignal::new(None::<ItemSaid>);
    let toggle = move |_| {
        let on = set_aside.get_untracked().is_none().then_some(app.today);
        app.document.update(|d| d.commitments.set_aside(id, on));
        toggled.set(Some(ItemSaid::Done(if on.is_some() {
            CheckMsg::SetAsideDone
        } else {
            CheckMsg::TakenUp
        })));
    };
    // A rewrite saved: said with its day, and that answers about the earlier version stay
    // with its text, when some do.
    let rewritten = Callback::new(move |()| {
        let answers = commitment.with_untracked(|c| {
            c.as_ref().is_some_and(|c| {
                c.follow_ups
                    .iter()
                    .any(|answer| c.earlier_text(answer).is_some())
            })
        });
        toggled.set(Some(ItemSaid::Rewritten(app.today, answers)));
    });
    let wording = Memo::new(move |_| {
        commitment.with(|c| c.as_ref().map_or(Wording::Begun, SavedCommitment::wording))
    });
    // The follow-up answers, once there are some.
    let history = move || {
        let lang = lang.get();
        // Each answer in the words it was given in, and whether it was about the plan
        // before the action was rewritten with a new start, with that plan's text when
        // it was kept (answers saved before texts were kept say only that).
        let answers = commitment.with(|c| {
            c.as_ref().map(|c| {
                c.follow_ups
                    .iter()
                    .map(|a| {
                        let earlier = c.about_an_earlier_plan(a).then(|| {
                            c.earlier_text(a).map_or_else(
                                || CheckMsg::AboutEarlierPlan.text(lang).to_owned(),
                                |text| fill(CheckMsg::AboutEarlierText.text(lang), &[text]),
                            )
                        });
                        (a.clone(), c.wording_of(a), earlier)
                    })
                    .collect::<Vec<_>>()
            })
        })?;
        if answers.is_empty() {
            return None;
        }
        let lines = answers.into_iter().map(|(answer, wording, earlier)| {
            let line = format!(
                "{}{}{}",
                format_date(answer.date, lang),
                colon(lang),
                change_label(answer.change, wording, lang),
            );
            let line = with_note(line, &answer.note, lang);
            view! {
                <li>
                    {line}
                    {earlier.map(|earlier| view! { <span class="earlier-plan">{earlier}</span> })}
                </li>
            }
        });
        Some(view! {
            <h3>{CheckMsg::HistoryHeading.text(lang)}</h3>
            <ul class="history">{lines.collect_view()}</ul>
        })
    };
    view! {
        <li class="card commitment" class:private=move || commitment.with(|c| c.as_ref().is_some_and(|c| !c.shared)) data-id=id>
            // The buttons are described by the commitment they act on, so that a list of
            // 「編集」「削除」 can be told apart by ear.
            <p class="commitment-text" id=format!("commitment-{id}") hidden=move || editing.with(Option::is_some)>
                {shown(|c, _| c.text.clone())}
            </p>
            <Editor id=id draft=editing field=field edit_button=edit_button on_save=rewritten>
                <ItemVerdicts passes=verdicts/>
                <SpokenVerdicts
                    id=format!("edit-spoken-{id}")
                    text=Signal::derive(move || editing.get().unwrap_or_default())
                    passes=verdicts
                />
            </Editor>
            <div hidden=move || editing.with(Option::is_some)>
                <ItemVerdicts passes=verdicts/>
            </div>
            <p class="meta">
                // Named as the worksheet names its actions (行動 1).
                {move || number.get().map(|n| {
                    let lang = lang.get();
                    fill(WsMsg::Numbered.text(lang), &[WsMsg::Action.text(lang), &n.to_string()]) + " · "
                })}
                {shown(meta_line)}
                // Kept off the interview sheet: said here too, where the list looks alike.
                {move || commitment.with(|c| c.as_ref().is_some_and(|c| !c.shared)).then(|| view! {
                    " " <span class="chip kept">{WsMsg::Private.text(lang.get())}</span>
                })}
                {move || set_aside.get().map(|day| {
                    let lang = lang.get();
                    view! { " " <span class="chip set-aside">{set_aside_line(day, lang)}</span> }
                })}
            </p>
            {history}
            <details hidden=hidden_unless(|c, today| c.has_started(today) && c.set_aside.is_none())>
                <summary>{tr(CheckMsg::RecordNow)}</summary>
                <ChangeScale id=id wording=wording/>
            </details>
            <div class="button-row" hidden=move || editing.with(Option::is_some)>
                <button type="button" class="edit" node_ref=edit_button aria-describedby=format!("commitment-{id}") on:click=edit>
                    {tr(CheckMsg::Edit)}
                </button>
                <button
                    type="button"
                    class="ics"
                    aria-describedby=format!("commitment-{id}")
                    // Only for a day still to come: not for an act already under way
                    // when saved, nor once its day has passed.
                    hidden=hidden_unless(|c, today| c.start_date.is_some_and(|d| d >= today) && c.set_aside.is_none())
                    on:click=move |_| {
                        if download_calendar(app, id, lang.get_untracked()) {
                            toggled.set(Some(ItemSaid::Done(CheckMsg::IcsSaved)));
                        }
                    }
                >
                    {tr(CheckMsg::DownloadIcs)}
                </button>
                <button type="button" class="set-aside" aria-describedby=format!("commitment-{id} set-aside-help-{id}") on:click=toggle>
                    {move || if set_aside.get().is_some() { CheckMsg::TakeUp } else { CheckMsg::SetAside }.text(lang.get())}
                </button>
                <button type="button" class="delete" aria-describedby=format!("commitment-{id}") on:click=delete>{tr(CheckMsg::Delete)}</button>
            </div>
            // What 保留 is for, under it while the action is being followed up: a finished
            // act is recorded as such, not put on hold.
            <p
                class="help set-aside-help"
                id=format!("set-aside-help-{id}")
                hidden=move || editing.with(Option::is_some) || hidden_unless(|c, today| c.has_started(today) && c.set_aside.is_none())()
            >
                {move || set_aside_help(wording.get()).text(lang.get())}
            </p>
            <p class="status" role="status">{move || toggled.get().map(|said| said.text(lang.get()))}</p>
        </li>
    }
}

/// What an item's status says of what was just done to it.
#[derive(Clone, Copy, PartialEq)]
enum ItemSaid {
    Done(CheckMsg),
    /// A rewrite saved on a day, and whether answers about the earlier version keep its
    /// text.
    Rewritten(chrono::NaiveDate, bool),
}

impl ItemSaid {
    fn text(self, lang: Lang) -> String {
        match self {
            ItemSaid::Done(msg) => msg.text(lang).to_owned(),
            ItemSaid::Rewritten(day, answers) => {
                let mut said = fill(CheckMsg::EditSaved.text(lang), &[&format_date(day, lang)]);
                if answers {
                    said.push_str(CheckMsg::EditSavedAnswers.text(lang));
                }
                said
            }
        }
    }
}

/// "Saved on …", the day it was rewritten if it was, and the start, or that no start is
/// written.
fn meta_line(commitment: &SavedCommitment, lang: Lang) -> String {
    let start = match commitment.start_date {
        // Against the day the start was read, as the worksheet says it: a rewritten
        // 「…から聞いています」 began on its day.
        Some(date) => start_line(
            date,
            commitment.start_read().read_on,
            commitment.start_by,
            lang,
        ),
        None => CheckMsg::NoStart.text(lang).to_owned(),
    };
    // A rewrite on a later day is dated beside the day it was saved.
    let rewritten = commitment
        .rewritten_on
        .map(|day| {
            format!(
                " · {}{}",
                CheckMsg::RewrittenOn.text(lang),
                format_date(day, lang)
            )
        })
        .unwrap_or_default();
    format!(
        "{}{}{rewritten} · {start}",
        CheckMsg::SavedOn.text(lang),
        format_date(commitment.saved_on, lang)
    )
}

/// Builds the commitment's calendar file on the device and offers it as a download.
pub fn download_calendar(app: AppState, id: u64, lang: Lang) -> bool {
    let found = app.document.with_untracked(|d| {
        d.commitments
            .saved
            .iter()
            .find(|c| c.id == id)
            .and_then(|c| Some((c.text.clone(), c.start_date?)))
    });
    let Some((text, start)) = found else {
        return false;
    };
    let summary = format!("{}{}", CheckMsg::IcsFollowUp.text(lang), text);
    let file = commitment_calendar(&CommitmentEvent {
        id,
        text: &text,
        start,
        follow_up_summary: &summary,
        now_millis: browser::now_millis(),
    });
    browser::download_text(
        &format!("jiritsu-{}.ics", ics_date(start)),
        "text/calendar;charset=utf-8",
        &file,
    )
    .is_ok()
}
