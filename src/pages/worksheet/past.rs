//! Sections a to c: the interview (kind, date, who conducts it, countdown), looking back (past roles and
//! what comes easily), and the moments that moved the person.

use leptos::html;
use leptos::prelude::*;

use crate::components::choice::RadioOption;
use crate::domain::day;
use crate::domain::worksheet::readiness::{readiness, Section};
use crate::domain::worksheet::{Interviewer, ListKind, Moment, Role};
use crate::i18n::fill;
use crate::i18n::worksheet::{countdown, interview_kind, section_title, WsMsg};
use crate::state::use_app;

use super::fields::*;
use super::list_items::*;
use super::WsSection;

/// a. The interview: its kind (the host's list), its date, the days left and what is
/// still empty.
#[component]
pub fn InterviewSection() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = move |msg: WsMsg| msg.text(lang);
    let document = app.document;
    let kind = Memo::new(move |_| document.with(|d| d.worksheet.interview.kind.clone()));
    let date = Memo::new(move |_| document.with(|d| d.worksheet.interview.date));
    let interviewer = Memo::new(move |_| document.with(|d| d.worksheet.interview.interviewer));
    let kinds = move || {
        let mut kinds: Vec<&'static str> = app.host.config.with(|c| c.interview_types.clone());
        // A kind chosen before the host changed its list stays selectable.
        if let Some(chosen) = kind.get() {
            if let Some(code) = crate::domain::config::INTERVIEW_TYPES
                .into_iter()
                .find(|code| *code == chosen && !kinds.contains(code))
            {
                kinds.push(code);
            }
        }
        kinds
    };
    let days = Memo::new(move |_| document.with(|d| d.worksheet.days_to_interview(app.today)));
    let countdown = move || days.get().map(|days| countdown(days, lang));
    let still = move || {
        // Once the interview has passed, what is left to prepare no longer matters: what
        // comes next does.
        if days.get().is_some_and(|days| days < 0) {
            return t(WsMsg::AfterInterview).to_owned();
        }
        let settings = app.check_settings();
        let empty = document.with(|d| readiness(d, app.today, &settings).empty_sections());
        if empty.is_empty() {
            t(WsMsg::NothingLeft).to_owned()
        } else {
            let names: Vec<&str> = empty.iter().map(|s| section_title(*s, lang)).collect();
            format!("{}{}", t(WsMsg::StillToPrepare), names.join(" / "))
        }
    };
    view! {
        <WsSection section=Section::Interview lead=WsMsg::InterviewLead>
            <div class="field-row">
                <div class="field">
                    <label for="ws-interview-kind">{t(WsMsg::InterviewKind)}</label>
                    <select
                        id="ws-interview-kind"
                        on:change:target=move |ev| {
                            let value = ev.target().value();
                            document.update(|d| d.worksheet.interview.set_kind(&value));
                        }
                    >
                        <option value="" selected=move || kind.with(Option::is_none)>
                            {t(WsMsg::InterviewKindNone)}
                        </option>
                        {move || {
                            kinds()
                                .into_iter()
                                .map(|code| {
                                    view! {
                                        <option
                                            value=code
                                            selected=move || kind.with(|k| k.as_deref() == Some(code))
                                        >
                                            {interview_kind(code, lang)}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </div>
                <div class="field">
                    <label for="ws-interview-date">{t(WsMsg::InterviewDate)}</label>
                    <input
                        type="date"
                        id="ws-interview-date"
                        prop:value=move || date.get().map(day::to_iso).unwrap_or_default()
                        on:change:target=move |ev| {
                            let value = day::from_iso(&ev.target().value());
                            document.update(|d| d.worksheet.interview.date = value);
                        }
                    />
                </div>
            </div>
            // Who conducts it decides who hears section k (`Worksheet::confidential_reach`).
            <fieldset class="inline-choice interviewer">
                <legend>{t(WsMsg::InterviewerLegend)}</legend>
                {[
                    (Some(Interviewer::Manager), "manager", WsMsg::InterviewerManager),
                    (Some(Interviewer::Hr), "hr", WsMsg::InterviewerHr),
                    (Some(Interviewer::External), "external", WsMsg::InterviewerExternal),
                    (None, "unknown", WsMsg::InterviewerUnknown),
                ]
                    .map(|(value, code, label)| view! {
                        <RadioOption
                            name="ws-interviewer"
                            code=code
                            value=value
                            current=interviewer
                            on_choose=move |value| document.update(|d| d.worksheet.interview.interviewer = value)
                            label=t(label)
                        />
                    })}
            </fieldset>
            // Only the countdown is announced (when the date is set); the list of sections
            // still empty changes as the person writes elsewhere, and is not.
            <div class="countdown">
                <div aria-live="polite">
                    {move || countdown().map(|text| view! { <p class="days-left">{text}</p> })}
                </div>
                <p class="still">{still}</p>
            </div>
        </WsSection>
    }
}

const ROLES: ListAccess<Role> = ListAccess {
    kind: ListKind::Roles,
    list: |d| &d.worksheet.roles,
    list_mut: |d| &mut d.worksheet.roles,
};

const MOMENTS: ListAccess<Moment> = ListAccess {
    kind: ListKind::Moments,
    list: |d| &d.worksheet.moments,
    list_mut: |d| &mut d.worksheet.moments,
};

/// b. Looking back: past roles, and what is easy for me but hard for others.
#[component]
pub fn LookingBackSection() -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let t = move |msg: WsMsg| msg.text(lang);
    let ids = ROLES.ids();
    let count = Memo::new(move |_| ids.with(Vec::len));
    view! {
        <WsSection section=Section::LookingBack lead=WsMsg::LookingBackLead>
            <h3>{t(WsMsg::RolesHeading)}</h3>
            <ol class="items">
                <For each=move || ids.get() key=|id| *id let:id>
                    <RoleItem id=id count=count/>
                </For>
            </ol>
            <AddButton kind=ListKind::Roles label=t(WsMsg::AddRole)/>
            <NoteField
                id="ws-strengths"
                label=t(WsMsg::StrengthsLabel)
                help=t(WsMsg::StrengthsHelp)
                get=|d| &d.worksheet.strengths
                get_mut=|d| &mut d.worksheet.strengths
            />
        </WsSection>
    }
}

#[component]
fn RoleItem(id: u64, count: Memo<usize>) -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let t = move |msg: WsMsg| msg.text(lang);
    let number = ROLES.number(id);
    let first = NodeRef::<html::Input>::new();
    focus_when_asked(id, first);
    let field_id = move |name: &str| format!("role-{id}-{name}");
    view! {
        <li class="item">
            <fieldset>
                <legend>{move || fill(t(WsMsg::Numbered), &[t(WsMsg::Role), &number.get().to_string()])}</legend>
                <div class="field-row">
                    <TextInput
                        id=field_id("period")
                        label=t(WsMsg::RolePeriod)
                        help=t(WsMsg::RolePeriodExample)
                        value=ROLES.text(id, |r| &r.period)
                        on_change=ROLES.text_setter(id, |r| &mut r.period)
                        node_ref=first
                    />
                    <TextInput
                        id=field_id("place")
                        label=t(WsMsg::RolePlace)
                        value=ROLES.text(id, |r| &r.place)
                        on_change=ROLES.text_setter(id, |r| &mut r.place)
                    />
                </div>
                <TextArea
                    id=field_id("did")
                    label=t(WsMsg::RoleDid)
                    value=ROLES.text(id, |r| &r.did)
                    on_change=ROLES.text_setter(id, |r| &mut r.did)
                />
                <TextArea
                    id=field_id("achieved")
                    label=t(WsMsg::RoleAchieved)
                    value=ROLES.text(id, |r| &r.achieved)
                    on_change=ROLES.text_setter(id, |r| &mut r.achieved)
                />
                <ShareChoice
                    name=field_id("share")
                    shared=ROLES.value(id, |r| r.shared)
                    on_change=move |shared: bool| ROLES.edit(id, |r| r.shared = shared)
                />
                <ItemControls kind=ListKind::Roles id=id noun=t(WsMsg::Role) number=number count=count/>
            </fieldset>
        </li>
    }
}

/// c. Moments that moved me: events and non-events, the feeling, what it made me want.
#[component]
pub fn MomentsSection() -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let t = move |msg: WsMsg| msg.text(lang);
    let ids = MOMENTS.ids();
    let count = Memo::new(move |_| ids.with(Vec::len));
    view! {
        <WsSection section=Section::Moments lead=WsMsg::MomentsLead>
            <ol class="items">
                <For each=move || ids.get() key=|id| *id let:id>
                    <MomentItem id=id count=count/>
                </For>
            </ol>
            <AddButton kind=ListKind::Moments label=t(WsMsg::AddMoment)/>
        </WsSection>
    }
}

#[component]
fn MomentItem(id: u64, count: Memo<usize>) -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let t = move |msg: WsMsg| msg.text(lang);
    let number = MOMENTS.number(id);
    let non_event = MOMENTS.value(id, |m| m.non_event);
    let first = NodeRef::<html::Textarea>::new();
    focus_when_asked(id, first);
    let field_id = move |name: &str| format!("moment-{id}-{name}");
    let kind_name = field_id("kind");
    view! {
        <li class="item">
            <fieldset>
                <legend>{move || fill(t(WsMsg::Numbered), &[t(WsMsg::Moment), &number.get().to_string()])}</legend>
                <TextArea
                    id=field_id("what")
                    label=t(WsMsg::MomentWhat)
                    value=MOMENTS.text(id, |m| &m.what)
                    on_change=MOMENTS.text_setter(id, |m| &mut m.what)
                    node_ref=first
                />
                <fieldset class="inline-choice">
                    <legend>{t(WsMsg::MomentKind)}</legend>
                    <RadioOption
                        name=kind_name.clone()
                        value=false
                        current=non_event
                        on_choose=move |value| MOMENTS.edit(id, |m| m.non_event = value)
                        label=t(WsMsg::MomentEvent)
                    />
                    <RadioOption
                        name=kind_name
                        value=true
                        current=non_event
                        on_choose=move |value| MOMENTS.edit(id, |m| m.non_event = value)
                        label=t(WsMsg::MomentNonEvent)
                    />
                </fieldset>
                <TextInput
                    id=field_id("feeling")
                    label=t(WsMsg::MomentFeeling)
                    help=t(WsMsg::MomentFeelingHelp)
                    value=MOMENTS.text(id, |m| &m.feeling)
                    on_change=MOMENTS.text_setter(id, |m| &mut m.feeling)
                />
                <TextArea
                    id=field_id("wanted")
                    label=t(WsMsg::MomentWanted)
                    value=MOMENTS.text(id, |m| &m.wanted)
                    on_change=MOMENTS.text_setter(id, |m| &mut m.wanted)
                />
                <ShareChoice
                    name=field_id("share")
                    shared=MOMENTS.value(id, |m| m.shared)
                    on_change=move |shared: bool| MOMENTS.edit(id, |m| m.shared = shared)
                />
                <ItemControls kind=ListKind::Moments id=id noun=t(WsMsg::Moment) number=number count=count/>
            </fieldset>
        </li>
    }
}
