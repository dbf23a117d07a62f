//! Sections h, j and k: obstacles with their if-then plans, the support wanted, and what
//! must not be passed on.

use leptos::html;
use leptos::prelude::*;

use crate::domain::worksheet::readiness::Section;
use crate::domain::worksheet::{if_then, ConfidentialReach, ListKind, Obstacle};
use crate::i18n::fill;
use crate::i18n::worksheet::WsMsg;
use crate::state::use_app;

use super::fields::*;
use super::list_items::*;
use super::WsSection;

const OBSTACLES: ListAccess<Obstacle> = ListAccess {
    kind: ListKind::Obstacles,
    list: |d| &d.worksheet.obstacles,
    list_mut: |d| &mut d.worksheet.obstacles,
};

/// h. Obstacles, each with a plan: 「もし〜になったら、〜する」.
#[component]
pub fn ObstaclesSection() -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let ids = OBSTACLES.ids();
    let count = Memo::new(move |_| ids.with(Vec::len));
    view! {
        <WsSection section=Section::Obstacles lead=WsMsg::ObstaclesLead>
            <ol class="items">
                <For each=move || ids.get() key=|id| *id let:id>
                    <ObstacleItem id=id count=count/>
                </For>
            </ol>
            <AddButton kind=ListKind::Obstacles label=WsMsg::AddObstacle.text(lang)/>
        </WsSection>
    }
}

#[component]
fn ObstacleItem(id: u64, count: Memo<usize>) -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let t = move |msg: WsMsg| msg.text(lang);
    let number = OBSTACLES.number(id);
    let when = OBSTACLES.text(id, |o| &o.when);
    let then = OBSTACLES.text(id, |o| &o.then);
    let first = NodeRef::<html::Textarea>::new();
    focus_when_asked(id, first);
    let field_id = move |name: &str| format!("obstacle-{id}-{name}");
    let plan = move || {
        let (when, then) = (when.get(), then.get());
        if_then(&when, &then).map(|(when, then)| fill(t(WsMsg::ObstaclePlan), &[when, then]))
    };
    view! {
        <li class="item">
            <fieldset>
                <legend>{move || fill(t(WsMsg::Numbered), &[t(WsMsg::Obstacle), &number.get().to_string()])}</legend>
                <TextArea
                    id=field_id("when")
                    label=t(WsMsg::ObstacleWhen)
                    help=t(WsMsg::ObstacleWhenHelp)
                    value=when
                    on_change=OBSTACLES.text_setter(id, |o| &mut o.when)
                    node_ref=first
                />
                <TextArea
                    id=field_id("then")
                    label=t(WsMsg::ObstacleThen)
                    help=t(WsMsg::ObstacleThenHelp)
                    value=then
                    on_change=OBSTACLES.text_setter(id, |o| &mut o.then)
                />
                <p class="plan">{plan}</p>
                <ShareChoice
                    name=field_id("share")
                    shared=OBSTACLES.value(id, |o| o.shared)
                    on_change=move |shared: bool| OBSTACLES.edit(id, |o| o.shared = shared)
                />
                <ItemControls kind=ListKind::Obstacles id=id noun=t(WsMsg::Obstacle) number=number count=count/>
            </fieldset>
        </li>
    }
}

/// j. Support wanted.
#[component]
pub fn SupportSection() -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    view! {
        <WsSection section=Section::Support lead=WsMsg::SupportLead>
            <NoteField
                id="ws-support-text"
                label=WsMsg::SupportLabel.text(lang)
                help=WsMsg::SupportHelp.text(lang)
                get=|d| &d.worksheet.support
                get_mut=|d| &mut d.worksheet.support
            />
        </WsSection>
    }
}

/// k. What must not be passed on.
#[component]
pub fn ConfidentialSection() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    // Who will hear it (`Worksheet::confidential_reach`).
    let warning = Memo::new(move |_| {
        app.document.with(|d| {
            let one_on_one = d.worksheet.interview.manager_by_kind();
            d.worksheet.confidential_reach().map(|reach| match reach {
                ConfidentialReach::Manager if one_on_one => WsMsg::ConfidentialOneOnOne,
                ConfidentialReach::Manager => WsMsg::ConfidentialManager,
                ConfidentialReach::SheetReader => WsMsg::ConfidentialWhoReads,
            })
        })
    });
    view! {
        <WsSection section=Section::Confidential lead=WsMsg::ConfidentialLead>
            <NoteField
                id="ws-confidential-text"
                label=WsMsg::ConfidentialLabel.text(lang)
                get=|d| &d.worksheet.confidential
                get_mut=|d| &mut d.worksheet.confidential
                choices=(WsMsg::ConfidentialShared, WsMsg::ConfidentialPrivate)
            />
            <p class="warning" data-notice="confidential-on-sheet" aria-live="polite">
                {move || warning.get().map(|msg| msg.text(lang))}
            </p>
        </WsSection>
    }
}
