//! The header: the product's name (a link home) with the host's organisation name, the
//! language switch, and the main menu with the current screen marked.
//!
//! On a narrow screen the menu sits behind a メニュー button, under the language switch (a disclosure: the button says
//! whether it is open, Esc closes it and gives the focus back to the button, and choosing
//! a screen closes it), so the header takes one short band instead of a third of a phone's
//! height. On a wide screen the button is hidden by the style sheet and the menu always
//! shows.

use leptos::ev::KeyboardEvent;
use leptos::html;
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
    // The screen the menu was opened on: it is open while that screen shows, so a new
    // screen closes it, whichever way it was reached (a link, Back, a button on the page).
    let opened_on = RwSignal::new(None::<Route>);
    let open = move || opened_on.get() == Some(app.route.get());
    let toggle = NodeRef::<html::Button>::new();
    let close_to_button = move || {
        opened_on.set(None);
        if let Some(button) = toggle.get_untracked() {
            let _ = button.focus();
        }
    };
    let close_on_escape = move |event: KeyboardEvent| {
        if event.key() == "Escape" && untrack(open) {
            close_to_button();
        }
    };
    view! {
        <header class="site-header" on:keydown=close_on_escape>
            <a class="brand" href="#/">
                <span class="brand-name">{move || t(Msg::AppName)}</span>
                <span class="brand-native" lang="ja">{move || t(Msg::AppNameNative)}</span>
                <span class="brand-tagline">{move || t(Msg::Tagline)}</span>
                {move || organization().map(|name| view! { <span class="brand-org">{name}</span> })}
            </a>
            <LanguageSwitch/>
            <button
                type="button"
                class="menu-toggle"
                node_ref=toggle
                aria-controls="main-menu"
                aria-expanded=move || open().to_string()
                on:click=move |_| {
                    let route = app.route.get_untracked();
                    opened_on.set((!untrack(open)).then_some(route));
                }
            >
                <span class="menu-icon" aria-hidden="true"></span>
                {move || t(Msg::MenuButton)}
            </button>
            <nav
                id="main-menu"
                class="main-nav"
                class:open=open
                aria-label=move || t(Msg::MainNavigation)
            >
                <ul>
                    {Route::ALL
                        .iter()
                        .copied()
                        .filter(|route| route.in_menu())
                        .map(|route| view! {
                            <li>
                                <a
                                    href=format!("#{}", route.hash())
                                    // The screen already shown closes the menu too, and
                                    // the focus goes back to the button (the link it was
                                    // on is folded away, and no new screen takes it).
                                    on:click=move |_| {
                                        if app.route.get_untracked() == route {
                                            close_to_button();
                                        } else {
                                            opened_on.set(None);
                                        }
                                    }
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
