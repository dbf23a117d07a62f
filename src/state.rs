//! The app's state, provided to every screen as a context by the `App` component: the
//! saved document, the language, the route, today's date, the storage and the host's
//! settings. A leaf of the shell: it knows the domain, the storage and the browser, and
//! nothing of the components or pages that read it (main → app → pages → components →
//! state → domain).

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::browser;
use crate::domain::commitment::Settings;
use crate::domain::document::Document;
use crate::domain::lang::Lang;
use crate::domain::worksheet::readiness::Section;
use crate::host::HostState;
use crate::i18n::Msg;
use crate::route::Route;
use crate::storage::{self, Change, MemoryOnly, SaveError, Store, UnreadableCopy};
use crate::typing::Typing;

/// What every screen may read or change. Signals hold plain domain values.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Everything the person has saved; every change to it is saved (see `autosave`).
    /// A keystroke goes through `type_into`, everything else through the signal.
    pub document: RwSignal<Document>,
    /// The language shown: the person's choice, else the browser's preference.
    pub lang: Memo<Lang>,
    pub route: RwSignal<Route>,
    /// Read once at start; the domain core receives it as an argument.
    pub today: NaiveDate,
    pub storage: StorageState,
    /// Raised when a whole other document is put in place (imported, from another tab,
    /// emptied): screens that hold page-local copies of it are built again.
    pub replaced: RwSignal<u32>,
    /// Keystrokes written into the document (see `typing`).
    pub typing: Typing,
    /// The host's settings file and news of a new version.
    pub host: HostState,
    /// The day of the interview on the worksheet: the check dates 面談までに by it.
    pub interview_date: Memo<Option<NaiveDate>>,
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
    /// Opens the storage, loads what it holds and starts from there. Called once, by `App`.
    pub fn load() -> AppState {
        let mut store = storage::open();
        let loaded = store.load(browser::now_millis());
        let browser_lang = Lang::from_preferences(&browser::language_preferences());
        let document = RwSignal::new(loaded.document);
        let lang = Memo::new(move |_| {
            document
                .with(|document| document.settings.language)
                .unwrap_or(browser_lang)
        });
        AppState {
            document,
            lang,
            route: RwSignal::new(Route::from_hash(&browser::location_hash())),
            today: browser::today(),
            storage: StorageState {
                persistent: loaded.memory_only.is_none(),
                memory_only: StoredValue::new(loaded.memory_only),
                last_save: RwSignal::new(Ok(())),
                unreadable: RwSignal::new(store.unreadable_copies()),
                store: StoredValue::new_local(store),
            },
            replaced: RwSignal::new(0),
            typing: Typing::new(),
            host: HostState::new(),
            interview_date: Memo::new(move |_| document.with(|d| d.worksheet.interview.date)),
        }
    }

    /// The commitment check's settings: the host's fiscal year and the interview's day.
    pub fn check_settings(&self) -> Settings {
        Settings {
            interview_date: self.interview_date.get(),
            ..self.host.check_settings()
        }
    }

    /// The text of `msg` in the current language (reactive when read inside a view).
    pub fn t(&self, msg: Msg) -> &'static str {
        msg.text(self.lang.get())
    }

    /// Writes a keystroke's `change` into the document without waking every reader of it:
    /// the field shows its own text (`typing::typed_text`), the rest catches up once typing
    /// pauses (see `typing`).
    pub fn type_into(&self, change: impl FnOnce(&mut Document)) {
        self.typing.write(self.document, change);
    }

    /// Puts a whole other document in place (imported, from another tab, or emptied) and
    /// redraws the screen from it, text fields included. The field the person was typing
    /// in keeps the focus and the caret, so typing goes on where it was.
    pub fn replace_document(&self, document: Document) {
        let focus = browser::FocusedField::remember();
        self.typing.cancel_catch_up();
        self.document.set(document);
        self.replaced.update(|count| *count += 1);
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
                app.replace_document(*theirs);
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

    /// The worksheet's section the person last wrote in, kept beside the notebook.
    pub fn worksheet_place(&self) -> Option<Section> {
        self.store.with_value(Store::worksheet_place)
    }

    /// Keeps `section` as the worksheet's section last written in.
    pub fn remember_worksheet_place(&self, section: Section) {
        self.store
            .update_value(|store| store.remember_worksheet_place(section));
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

/// The app state provided by `App`.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
