//! The controls of the worksheet's lists: an item's move up, move down and delete with
//! Undo, the Add button that focuses what it added, and the status line that says what
//! each did. One generic editor serves every list through `ListAccess`.

use leptos::html;
use leptos::prelude::*;

use crate::domain::document::Document;
use crate::domain::worksheet::{Keyed, ListKind};
use crate::i18n::fill;
use crate::i18n::worksheet::WsMsg;
use crate::state::use_app;

/// A list of the worksheet, read and written through accessors, so that one generic item
/// editor serves every list.
pub struct ListAccess<T: 'static> {
    pub kind: ListKind,
    pub list: fn(&Document) -> &Vec<T>,
    pub list_mut: fn(&mut Document) -> &mut Vec<T>,
}

impl<T> Clone for ListAccess<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for ListAccess<T> {}

impl<T: Keyed + Clone + Send + Sync + 'static> ListAccess<T> {
    /// The ids in the list, in order: what `<For>` is keyed by.
    pub fn ids(self) -> Memo<Vec<u64>> {
        let document = use_app().document;
        Memo::new(move |_| document.with(|d| (self.list)(d).iter().map(Keyed::id).collect()))
    }

    /// A text of the item `id`, kept current.
    pub fn text(self, id: u64, field: fn(&T) -> &String) -> Memo<String> {
        let document = use_app().document;
        Memo::new(move |_| {
            document.with(|d| {
                (self.list)(d)
                    .iter()
                    .find(|item| item.id() == id)
                    .map(|item| field(item).clone())
                    .unwrap_or_default()
            })
        })
    }

    /// Any value of the item `id`, kept current.
    pub fn value<V: Clone + Default + PartialEq + Send + Sync + 'static>(
        self,
        id: u64,
        field: fn(&T) -> V,
    ) -> Memo<V> {
        let document = use_app().document;
        Memo::new(move |_| {
            document.with(|d| {
                (self.list)(d)
                    .iter()
                    .find(|item| item.id() == id)
                    .map(field)
                    .unwrap_or_default()
            })
        })
    }

    /// Changes the item `id` (and so saves it).
    pub fn edit(self, id: u64, change: impl FnOnce(&mut T)) {
        use_app().document.update(|d| {
            if let Some(item) = (self.list_mut)(d).iter_mut().find(|item| item.id() == id) {
                change(item);
            }
        });
    }

    /// A callback that writes a keystroke into a text of the item `id` (see `typing`).
    pub fn text_setter(self, id: u64, field: fn(&mut T) -> &mut String) -> Callback<String> {
        let app = use_app();
        Callback::new(move |value: String| {
            app.type_into(|d| {
                if let Some(item) = (self.list_mut)(d).iter_mut().find(|item| item.id() == id) {
                    *field(item) = value;
                }
            })
        })
    }

    /// The item's place in the list, from 1, kept current.
    pub fn number(self, id: u64) -> Memo<usize> {
        let document = use_app().document;
        Memo::new(move |_| {
            document.with(|d| {
                (self.list)(d)
                    .iter()
                    .position(|item| item.id() == id)
                    .map_or(0, |index| index + 1)
            })
        })
    }
}

/// What the page shares with every list: the item to focus once it is on the screen (one
/// just added or put back), the last deleted item for Undo with what its row says, and a
/// status line.
#[derive(Clone, Copy)]
pub struct ListState {
    pub focus: RwSignal<Option<u64>>,
    pub removed: RwSignal<Option<(crate::domain::worksheet::Removed, String)>>,
    pub status: RwSignal<String>,
    pub undo_button: NodeRef<html::Button>,
}

impl ListState {
    pub fn new() -> ListState {
        ListState {
            focus: RwSignal::new(None),
            removed: RwSignal::new(None),
            status: RwSignal::new(String::new()),
            undo_button: NodeRef::new(),
        }
    }
}

impl Default for ListState {
    fn default() -> Self {
        ListState::new()
    }
}

/// Focuses `node` once it is on the screen, when its item is the one to focus.
pub fn focus_when_asked<E>(id: u64, node: NodeRef<E>)
where
    E: leptos::tachys::html::element::ElementType,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
    NodeRef<E>: Copy,
{
    let lists = expect_context::<ListState>();
    if lists.focus.get_untracked() == Some(id) {
        lists.focus.set(None);
        request_animation_frame(move || {
            if let Some(element) = node.get_untracked() {
                use wasm_bindgen::JsCast;
                let element: &web_sys::HtmlElement = element.unchecked_ref();
                let _ = element.focus();
            }
        });
    }
}

/// The add button under a list: adds an empty item and focuses its first field.
#[component]
pub fn AddButton(kind: ListKind, label: &'static str) -> impl IntoView {
    let app = use_app();
    let lists = expect_context::<ListState>();
    let lang = app.lang.get_untracked();
    // Said under the button while the list is full, not only to a screen reader.
    let full = Memo::new(move |_| {
        app.document
            .with(|d| d.list_len(kind) >= crate::domain::saved::MAX_LIST_ITEMS)
    });
    let add = move |_| {
        let added = app
            .document
            .try_update(|d| d.add_item(kind, crate::browser::now_millis(), app.today))
            .flatten();
        match added {
            Some(id) => lists.focus.set(Some(id)),
            None => lists.status.set(WsMsg::ListFull.text(lang).to_owned()),
        }
    };
    view! {
        <UndoRow kind/>
        <button type="button" class="add" on:click=add>
            <span aria-hidden="true">"＋ "</span>
            {label}
        </button>
        <p class="help list-full" hidden=move || !full.get()>{WsMsg::ListFull.text(lang)}</p>
    }
}

/// Under a list an item was deleted from: what went, and Undo, which takes the focus
/// after the delete. It stays where the person was, so the next Tab goes on down the page.
#[component]
fn UndoRow(kind: ListKind) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let lists = expect_context::<ListState>();
    let from_here = move || {
        lists
            .removed
            .with(|removed| removed.as_ref().is_some_and(|(r, _)| r.item.kind() == kind))
    };
    let undo = move |_| {
        if let Some((removed, _)) = lists.removed.get_untracked() {
            let id = removed.item.id();
            lists.focus.set(Some(id));
            app.document.update(|d| d.restore(removed));
            lists.removed.set(None);
            lists.status.set(WsMsg::Restored.text(lang).to_owned());
        }
    };
    view! {
        <Show when=from_here>
            <p class="undo-row">
                <span>{move || lists.removed.with(|r| r.as_ref().map(|(_, said)| said.clone()))}</span>
                <button type="button" node_ref=lists.undo_button on:click=undo>
                    {WsMsg::Undo.text(lang)}
                </button>
            </p>
        </Show>
    }
}

/// Move up, move down and delete, for the item `id` of `kind` named `name` ("Role 2").
#[component]
pub fn ItemControls(
    kind: ListKind,
    id: u64,
    /// What the item is called ("Role"), for the buttons' labels and the status line.
    noun: &'static str,
    number: Memo<usize>,
    count: Memo<usize>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let lists = expect_context::<ListState>();
    let name = move || {
        fill(
            WsMsg::Numbered.text(lang),
            &[noun, &number.get().to_string()],
        )
    };
    let up_button = NodeRef::<html::Button>::new();
    let down_button = NodeRef::<html::Button>::new();
    let move_item = move |up: bool| {
        let mut moved = false;
        let from = number.get_untracked();
        app.document.update(|d| moved = d.move_item(kind, id, up));
        if moved {
            // Said in the lists' status line: the move shows on the screen only.
            let to = if up { from - 1 } else { from + 1 };
            lists.status.set(fill(
                WsMsg::Moved.text(lang),
                &[
                    &fill(WsMsg::Numbered.text(lang), &[noun, &from.to_string()]),
                    &to.to_string(),
                ],
            ));
            // A moved item's buttons were taken out of the page and put back, which
            // loses focus: put it back on the button used, or on the other one at an end.
            request_animation_frame(move || {
                let at_top = number.get_untracked() <= 1;
                let at_bottom = number.get_untracked() >= count.get_untracked();
                let target = match (up, at_top, at_bottom) {
                    (true, true, _) => down_button,
                    (false, _, true) => up_button,
                    (true, _, _) => up_button,
                    (false, _, _) => down_button,
                };
                if let Some(button) = target.get_untracked() {
                    let _ = button.focus();
                }
            });
        }
    };
    let delete = move |_| {
        // Named before it goes: afterwards it has no place in the list.
        let label = name();
        let removed = app
            .document
            .try_update(|d| d.remove_item(kind, id))
            .flatten();
        if let Some(removed) = removed {
            let said = fill(WsMsg::Deleted.text(lang), &[&label]);
            lists.status.set(said.clone());
            lists.removed.set(Some((removed, said)));
            request_animation_frame(move || {
                if let Some(button) = lists.undo_button.get_untracked() {
                    let _ = button.focus();
                }
            });
        }
    };
    view! {
        <div class="item-controls">
            <button
                type="button"
                node_ref=up_button
                disabled=move || { number.get() <= 1 }
                aria-label=move || fill(WsMsg::MoveUpLabel.text(lang), &[&name()])
                on:click=move |_| move_item(true)
            >
                <span aria-hidden="true">"↑ "</span>
                {WsMsg::MoveUp.text(lang)}
            </button>
            <button
                type="button"
                node_ref=down_button
                disabled=move || { number.get() >= count.get() }
                aria-label=move || fill(WsMsg::MoveDownLabel.text(lang), &[&name()])
                on:click=move |_| move_item(false)
            >
                <span aria-hidden="true">"↓ "</span>
                {WsMsg::MoveDown.text(lang)}
            </button>
            <button
                type="button"
                class="danger"
                aria-label=move || fill(WsMsg::DeleteLabel.text(lang), &[&name()])
                on:click=delete
            >
                {WsMsg::Delete.text(lang)}
            </button>
        </div>
    }
}

/// The status line of the lists, for a screen reader: what a move, a delete or Undo did
/// (the screen shows it by itself). It stays on the page, so what it says is announced.
#[component]
pub fn ListStatus() -> impl IntoView {
    let lists = expect_context::<ListState>();
    view! { <p class="sr-only list-status" role="status">{move || lists.status.get()}</p> }
}
