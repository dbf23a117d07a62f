//! The shell: loads the saved document, provides the app state to every screen, saves
//! on every change, keeps `<html lang>` and the title in step with the language, and
//! lays out header, notices, the current screen and footer.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::browser;
use crate::components::header::Header;
use crate::components::notices::StorageNotices;
use crate::domain::document::Document;
use crate::domain::lang::Lang;
use crate::i18n::Msg;
use crate::pages::home::home_page;
use crate::route::Route;
use crate::storage::{SaveError, Store, UnreadableCopy};

/// What every screen may read or change. Signals hold plain domain values.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Everything the person has saved; every change to it is saved at once.
    pub document: RwSignal<Document>,
    /// The language shown: the person's choice, else the browser's preference.
    pub lang: Memo<Lang>,
    pub route: RwSignal<Route>,
    /// Read once at start; the domain core receives it as an argument.
    pub today: NaiveDate,
    pub storage: StorageState,
}

/// How saving is going, for the notices.
#[derive(Clone, Copy)]
pub struct StorageState {
    /// False when the browser refuses storage: the app then works in memory only.
    pub persistent: bool,
    pub last_save: RwSignal<Result<(), SaveError>>,
    pub unreadable: RwSignal<Vec<UnreadableCopy>>,
    store: StoredValue<Store, LocalStorage>,
}

impl AppState {
    /// The text of `msg` in the current language (reactive when read inside a view).
    pub fn t(&self, msg: Msg) -> &'static str {
        msg.text(self.lang.get())
    }
}

impl StorageState {
    /// Saves `document` and records whether it worked.
    pub fn save(&self, document: &Document) {
        let result = self.store.with_value(|store| store.save(document));
        if self.last_save.get_untracked() != result {
            self.last_save.set(result);
        }
    }

    /// Deletes a kept copy of unreadable text, when the person asks for it.
    pub fn delete_unreadable(&self, key: &str) {
        self.store.with_value(|store| store.delete_unreadable_copy(key));
        self.unreadable.set(self.store.with_value(Store::unreadable_copies));
    }
}

/// The app state provided by [`App`].
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let mut store = Store::open();
    let loaded = store.load(browser::now_millis());
    let browser_lang = Lang::from_preferences(&browser::language_preferences());
    let document = RwSignal::new(loaded.document);
    let lang = Memo::new(move |_| {
        document.with(|document| document.settings.language).unwrap_or(browser_lang)
    });
    let route = RwSignal::new(Route::from_hash(&browser::location_hash()));
    let storage = StorageState {
        persistent: loaded.persistent,
        last_save: RwSignal::new(Ok(())),
        unreadable: RwSignal::new(store.unreadable_copies()),
        store: StoredValue::new_local(store),
    };
    let state = AppState { document, lang, route, today: browser::today(), storage };
    provide_context(state);

    // Talking to the outside world: every change of the document is written to storage.
    Effect::new(move |_| document.with(|document| storage.save(document)));
    Effect::new(move |_| {
        let lang = lang.get();
        browser::set_document_language(lang.code(), Msg::DocumentTitle.text(lang));
    });
    let hash_listener = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(Route::from_hash(&browser::location_hash()));
    });
    on_cleanup(move || hash_listener.remove());
    Effect::new(|_| browser::mark_ready());

    view! {
        <a class="skip-link" href="#main" on:click=move |event| {
            // The address after `#` is the route, so the link moves focus itself.
            event.prevent_default();
            focus_main();
        }>{move || state.t(Msg::SkipToContent)}</a>
        <Header/>
        <StorageNotices/>
        <main id="main" tabindex="-1">
            {move || {
                let lang = lang.get();
                match route.get() {
                    Route::Home => home_page(lang).into_any(),
                }
            }}
        </main>
        <footer class="site-footer">
            <p>{move || state.t(Msg::FooterPrivacy)}</p>
        </footer>
    }
}

fn focus_main() {
    use wasm_bindgen::JsCast;
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}
