//! Building blocks for screens, chosen to keep the built site small.
//!
//! Leptos compiles every distinct view type, reactive closure, reactive attribute and event
//! listener into its own code. So screens are HTML strings made by `markup::Html` and shown
//! as [`region`]s: a `Memo<String>` rebuilt when the signals it reads change, mounted the
//! way Leptos mounts the static parts of its own views. Buttons and inputs inside carry a
//! `data-action` (and `name`/`value`/`data-*`); the shell's few window-level listeners
//! find them with [`action_target`] and call the screen's handler. What remains of Leptos
//! views here is one element type each for live text and live sections, so that screen
//! readers hear changes in place.

use std::sync::{Arc, Mutex};

use leptos::prelude::*;

use crate::markup::{Html, Markup};

/// A part of the screen that is rebuilt when the signals it reads change.
pub fn dynamic(content: impl Fn() -> AnyView + Send + Sync + 'static) -> AnyView {
    let content: Arc<Mutex<dyn FnMut() -> AnyView + Send>> = Arc::new(Mutex::new(content));
    content.into_any()
}

/// Markup rebuilt when the signals `build` reads change. The string is kept in a `Memo`,
/// so the screen changes (and focus is lost) only when the HTML really differs; the
/// handler that caused a change puts focus back (see `browser::keep_focus`).
pub fn region(build: impl Fn() -> Markup + Send + Sync + 'static) -> AnyView {
    // Boxed, so that every region shares one instantiation of the memo and the effect.
    let build: Arc<dyn Fn() -> Markup + Send + Sync> = Arc::new(build);
    let html = Memo::new(move |_| build().into_string());
    dynamic(move || inert_text(html.get()))
}

/// Fixed markup (one root element).
pub fn inert(markup: Markup) -> AnyView {
    inert_text(markup.into_string())
}

/// Markup kept as a string, shown like [`inert`].
pub fn inert_text(html: String) -> AnyView {
    leptos::tachys::html::InertElement::new(html).into_any()
}

/// A paragraph with `role="status"` whose text follows `text`: the element stays, only
/// its text changes, which is what screen readers announce reliably.
pub fn status(
    class: &'static str,
    notice: &'static str,
    text: impl Fn() -> String + Send + Sync + 'static,
) -> AnyView {
    let text: Arc<dyn Fn() -> String + Send + Sync> = Arc::new(text);
    let notice = (!notice.is_empty()).then_some(notice);
    view! { <p class=class role="status" data-notice=notice>{text}</p> }.into_any()
}

/// A screen: an `<article>` around its parts.
pub fn page(class: &'static str, parts: Vec<AnyView>) -> AnyView {
    view! { <article class=class>{parts}</article> }.into_any()
}

/// A `<section>` named by the heading whose id is `labelled_by`, around its parts.
pub fn section(class: &'static str, labelled_by: &'static str, parts: Vec<AnyView>) -> AnyView {
    view! { <section class=class aria-labelledby=labelled_by>{parts}</section> }.into_any()
}

/// A labelled `aria-live` section around content that is rebuilt; the section itself
/// stays, so the change is announced.
pub fn live_section(class: &'static str, label: &'static str, content: AnyView) -> AnyView {
    view! { <section class=class aria-live="polite" aria-label=label>{content}</section> }
        .into_any()
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
