//! What the sheet carries beyond its entries, for paper and for whoever reads it: each
//! printed page's foot (whose sheet, page n / m), the address of the interviewers' guide
//! at the shared sheet's end, and the notes above the sheet about its name and language.

use leptos::prelude::*;

use crate::browser;
use crate::domain::lang::Lang;
use crate::domain::worksheet::sheet::{css_string, page_foot, SheetScope};
use crate::i18n::sheet::SheetMsg;
use crate::i18n::{in_lang, language_name};
use crate::route::{only_this_device, printed_site, Route};
use crate::state::use_app;

/// The custom property the print stylesheet's page margins show (style/worksheet.css).
const PAGE_FOOT: &str = "--sheet-page-foot";

/// On paper, each page's foot says whose sheet it is and which page it is (a second page
/// on its own was no one's): set while the sheet's screen is open, for `@page sheet`'s
/// margin boxes, which no element reaches.
pub fn keep_page_foot(scope: Signal<SheetScope>, name: Signal<String>, lang: Lang) {
    Effect::new(move |_| {
        let title = sheet_title(scope.get()).text(lang);
        let foot = name.with(|name| page_foot(name, in_lang(("\u{3000}", " — "), lang), title));
        browser::set_root_property(PAGE_FOOT, Some(&css_string(&foot)));
    });
    on_cleanup(|| browser::set_root_property(PAGE_FOOT, None));
}

/// The sheet's title for `scope`: at its head and at each printed page's foot.
pub fn sheet_title(scope: SheetScope) -> SheetMsg {
    match scope {
        SheetScope::Shared => SheetMsg::SheetTitleShared,
        SheetScope::Everything => SheetMsg::SheetTitlePrivate,
    }
}

/// The interviewers' guide on this site, as printed at the foot of the shared sheet: the
/// site's address without what a person's own visit added (a query, a user name); none when
/// the site is on this device alone (a file, localhost), which no interviewer can open.
pub fn guide_address() -> Option<String> {
    let page = browser::page_address();
    (!only_this_device(&page)).then(|| format!("{}#{}", printed_site(&page), Route::Guide.hash()))
}

/// How to print the headings in the other language, that language's name marked as such
/// for a screen reader.
#[component]
pub fn OtherLanguageNote() -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let other = lang.other();
    let text = SheetMsg::SheetOtherLanguage.text(lang);
    let (before, after) = text.split_once("{}").unwrap_or((text, ""));
    view! {
        <p class="help">{before}<span lang=other.code()>{language_name(other)}</span>{after}</p>
    }
}

/// Said above a shared sheet with something on it and no name: an interviewer with many
/// sheets may not tell whose this is.
#[component]
pub fn NoNameNote(#[prop(into)] shown: Signal<bool>) -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    view! {
        <p class="help" data-notice="no-name" aria-live="polite">
            {move || shown.get().then(|| SheetMsg::SheetNoName.text(lang))}
        </p>
    }
}
