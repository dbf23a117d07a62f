//! Building blocks for screens, chosen to keep the built site small.
//!
//! Leptos compiles every distinct view type into its own rendering code; a screen written
//! as one large `view!` produces a large, unique nested type, and the self-assessment's
//! two screens cost about 90 KB gzipped that way. Here each kind of element is built by
//! one function returning an `AnyView`, children are `Vec<AnyView>`, reactive parts are
//! shared trait objects, and event handlers are boxed: every screen reuses the same few
//! instantiations. Screens read like a tree of these calls.

use std::sync::{Arc, Mutex};

use leptos::prelude::*;

/// Children of an element.
pub type Views = Vec<AnyView>;

/// A click handler, boxed so that every button shares one rendering instantiation.
pub type OnClick = Box<dyn FnMut() + 'static>;

/// Text that may change: re-evaluated when the signals it reads change.
pub fn dyn_text(text: impl Fn() -> String + Send + Sync + 'static) -> AnyView {
    let text: Arc<dyn Fn() -> String + Send + Sync> = Arc::new(text);
    text.into_any()
}

/// A part of the screen that is rebuilt when the signals it reads change.
pub fn dynamic(content: impl Fn() -> AnyView + Send + Sync + 'static) -> AnyView {
    let content: Arc<Mutex<dyn FnMut() -> AnyView + Send>> = Arc::new(Mutex::new(content));
    content.into_any()
}

/// Fixed text.
pub fn text(text: impl Into<String>) -> AnyView {
    text.into().into_any()
}

pub fn div(class: &'static str, children: Views) -> AnyView {
    view! { <div class=class>{children}</div> }.into_any()
}

/// A `<section>` named by the heading whose id is `labelled_by`.
pub fn section(class: &'static str, labelled_by: &'static str, children: Views) -> AnyView {
    view! { <section class=class aria-labelledby=labelled_by>{children}</section> }.into_any()
}

/// A screen's main heading; it can take focus when a screen opens.
pub fn h1(id: &'static str, text: &'static str) -> AnyView {
    view! { <h1 id=id tabindex="-1">{text}</h1> }.into_any()
}

pub fn h2(id: &'static str, text: &'static str) -> AnyView {
    view! { <h2 id=id tabindex="-1">{text}</h2> }.into_any()
}

pub fn h3(text: &'static str) -> AnyView {
    view! { <h3>{text}</h3> }.into_any()
}

pub fn p(class: &'static str, children: Views) -> AnyView {
    view! { <p class=class>{children}</p> }.into_any()
}

/// A paragraph of fixed text.
pub fn para(class: &'static str, content: impl Into<String>) -> AnyView {
    p(class, vec![text(content)])
}

pub fn span(class: &'static str, content: impl Into<String>) -> AnyView {
    view! { <span class=class>{content.into()}</span> }.into_any()
}

pub fn strong(content: impl Into<String>) -> AnyView {
    view! { <strong>{content.into()}</strong> }.into_any()
}

pub fn ul(class: &'static str, items: Views) -> AnyView {
    view! { <ul class=class>{items}</ul> }.into_any()
}

pub fn ol(class: &'static str, items: Views) -> AnyView {
    view! { <ol class=class>{items}</ol> }.into_any()
}

/// A list item; `data_anchor` (or "") marks which anchor it is about, for styling and tests.
pub fn li(class: &'static str, data_anchor: &'static str, children: Views) -> AnyView {
    let data_anchor = (!data_anchor.is_empty()).then_some(data_anchor);
    view! { <li class=class data-anchor=data_anchor>{children}</li> }.into_any()
}

/// A link styled as a button.
pub fn link_button(class: &'static str, href: String, label: &'static str) -> AnyView {
    view! { <a class=class href=href>{label}</a> }.into_any()
}

/// A button; `id` may be "".
pub fn button(class: &'static str, id: &'static str, label: &'static str, mut on_click: OnClick) -> AnyView {
    let id = (!id.is_empty()).then_some(id);
    view! { <button type="button" class=class id=id on:click=move |_| on_click()>{label}</button> }.into_any()
}

/// A button that is disabled while `disabled` is true.
pub fn button_when(
    class: &'static str,
    id: &'static str,
    label: &'static str,
    disabled: Signal<bool>,
    mut on_click: OnClick,
) -> AnyView {
    let id = (!id.is_empty()).then_some(id);
    view! {
        <button type="button" class=class id=id disabled=disabled on:click=move |_| on_click()>{label}</button>
    }
    .into_any()
}

/// Shows `content` only while `visible` is true.
pub fn when(visible: Signal<bool>, content: impl Fn() -> AnyView + Send + Sync + 'static) -> AnyView {
    dynamic(move || if visible.get() { content() } else { ().into_any() })
}

/// A "are you sure?" box: the question, a confirming (dangerous) button and a cancel.
pub fn confirm_box(question: &'static str, yes: &'static str, no: &'static str, on_yes: OnClick, on_no: OnClick) -> AnyView {
    view! {
        <div class="confirm" role="group">
            <p>{question}</p>
            <div class="button-row">
                {button("danger", "", yes, on_yes)}
                {button("", "", no, on_no)}
            </div>
        </div>
    }
    .into_any()
}

/// Fixed markup (one root element), rendered the way Leptos renders the static parts of
/// its own views. The markup module escapes every text in it.
pub fn inert(markup: crate::markup::Markup) -> AnyView {
    inert_text(markup.into_string())
}

/// For event delegation: the nearest element at or above the event's target that has a
/// `data-action`, with that action's name.
pub fn action_target(event: &leptos::ev::Event) -> Option<(String, web_sys::Element)> {
    use wasm_bindgen::JsCast;
    let element = event.target()?.dyn_into::<web_sys::Element>().ok()?.closest("[data-action]").ok()??;
    Some((element.get_attribute("data-action")?, element))
}

/// A numeric `data-*` attribute of an element, e.g. `data-id`.
pub fn data_number<T: std::str::FromStr>(element: &web_sys::Element, name: &str) -> Option<T> {
    element.get_attribute(name)?.parse().ok()
}

/// Markup kept as a string (made by `markup::Html`, then held in a `Memo` so that it
/// changes only when the text does), shown like [`inert`].
pub fn inert_text(html: String) -> AnyView {
    leptos::tachys::html::InertElement::new(html).into_any()
}
