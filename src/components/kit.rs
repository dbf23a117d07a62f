//! Building blocks for screens, chosen to keep the built site small.
//!
//! Leptos compiles every distinct view type, reactive closure, reactive attribute and event
//! listener into its own code. So screens are HTML strings made by `markup::Html` and shown
//! as [`region`]s: a `Memo<String>` rebuilt when the signals it reads change. Buttons and
//! inputs inside carry a `data-action` (and `name`/`value`/`data-*`); the shell's few
//! window-level listeners find them with [`action_target`] and call the screen's handler.
//!
//! Leptos's reactive system (signals, memos, effects, owners) drives everything; Leptos's
//! own view layer is not used at all: the few elements that are not markup are made here
//! with the DOM API, and a [`RenderEffect`] per region or live text keeps them up to date.
//! That keeps the view layer's code (about 8 KB gzipped) out of the built site.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::markup::{Html, Markup};

/// A piece of the screen: a DOM node (an element, or a fragment of several).
pub type Piece = web_sys::Node;

/// An element `<tag class=…>`, with `attrs` set (pairs with an empty value are left out)
/// and `children` appended.
pub fn element(tag: &str, attrs: &[(&str, &str)], children: Vec<Piece>) -> Piece {
    let element = document()
        .create_element(tag)
        .expect("a valid element name");
    for &(name, value) in attrs {
        if !value.is_empty() {
            let _ = element.set_attribute(name, value);
        }
    }
    append(&element, children)
}

/// Several views side by side, to be placed wherever one view goes.
pub fn fragment(children: Vec<Piece>) -> Piece {
    append(&document().create_document_fragment(), children)
}

fn append(parent: &web_sys::Node, children: Vec<Piece>) -> Piece {
    for child in children {
        let _ = parent.append_child(&child);
    }
    parent.clone()
}

/// The element that `html` (one root element) describes.
fn parse(html: &str) -> Piece {
    let template: web_sys::HtmlTemplateElement = document()
        .create_element("template")
        .expect("a template element")
        .unchecked_into();
    template.set_inner_html(html);
    let content: web_sys::Node = template.content().into();
    content
        .first_child()
        .unwrap_or_else(|| document().create_text_node("").into())
}

/// Runs `update` now and again whenever the signals it reads change, for as long as the
/// current owner (the screen) lives. `update` gets back what it returned last time. What
/// a run creates (memos, effects) is disposed of before the next run.
fn react<T: 'static>(update: impl FnMut(Option<T>) -> T + 'static) {
    StoredValue::new_local(RenderEffect::new(update));
}

/// A part of the screen that is rebuilt when the signals `content` reads change. The
/// rebuilt part lives in a `<div class="slot">`, laid out as if it were not there.
pub fn dynamic(content: impl Fn() -> Piece + 'static) -> Piece {
    let slot = element("div", &[("class", "slot")], Vec::new());
    let holder: web_sys::Element = slot.clone().unchecked_into();
    react(move |_: Option<()>| {
        holder.replace_children_with_node_1(&content());
    });
    slot
}

/// A part of the screen written as a Leptos view (`view!` and components), mounted into
/// a `<div class="slot">` under the current owner: it reads the app's context, and it is
/// unmounted and disposed of with the part of the screen it belongs to.
pub fn component_view<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> Piece {
    let holder: web_sys::HtmlElement = element("div", &[("class", "slot")], Vec::new()).unchecked_into();
    let handle = leptos::mount::mount_to(holder.clone(), view);
    StoredValue::new_local(handle);
    holder.into()
}

/// Markup rebuilt when the signals `build` reads change. The string is kept in a `Memo`,
/// so the screen changes (and focus is lost) only when the HTML really differs; the
/// handler that caused a change puts focus back (see `browser::keep_focus`).
pub fn region(build: impl Fn() -> Markup + Send + Sync + 'static) -> Piece {
    // Boxed, so that every region shares one instantiation of the memo and the effect.
    let build: Arc<dyn Fn() -> Markup + Send + Sync> = Arc::new(build);
    let html = Memo::new(move |_| build().into_string());
    let first: Rc<Cell<Option<Piece>>> = Rc::default();
    let out = first.clone();
    // The first run is immediate and builds the element; later runs replace it.
    react(move |shown: Option<Piece>| {
        let next = html.with(|html| parse(html));
        match shown {
            None => out.set(Some(next.clone())),
            Some(shown) => {
                if let Some(parent) = shown.parent_node() {
                    let _ = parent.replace_child(&next, &shown);
                }
            }
        }
        next
    });
    first
        .take()
        .unwrap_or_else(|| document().create_text_node("").into())
}

/// Fixed markup (one root element).
pub fn inert(markup: Markup) -> Piece {
    parse(markup.as_str())
}

/// A paragraph with `role="status"` whose text follows `text`: the element stays, only
/// its text changes, which is what screen readers announce reliably.
pub fn status(
    class: &'static str,
    notice: &'static str,
    text: impl Fn() -> String + Send + Sync + 'static,
) -> Piece {
    let p = element(
        "p",
        &[
            ("class", class),
            ("role", "status"),
            ("data-notice", notice),
        ],
        Vec::new(),
    );
    live_text(&p, text);
    p
}

/// Keeps the text of `node` equal to `text()`.
pub fn live_text(node: &Piece, text: impl Fn() -> String + 'static) {
    let node = node.clone();
    react(move |_: Option<()>| node.set_text_content(Some(&text())));
}

/// A screen: an `<article>` around its parts.
pub fn page(class: &'static str, parts: Vec<Piece>) -> Piece {
    element("article", &[("class", class)], parts)
}

/// A `<section>` named by the heading whose id is `labelled_by`, around its parts.
pub fn section(class: &'static str, labelled_by: &'static str, parts: Vec<Piece>) -> Piece {
    element(
        "section",
        &[("class", class), ("aria-labelledby", labelled_by)],
        parts,
    )
}

/// A labelled `aria-live` section around content that is rebuilt; the section itself
/// stays, so the change is announced.
pub fn live_section(class: &'static str, label: &'static str, content: Piece) -> Piece {
    element(
        "section",
        &[
            ("class", class),
            ("aria-live", "polite"),
            ("aria-label", label),
        ],
        vec![content],
    )
}

/// Empty markup for a region that has nothing to show: an element is needed in its place.
pub fn nothing() -> Markup {
    Html::new()
        .open("div", &[("hidden", "hidden")])
        .close("div")
        .finish()
}

/// `<button type="button" class data-action data-…>label</button>`; pairs with an empty
/// value are left out.
pub fn action_button(h: &mut Html, class: &str, action: &str, data: (&str, &str), label: &str) {
    h.leaf_with(
        "button",
        &[
            ("type", "button"),
            ("class", class),
            ("data-action", action),
            data,
        ],
        label,
    );
}

/// An "are you sure?" group: the question (focused when it opens), then the buttons as
/// (class, action, label), each carrying `data` (which item it is about).
pub fn confirm_box(
    h: &mut Html,
    question: &str,
    buttons: &[(&str, &str, &str)],
    data: (&str, &str),
) {
    h.open(
        "div",
        &[
            ("class", "confirm"),
            ("role", "group"),
            ("aria-labelledby", "confirm-question"),
        ],
    );
    h.leaf_with(
        "p",
        &[("id", "confirm-question"), ("tabindex", "-1")],
        question,
    );
    h.open("div", &[("class", "button-row")]);
    for &(class, action, label) in buttons {
        action_button(h, class, action, data, label);
    }
    h.close("div").close("div");
}

/// For event delegation: the nearest element at or above the event's target that has a
/// `data-action`, with that action's name.
pub fn action_target(event: &web_sys::Event) -> Option<(String, web_sys::Element)> {
    use wasm_bindgen::JsCast;
    let element = event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[data-action]")
        .ok()??;
    Some((element.get_attribute("data-action")?, element))
}

/// A numeric `data-*` attribute of an element, e.g. `data-id`.
pub fn data_number<T: std::str::FromStr>(element: &web_sys::Element, name: &str) -> Option<T> {
    element.get_attribute(name)?.parse().ok()
}

/// Sets a signal. Kept out of line, so that Leptos's setting code is compiled once per value
/// type rather than once at every place a handler sets a signal.
#[inline(never)]
pub fn put<T: Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    signal.set(value);
}
