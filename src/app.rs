//! The shell: the `App` component loads the saved document, provides the app state to
//! every screen, saves on every change, keeps `<html lang>` and the title in step with the
//! language, follows the address after `#`, and lays out the skip link, header, notices,
//! the current screen and the footer.

use leptos::prelude::*;

use crate::browser;
use crate::components::follow_up::FollowUp;
use crate::components::header::Header;
use crate::components::notices::Notices;
use crate::i18n::{fill, route_label, Msg};
use crate::pages::assessment::AssessmentPage;
use crate::pages::check::CheckPage;
use crate::pages::data::DataPage;
use crate::pages::guide::GuidePage;
use crate::pages::home::HomePage;
use crate::pages::result::ResultPage;
use crate::pages::training::{CardPage, TrainingPage};
use crate::pages::worksheet::{RehearsalPage, SheetPage, WorksheetPage};
use crate::route::Route;
use crate::state::AppState;

/// The whole app. It lives as long as the page.
#[component]
pub fn App() -> impl IntoView {
    let app = AppState::load();
    provide_context(app);
    app.host.load_config();

    // Talking to the outside world: every change of the document is written to storage
    // (see `autosave`), the page's language and title follow the language shown.
    crate::autosave::start(app.document, app.replaced, app.typing, app.storage);
    Effect::new(move |_| {
        let lang = app.lang.get();
        // Each screen its own title: tabs, history, a screen reader's "where am I" and the
        // file name a "Save as PDF" proposes tell the screens apart.
        let title = match app.route.get() {
            Route::Home => Msg::DocumentTitle.text(lang).to_owned(),
            route => fill(Msg::ScreenTitle.text(lang), &[route_label(route, lang)]),
        };
        browser::set_document_language(lang.code(), &title);
    });
    let listeners = [
        window_event_listener_untyped("hashchange", move |_| {
            app.route.set(Route::from_hash(&browser::location_hash()));
            browser::scroll_to_top();
            // A new screen: move focus to its heading, as screen-reader users expect.
            browser::focus_later("main h1");
        }),
        // Another tab saved (the browser tells every other tab of the same site).
        window_event_listener_untyped("storage", move |_| app.storage.other_tab_saved(app)),
        window_event_listener_untyped("jiritsu-update", move |_| app.host.note_update()),
        // Leaving or hiding the page: where it was scrolled, for a reload.
        window_event_listener_untyped("pagehide", |_| browser::remember_scroll()),
        window_event_listener_untyped("visibilitychange", |_| browser::remember_scroll()),
    ];
    on_cleanup(move || listeners.into_iter().for_each(|listener| listener.remove()));
    Effect::new(|_| {
        browser::mark_ready();
        browser::restore_scroll();
    });

    let main_ref = NodeRef::<leptos::html::Main>::new();
    let skip = move |event: leptos::ev::MouseEvent| {
        // The address after `#` is the route, so the link moves focus itself.
        event.prevent_default();
        if let Some(main) = main_ref.get() {
            let _ = main.focus();
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>{move || app.t(Msg::SkipToContent)}</a>
        <Header/>
        <Notices/>
        <div class="notices follow-up"><FollowUp/></div>
        <main id="main" tabindex="-1" node_ref=main_ref>{move || screen(app)}</main>
        <footer class="site-footer"><p>{move || app.t(Msg::FooterPrivacy)}</p></footer>
    }
}

/// The screen the address names, built again when the route changes. Home, check and data
/// follow the language and the document by themselves, so they are built once per visit
/// and keep their own state (an import's outcome, an open confirmation) when either
/// changes. The self-assessment and the result follow the language too, keeping where the
/// person is, but are built again from a whole new document (the assessment resumes from
/// it). The other screens are built again on both.
fn screen(app: AppState) -> AnyView {
    let route = app.route.get();
    if !matches!(
        route,
        Route::Home | Route::Check | Route::Data | Route::Assessment | Route::Result
    ) {
        app.lang.track();
    }
    if !matches!(route, Route::Home | Route::Check | Route::Data) {
        app.replaced.track();
    }
    match route {
        Route::Home => view! { <HomePage/> }.into_any(),
        Route::Check => view! { <CheckPage/> }.into_any(),
        Route::Data => view! { <DataPage/> }.into_any(),
        Route::Assessment => view! { <AssessmentPage/> }.into_any(),
        Route::Result => view! { <ResultPage/> }.into_any(),
        Route::Card => view! { <CardPage/> }.into_any(),
        Route::Training => view! { <TrainingPage/> }.into_any(),
        Route::Worksheet => view! { <WorksheetPage/> }.into_any(),
        Route::Sheet => view! { <SheetPage/> }.into_any(),
        Route::Rehearsal => view! { <RehearsalPage/> }.into_any(),
        Route::Guide => view! { <GuidePage/> }.into_any(),
    }
}
