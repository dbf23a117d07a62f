//! The room at a glance (how many people have each anchor in their top three) and the
//! workshop groups: members, what they share, and the question they discuss; with a
//! projector view and printing. The projector view is a checkbox the stylesheet reads
//! (`:has(#projector:checked)`): the groups alone, in large type. The checkbox holds
//! that state itself; the page only listens for Esc, which leaves the view. A second
//! checkbox, "both languages", draws each group's words in the other language too, under
//! them and marked with its `lang`, for a room where not everyone reads the screen's
//! language (a page-local signal; the stylesheet reads `:has(#bilingual:checked)` to fit
//! more words on the projector).

use leptos::html;
use leptos::prelude::*;

use super::{display_name, leave_on_escape, Switch};
use crate::browser;
use crate::domain::anchors::Anchor;
use crate::domain::document::Document;
use crate::domain::lang::Lang;
use crate::domain::training::grouping::{splittable, Group};
use crate::domain::training::roster::{same_name, Roster};
use crate::domain::training::seating;
use crate::domain::training::share_code;
use crate::i18n::anchors::label;
use crate::i18n::assessment::date_text;
use crate::i18n::fill;
use crate::i18n::training::{group_prompt, sharing_line, sizes_bent, with_number, TrainMsg};
use crate::state::use_app;

/// An anchor as its code on its colour, then its name: never the colour alone.
#[component]
pub fn Badge(anchor: Anchor, lang: Lang) -> impl IntoView {
    view! {
        <span class="badge-anchor" data-anchor=anchor.code()>{anchor.code()}</span>
        " "
        {label(anchor, lang)}
    }
}

/// The projector and print buttons, the title that prints, the anchors in the room, and
/// the groups; hidden while the list is empty.
#[component]
pub fn GroupsView(roster: Memo<Roster>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = move |msg: TrainMsg| msg.text(lang);
    let projector = NodeRef::<html::Input>::new();
    let both = RwSignal::new(false);
    let second = move || both.get().then_some(lang.other());
    leave_on_escape(projector);
    // The groups, formed once for the list and its count.
    let mixed = Memo::new(move |_| app.document.with(|d| d.training_mixed));
    // Kept groups (`seating`), read apart from the list so that the box's text wakes
    // neither.
    let seats = Memo::new(move |_| app.document.with(|d| d.training_groups.clone()));
    let fixed = Memo::new(move |_| roster.with(|r| seats.with(|s| seating::kept(r, s))));
    let formed = Memo::new(move |_| {
        let mixed = mixed.get();
        roster.with(|r| seats.with(|s| seating::groups(r, s, mixed)))
    });
    view! {
        <div class="groups-view" hidden=move || roster.with(|r| r.attendees.is_empty())>
            <div class="button-row no-print">
                <Switch id="projector" label=t(TrainMsg::Projector) node_ref=projector/>
                <Switch id="bilingual" label=t(TrainMsg::Bilingual) on=both/>
                <button type="button" on:click=move |_| browser::print()>{t(TrainMsg::Print)}</button>
                <KeepGroups fixed=fixed/>
                <p class="projector-hint">{t(TrainMsg::ProjectorHint)}</p>
            </div>
            <p class="print-title">
                <strong>{t(TrainMsg::NavTraining)}</strong>
                {move || second().map(|second| view! {
                    <Other lang=second text=TrainMsg::NavTraining.text(second).to_owned()/>
                })}
                " "
                {date_text(app.today, lang)}
            </p>
            <Room roster=roster lang=lang/>
            <section aria-labelledby="groups-heading">
                <h2 id="groups-heading">{t(TrainMsg::Groups)}</h2>
                <p class="help keep-help no-print" role="status">
                    {move || t(if fixed.get() { TrainMsg::Fixed } else { TrainMsg::FixHelp })}
                </p>
                <p class="sizes-bent">{move || roster.with(|r| {
                    let people = r.counted().len();
                    (people > 0 && !splittable(people, r.min, r.max))
                        .then(|| sizes_bent(people, r.min, r.max, lang))
                })}</p>
                // How many groups there are, for the projector's type: a few groups get one row
                // and larger type (the stylesheet reads `data-count`).
                <ol class="groups" data-count=move || formed.with(Vec::len)>
                    {move || {
                        let (mixed, second) = (mixed.get(), second());
                        roster.with(|r| formed.with(|formed| {
                            let labels = seats.with(|s| seating::labels(r, s, formed));
                            groups(r, formed, &labels, mixed, (lang, second))
                        }))
                    }}
                </ol>
            </section>
        </div>
    }
}

/// Keep the groups as announced (`seating`), or form them anew after asking: one button
/// at a time, the focus moving to the other.
#[component]
fn KeepGroups(fixed: Memo<bool>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = move |msg: TrainMsg| msg.text(lang);
    let (keep, anew) = (
        NodeRef::<html::Button>::new(),
        NodeRef::<html::Button>::new(),
    );
    let fix = move |_| {
        app.document.update(Document::keep_groups);
        browser::focus_when_drawn(anew);
    };
    let reform = move |_| {
        if browser::confirm(t(TrainMsg::ConfirmReform)) {
            app.document.update(Document::form_groups_anew);
            browser::focus_when_drawn(keep);
        }
    };
    view! {
        <button type="button" id="groups-keep" node_ref=keep hidden=fixed on:click=fix>{t(TrainMsg::FixGroups)}</button>
        <button type="button" id="groups-anew" node_ref=anew hidden=move || !fixed.get() on:click=reform>
            {t(TrainMsg::Reform)}
        </button>
    }
}

/// How many people have each anchor in their top three, what that counts, and that a
/// code listed twice counts once.
#[component]
fn Room(roster: Memo<Roster>, lang: Lang) -> impl IntoView {
    let t = move |msg: TrainMsg| msg.text(lang);
    let merged = move || {
        roster.with(|r| match r.attendees.len() - r.counted().len() {
            0 => String::new(),
            lines => with_number(TrainMsg::Merged, lines, lang),
        })
    };
    let anchors = Anchor::ALL.map(|anchor| {
        let first = move || roster.with(|r| r.first_counts()[anchor as usize]);
        let three = move || roster.with(|r| r.room_counts()[anchor as usize]);
        view! {
            <li>
                <Badge anchor=anchor lang=lang/> " " <b>{first}</b>
                <span class="in-three">{move || fill(t(TrainMsg::InTopThree), &[&three().to_string()])}</span>
            </li>
        }
    });
    view! {
        <section class="room" aria-labelledby="distribution-heading">
            <h2 id="distribution-heading">{t(TrainMsg::Distribution)}</h2>
            <ul class="distribution">{anchors}</ul>
            <p class="help">{t(TrainMsg::CountNote)}</p>
            <p class="merged-note">{merged}</p>
        </section>
    }
}

/// Every group: its number and shared anchor (or "no shared anchor"), how many share
/// it, the members, and the question. Drawn in order from the list, as the rows are.
fn groups(
    roster: &Roster,
    groups: &[Group],
    labels: &[usize],
    mixed: bool,
    (lang, second): (Lang, Option<Lang>),
) -> impl IntoView {
    let name_shared = roster.name_shared();
    let mut shown = Vec::with_capacity(groups.len());
    for (group, &number) in groups.iter().zip(labels) {
        let anchor = (!group.is_mixed()).then_some(group.anchor);
        let mut members = Vec::with_capacity(group.members.len());
        for &member in &group.members {
            // In a mixed round each member's own anchor, to compare.
            let own = mixed.then(|| {
                let top = roster.attendees[member].scores.top();
                top.into_iter()
                    .map(|anchor| view! { " " <Badge anchor=anchor lang=lang/> })
                    .collect_view()
            });
            // In a shared group, whether its anchor is the member's second or third, or
            // not among their top three at all (seated there to even out the numbers).
            let place = anchor.map(|anchor| roster.attendees[member].scores.place(anchor));
            let rank = match place {
                Some(2) => Some(TrainMsg::SecondAnchor),
                Some(3) => Some(TrainMsg::ThirdAnchor),
                Some(place) if place > 3 => Some(TrainMsg::OutsideTopThree),
                _ => None,
            };
            // Seated outside one's top three is the facilitator's to know: the room sees
            // the projector, which leaves it out (main.css).
            let outside = rank == Some(TrainMsg::OutsideTopThree);
            let rank = rank.map(|rank| {
                view! {
                    <span class="rank" class:outside=outside>
                        {rank.text(lang)}
                        {second.map(|second| view! { <Other lang=second text=rank.text(second).to_owned()/> })}
                    </span>
                }
            });
            members.push(
                view! { <li>{member_names(roster, member, &name_shared, lang)}{rank}{own}</li> },
            );
        }
        let title = |lang| match anchor {
            Some(anchor) => label(anchor, lang),
            None if mixed => TrainMsg::MixedRound.text(lang),
            None => TrainMsg::Mixed.text(lang),
        };
        let prompt = |lang| {
            if mixed {
                TrainMsg::MixedRoundPrompt.text(lang).to_owned()
            } else {
                group_prompt(group, lang)
            }
        };
        let sharing = sharing_line(group, lang);
        let sharing_other = second
            .filter(|_| sharing.is_some())
            .and_then(|second| Some((second, sharing_line(group, second)?)));
        shown.push(view! {
            <li class="group" data-anchor=anchor.map_or("mixed", Anchor::code)>
                <h3>
                    <span class="group-name">{with_number(TrainMsg::GroupName, number, lang)}</span>
                    " "
                    {anchor.map(|anchor| view! {
                        <span class="badge-anchor" data-anchor=anchor.code()>{anchor.code()}</span>
                        " "
                    })}
                    {words(title(lang))}
                    {second.map(|second| view! { <Other lang=second text=title(second).to_owned()/> })}
                </h3>
                <p class="sharing">
                    {sharing.unwrap_or_default()}
                    {sharing_other.map(|(second, text)| view! { <Other lang=second text=text/> })}
                </p>
                <ul class="members">{members}</ul>
                <p class="prompt">
                    {prompt(lang)}
                    {second.map(|second| view! { <Other lang=second text=prompt(second)/> })}
                </p>
            </li>
        });
    }
    shown
}

/// Words in the other language, on a line of their own (the stylesheet), marked with their
/// language for screen readers and fonts.
#[component]
fn Other(lang: Lang, text: String) -> impl IntoView {
    view! { <span class="other-lang" lang=lang.code()>{text}</span> }
}

/// A heading's words, each kept whole: a line breaks only at a space, never inside a
/// word ("Technical/functional" at its slash, "専門・職能別コンピタンス" at all).
fn words(text: &'static str) -> impl IntoView {
    let mut words = Vec::new();
    for (index, word) in text.split(' ').enumerate() {
        words.push(view! { {(index > 0).then_some(" ")} <span class="word">{word}</span> });
    }
    words
}

/// A member by every name their code was listed under ("山田 / 山田2"), or "参加者3"
/// when none was given; names that read the same (`roster::same_name`) once; with their
/// code's last three characters when another person has the same name (「山田 花子（コード
/// 末尾 7K2）」), which each of them can read on their own card. Each
/// name is isolated (`<bdi>`), so a right-to-left override in one cannot reverse the others.
fn member_names(roster: &Roster, member: usize, name_shared: &[bool], lang: Lang) -> impl IntoView {
    let mut names: Vec<String> = Vec::new();
    for line in roster.same_person(member) {
        let name = roster.attendees[line].name.as_str();
        if !name.is_empty() && !names.iter().any(|known| same_name(known, name)) {
            names.push(name.to_owned());
        }
    }
    if names.is_empty() {
        names.push(display_name("", member, lang));
    }
    let mut shown = Vec::with_capacity(names.len());
    for (index, name) in names.into_iter().enumerate() {
        shown.push(view! { {(index > 0).then_some(" / ")} <bdi>{name}</bdi> });
    }
    let shared = roster
        .same_person(member)
        .into_iter()
        .any(|line| name_shared.get(line).copied().unwrap_or(false));
    (
        shown,
        shared.then(|| {
            let code = share_code::encode(&roster.attendees[member].scores);
            fill(
                TrainMsg::CodeEnd.text(lang),
                &[code.get(code.len() - 3..).unwrap_or("")],
            )
        }),
    )
}
