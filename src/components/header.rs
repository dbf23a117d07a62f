//! The header: product name (a link home), the main menu, and the language switch.

use leptos::prelude::*;

use crate::app::use_app;
use crate::components::language_switch::LanguageSwitch;
use crate::i18n::{route_label, Msg};
use crate::route::Route;

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    // The menu lists the screens other than home; with none yet, the name is the link home.
    let screens: Vec<Route> = Route::ALL.iter().copied().filter(|r| *r != Route::Home).collect();
    let has_menu = !screens.is_empty();
    view! {
        <header class="site-header">
            <a class="brand" href="#/">
                <span class="brand-name">{move || app.t(Msg::AppName)}</span>
                <span class="brand-native" lang="ja">{move || app.t(Msg::AppNameNative)}</span>
                <span class="brand-tagline">{move || app.t(Msg::Tagline)}</span>
            </a>
            <LanguageSwitch/>
            <Show when=move || has_menu>
                <nav class="main-nav" aria-label=move || app.t(Msg::MainNavigation)>
                    <ul>
                        {Route::ALL.iter().copied().map(|route| view! {
                            <li>
                                <a href=format!("#{}", route.hash())
                                    aria-current=move || (app.route.get() == route).then_some("page")>
                                    {move || route_label(route, app.lang.get())}
                                </a>
                            </li>
                        }).collect_view()}
                    </ul>
                </nav>
            </Show>
        </header>
    }
}
