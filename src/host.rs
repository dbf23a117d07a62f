//! What the hosting organisation and the browser tell the app at run time: the optional
//! settings file beside `index.html`, and a new version of the app ready for the next load.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::commitment::Settings;
use crate::domain::config::{self, Config, Ignored};

/// Run-time facts about where the app is hosted.
#[derive(Clone, Copy)]
pub struct HostState {
    pub config: RwSignal<Config>,
    /// Settings of the file that were not used, to be named in a notice.
    pub ignored: RwSignal<Vec<Ignored>>,
    /// A new version of the app was installed; it is used from the next load.
    pub update_ready: RwSignal<bool>,
}

impl Default for HostState {
    fn default() -> HostState {
        HostState::new()
    }
}

impl HostState {
    pub fn new() -> HostState {
        HostState {
            config: RwSignal::new(Config::default()),
            ignored: RwSignal::new(Vec::new()),
            update_ready: RwSignal::new(update_marked()),
        }
    }

    /// Fetches the settings file. Missing (or the network gone) means the defaults, silently.
    pub fn load_config(self) {
        leptos::task::spawn_local(async move {
            if let Some(text) = fetch_text(config::FILE_NAME).await {
                let (config, ignored) = config::read(&text);
                self.config.set(config);
                self.ignored.set(ignored);
            }
        });
    }

    /// The commitment check's settings under this host's fiscal year.
    pub fn check_settings(self) -> Settings {
        Settings {
            fiscal_year_start_month: self.config.with(|c| c.fiscal_year_start_month),
            ..Settings::default()
        }
    }

    /// The page's registration script marks `<html data-update="ready">` (and sends
    /// `jiritsu-update`) when a newer version takes over.
    pub fn note_update(self) {
        if update_marked() {
            self.update_ready.set(true);
        }
    }
}

fn update_marked() -> bool {
    document()
        .document_element()
        .and_then(|root| root.get_attribute("data-update"))
        .is_some()
}

/// The text of a file of the site, relative to the page; `None` unless it is there. The
/// browser asks the server whether the file changed at every load (`no-cache`): a plain
/// server lets it keep a file it has seen, and HR's edit would not reach anyone for a day.
async fn fetch_text(path: &str) -> Option<String> {
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let response = JsFuture::from(window().fetch_with_str_and_init(path, &init))
        .await
        .ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
