//! Section i: the actions, which are the person's saved commitments. Each is checked
//! live by the commitment check as it is typed (objective, start, what to add), keeps
//! the start date the check reads in it, offers its calendar file, and shows the
//! follow-up answers once its start has passed.

use leptos::html;
use leptos::prelude::*;

use crate::components::spoken::SpokenVerdicts;
use crate::components::typed::{text_to_check, typed_text};
use crate::domain::commitment::{check_with, Settings, Verdict};
use crate::domain::commitments::{reread, SavedCommitment, StartRead};
use crate::domain::worksheet::readiness::Section;
use crate::domain::worksheet::ListKind;
use crate::i18n::check::{
    change_label, earlier_answer_line, sample_text, set_aside_line, start_line, with_note, CheckMsg,
};
use crate::i18n::commitment::{hint_text, reason_text, CommitmentMsg};
use crate::i18n::fill;
use crate::i18n::worksheet::WsMsg;
use crate::pages::check::{download_calendar, Example, VerdictSummary};
use crate::route::Route;
use crate::state::use_app;

use super::fields::*;
use super::list_items::*;
use super::reach::ReachNote;
use super::WsSection;

const ACTIONS: ListAccess<SavedCommitment> = ListAccess {
    kind: ListKind::Actions,
    list: |d| &d.commitments.saved,
    list_mut: |d| &mut d.commitments.saved,
};

/// i. The actions.
#[component]
pub fn ActionsSection() -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let ids = ACTIONS.ids();
    let count = Memo::new(move |_| ids.with(Vec::len));
    view! {
        <WsSection section=Section::Actions lead=WsMsg::ActionsLead>
            <ReachNote/>
            <ol class="items">
                <For each=move || ids.get() key=|id| *id let:id>
                    <ActionItem id=id count=count/>
                </For>
            </ol>
            <AddButton kind=ListKind::Actions label=WsMsg::AddAction.text(lang)/>
            <p class="help">{WsMsg::ActionsFollowUp.text(lang)}</p>
            // A long page: the list, the answers and the calendar files one step away.
            <p class="to-check">
                <a href=format!("#{}", Route::Check.hash())>{WsMsg::ActionsToCheck.text(lang)}</a>
            </p>
        </WsSection>
    }
}

#[component]
fn ActionItem(id: u64, count: Memo<usize>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = move |msg: WsMsg| msg.text(lang);
    let number = ACTIONS.number(id);
    // The action as typed, so that its verdicts follow each keystroke (see `typing`).
    let text = typed_text(ACTIONS.text(id, |a| &a.text).into());
    let checked = text_to_check(text);
    // What was read in it before it was rewritten here: kept from when the item was drawn,
    // not from each keystroke, so that a date deleted and typed again is read as it was
    // (`reread`). A new item has nothing read yet.
    let last = app
        .document
        .with_untracked(|d| d.commitments.start_read(id));
    let reading = Memo::new(move |_| {
        // A text in both languages is answered in the page's (`Settings::unwritten_lang`).
        let settings = Settings {
            unwritten_lang: lang,
            ..app.check_settings()
        };
        checked.with(|text| match last {
            Some(last) => reread(text, last, app.today, &settings),
            None => {
                let report = check_with(text, app.today, &settings);
                let read = StartRead::of(&report, app.today);
                (report, read)
            }
        })
    });
    let report = Memo::new(move |_| reading.with(|(report, _)| report.clone()));
    // The latest answer about the plan as it stands (not one about a plan since rewritten).
    // In the words it was given in.
    let latest_answer = ACTIONS.value(id, |a| {
        a.latest_answer()
            .map(|answer| (answer.clone(), a.wording_of(answer)))
    });
    // The latest answer about the action before it was rewritten, with the text it was
    // about, when that was kept.
    let earlier_answer = ACTIONS.value(id, |a| {
        a.latest_earlier_answer().and_then(|answer| {
            let text = a.earlier_text(answer)?.to_owned();
            Some((answer.clone(), a.wording_of(answer), text))
        })
    });
    let set_aside = ACTIONS.value(id, |a| a.set_aside);
    // Whether the calendar file was just saved, said under its button.
    let ics_saved = RwSignal::new(false);
    let first = NodeRef::<html::Textarea>::new();
    focus_when_asked(id, first);
    let field_id = move |name: &str| format!("action-{id}-{name}");
    // The start date is what the check reads in the text on the day it is typed, kept with
    // it so the follow-up and the calendar file know the day. A keystroke writes the text;
    // the start follows once the check has read that text (`report`: at once for a short
    // text, after a pause for a long one), so the text is checked once per keystroke, not
    // twice. A text that was not typed here (as loaded, imported) keeps its saved start: a
    // relative date (来週の月曜) was read on the day it was written.
    let typed = StoredValue::new(false);
    let on_change = Callback::new(move |value: String| {
        typed.set_value(true);
        text.set(value.clone());
        app.type_into(|d| d.commitments.edit_text(id, value, app.today));
    });
    Effect::new(move |_| {
        checked.track();
        let read = reading.with(|(_, read)| *read);
        let read_latest = checked.with_untracked(|c| text.with_untracked(|t| c == t));
        if !typed.get_value() || !read_latest {
            return;
        }
        typed.set_value(false);
        let saved = app
            .document
            .with_untracked(|d| d.commitments.start_read(id));
        if saved.is_some_and(|saved| saved != read) {
            app.type_into(|d| d.commitments.set_start_read(id, read));
        }
    });
    let hints = move || {
        report.with(|report| {
            report
                .hints
                .iter()
                .map(|hint| hint_text(hint, lang))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <li class="item action">
            <fieldset>
                <legend>{move || fill(t(WsMsg::Numbered), &[t(WsMsg::Action), &number.get().to_string()])}</legend>
                <VerdictSummary report=report text=checked/>
                <TextArea
                    id=field_id("text")
                    label=t(WsMsg::Action)
                    help=fill(t(WsMsg::ActionHelp), &[&sample_text(CheckMsg::SampleSchool, app.today, lang)])
                    value=text
                    on_change=on_change
                    node_ref=first
                    rows=3
                    described_by=field_id("spoken")
                />
                // A topic often kept from a manager, under the action while it is shared.
                <TopicsWhileShared text=checked shared=ACTIONS.value(id, |a| a.shared)/>
                <SpokenVerdicts
                    id=field_id("spoken")
                    text=text
                    passes=Signal::derive(move || report.with(|r| (r.objective.met, r.start.met)))
                />
                <Show when=move || text.with(|t| !t.trim().is_empty())>
                    <div class="verdict-area">
                        <VerdictLine title=CommitmentMsg::ObjectiveTitle verdict=Signal::derive(move || report.with(|r| r.objective.clone()))/>
                        <VerdictLine title=CommitmentMsg::StartTitle verdict=Signal::derive(move || report.with(|r| r.start.clone()))/>
                        {move || report.with(|r| r.start_date.map(|date| (date, r.start_by))).map(|(date, by)| view! {
                            <p class="start-date">{start_line(date, reading.with(|(_, read)| read.read_on), by, lang)}</p>
                        })}
                        {move || report.with(|r| r.passes_both_tests()).then(|| view! {
                            <p class="both-met">{CommitmentMsg::BothMet.text(lang)}</p>
                        })}
                    </div>
                    <ul class="hints">
                        {move || hints().into_iter().map(|hint| view! { <li>{hint}</li> }).collect_view()}
                    </ul>
                    <Example report=report draft=checked/>
                </Show>
                <div class="action-extras">
                    // A calendar file for a start to come, not for an act already under way.
                    <Show when=move || report.with(|r| r.start_date.is_some_and(|d| d >= app.today)) && set_aside.with(Option::is_none)>
                        <button type="button" on:click=move |_| ics_saved.set(download_calendar(app, id, lang))>
                            {CheckMsg::DownloadIcs.text(lang)}
                        </button>
                    </Show>
                    <p class="status" role="status">{move || ics_saved.get().then(|| CheckMsg::IcsSaved.text(lang))}</p>
                    // Let go on the check screen's list: said here, where it is still written.
                    {move || set_aside.get().map(|day| view! {
                        <p class="set-aside-note">
                            <span class="chip set-aside">{set_aside_line(day, lang)}</span>
                            " "
                            {t(WsMsg::ActionSetAside)}
                            " "
                            <a href=format!("#{}", Route::Check.hash())>{CheckMsg::Heading.text(lang)}</a>
                        </p>
                    })}
                    {move || latest_answer.with(|answer| answer.as_ref().map(|(answer, wording)| view! {
                        <p class="follow-up-answer">
                            {t(WsMsg::FollowUpLatest)}
                            {with_note(change_label(answer.change, *wording, lang).to_owned(), &answer.note, lang)}
                        </p>
                    }))}
                    {move || earlier_answer.with(|earlier| earlier.as_ref().map(|(answer, wording, text)| view! {
                        <p class="follow-up-earlier">{earlier_answer_line(answer, *wording, text, lang)}</p>
                    }))}
                </div>
                <ShareChoice
                    name=field_id("share")
                    shared=ACTIONS.value(id, |a| a.shared)
                    on_change=move |shared: bool| ACTIONS.edit(id, |a| a.shared = shared)
                />
                <ItemControls kind=ListKind::Actions id=id noun=t(WsMsg::Action) number=number count=count/>
            </fieldset>
        </li>
    }
}

/// One test's verdict: passes or not yet, and why.
#[component]
fn VerdictLine(title: CommitmentMsg, #[prop(into)] verdict: Signal<Verdict>) -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let met = move || verdict.with(|v| v.met);
    let reasons = move || {
        verdict.with(|v| {
            v.reasons
                .iter()
                .map(|reason| reason_text(reason, lang))
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    view! {
        <div class="verdict" class:met=met class:not-met=move || !met()>
            <p class="verdict-title">
                <span aria-hidden="true">{move || if met() { "✓ " } else { "✗ " }}</span>
                {title.text(lang)}
                // The English title ends in a question ("…was done?"): a dash, not a second colon.
                {crate::i18n::in_lang(("：", " — "), lang)}
                <strong>
                    {move || if met() { CommitmentMsg::Met.text(lang) } else { CommitmentMsg::NotMet.text(lang) }}
                </strong>
            </p>
            <p class="verdict-reason">{reasons}</p>
        </div>
    }
}
