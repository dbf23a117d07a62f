//! Small bridges to the browser that the shell needs: the clock, the language
//! preferences, the address's `#` part, and saving a file to the person's device.
//! Storage is not here: `storage.rs` is the only module that touches it.
//!
//! Scrolling and focus are in `focus`, the clipboard in `clipboard`.

mod clipboard;
mod focus;

use chrono::NaiveDate;
use wasm_bindgen::JsCast;

pub use clipboard::{
    copies_by_touch, copy_html_to_clipboard, copy_to_clipboard, select_contents, TOUCH_POINTER,
};
pub use focus::{
    focus_heading, focus_later, focus_later_either, focus_when_drawn, remember_scroll,
    restore_scroll, scroll_to_later, scroll_to_top, scroll_will_be_restored, FocusedField,
};

/// Today's date on the person's device, read once by the shell and passed to the core.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// The time of day on the person's device (hours and minutes), for telling apart results of
/// the same day.
pub fn clock_time() -> chrono::NaiveTime {
    let now = js_sys::Date::new_0();
    chrono::NaiveTime::from_hms_opt(now.get_hours(), now.get_minutes(), 0).unwrap_or_default()
}

/// Milliseconds since the Unix epoch, for naming things uniquely.
pub fn now_millis() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// The browser's ordered language preferences (`navigator.languages`).
pub fn language_preferences() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// The part of the address after `#`, without the `#`.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .map(|hash| hash.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// Sets `<html lang>` and the document title.
pub fn set_document_language(code: &str, title: &str) {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", code);
        }
        document.set_title(title);
    }
}

/// Offers `contents` to the person as a file download, built on the device.
pub fn download_text(
    file_name: &str,
    mime: &str,
    contents: &str,
) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or_else(|| wasm_bindgen::JsValue::from_str("no document"))?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// Tells tests and the benchmark that the app has rendered its first screen, and takes
/// away the loading note that index.html shows until then.
pub fn mark_ready() {
    if let Some(window) = web_sys::window() {
        if let Some(performance) = window.performance() {
            let _ = performance.mark("jiritsu-ready");
        }
        let Some(document) = window.document() else {
            return;
        };
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("data-ready", "true");
        }
        // The page's own loading note (index.html) has done its work.
        if let Some(boot) = document.get_element_by_id("boot") {
            boot.remove();
        }
    }
}

/// A signal that follows a CSS media query, e.g. `(max-width: 40rem)`. It listens for as
/// long as the current owner (the screen that asked) lives.
pub fn media_query_signal(query: &str) -> leptos::prelude::RwSignal<bool> {
    use leptos::prelude::*;
    use wasm_bindgen::closure::Closure;
    let matches = RwSignal::new(false);
    let Some(list) = web_sys::window().and_then(|window| window.match_media(query).ok().flatten())
    else {
        return matches;
    };
    matches.set(list.matches());
    let watched = list.clone();
    let on_change = Closure::<dyn Fn()>::new(move || matches.set(watched.matches()));
    let _ = list.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
    StoredValue::new_local(MediaListener { list, on_change });
    matches
}

/// A media query's `change` listener, removed when its owner is disposed of.
struct MediaListener {
    list: web_sys::MediaQueryList,
    on_change: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl Drop for MediaListener {
    fn drop(&mut self) {
        let _ = self
            .list
            .remove_event_listener_with_callback("change", self.on_change.as_ref().unchecked_ref());
    }
}

/// Goes to a screen by its address after `#`.
#[inline(never)]
pub fn go_to(hash: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(hash);
    }
}

/// Sets a custom property on the root element (`--name`), for what the stylesheet reads
/// where no element is (a printed page's margins); `None` removes it. Through the CSSOM,
/// which the page's Content-Security-Policy allows (an inline style attribute it refuses).
pub fn set_root_property(name: &str, value: Option<&str>) {
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|root| root.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    let _ = match value {
        Some(value) => style.set_property(name, value),
        None => style.remove_property(name).map(|_| ()),
    };
}

/// Opens the browser's print dialog.
#[inline(never)]
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Asks the person to confirm something that cannot be undone (the browser's own dialog,
/// which every assistive technology knows). A browser that cannot ask counts as "no".
pub fn confirm(question: &str) -> bool {
    web_sys::window()
        .and_then(|window| window.confirm_with_message(question).ok())
        .unwrap_or(false)
}

/// The page's own address, `location.href` (the card's QR code points back to it).
pub fn page_address() -> String {
    web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default()
}

/// Replaces the address after `#` without a new history entry and without a `hashchange`
/// (the screen stays as it is): a reload or Back then finds the new address.
pub fn replace_hash(hash: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let address = format!("#{hash}");
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}

/// Clears the timeout `slot` holds, if any.
pub fn clear_timeout(slot: &mut Option<leptos::prelude::TimeoutHandle>) {
    if let Some(timer) = slot.take() {
        timer.clear();
    }
}

/// Clears the timeout `slot` holds, if any, and runs `run` after `wait` instead: a timer
/// that each new event puts off.
pub fn restart_timeout(
    slot: &mut Option<leptos::prelude::TimeoutHandle>,
    wait: std::time::Duration,
    run: impl FnOnce() + 'static,
) {
    clear_timeout(slot);
    *slot = leptos::prelude::set_timeout_with_handle(run, wait).ok();
}

/// Whether `event` is Esc pressed to leave something, not Esc that ends a Japanese input
/// method's conversion: Chromium and Firefox mark that one `isComposing`, and Safari sends
/// it after the conversion has ended with the key code 229 ("processed by the input
/// method").
pub fn is_escape_to_leave(event: &web_sys::KeyboardEvent) -> bool {
    event.key() == "Escape" && !event.is_composing() && event.key_code() != 229
}

/// Whether a key event's target is a control that has keys of its own (a link, a
/// button, a form field), as opposed to text or a heading that only holds focus.
pub fn is_control(target: Option<web_sys::EventTarget>) -> bool {
    use wasm_bindgen::JsCast;
    target
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| {
            element
                .closest("a, button, input, select, textarea")
                .ok()
                .flatten()
        })
        .is_some()
}
