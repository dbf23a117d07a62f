//! The facilitator's list: the attendees in the order they were added, each with their
//! top anchor(s), a flag when an earlier line has the same code or name (with the same
//! code and another name, a button that counts them as another person, or back), a button that
//! renames them in place (「参加者3」 read aloud without a name gets one), and a button
//! that removes them, with Undo for the last one removed; a button that copies the whole list as the lines the box reads (to
//! move a list scanned on a phone to the laptop on the projector); and a button that
//! clears the whole list after asking.

use leptos::html;
use leptos::prelude::*;

use super::display_name;
use super::groups::Badge;
use crate::browser;
use crate::domain::document::Document;
use crate::domain::lang::Lang;
use crate::domain::training::roster::{Roster, NAME_LIMIT};
use crate::domain::training::seating::Removed;
use crate::i18n::training::{duplicate_note, list_heading, TrainMsg};
use crate::i18n::{fill, in_lang};
use crate::state::use_app;

/// The list with its count, the remove buttons and "clear the list".
///
/// The rows are drawn from the list in order, not keyed: after a removal each row's
/// elements are kept and given the next attendee's text, so the focused remove button
/// stays where it was and now removes the next attendee, as before. (A keyed `<For>`
/// would redraw every row after the removed one, and its keyed diffing costs the site
/// about 2 KB.) Focus goes to the last button when the last row is removed, and to the
/// box for codes when the list is emptied.
#[component]
pub fn RosterList(
    roster: Memo<Roster>,
    code_box: NodeRef<html::Textarea>,
    /// What the last Add said, cleared when someone is removed.
    note: RwSignal<String>,
) -> impl IntoView {
    let app = use_app();
    let (document, lang) = (app.document, app.lang.get_untracked());
    let t = move |msg: TrainMsg| msg.text(lang);
    let count = move || roster.with(|r| r.attendees.len());
    let list = NodeRef::<html::Ol>::new();
    // Who was removed last, and from where, for Undo; what was said about it.
    let removed = RwSignal::new(None::<(usize, Removed)>);
    let removal_note = RwSignal::new(String::new());
    // The row whose name is being changed, if any: its name becomes a field. The field
    // goes whenever the list changes under it (an Add, a removal, Undo, Clear), so that it
    // never names another row.
    let renaming = RwSignal::new(None::<usize>);
    let name_field = NodeRef::<html::Input>::new();
    // An Add since: what it said is the news now, and the Undo of before goes.
    Effect::new(move |_| {
        if !note.with(String::is_empty) {
            removed.set(None);
            removal_note.set(String::new());
            renaming.set(None);
        }
    });
    let remove = move |index: usize| {
        renaming.set(None);
        let mut taken = None;
        document.update(|d| taken = d.remove_attendee(index));
        if let Some(taken) = taken {
            let name = display_name(&taken.attendee.name, index, lang);
            removal_note.set(fill(t(TrainMsg::Removed), &[&name]));
            removed.set(Some((index, taken)));
            // What the last Add said is not news any more.
            note.set(String::new());
        }
        let left = count();
        if left == 0 {
            focus_box(code_box);
        } else if index == left {
            // The last row went: its button with it.
            focus_row_button(list, left - 1, ".remove");
        }
    };
    // What the last Copy copied, and whether the person has to copy it by hand (the page
    // has no clipboard: plain http on an intranet). The note (a live region) and the box
    // to copy from show only while the list is still what was copied.
    let copied = RwSignal::new(None::<(String, bool)>);
    let by_hand_box = NodeRef::<html::Textarea>::new();
    let current = move || {
        copied.with(|copied| {
            copied
                .as_ref()
                .filter(|(text, _)| roster.with(|r| r.to_lines() == *text))
                .cloned()
        })
    };
    let note = move || {
        let note = match current() {
            // To copy by hand: with a key, or a long press on a phone.
            Some((_, true)) if browser::copies_by_touch() => {
                t(TrainMsg::ListSelectedTouch).to_owned()
            }
            Some((_, true)) => t(TrainMsg::ListSelected).to_owned(),
            Some((text, false)) => fill(
                t(TrainMsg::ListCopied),
                &[&text.lines().count().to_string()],
            ),
            None => return String::new(),
        };
        // The list's text has no place for two people with one code (an older build must
        // still read it): where it is pasted, the line asks again, and the facilitator
        // is told so here.
        if roster.with(|r| r.apart.is_empty()) {
            note
        } else {
            format!("{note} {}", t(TrainMsg::ListCopiedApart))
        }
    };
    let by_hand = move || {
        current()
            .filter(|(_, by_hand)| *by_hand)
            .map(|(text, _)| text)
    };
    let copy = move |_| {
        copied.set(None);
        let text = roster.with_untracked(Roster::to_lines);
        leptos::task::spawn_local(async move {
            let on_clipboard = browser::copy_to_clipboard(&text).await;
            copied.try_set(Some((text, !on_clipboard)));
            if !on_clipboard {
                request_animation_frame(move || {
                    // The screen may have gone while the clipboard was asked.
                    if let Some(field) = by_hand_box.try_get_untracked().flatten() {
                        let _ = field.focus();
                        field.select();
                    }
                });
            }
        });
    };
    let undo = move |_| {
        renaming.set(None);
        if let Some((index, taken)) = removed.get_untracked() {
            let name = display_name(&taken.attendee.name, index, lang);
            document.update(|d| d.restore_attendee(index, taken));
            removed.set(None);
            removal_note.set(fill(t(TrainMsg::PutBack), &[&name]));
            // Back on the button that removed them, to go on down the list.
            focus_row_button(list, index, ".remove");
        }
    };
    let open = move |index: usize| {
        renaming.set(Some(index));
        browser::focus_when_drawn(name_field);
    };
    let close = move |index: usize, typed: Option<String>| {
        if let Some(typed) = typed {
            let mut kept = None;
            document.update(|d| kept = d.training.rename(index, &typed));
            let said = match kept.as_deref() {
                Some("") => t(TrainMsg::NameCleared).to_owned(),
                Some(name) => fill(t(TrainMsg::Renamed), &[name]),
                None => t(TrainMsg::RenameFull).to_owned(),
            };
            // The news now: the Undo of a removal before it goes.
            removed.set(None);
            removal_note.set(said);
        }
        renaming.set(None);
        focus_row_button(list, index, ".rename");
    };
    // Two lines with one code and two names: one person, or two (`training::apart`).
    let mark = move |index: usize, apart: bool| {
        renaming.set(None);
        let mut earlier = None;
        document.update(|d| {
            earlier = d.training.asks_apart(index);
            d.set_apart(index, apart);
        });
        let Some(earlier) = earlier else { return };
        let name = roster.with_untracked(|r| {
            display_name(
                r.attendees.get(index).map_or("", |a| a.name.as_str()),
                index,
                lang,
            )
        });
        let said = if apart {
            let said = fill(t(TrainMsg::CountedApart), &[&name]);
            // With the groups kept, where they sit now (a full group, and they moved).
            match document
                .with_untracked(|d| d.groups_kept().then(|| super::seated_text(d, index, lang)))
            {
                Some(seated) => format!("{said}{}{seated}", in_lang(("", " "), lang)),
                None => said,
            }
        } else {
            let number = (earlier + 1).to_string();
            fill(t(TrainMsg::CountedSame), &[&name, &number])
        };
        // The news now: the Undo of a removal before it goes.
        removed.set(None);
        removal_note.set(said);
        focus_row_button(list, index, ".apart");
    };
    let clear = move |_| {
        if browser::confirm(t(TrainMsg::ConfirmClear)) {
            document.update(Document::clear_attendees);
            removed.set(None);
            renaming.set(None);
            removal_note.set(String::new());
            focus_box(code_box);
        }
    };
    view! {
        <section aria-labelledby="roster-heading">
            <h2 id="roster-heading">
                {move || roster.with(|r| list_heading(r.attendees.len(), r.counted().len(), lang))}
            </h2>
            <p class="help roster-empty" hidden=move || count() != 0>{t(TrainMsg::EmptyList)}</p>
            <ol class="roster" node_ref=list>
                {move || {
                    let editing = renaming.get();
                    roster.with(|r| rows(r, lang, Row { remove, open, close, mark, editing, name_field }))
                }}
            </ol>
            <p class="roster-undo">
                <span role="status" id="roster-removed">{removal_note}</span>
                <button type="button" id="roster-undo" hidden=move || removed.with(Option::is_none) on:click=undo>
                    {t(TrainMsg::Undo)}
                </button>
            </p>
            <div class="button-row" hidden=move || count() == 0>
                <button type="button" id="roster-copy" on:click=copy>{t(TrainMsg::CopyList)}</button>
                <button type="button" data-action="roster-clear" on:click=clear>
                    {t(TrainMsg::Clear)}
                </button>
            </div>
            <p class="note" role="status" id="roster-copy-note">{note}</p>
            <div class="field" hidden=move || by_hand().is_none()>
                <label for="roster-copy-text">{t(TrainMsg::ListText)}</label>
                <textarea id="roster-copy-text" readonly rows="4" node_ref=by_hand_box
                    prop:value=move || by_hand().unwrap_or_default()></textarea>
            </div>
        </section>
    }
}

/// What a row does: remove its attendee, open its name for changing, close it (with the
/// name typed, or none to keep the old one), count it as another person or not; which row
/// is being renamed, and its field.
#[derive(Clone, Copy)]
struct Row<R, O, C, M> {
    remove: R,
    open: O,
    close: C,
    mark: M,
    editing: Option<usize>,
    name_field: NodeRef<html::Input>,
}

/// Every attendee: name, top anchor(s), the duplicate flag, and the rename and remove
/// buttons (and, for a code an earlier line has under another name, one person or two);
/// the row being renamed, its name as a field with Save and Cancel.
fn rows<R, O, C, M>(roster: &Roster, lang: Lang, row: Row<R, O, C, M>) -> impl IntoView
where
    R: Fn(usize) + Copy + 'static,
    O: Fn(usize) + Copy + 'static,
    C: Fn(usize, Option<String>) + Copy + 'static,
    M: Fn(usize, bool) + Copy + 'static,
{
    let t = move |msg: TrainMsg| msg.text(lang);
    let duplicates = roster.duplicates();
    let mut rows = Vec::with_capacity(roster.attendees.len());
    for (index, attendee) in roster.attendees.iter().enumerate() {
        let name = display_name(&attendee.name, index, lang);
        let flag = duplicates
            .get(index)
            .copied()
            .flatten()
            .map_or(String::new(), |duplicate| duplicate_note(duplicate, lang));
        let anchors = attendee.scores.top();
        let apart = roster.is_apart(index);
        let ask = roster.asks_apart(index).map(|earlier| {
            let (text, who) = if apart {
                let number = (earlier + 1).to_string();
                (TrainMsg::MarkSame, fill(t(TrainMsg::MarkSameWho), &[&name, &number]))
            } else {
                (TrainMsg::MarkApart, fill(t(TrainMsg::MarkApartWho), &[&name]))
            };
            view! {
                <button type="button" class="small apart" aria-label=who on:click=move |_| (row.mark)(index, !apart)>
                    {t(text)}
                </button>
            }
        });
        let field = (row.editing == Some(index)).then(|| {
            let field = row.name_field;
            let typed = move || field.get_untracked().map(|input| input.value());
            view! {
                <form class="rename-form" on:submit=move |ev| {
                    ev.prevent_default();
                    (row.close)(index, typed());
                }>
                    <label for="rename-field">{fill(t(TrainMsg::NewName), &[&name])}</label>
                    <input type="text" id="rename-field" maxlength=NAME_LIMIT autocomplete="off"
                        value=attendee.name.clone() node_ref=field
                        on:keydown=move |ev| if browser::is_escape_to_leave(&ev) { (row.close)(index, None) }/>
                    <button type="submit" class="small">{t(TrainMsg::SaveName)}</button>
                    <button type="button" class="small" on:click=move |_| (row.close)(index, None)>
                        {t(TrainMsg::Cancel)}
                    </button>
                </form>
            }
        });
        rows.push(view! {
            <li>
                // Isolated: a name typed with a right-to-left override cannot turn the
                // rest of the line around.
                <strong><bdi>{name.clone()}</bdi></strong> " "
                {anchors.into_iter().map(|anchor| view! { <Badge anchor=anchor lang=lang/> " " }).collect_view()}
                <span class="flag">{flag}</span> " "
                <span class="row-actions">
                    <button type="button" class="small rename" aria-label=fill(t(TrainMsg::RenameWho), &[&name])
                        hidden=field.is_some() on:click=move |_| (row.open)(index)>
                        {t(TrainMsg::Rename)}
                    </button>
                    <button type="button" class="small remove" aria-label=format!("{} {name}", t(TrainMsg::Remove))
                        on:click=move |_| (row.remove)(index)>
                        {t(TrainMsg::Remove)}
                    </button>
                    // Last, so that every row's Rename and Remove stand at the same place.
                    {ask}
                </span>
                {field}
            </li>
        });
    }
    rows
}

/// Puts focus on the button (`selector`: `.remove`, `.rename`, `.apart`) of the row at
/// `index` once the list is drawn again.
fn focus_row_button(list: NodeRef<html::Ol>, index: usize, selector: &'static str) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        let button = list
            .get_untracked()
            .and_then(|list| {
                let row = index + 1;
                list.query_selector(&format!(":scope > li:nth-child({row}) button{selector}"))
                    .ok()
                    .flatten()
            })
            .and_then(|button| button.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(button) = button {
            let _ = button.focus();
        }
    });
}

/// Puts focus on the box for codes once the list is drawn again.
fn focus_box(code_box: NodeRef<html::Textarea>) {
    request_animation_frame(move || {
        if let Some(code_box) = code_box.get_untracked() {
            let _ = code_box.focus();
        }
    });
}
