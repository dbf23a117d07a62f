//! Component tests in headless Chromium (wasm-bindgen-test): the shell mounted for real,
//! and the storage module against the browser's real localStorage.
#![cfg(target_arch = "wasm32")]

use jiritsu::domain::document::{Document, STORAGE_KEY, UNREADABLE_KEY_PREFIX};
use jiritsu::domain::lang::Lang;
use jiritsu::storage;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn html_lang() -> Option<String> {
    document().document_element()?.get_attribute("lang")
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn clear_storage() {
    let storage = local();
    let keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .collect();
    for key in keys.iter().filter(|key| key.starts_with("jiritsu")) {
        storage.remove_item(key).unwrap();
    }
}

#[wasm_bindgen_test]
fn a_saved_document_loads_back() {
    clear_storage();
    let mut store = storage::open();
    assert!(store.memory_only().is_none());
    let mut document = Document::default();
    document.set_language(Lang::En);
    store.save(&document).unwrap();
    let loaded = store.load(1);
    // Every save counts one revision up.
    assert_eq!(
        loaded.document,
        Document {
            revision: 1,
            ..document
        }
    );
    assert!(loaded.memory_only.is_none());
    assert!(store.unreadable_copies().is_empty());
}

#[wasm_bindgen_test]
fn unreadable_text_is_kept_aside_and_the_app_starts_fresh() {
    clear_storage();
    local().set_item(STORAGE_KEY, "{ broken").unwrap();
    let mut store = storage::open();
    let loaded = store.load(42);
    assert_eq!(loaded.document, Document::default());
    let copies = store.unreadable_copies();
    assert_eq!(copies.len(), 1);
    assert_eq!(copies[0].key, format!("{UNREADABLE_KEY_PREFIX}42"));
    assert_eq!(copies[0].text, "{ broken");
    store.delete_unreadable_copy(&copies[0].key);
    assert!(store.unreadable_copies().is_empty());
    clear_storage();
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_the_screen_html_lang_and_the_saved_choice() {
    clear_storage();
    let mut document_value = Document::default();
    document_value.set_language(Lang::Ja);
    storage::open().save(&document_value).unwrap();

    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let host: web_sys::HtmlElement = host.dyn_into().unwrap();
    let handle = leptos::mount::mount_to(host.clone(), jiritsu::app::App);
    next_frame().await;

    let heading = || {
        host.query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert_eq!(heading(), "面談の前に、自分のことばを用意する");
    assert_eq!(html_lang().as_deref(), Some("ja"));

    let english: web_sys::HtmlElement = host
        .query_selector(".lang-switch button[lang=en]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    english.click();
    next_frame().await;

    assert_eq!(heading(), "Find your own words before the interview");
    assert_eq!(html_lang().as_deref(), Some("en"));
    assert_eq!(
        english.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    // Saved a moment later, in a task of its own (autosave), not inside the click.
    let mut saved = String::new();
    for _ in 0..100 {
        saved = local().get_item(STORAGE_KEY).unwrap().unwrap_or_default();
        if saved.contains("\"language\": \"en\"") {
            break;
        }
        next_frame().await;
    }
    assert!(saved.contains("\"language\": \"en\""), "{saved}");

    drop(handle);
    clear_storage();
}
