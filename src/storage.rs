//! The only code that touches localStorage. It loads the saved document at start,
//! saves it on every change, keeps unreadable text aside instead of overwriting it, and
//! falls back to memory when the browser does not let us store anything.
//!
//! Two tabs share one storage. Every save raises the document's `revision`, and a tab
//! remembers the text it last read or wrote: if storage holds anything else when it is
//! about to save, another tab saved in between, and this tab stops saving until the
//! person chooses whose version to keep (no write is ever lost silently). When the other
//! tab's write arrives first (the browser's `storage` event), this tab takes it over.

use crate::domain::document::{
    self, decode, encode_at, unreadable_backup_key, Document, STORAGE_KEY, UNREADABLE_KEY_PREFIX,
};

/// Where the document lives for this visit.
#[derive(Clone)]
pub struct Store {
    local: Option<web_sys::Storage>,
    /// The saved text as this tab last read or wrote it.
    last_text: Option<String>,
    /// The revision of `last_text`.
    revision: u64,
    /// The next save is the echo of a document taken over from another tab: skip it.
    adopted: bool,
}

/// What a save can run into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The browser refused the write, usually because its quota is used up.
    Refused,
    /// Another tab saved since this one last read: the person chooses which to keep.
    Stale,
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
        Store {
            local: probe(),
            last_text: None,
            revision: 0,
            adopted: false,
        }
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
            Ok(document) => {
                self.revision = document.revision;
                self.last_text = Some(text);
                document
            }
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
                // The copy exists: the unreadable text may now be saved over.
                self.last_text = Some(text);
                Document::default()
            }
        };
        Loaded {
            document,
            persistent,
        }
    }

    /// Saves the document under the next revision, unless nothing changed or another tab
    /// saved since this one last read. In memory-only mode there is nothing to do.
    pub fn save(&mut self, document: &Document) -> Result<(), SaveError> {
        let Some(local) = self.local.clone() else {
            return Ok(());
        };
        if std::mem::take(&mut self.adopted)
            || self.last_text.as_deref() == Some(&encode_at(document, self.revision))
        {
            return Ok(());
        }
        let stored = self.stored_text();
        if stored != self.last_text {
            return Err(SaveError::Stale);
        }
        // Nothing to keep yet (a first visit, or just after "delete everything"): write nothing.
        if stored.is_none() && encode_at(document, 0) == encode_at(&Document::default(), 0) {
            return Ok(());
        }
        let text = encode_at(document, self.revision + 1);
        local
            .set_item(STORAGE_KEY, &text)
            .map_err(|_| SaveError::Refused)?;
        self.revision += 1;
        self.last_text = Some(text);
        Ok(())
    }

    /// The document's text in storage now, whoever wrote it; `None` in memory-only mode.
    fn stored_text(&self) -> Option<String> {
        self.local.as_ref()?.get_item(STORAGE_KEY).ok().flatten()
    }

    /// What another tab saved, when it differs from what this tab last read or wrote:
    /// `Some(Ok(document))` to take over (an empty one if the other tab deleted
    /// everything), `Some(Err(()))` when it cannot be read, `None` when nothing changed.
    pub fn take_stored(&mut self) -> Option<Result<Document, ()>> {
        let stored = self.stored_text();
        if stored == self.last_text {
            return None;
        }
        let document = match &stored {
            Some(text) => match decode(text) {
                Ok(document) => document,
                Err(_) => return Some(Err(())),
            },
            None => Document::default(),
        };
        self.revision = document.revision;
        self.last_text = stored;
        self.adopted = true;
        Some(Ok(document))
    }

    /// Saves this tab's document over whatever another tab saved, when the person chose so.
    pub fn overwrite(&mut self, document: &Document) -> Result<(), SaveError> {
        let stored = self.stored_text();
        let theirs = stored
            .as_deref()
            .and_then(|text| decode(text).ok())
            .map_or(0, |document| document.revision);
        self.revision = self.revision.max(theirs);
        self.last_text = stored;
        self.adopted = false;
        self.save(document)
    }

    /// The text of `document` as an export file holds it.
    pub fn export_text(&self, document: &Document) -> String {
        encode_at(document, self.revision)
    }

    /// Removes everything Jiritsu keeps in this browser: the document and every copy
    /// of unreadable text. The app then starts again from an empty document.
    pub fn delete_all(&mut self) {
        if let Some(local) = &self.local {
            let _ = local.remove_item(STORAGE_KEY);
            for copy in self.unreadable_copies() {
                let _ = local.remove_item(&copy.key);
            }
        }
        self.last_text = None;
        self.adopted = false;
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
