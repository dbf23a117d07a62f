//! The header: product name (a link home), the language switch and the main menu. Name
//! and menu are markup, rebuilt when the language or the screen changes.

use leptos::prelude::*;

use crate::app::AppState;
use crate::components::kit::{element, region, Piece};
use crate::components::language_switch::language_switch;
use crate::i18n::{route_label, Msg};
use crate::markup::Html;
use crate::route::Route;

pub fn header(app: AppState) -> Piece {
    let brand = region(move || {
        let lang = app.lang.get();
        let mut h = Html::new();
        h.open("a", &[("class", "brand"), ("href", "#/")]);
        h.leaf("span", "brand-name", Msg::AppName.text(lang));
        h.leaf_with(
            "span",
            &[("class", "brand-native"), ("lang", "ja")],
            Msg::AppNameNative.text(lang),
        );
        h.leaf("span", "brand-tagline", Msg::Tagline.text(lang));
        if let Some(name) = app.host.config.with(|c| c.organization_name.clone()) {
            h.leaf("span", "brand-org", &name);
        }
        h.close("a").finish()
    });
    let menu = region(move || {
        let (lang, current) = (app.lang.get(), app.route.get());
        let mut h = Html::new();
        h.open(
            "nav",
            &[
                ("class", "main-nav"),
                ("aria-label", Msg::MainNavigation.text(lang)),
            ],
        )
        .open("ul", &[]);
        for &route in Route::ALL.iter().filter(|route| route.in_menu()) {
            let href = format!("#{}", route.hash());
            let here = if route == current { "page" } else { "" };
            h.open("li", &[])
                .leaf_with(
                    "a",
                    &[("href", &href), ("aria-current", here)],
                    route_label(route, lang),
                )
                .close("li");
        }
        h.close("ul").close("nav").finish()
    });
    element(
        "header",
        &[("class", "site-header")],
        vec![brand, language_switch(app), menu],
    )
}
