//! The shell: loads the saved document, provides the app state to every screen, saves
//! on every change, keeps `<html lang>` and the title in step with the language, and
//! lays out header, notices, the current screen and footer.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::browser;
use crate::components::kit::{dyn_text, dynamic};
use crate::components::header::header;
use crate::components::notices::storage_notices;
use crate::domain::document::Document;
use crate::domain::lang::Lang;
use crate::i18n::Msg;
use crate::domain::anchors::StatementId;
use crate::components::follow_up::follow_up_notice;
use crate::pages::assessment::assessment_page;
use crate::pages::check::check_page;
use crate::pages::home::home_page;
use crate::pages::result::result_page;
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
    pub ui: UiState,
}

/// Screen state that is not saved but must outlive a rebuild of the page (pages are
/// rebuilt when the language changes).
#[derive(Clone, Copy)]
pub struct UiState {
    /// The statement the self-assessment is at; its page is shown.
    pub cursor: RwSignal<StatementId>,
    /// True in the "most true" step of the self-assessment.
    pub picking: RwSignal<bool>,
    /// True on narrow screens, where the self-assessment shows one statement at a time.
    pub narrow: RwSignal<bool>,
    /// Which past result the result screen shows; `None` for the latest.
    pub result_index: RwSignal<Option<usize>>,
}

impl UiState {
    /// Where the self-assessment resumes: the first unanswered statement, or the
    /// "most true" step once every statement has an answer.
    pub fn resume_assessment(&self, document: &Document) {
        let answers = &document.anchors.current.answers;
        let first = answers.first_unanswered();
        self.cursor.set(first.unwrap_or(StatementId::FIRST));
        self.picking.set(first.is_none());
    }
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

/// Below this width the self-assessment shows one statement at a time.
const NARROW_SCREEN: &str = "(max-width: 40rem)";

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
    let ui = UiState {
        cursor: RwSignal::new(StatementId::FIRST),
        picking: RwSignal::new(false),
        narrow: browser::media_query_signal(NARROW_SCREEN),
        result_index: RwSignal::new(None),
    };
    document.with_untracked(|document| ui.resume_assessment(document));
    let state = AppState { document, lang, route, today: browser::today(), storage, ui };
    provide_context(state);

    // Talking to the outside world: every change of the document is written to storage.
    Effect::new(move |_| document.with(|document| storage.save(document)));
    Effect::new(move |_| {
        let lang = lang.get();
        browser::set_document_language(lang.code(), Msg::DocumentTitle.text(lang));
    });
    let hash_listener = window_event_listener(leptos::ev::hashchange, move |_| {
        let next = Route::from_hash(&browser::location_hash());
        if next == Route::Assessment && route.get_untracked() != Route::Assessment {
            document.with_untracked(|document| ui.resume_assessment(document));
        }
        route.set(next);
        browser::scroll_to_top();
        // A new screen: move focus to its heading, as screen-reader users expect.
        browser::focus_later("main h1".into());
    });
    on_cleanup(move || hash_listener.remove());
    Effect::new(|_| browser::mark_ready());

    view! {
        <a class="skip-link" href="#main" on:click=move |event| {
            // The address after `#` is the route, so the link moves focus itself.
            event.prevent_default();
            focus_main();
        }>{dyn_text(move || state.t(Msg::SkipToContent).to_owned())}</a>
        {header(state)}
        {storage_notices(state)}
        <div class="notices">{follow_up_notice(state)}</div>
        <main id="main" tabindex="-1">
            {dynamic(move || {
                let lang = lang.get();
                match route.get() {
                    Route::Home => home_page(lang, state),
                    Route::Assessment => assessment_page(lang, state),
                    Route::Result => result_page(lang, state),
                    Route::Check => check_page(lang, state),
                }
            })}
        </main>
        <footer class="site-footer">
            <p>{dyn_text(move || state.t(Msg::FooterPrivacy).to_owned())}</p>
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
