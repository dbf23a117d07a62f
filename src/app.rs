//! The shell: loads the saved document, provides the app state to every screen, saves
//! on every change, keeps `<html lang>` and the title in step with the language, lays
//! out header, notices, the current screen and footer, and listens for clicks (and
//! Enter or Space on a button) for the parts still written as markup (the follow-up prompt and the skip
//! link), with one listener for the whole app.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::browser;
use crate::components::header::Header;
use crate::components::kit::{action_target, dynamic, element, fragment, region, Piece};
use crate::components::{follow_up, notices};
use crate::domain::anchors::StatementId;
use crate::domain::document::Document;
use crate::domain::lang::Lang;
use crate::host::HostState;
use crate::i18n::Msg;
use crate::markup::Html;
use crate::pages::assessment;
use crate::pages::data::DataStep;
use crate::pages::result;
use crate::pages::training;
use crate::pages::worksheet;
use crate::pages::{check, data, home};
use crate::route::Route;
use crate::storage::{self, Change, MemoryOnly, SaveError, Store, UnreadableCopy};
pub use crate::ui_state::UiState;

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
    /// The host's settings file and news of a new version.
    pub host: HostState,
}

/// How saving is going, for the notices.
#[derive(Clone, Copy)]
pub struct StorageState {
    /// False when nothing is written this visit (see `memory_only`).
    pub persistent: bool,
    /// Why nothing is written this visit, if so.
    pub memory_only: StoredValue<Option<MemoryOnly>>,
    pub last_save: RwSignal<Result<(), SaveError>>,
    pub unreadable: RwSignal<Vec<UnreadableCopy>>,
    store: StoredValue<Store, LocalStorage>,
}

impl AppState {
    /// The text of `msg` in the current language (reactive when read inside a view).
    pub fn t(&self, msg: Msg) -> &'static str {
        msg.text(self.lang.get())
    }

    /// Puts a whole other document in place (imported, from another tab, or emptied) and
    /// redraws the screen from it, text fields included. The field the person was typing
    /// in keeps the focus and the caret, so typing goes on where it was.
    pub fn replace_document(&self, document: Document) {
        let focus = browser::FocusedField::remember();
        self.document.set(document);
        self.ui.remount.update(|count| *count += 1);
        if let Some(focus) = focus {
            focus.restore_later();
        }
    }
}

impl StorageState {
    /// Saves `document` and records whether it worked.
    pub fn save(&self, document: &Document) {
        self.write(|store| store.save(document));
    }

    /// Runs a write on the store and records how it went.
    fn write(&self, write: impl FnOnce(&mut Store) -> Result<(), SaveError>) {
        let result = self.store.try_update_value(write).unwrap_or(Ok(()));
        self.record(result);
    }

    fn record(&self, result: Result<(), SaveError>) {
        if self.last_save.get_untracked() != result {
            self.last_save.set(result);
        }
    }

    /// True while saving waits for the person to choose (another tab, a clear, a newer
    /// version elsewhere).
    fn waiting_for_a_choice(&self) -> bool {
        matches!(
            self.last_save.get_untracked(),
            Err(SaveError::Stale | SaveError::Cleared | SaveError::NewerElsewhere)
        )
    }

    /// Another tab saved (or something emptied storage): show its document here, or ask.
    pub fn other_tab_saved(&self, app: AppState) {
        if self.waiting_for_a_choice() {
            return;
        }
        self.take(app);
    }

    fn take(&self, app: AppState) {
        match self.store.try_update_value(Store::take_stored).flatten() {
            Some(Change::Document(theirs)) => {
                self.record(Ok(()));
                app.replace_document(theirs);
            }
            Some(Change::Cleared) => self.record(Err(SaveError::Cleared)),
            Some(Change::Unreadable(Some(_))) => self.record(Err(SaveError::NewerElsewhere)),
            Some(Change::Unreadable(None)) => self.record(Err(SaveError::Stale)),
            None => self.record(Ok(())),
        }
        self.refresh_unreadable();
    }

    /// The person chose the other tab's version: this tab's unsaved change is dropped.
    /// Text this version cannot read is never taken, nor written over without a copy.
    pub fn take_theirs(&self, app: AppState) {
        self.take(app);
    }

    /// The person chose this tab's version: it is saved over the other tab's (text this
    /// version cannot read is copied aside first; a newer version's is never overwritten).
    pub fn keep_mine(&self, document: &Document) {
        let now = browser::now_millis();
        self.write(|store| store.keep_mine(document, now));
        self.refresh_unreadable();
    }

    /// The notebook was removed from outside and the person chose to start empty.
    pub fn start_empty(&self, app: AppState) {
        self.store.update_value(Store::start_empty);
        self.record(Ok(()));
        app.replace_document(Document::default());
    }

    /// The document as an export file holds it.
    pub fn export_text(&self, document: &Document) -> String {
        self.store.with_value(|store| store.export_text(document))
    }

    /// Removes everything stored; the caller empties the document. Returns whether it is
    /// all gone: a deletion that did not happen is never reported as done.
    pub fn delete_all(&self) -> bool {
        let gone = self
            .store
            .try_update_value(Store::delete_all)
            .unwrap_or(false);
        self.refresh_unreadable();
        if gone {
            self.record(Ok(()));
        }
        gone
    }

    /// Deletes a kept copy of unreadable text, when the person asks for it.
    pub fn delete_unreadable(&self, key: &str) {
        self.store
            .update_value(|store| store.delete_unreadable_copy(key));
        self.refresh_unreadable();
    }

    fn refresh_unreadable(&self) {
        self.unreadable
            .set(self.store.with_value(Store::unreadable_copies));
    }
}

/// The app state provided by [`App`].
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// Builds the whole app at the end of `parent` (the page's body) and starts it. The app
/// lives as long as the returned owner; dropping it stops every effect and listener.
pub fn mount(parent: &web_sys::Node) -> Owner {
    let owner = Owner::new();
    owner.with(|| {
        let _ = parent.append_child(&app());
    });
    owner
}

/// The whole app.
fn app() -> Piece {
    let mut store = storage::open();
    let loaded = store.load(browser::now_millis());

    let browser_lang = Lang::from_preferences(&browser::language_preferences());
    let document = RwSignal::new(loaded.document);
    let lang = Memo::new(move |_| {
        document
            .with(|document| document.settings.language)
            .unwrap_or(browser_lang)
    });
    let route = RwSignal::new(Route::from_hash(&browser::location_hash()));
    let storage = StorageState {
        persistent: loaded.memory_only.is_none(),
        memory_only: StoredValue::new(loaded.memory_only),
        last_save: RwSignal::new(Ok(())),
        unreadable: RwSignal::new(store.unreadable_copies()),
        store: StoredValue::new_local(store),
    };
    let ui = UiState {
        cursor: RwSignal::new(StatementId::FIRST),
        picking: RwSignal::new(false),
        narrow: RwSignal::new(false),
        result_index: RwSignal::new(None),
        confirming: RwSignal::new(None),
        show_all_statements: RwSignal::new(false),
        pick_refused: RwSignal::new(false),
        show_unanswered: RwSignal::new(false),
        compare_to: RwSignal::new(None),
        commitment_saved: RwSignal::new(false),
        follow_up_later: RwSignal::new(false),
        follow_up_answered: RwSignal::new(false),
        data_step: RwSignal::new(DataStep::Idle),
        remount: RwSignal::new(0),
    };
    let state = AppState {
        document,
        lang,
        route,
        today: browser::today(),
        storage,
        ui,
        host: HostState::new(),
    };
    provide_context(state);
    state.host.load_config();

    // Talking to the outside world: every change of the document is written to storage,
    // without making typing wait (see `autosave`).
    crate::autosave::start(document, storage);
    Effect::new(move |_| {
        let lang = lang.get();
        browser::set_document_language(lang.code(), Msg::DocumentTitle.text(lang));
    });
    let hash_listener = window_event_listener_untyped(
        "hashchange",
        Box::new(move |_| {
            let next = Route::from_hash(&browser::location_hash());
            ui.leave_screen();
            route.set(next);
            browser::scroll_to_top();
            // A new screen: move focus to its heading, as screen-reader users expect.
            browser::focus_later("main h1");
        }) as Box<dyn Fn(web_sys::Event)>,
    );
    let listeners = [
        hash_listener,
        listen("click", move |event| on_click(state, event)),
        // Another tab saved (the browser tells every other tab of the same site).
        listen("storage", move |_| storage.other_tab_saved(state)),
        listen("jiritsu-update", move |_| state.host.note_update()),
    ];
    on_cleanup(move || listeners.into_iter().for_each(|listener| listener.remove()));
    Effect::new(|_| browser::mark_ready());

    let skip_link = region(move || {
        let mut h = Html::new();
        h.leaf_with(
            "a",
            &[
                ("class", "skip-link"),
                ("href", "#main"),
                ("data-action", "skip"),
            ],
            state.t(Msg::SkipToContent),
        );
        h.finish()
    });
    let footer = region(move || {
        let mut h = Html::new();
        h.open("footer", &[("class", "site-footer")])
            .leaf("p", "", state.t(Msg::FooterPrivacy));
        h.close("footer").finish()
    });
    let screen = dynamic(move || {
        let route = route.get();
        // Home, check and data follow the language and the document by themselves, so they
        // are built once per visit and keep their own state (an import's outcome, an open
        // confirmation) when either changes. The self-assessment and the result follow the
        // language too, keeping where the person is, but are built again from a whole new
        // document (the assessment resumes from it). The other screens are built again on both.
        let follows_language = matches!(
            route,
            Route::Home | Route::Check | Route::Data | Route::Assessment | Route::Result
        );
        if !follows_language {
            lang.track();
        }
        if !matches!(route, Route::Home | Route::Check | Route::Data) {
            ui.remount.track();
        }
        match route {
            Route::Home => home::home_page(),
            Route::Check => check::check_page(),
            Route::Data => data::data_page(),
            Route::Assessment => assessment::assessment_page(),
            Route::Result => result::result_page(),
            Route::Card => training::card_page(),
            Route::Training => training::training_page(),
            Route::Worksheet => worksheet::worksheet_page(),
            Route::Sheet => worksheet::sheet_page(),
            Route::Rehearsal => worksheet::rehearsal_page(),
        }
    });
    let follow_up = follow_up::follow_up_notice(state);
    fragment(vec![
        skip_link,
        crate::components::kit::component_view(|| view! { <Header/> }),
        crate::components::kit::component_view(|| view! { <notices::Notices/> }),
        element("div", &[("class", "notices follow-up")], vec![follow_up]),
        element("main", &[("id", "main"), ("tabindex", "-1")], vec![screen]),
        footer,
    ])
}

/// A window-level listener for events of kind `name`, boxed so all share one instantiation.
fn listen(name: &str, handler: impl Fn(web_sys::Event) + 'static) -> WindowListenerHandle {
    window_event_listener_untyped(name, Box::new(handler) as Box<dyn Fn(web_sys::Event)>)
}

/// Clicks, and Enter or Space on a button: the element's `data-action` says what to do.
fn on_click(app: AppState, event: web_sys::Event) {
    let Some((action, element)) = action_target(&event) else {
        return;
    };
    if action == "skip" {
        // The address after `#` is the route, so the link moves focus itself.
        event.prevent_default();
        focus_main();
        return;
    }
    if follow_up::on_click(app, &action, &element) {
        browser::keep_focus(&element);
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
