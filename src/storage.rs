//! The only code that touches localStorage. It loads the saved document at start,
//! saves it on every change, keeps unreadable text aside instead of overwriting it, and
//! falls back to memory when the browser does not let us store anything.

use crate::domain::document::{
    self, decode, encode, unreadable_backup_key, Document, STORAGE_KEY, UNREADABLE_KEY_PREFIX,
};

/// Where the document lives for this visit.
#[derive(Clone)]
pub struct Store {
    local: Option<web_sys::Storage>,
}

/// What a save can run into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The browser refused the write, usually because its quota is used up.
    Refused,
}

/// What the person needs to hear about after loading.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub document: Document,
    /// False when storage is disabled or throws: the app then works in memory only.
    pub persistent: bool,
}

/// A copy of saved text that could not be read, kept under its own key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnreadableCopy {
    pub key: String,
    pub text: String,
}

impl Store {
    /// Opens localStorage if the browser lets us both read and write it.
    pub fn open() -> Store {
        Store { local: probe() }
    }

    /// A store that keeps nothing beyond this page; used when storage is unavailable.
    pub fn memory_only() -> Store {
        Store { local: None }
    }

    pub fn is_persistent(&self) -> bool {
        self.local.is_some()
    }

    /// Reads the saved document. Text that cannot be read is first copied aside under a
    /// fresh key, then the app starts from an empty document.
    pub fn load(&mut self, now_millis: u64) -> Loaded {
        let persistent = self.is_persistent();
        let Some(local) = self.local.clone() else {
            return Loaded {
                document: Document::default(),
                persistent,
            };
        };
        let text = match local.get_item(STORAGE_KEY) {
            Ok(Some(text)) => text,
            _ => {
                return Loaded {
                    document: Document::default(),
                    persistent,
                }
            }
        };
        let document = match decode(&text) {
            Ok(document) => document,
            Err(_) => {
                let key = unreadable_backup_key(now_millis, |key| {
                    matches!(local.get_item(key), Ok(Some(_)))
                });
                // If even the copy cannot be written, the original stays where it is:
                // nothing is saved over it until the copy exists.
                if local.set_item(&key, &text).is_err() {
                    self.local = None;
                    return Loaded {
                        document: Document::default(),
                        persistent: false,
                    };
                }
                Document::default()
            }
        };
        Loaded {
            document,
            persistent,
        }
    }

    /// Saves the document. In memory-only mode there is nothing to do.
    pub fn save(&self, document: &Document) -> Result<(), SaveError> {
        match &self.local {
            Some(local) => local
                .set_item(STORAGE_KEY, &encode(document))
                .map_err(|_| SaveError::Refused),
            None => Ok(()),
        }
    }

    /// Every copy of unreadable text kept so far, oldest first.
    pub fn unreadable_copies(&self) -> Vec<UnreadableCopy> {
        let Some(local) = &self.local else {
            return Vec::new();
        };
        let count = local.length().unwrap_or(0);
        let mut copies: Vec<UnreadableCopy> = (0..count)
            .filter_map(|index| local.key(index).ok().flatten())
            .filter(|key| key.starts_with(UNREADABLE_KEY_PREFIX))
            .filter_map(|key| {
                let text = local.get_item(&key).ok().flatten()?;
                Some(UnreadableCopy { key, text })
            })
            .collect();
        document::sort_unreadable_keys(&mut copies, |copy| copy.key.as_str());
        copies
    }

    /// Deletes one kept copy, when the person asks for it.
    pub fn delete_unreadable_copy(&self, key: &str) {
        if let Some(local) = &self.local {
            if key.starts_with(UNREADABLE_KEY_PREFIX) {
                let _ = local.remove_item(key);
            }
        }
    }
}

/// Storage counts as usable only if a write and a removal both succeed: some browsers
/// hand out a storage object that throws on every write.
fn probe() -> Option<web_sys::Storage> {
    let local = web_sys::window()?.local_storage().ok().flatten()?;
    const PROBE_KEY: &str = "jiritsu.probe";
    local.set_item(PROBE_KEY, "1").ok()?;
    local.remove_item(PROBE_KEY).ok()?;
    Some(local)
}
