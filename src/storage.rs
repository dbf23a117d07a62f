//! The only code that touches localStorage: it plugs the browser's storage into the
//! notebook's storage policy (`domain::store`, where every path that could lose a
//! notebook is tested on the host) and tells a full quota from other refusals. A value is
//! copied and compared as the browser holds it (UTF-16, which may hold a lone surrogate
//! that a Rust `String` cannot), so a copy kept aside is the original, unit for unit.

pub use crate::domain::store::{Change, CopyKind, Loaded, MemoryOnly, SaveError, UnreadableCopy};
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

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// localStorage, seen through the two calls below.
    type RawStorage;

    /// `getItem`, giving the JS string itself (or null), not a copy turned into UTF-8.
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_raw(
        this: &RawStorage,
        key: &str,
    ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;

    /// `setItem` with a JS string as it is.
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_raw(
        this: &RawStorage,
        key: &str,
        value: &wasm_bindgen::JsValue,
    ) -> Result<(), wasm_bindgen::JsValue>;
}

impl Local {
    fn raw(&self) -> &RawStorage {
        wasm_bindgen::JsCast::unchecked_ref(&self.0)
    }
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

    fn is_exact_text(&self, key: &str) -> Result<bool, Failure> {
        use wasm_bindgen::JsCast;
        let value = self.raw().get_raw(key).map_err(failure)?;
        Ok(value
            .dyn_ref::<js_sys::JsString>()
            .is_none_or(js_sys::JsString::is_valid_utf16))
    }

    fn copy(&mut self, from: &str, to: &str) -> Result<(), Failure> {
        let value = self.raw().get_raw(from).map_err(failure)?;
        if value.is_null() {
            return Err(Failure::Other);
        }
        self.raw().set_raw(to, &value).map_err(failure)?;
        match self.same(from, to) {
            Ok(true) => Ok(()),
            _ => Err(Failure::Other),
        }
    }

    fn same(&self, a: &str, b: &str) -> Result<bool, Failure> {
        let a = self.raw().get_raw(a).map_err(failure)?;
        let b = self.raw().get_raw(b).map_err(failure)?;
        Ok(!a.is_null() && a == b)
    }
}
