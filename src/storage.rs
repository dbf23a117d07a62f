//! The only code that touches localStorage: it plugs the browser's storage into the
//! notebook's storage policy (`domain::store`, where every path that could lose a
//! notebook is tested on the host) and tells a full quota from other refusals.

pub use crate::domain::store::{Change, Loaded, MemoryOnly, SaveError, UnreadableCopy};
use crate::domain::store::{Failure, KeyValue};

/// The notebook's place in this browser.
pub type Store = crate::domain::store::Store<Local>;

/// localStorage, as the storage policy sees it.
pub struct Local(web_sys::Storage);

/// Opens localStorage if the browser lets us both write and remove in it: some browsers
/// hand out a storage object that throws on every write.
pub fn open() -> Store {
    Store::new(probe().map(Local))
}

fn probe() -> Option<web_sys::Storage> {
    let local = web_sys::window()?.local_storage().ok().flatten()?;
    const PROBE_KEY: &str = "jiritsu.probe";
    local.set_item(PROBE_KEY, "1").ok()?;
    local.remove_item(PROBE_KEY).ok()?;
    Some(local)
}

/// A thrown `QuotaExceededError` is a full storage; anything else is another refusal.
fn failure(error: wasm_bindgen::JsValue) -> Failure {
    use wasm_bindgen::JsCast;
    match error.dyn_ref::<web_sys::DomException>() {
        Some(exception) if exception.name() == "QuotaExceededError" => Failure::Full,
        _ => Failure::Other,
    }
}

impl KeyValue for Local {
    fn get(&self, key: &str) -> Result<Option<String>, Failure> {
        self.0.get_item(key).map_err(failure)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), Failure> {
        self.0.set_item(key, value).map_err(failure)
    }

    fn remove(&mut self, key: &str) -> Result<(), Failure> {
        self.0.remove_item(key).map_err(failure)
    }

    fn keys(&self) -> Result<Vec<String>, Failure> {
        let count = self.0.length().map_err(failure)?;
        (0..count)
            .map(|index| {
                self.0
                    .key(index)
                    .map(Option::unwrap_or_default)
                    .map_err(failure)
            })
            .collect()
    }
}
