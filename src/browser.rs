//! Small bridges to the browser that the shell needs: the clock, the language
//! preferences, the address's `#` part, and saving a file to the person's device.
//! Storage is not here: `storage.rs` is the only module that touches it.

use chrono::NaiveDate;
use wasm_bindgen::JsCast;

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

/// Scrolls back to where `remember_scroll` left this same screen, once it is drawn.
pub fn restore_scroll() {
    let Some(storage) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) else {
        return;
    };
    let Ok(Some(saved)) = storage.get_item(SCROLL_KEY) else {
        return;
    };
    let _ = storage.remove_item(SCROLL_KEY);
    let Some((y, hash)) = saved.split_once(' ') else {
        return;
    };
    if let (true, Ok(y)) = (hash == location_hash(), y.parse::<i32>()) {
        leptos::prelude::request_animation_frame(move || {
            if let Some(window) = web_sys::window() {
                window.scroll_to_with_x_and_y(0.0, f64::from(y));
            }
        });
    }
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

/// The page's clipboard, when it has one: `navigator.clipboard` exists only in secure
/// contexts (https, localhost).
fn page_clipboard() -> Option<web_sys::Clipboard> {
    let clipboard = web_sys::window()?.navigator().clipboard();
    (!clipboard.is_undefined()).then_some(clipboard)
}

/// Writes `text` to the clipboard (`navigator.clipboard.writeText`). `false` when the
/// browser has no clipboard for the page (served over plain http from an intranet, say)
/// or refused.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(clipboard) = page_clipboard() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// Writes `html` to the clipboard with `text` as its plain form, as one item
/// (`navigator.clipboard.write`), so that a mail or a chat that takes formatting keeps the
/// headings and lists and one that does not gets the text. Where the browser has no
/// `ClipboardItem`, the text alone. `false` when the page has no clipboard or it refused.
pub async fn copy_html_to_clipboard(html: &str, text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(clipboard) = page_clipboard() else {
        return false;
    };
    let has_item =
        js_sys::Reflect::has(&js_sys::global(), &"ClipboardItem".into()).unwrap_or(false);
    if !has_item {
        return copy_to_clipboard(text).await;
    }
    let blob = |content: &str, kind: &str| {
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(kind);
        web_sys::Blob::new_with_str_sequence_and_options(
            &js_sys::Array::of1(&content.into()),
            &options,
        )
    };
    let (Ok(html), Ok(plain)) = (blob(html, "text/html"), blob(text, "text/plain")) else {
        return false;
    };
    let record = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&record, &"text/html".into(), &html);
    let _ = js_sys::Reflect::set(&record, &"text/plain".into(), &plain);
    let Ok(item) = web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&record) else {
        return false;
    };
    let items = js_sys::Array::of1(item.unchecked_ref());
    // Refused as HTML (a browser that takes only text, say): the text alone.
    wasm_bindgen_futures::JsFuture::from(clipboard.write(&items))
        .await
        .is_ok()
        || copy_to_clipboard(text).await
}

/// Selects the whole text of `element`, so that the person can copy it themselves.
pub fn select_contents(element: &web_sys::Node) {
    if let Some(selection) =
        web_sys::window().and_then(|window| window.get_selection().ok().flatten())
    {
        let _ = selection.select_all_children(element);
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
