//! The facilitator's screen for a training session (`#/training`), written as Leptos
//! components: attendees' share codes in (typed, pasted one per line, or as CSV
//! `name,code`), the list (`list.rs`), the room's anchor counts and the workshop groups
//! with a discussion prompt each, in a projector view and on paper (`groups.rs`); and the
//! instructions shown to the room before the codes come in (`handout.rs`).
//!
//! The list, the size bounds and what is typed in the box and not added yet live in the
//! saved document (autosaved like everything else, never leaving the device); the box
//! reads and writes `training_draft` on every keystroke, so a reload keeps it. What the
//! last Add or size change did is a page-local signal shown in an `<output>`.
//!
//! A card's QR code opens this screen at `#/training?add=CODE` (see `route.rs`): the code
//! is added once (`domain::training::scanned`), the address goes back to `#/training` so a
//! reload adds nothing, and the `<output>` says who was added or why not.

mod card;
mod groups;
mod handout;
mod list;

pub use card::CardPage;

use leptos::html;
use leptos::prelude::*;

use crate::browser;
use crate::components::choice::RadioOption;
use crate::components::limit::{max_length, LimitNote};
use crate::domain::document::Document;
use crate::domain::lang::Lang;
use crate::domain::training::grouping::check_sizes;
use crate::domain::training::roster::{PasteReport, NAME_LIMIT};
use crate::domain::training::scanned::Scanned;
use crate::domain::training::seating;
use crate::domain::training::share_code::{self, ShareCodeError};
use crate::i18n::training::{code_problem, grouped, line_problem, with_number, TrainMsg};
use crate::i18n::{fill, in_lang};
use crate::route::{code_to_add, name_to_add, Route};
use crate::state::use_app;

/// The whole screen: the box for codes and the group sizes, then the list beside the room
/// and the groups.
#[component]
pub fn TrainingPage() -> impl IntoView {
    // What the last Add or size change did, read out by screen readers (`<output>` is a
    // live region of its own).
    let note = RwSignal::new(String::new());
    let code_box = NodeRef::<html::Textarea>::new();
    // The list alone: the list and the groups are drawn again only when it changes, not
    // when the box's text (also in the document) does.
    let app = use_app();
    let document = app.document;
    add_from_address(document, app.lang.get_untracked(), note);
    let roster = Memo::new(move |_| document.with(|d| d.training.clone()));
    view! {
        <article class="training">
            <CodeEntry note=note code_box=code_box/>
            <div class="training-lists">
                <list::RosterList roster=roster code_box=code_box note=note/>
                <groups::GroupsView roster=roster/>
            </div>
        </article>
    }
}

/// Heading, explanation, the box for codes with its Add button and report, and the
/// group sizes.
#[component]
fn CodeEntry(note: RwSignal<String>, code_box: NodeRef<html::Textarea>) -> impl IntoView {
    let app = use_app();
    let (document, lang) = (app.document, app.lang.get_untracked());
    let t = move |msg: TrainMsg| msg.text(lang);
    let draft = Memo::new(move |_| document.with(|d| d.training_draft.clone()));
    let add = move || {
        let mut report = PasteReport::default();
        document.update(|d| {
            let draft = std::mem::take(&mut d.training_draft);
            report = d.add_attendees(&draft);
            d.training_draft = std::mem::take(&mut report.rejected);
        });
        let mut text = report_text(&report, lang);
        document.with_untracked(|d| {
            for &index in &report.seated {
                text.push_str(in_lang(("", " "), lang));
                text.push_str(&seated_text(d, index, lang));
            }
        });
        note.set(text);
    };
    let min_field = NodeRef::<html::Input>::new();
    let max_field = NodeRef::<html::Input>::new();
    // Both fields are read: a size that could not be taken stays in its field, and
    // becomes usable when the other one changes.
    let sizes_changed = move |_| {
        let read = |field: NodeRef<html::Input>| {
            field
                .get_untracked()
                .and_then(|field| field.value().trim().parse().ok())
                .unwrap_or(u8::MAX)
        };
        let (min, max) = (read(min_field), read(max_field));
        let problem = check_sizes(min, max).is_err();
        if !problem {
            document.update(|d| {
                let _ = d.set_group_sizes(min, max);
            });
        }
        note.set(
            if problem {
                t(TrainMsg::SizeProblem)
            } else {
                ""
            }
            .to_owned(),
        );
    };
    // The sizes as saved when the screen opened; after that the fields hold what is typed
    // (a whole new document draws the screen again).
    let (min, max) =
        document.with_untracked(|d| (d.training.min.to_string(), d.training.max.to_string()));
    view! {
        <div class="training-intro">
            <h1 id="training-heading" tabindex="-1">{t(TrainMsg::NavTraining)}</h1>
            <p class="lead">{t(TrainMsg::Lead)}</p>
            <handout::Handout/>
            <label class="field-label" for="roster-input">{t(TrainMsg::CardCode)}</label>
            <p id="roster-help" class="help">{t(TrainMsg::AddHelp)}</p>
            <textarea
                id="roster-input"
                rows="4"
                maxlength=max_length()
                aria-describedby="roster-help roster-input-limit"
                node_ref=code_box
                prop:value=draft
                on:input:target=move |ev| {
                    let text = ev.target().value();
                    document.update(|d| d.training_draft = text);
                }
                // Codes read aloud are typed in a row: Ctrl+Enter adds them without the mouse.
                on:keydown=move |ev| {
                    if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
                        ev.prevent_default();
                        add();
                    }
                }
            ></textarea>
            <LimitNote id="roster-input-limit".to_owned() value=draft/>
            <div class="button-row">
                <button type="button" class="primary" id="roster-add" on:click=move |_| add()>
                    {t(TrainMsg::Add)}
                </button>
            </div>
            <output id="training-note" class="note" for="roster-input">{note}</output>
            <fieldset class="group-sizes">
                <legend>{t(TrainMsg::Sizes)}</legend>
                <label>
                    {t(TrainMsg::Min)} " "
                    <input id="group-min" type="number" min="1" max="30" node_ref=min_field
                        prop:value=min on:change=sizes_changed/>
                </label>
                <label>
                    {t(TrainMsg::Max)} " "
                    <input id="group-max" type="number" min="1" max="30" node_ref=max_field
                        prop:value=max on:change=sizes_changed/>
                </label>
            </fieldset>
            <GroupingKind/>
        </div>
    }
}

/// Same anchor or a mixed round: two radio buttons, saved with the list.
#[component]
fn GroupingKind() -> impl IntoView {
    let app = use_app();
    let (document, lang) = (app.document, app.lang.get_untracked());
    let mixed = Memo::new(move |_| document.with(|d| d.training_mixed));
    let choice = move |value: bool, id: &'static str, text: TrainMsg| {
        view! {
            <RadioOption
                name="grouping-kind"
                id=id
                value=value
                current=mixed
                // Another round: its groups are formed anew.
                on_choose=move |value| document.update(|d| d.set_mixed_round(value))
                label=text.text(lang)
            />
        }
    };
    view! {
        <fieldset class="grouping-kind">
            <legend>{TrainMsg::GroupingKind.text(lang)}</legend>
            {choice(false, "grouping-shared", TrainMsg::GroupShared)}
            {choice(true, "grouping-mixed", TrainMsg::GroupMixed)}
        </fieldset>
    }
}

/// 「岡田はグループ2に入りました。」: where a latecomer joined the kept groups (or a person
/// counted apart sits).
pub(super) fn seated_text(document: &Document, index: usize, lang: Lang) -> String {
    let (roster, groups) = (&document.training, document.room_groups());
    let labels = seating::labels(roster, &document.training_groups, &groups);
    let first = roster.same_person(index).first().copied().unwrap_or(index);
    let place = groups.iter().position(|g| g.members.contains(&first));
    let number = place.map_or(1, |place| labels[place]);
    let name = display_name(&roster.attendees[index].name, index, lang);
    fill(TrainMsg::Seated.text(lang), &[&name, &number.to_string()])
}

/// A code in the address (a scanned card's `#/training?add=CODE&name=NAME`): added to the
/// list, under the card's name, unless it is there already, then the address is put back to `#/training`, so that a
/// reload or another tab's save (both draw this screen again) adds nothing more.
fn add_from_address(document: RwSignal<Document>, lang: Lang, note: RwSignal<String>) {
    let hash = browser::location_hash();
    let Some(code) = code_to_add(&hash) else {
        return;
    };
    let name = name_to_add(&hash);
    let mut scanned = Scanned::Refused(ShareCodeError::NoCode);
    document.maybe_update(|d| {
        scanned = d.add_scanned(code, &name);
        matches!(scanned, Scanned::Added(_))
    });
    browser::replace_hash(Route::Training.hash());
    // The attendee at `index` as the list shows them, and their code as the card shows it.
    let listed = |index: usize| {
        document.with_untracked(|d| {
            d.training
                .attendees
                .get(index)
                .map_or_else(Default::default, |a| {
                    (
                        display_name(&a.name, index, lang),
                        grouped(&share_code::encode(&a.scores)),
                    )
                })
        })
    };
    let text = match scanned {
        Scanned::Added(index) => {
            let (name, code) = listed(index);
            let (people, seated) = document.with_untracked(|d| {
                let seated = d.groups_kept().then(|| seated_text(d, index, lang));
                (d.training.counted().len().to_string(), seated)
            });
            let added = fill(TrainMsg::ScanAdded.text(lang), &[&name, &code, &people]);
            match seated {
                Some(seated) => format!("{added}{}{seated}", in_lang(("", " "), lang)),
                None => added,
            }
        }
        Scanned::AlreadyListed(index) => {
            let (name, code) = listed(index);
            fill(TrainMsg::ScanListed.text(lang), &[&code, &name])
        }
        Scanned::Refused(problem) => fill(
            TrainMsg::ScanRefused.text(lang),
            &[&code_problem(problem, lang)],
        ),
    };
    // After the screen is drawn, so that the `<output>` announces it.
    request_animation_frame(move || note.set(text));
}

/// What an Add did, one line each: how many were added, then that some lines were not,
/// and each of them with why.
fn report_text(report: &PasteReport, lang: Lang) -> String {
    let mut text = if report.added == 0 {
        TrainMsg::NoneAdded.text(lang).to_owned()
    } else {
        with_number(TrainMsg::Added, report.added, lang)
    };
    if report.names_cut > 0 {
        text.push('\n');
        let (limit, cut) = (NAME_LIMIT.to_string(), report.names_cut.to_string());
        text.push_str(&fill(TrainMsg::NamesCut.text(lang), &[&limit, &cut]));
    }
    if !report.problems.is_empty() {
        text.push('\n');
        text.push_str(TrainMsg::NotAdded.text(lang));
    }
    for problem in &report.problems {
        text.push_str(in_lang(("\n・", "\n- "), lang));
        text.push_str(&line_problem(problem.line, problem.problem, lang));
    }
    text
}

/// A view's switch drawn as a button: a checkbox the stylesheet reads
/// (`:has(#id:checked)`: the projector view, the attendees' instructions, both languages),
/// with `node_ref` for a view Esc leaves, and `on` following it where the page draws more.
#[component]
fn Switch(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] node_ref: NodeRef<html::Input>,
    #[prop(optional)] on: Option<RwSignal<bool>>,
) -> impl IntoView {
    let change = move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
        if let Some(on) = on {
            on.set(ev.target().checked());
        }
    };
    view! {
        <label class="button">
            <input type="checkbox" id=id node_ref=node_ref on:change:target=change/>
            " "
            {label}
        </label>
    }
}

/// Esc leaves a view that a checkbox `switch` turns on (the projector view, the
/// attendees' instructions), and focus returns to the switch: a window listener for as
/// long as the component that calls this is on the screen.
fn leave_on_escape(switch: NodeRef<html::Input>) {
    let escape = window_event_listener(leptos::ev::keydown, move |event| {
        if let Some(switch) = switch.get_untracked() {
            if event.key() == "Escape" && switch.checked() {
                switch.set_checked(false);
                let _ = switch.focus();
            }
        }
    });
    on_cleanup(move || escape.remove());
}

/// The attendee's name, or "参加者3" when none was given.
pub(crate) fn display_name(name: &str, index: usize, lang: Lang) -> String {
    if name.is_empty() {
        with_number(TrainMsg::Unnamed, index + 1, lang)
    } else {
        name.to_owned()
    }
}
