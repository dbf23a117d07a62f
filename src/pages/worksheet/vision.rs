//! Sections f and g: the vision (a year, what I am doing, for whom, how others see me,
//! with a hint when it reads as an attitude), and the gains and losses of the change,
//! weighed and shown as a balance, with what I gain even if it fails.

use chrono::Datelike;
use leptos::html;
use leptos::prelude::*;

use crate::domain::commitment::{check_with, Reason};
use crate::domain::worksheet::readiness::Section;
use crate::domain::worksheet::{says_unsure, ListKind, Weighed, Weight, VISION_YEARS_AHEAD};
use crate::i18n::fill;
use crate::i18n::worksheet::{era_year, WsMsg};
use crate::state::use_app;

use super::fields::*;
use super::list_items::*;
use super::reach::ReachNote;
use super::WsSection;

/// f. The vision.
#[component]
pub fn VisionSection() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = move |msg: WsMsg| msg.text(lang);
    let document = app.document;
    let today = app.today;
    let year = Memo::new(move |_| document.with(|d| d.worksheet.vision.year_or_default(today)));
    let text = move |get: fn(&crate::domain::worksheet::Vision) -> &String| {
        Memo::new(move |_| document.with(|d| get(&d.worksheet.vision).clone()))
    };
    let doing = text(|v| &v.doing);
    let for_whom = text(|v| &v.for_whom);
    let seen_as = text(|v| &v.seen_as);
    // The commitment check knows attitudes and states of being (心がける, 成長する, 〜な存在
    // になる); a vision made only of one needs a nudge toward something others could see.
    let attitude_only = Memo::new(move |_| {
        doing.with(|doing| {
            !doing.trim().is_empty()
                && check_with(doing, today, &app.check_settings())
                    .objective
                    .reasons
                    .iter()
                    .any(|reason| matches!(reason, Reason::AttitudeOnly { .. }))
        })
    });
    // Not knowing yet is an honest start, answered with encouragement, not a correction.
    let unsure = Memo::new(move |_| doing.with(|doing| says_unsure(doing)));
    let shared = Memo::new(move |_| document.with(|d| d.worksheet.vision.shared));
    let set = move |field: fn(&mut crate::domain::worksheet::Vision) -> &mut String| {
        Callback::new(move |value: String| {
            app.type_into(|d| *field(&mut d.worksheet.vision) = value)
        })
    };
    view! {
        <WsSection section=Section::Vision lead=WsMsg::VisionLead>
            <ReachNote/>
            <div class="field">
                <label for="ws-vision-year">{t(WsMsg::VisionYear)}</label>
                <select
                    id="ws-vision-year"
                    on:change:target=move |ev| {
                        if let Ok(chosen) = ev.target().value().parse::<i32>() {
                            document.update(|d| d.worksheet.vision.set_year(chosen));
                        }
                    }
                >
                    {VISION_YEARS_AHEAD
                        .map(|ahead| {
                            let option_year = today.year() + ahead;
                            let era = era_year(option_year, lang);
                            let label = if ahead == 1 {
                                fill(t(WsMsg::VisionYearNext), &[&option_year.to_string(), &era])
                            } else {
                                fill(
                                    t(WsMsg::VisionYearOption),
                                    &[&option_year.to_string(), &era, &ahead.to_string()],
                                )
                            };
                            view! {
                                <option
                                    value=option_year.to_string()
                                    selected=move || year.get() == option_year
                                >
                                    {label}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <TextArea
                id="ws-vision-doing".to_owned()
                label=t(WsMsg::VisionDoing)
                help=t(WsMsg::VisionDoingHelp)
                value=doing
                on_change=set(|v| &mut v.doing)
                rows=3
            />
            // Under each line of the vision, as under any shared entry: 転職 or 妊活 in a
            // vision goes to the interviewer by default (f. starts shared).
            <TopicsWhileShared text=doing shared=shared/>
            <p class="hint" aria-live="polite">
                {move || {
                    if unsure.get() {
                        Some(t(WsMsg::VisionUnsureHint))
                    } else {
                        attitude_only.get().then(|| t(WsMsg::VisionAttitudeHint))
                    }
                }}
            </p>
            <TextArea
                id="ws-vision-for-whom".to_owned()
                label=t(WsMsg::VisionForWhom)
                value=for_whom
                on_change=set(|v| &mut v.for_whom)
            />
            <TopicsWhileShared text=for_whom shared=shared/>
            <TextArea
                id="ws-vision-seen-as".to_owned()
                label=t(WsMsg::VisionSeenAs)
                value=seen_as
                on_change=set(|v| &mut v.seen_as)
            />
            <TopicsWhileShared text=seen_as shared=shared/>
            <ShareChoice
                name="ws-vision-share".to_owned()
                shared=shared
                on_change=move |value: bool| document.update(|d| d.worksheet.vision.shared = value)
            />
        </WsSection>
    }
}

const GAINS: ListAccess<Weighed> = ListAccess {
    kind: ListKind::Gains,
    list: |d| &d.worksheet.gains,
    list_mut: |d| &mut d.worksheet.gains,
};

const LOSSES: ListAccess<Weighed> = ListAccess {
    kind: ListKind::Losses,
    list: |d| &d.worksheet.losses,
    list_mut: |d| &mut d.worksheet.losses,
};

/// g. Gains and losses, the balance, and what I gain even if it fails.
#[component]
pub fn GainsLossesSection() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = move |msg: WsMsg| msg.text(lang);
    let balance = Memo::new(move |_| app.document.with(|d| d.worksheet.balance()));
    let verdict = move || {
        let balance = balance.get();
        if balance.gains == 0 && balance.losses == 0 {
            return t(WsMsg::BalanceNothing);
        }
        match balance.leaning() {
            std::cmp::Ordering::Greater => t(WsMsg::BalanceGains),
            std::cmp::Ordering::Less => t(WsMsg::BalanceLosses),
            std::cmp::Ordering::Equal => t(WsMsg::BalanceEven),
        }
    };
    // The bars share one scale, so their lengths compare; the middle line is break-even.
    let width = move |value: u32| {
        let balance = balance.get();
        let most = balance.gains.max(balance.losses).max(1);
        value * 140 / most
    };
    view! {
        <WsSection section=Section::GainsLosses lead=WsMsg::GainsLead>
            <div class="two-lists">
                <WeighedList access=GAINS heading=WsMsg::GainsHeading noun=WsMsg::Gain help=WsMsg::GainHelp add=WsMsg::AddGain/>
                <WeighedList access=LOSSES heading=WsMsg::LossesHeading noun=WsMsg::Loss help=WsMsg::LossHelp add=WsMsg::AddLoss/>
            </div>
            <div class="balance" role="group" aria-labelledby="ws-balance-label">
                <h3 id="ws-balance-label">{t(WsMsg::BalanceLabel)}</h3>
                <svg class="balance-bars" viewBox="0 0 300 62" aria-hidden="true">
                    <text class="balance-side" x="146" y="13" text-anchor="end">{t(WsMsg::LossesHeading)}</text>
                    <text class="balance-side" x="154" y="13">{t(WsMsg::GainsHeading)}</text>
                    <rect class="losses-bar" y="20" height="18"
                        x=move || { 150 - width(balance.get().losses) }
                        width=move || width(balance.get().losses)></rect>
                    <rect class="gains-bar" x="150" y="20" height="18" width=move || width(balance.get().gains)></rect>
                    <line class="break-even" x1="150" x2="150" y1="16" y2="44"></line>
                    <text class="balance-line" x="150" y="58" text-anchor="middle">{t(WsMsg::BreakEven)}</text>
                </svg>
                <div aria-live="polite">
                    <p class="balance-figures">
                        {move || fill(t(WsMsg::BalanceFigures), &[&balance.get().gains.to_string(), &balance.get().losses.to_string()])}
                    </p>
                    <p class="balance-verdict">{verdict}</p>
                </div>
            </div>
            <NoteField
                id="ws-even-if-fails"
                label=t(WsMsg::EvenIfFailsLabel)
                help=t(WsMsg::EvenIfFailsHelp)
                get=|d| &d.worksheet.even_if_fails
                get_mut=|d| &mut d.worksheet.even_if_fails
            />
        </WsSection>
    }
}

/// The gains or the losses, each with its weight.
#[component]
fn WeighedList(
    access: ListAccess<Weighed>,
    heading: WsMsg,
    noun: WsMsg,
    help: WsMsg,
    add: WsMsg,
) -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let ids = access.ids();
    let count = Memo::new(move |_| ids.with(Vec::len));
    let prefix = if access.kind == ListKind::Gains {
        "gain"
    } else {
        "loss"
    };
    view! {
        <div class="weighed-list">
            <h3>{heading.text(lang)}</h3>
            <ol class="items">
                <For each=move || ids.get() key=|id| *id let:id>
                    <WeighedItem access=access id=id count=count noun=noun help=help prefix=prefix/>
                </For>
            </ol>
            <AddButton kind=access.kind label=add.text(lang)/>
        </div>
    }
}

#[component]
fn WeighedItem(
    access: ListAccess<Weighed>,
    id: u64,
    count: Memo<usize>,
    noun: WsMsg,
    help: WsMsg,
    prefix: &'static str,
) -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let t = move |msg: WsMsg| msg.text(lang);
    let number = access.number(id);
    let weight = access.value(id, |item| item.weight.value());
    let first = NodeRef::<html::Textarea>::new();
    focus_when_asked(id, first);
    let field_id = move |name: &str| format!("{prefix}-{id}-{name}");
    view! {
        <li class="item">
            <fieldset>
                <legend>{move || fill(t(WsMsg::Numbered), &[noun.text(lang), &number.get().to_string()])}</legend>
                // One line that grows: a gain or a loss is a phrase, often longer than a
                // phone's one-line field could show.
                <TextArea
                    id=field_id("text")
                    label=noun.text(lang)
                    help=help.text(lang)
                    value=access.text(id, |item| &item.text)
                    on_change=access.text_setter(id, |item| &mut item.text)
                    node_ref=first
                    rows=1
                />
                <div class="field">
                    <label for=field_id("weight")>{t(WsMsg::Weight)}</label>
                    <select
                        id=field_id("weight")
                        on:change:target=move |ev| {
                            if let Some(chosen) = ev.target().value().parse().ok().and_then(Weight::new) {
                                access.edit(id, |item| item.weight = chosen);
                            }
                        }
                    >
                        {(Weight::MIN..=Weight::MAX)
                            .map(|value| view! {
                                <option value=value.to_string() selected=move || weight.get() == value>
                                    {value.to_string()}
                                </option>
                            })
                            .collect_view()}
                    </select>
                </div>
                <ShareChoice
                    name=field_id("share")
                    shared=access.value(id, |item| item.shared)
                    on_change=move |shared: bool| access.edit(id, |item| item.shared = shared)
                />
                <ItemControls kind=access.kind id=id noun=noun.text(lang) number=number count=count/>
            </fieldset>
        </li>
    }
}
