//! The header: the product's name (a link home) with the host's organisation name, the
//! language switch, and the main menu with the current screen marked.

use leptos::prelude::*;

use crate::components::language_switch::LanguageSwitch;
use crate::i18n::{route_label, Msg};
use crate::route::Route;
use crate::state::use_app;

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let t = move |msg: Msg| msg.text(app.lang.get());
    let organization = move || app.host.config.with(|c| c.organization_name.clone());
    view! {
        <header class="site-header">
            <a class="brand" href="#/">
                <span class="brand-name">{move || t(Msg::AppName)}</span>
                <span class="brand-native" lang="ja">{move || t(Msg::AppNameNative)}</span>
                <span class="brand-tagline">{move || t(Msg::Tagline)}</span>
                {move || organization().map(|name| view! { <span class="brand-org">{name}</span> })}
            </a>
            <LanguageSwitch/>
            <nav class="main-nav" aria-label=move || t(Msg::MainNavigation)>
                <ul>
                    {Route::ALL
                        .iter()
                        .copied()
                        .filter(|route| route.in_menu())
                        .map(|route| view! {
                            <li>
                                <a
                                    href=format!("#{}", route.hash())
                                    aria-current=move || {
                                        // The screen itself, or the menu's entry a screen
                                        // it does not list opens from.
                                        let current = app.route.get();
                                        if current == route {
                                            Some("page")
                                        } else {
                                            (current.menu_entry() == route).then_some("true")
                                        }
                                    }
                                >
                                    {move || route_label(route, app.lang.get())}
                                </a>
                            </li>
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}
