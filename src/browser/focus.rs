//! Where the person is on the screen: the scroll position kept over a reload, scrolling
//! to a part of the screen, and focus moved on purpose once the screen has been drawn or
//! given back to the field that had it.

use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::JsCast;

use super::location_hash;

/// Where this tab's scroll position is kept over a reload (sessionStorage: this tab only,
/// gone with it).
const SCROLL_KEY: &str = "jiritsu.scroll";

/// Remembers how far the screen is scrolled, so that a reload (a phone reloads a tab it
/// had put away) opens where the person was, not at the top of a long worksheet.
pub fn remember_scroll() {
    let Some(window) = web_sys::window() else {
        return;
    };
    // A whole number of pixels: formatting or parsing a float would bring in the float
    // machinery of the standard library (about 20 KB of the site).
    let y = window.scroll_y().unwrap_or(0.0) as i32;
    if let Ok(Some(storage)) = window.session_storage() {
        let _ = storage.set_item(SCROLL_KEY, &format!("{y} {}", location_hash()));
    }
}

/// Set once `restore_scroll` has run: a position kept over a reload is for the first
/// screen of the visit only.
static RESTORE_DONE: AtomicBool = AtomicBool::new(false);

/// Scrolls back to where `remember_scroll` left this same screen, once it is drawn.
pub fn restore_scroll() {
    RESTORE_DONE.store(true, Ordering::Relaxed);
    let Some(storage) = session_storage() else {
        return;
    };
    let kept = kept_scroll(&storage);
    let _ = storage.remove_item(SCROLL_KEY);
    let Some(y) = kept else {
        return;
    };
    leptos::prelude::request_animation_frame(move || {
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, f64::from(y));
        }
    });
}

/// Whether the screen being built is about to be scrolled back to where it was before a
/// reload (by `restore_scroll`, which runs once the first screen of a visit is drawn).
pub fn scroll_will_be_restored() -> bool {
    !RESTORE_DONE.load(Ordering::Relaxed)
        && session_storage()
            .and_then(|storage| kept_scroll(&storage))
            .is_some_and(|y| y > 0)
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|window| window.session_storage().ok().flatten())
}

/// The position `remember_scroll` kept for the screen the address names now, if any.
fn kept_scroll(storage: &web_sys::Storage) -> Option<i32> {
    let saved = storage.get_item(SCROLL_KEY).ok().flatten()?;
    let (y, hash) = saved.split_once(' ')?;
    if hash == location_hash() {
        y.parse::<i32>().ok()
    } else {
        None
    }
}

/// Moves to the top of the page, as a newly opened screen should.
#[inline(never)]
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Scrolls the first element matching `selector` to the top of the window, after the
/// screen has updated (before a focus asked for after it, which then need not scroll).
pub fn scroll_to_later(selector: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.query_selector(selector).ok().flatten());
        if let Some(element) = element {
            element.scroll_into_view();
        }
    });
}

/// Focuses the first element matching `selector`, after the screen has updated.
#[inline(never)]
pub fn focus_later(selector: &str) {
    focus_later_either(selector.to_owned(), String::new());
}

/// Scrolls to the heading with `id` and puts focus on it (a part of the screen asked for
/// by a link, or by the address's `?s=`).
pub fn focus_heading(id: &str) {
    let heading = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        heading.scroll_into_view();
        let _ = heading.focus();
    }
}

/// Focuses the element matching `preferred`, or else the one matching `fallback`, after
/// the screen has updated.
pub fn focus_later_either(preferred: String, fallback: String) {
    leptos::prelude::request_animation_frame(move || {
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
            return;
        };
        let element = [preferred, fallback]
            .iter()
            .filter(|selector| !selector.is_empty())
            .find_map(|selector| document.query_selector(selector).ok().flatten())
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}

/// Focuses the element `target` refers to once the screen has been drawn: Leptos updates
/// the page after the handler that changed a signal has returned, and a part it is about
/// to draw (a confirmation, a list) has no element yet.
pub fn focus_when_drawn<E>(target: leptos::prelude::NodeRef<E>)
where
    E: leptos::html::ElementType + 'static,
    E::Output: AsRef<web_sys::HtmlElement> + JsCast + Clone + 'static,
{
    use leptos::prelude::GetUntracked;
    leptos::prelude::request_animation_frame(move || {
        if let Some(element) = target.get_untracked() {
            let element: &web_sys::HtmlElement = element.as_ref();
            let _ = element.focus();
        }
    });
}

/// The text field that has the focus, with its caret, so that it can be given back after
/// the screen is rebuilt (when another tab's change is taken over mid-typing).
pub struct FocusedField {
    id: String,
    start: Option<u32>,
    end: Option<u32>,
}

impl FocusedField {
    /// The focused `<input>` or `<textarea>` with an id, if any.
    pub fn remember() -> Option<FocusedField> {
        let active = web_sys::window()?.document()?.active_element()?;
        let id = active.id();
        if id.is_empty() {
            return None;
        }
        if let Some(input) = active.dyn_ref::<web_sys::HtmlInputElement>() {
            return Some(FocusedField {
                id,
                start: input.selection_start().ok().flatten(),
                end: input.selection_end().ok().flatten(),
            });
        }
        let area = active.dyn_ref::<web_sys::HtmlTextAreaElement>()?;
        Some(FocusedField {
            id,
            start: area.selection_start().ok().flatten(),
            end: area.selection_end().ok().flatten(),
        })
    }

    /// Focuses the field with the same id once the screen has been rebuilt, caret included.
    pub fn restore_later(self) {
        leptos::prelude::request_animation_frame(move || {
            let Some(element) = web_sys::window()
                .and_then(|window| window.document())
                .and_then(|document| document.get_element_by_id(&self.id))
            else {
                return;
            };
            if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
                let _ = input.focus();
                let _ = input.set_selection_start(self.start);
                let _ = input.set_selection_end(self.end);
            } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                let _ = area.focus();
                let _ = area.set_selection_start(self.start);
                let _ = area.set_selection_end(self.end);
            }
        });
    }
}
