//! The clipboard: the text, or HTML with its text as the plain form, and selecting a
//! text so that the person can copy it themselves where the page has no clipboard.

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

/// The media query of a finger as the main pointer: a phone or a tablet.
pub const TOUCH_POINTER: &str = "(pointer: coarse)";

/// Whether the person copies with a finger rather than a key: the main pointer is coarse
/// (a phone, a tablet), where Copy is a long press on the selected text and Ctrl+C means
/// nothing. Asked when a copy has failed, so that the note says the way that works there.
pub fn copies_by_touch() -> bool {
    web_sys::window()
        .and_then(|window| window.match_media(TOUCH_POINTER).ok().flatten())
        .is_some_and(|list| list.matches())
}
