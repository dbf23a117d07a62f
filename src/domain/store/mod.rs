//! How the notebook is kept in the browser's storage, as pure logic over a key–value
//! store, so that every path that could lose a person's notebook is tested on the host
//! (`tests/host/store.rs`); `src/storage.rs` only plugs localStorage in.
//!
//! The policy, in short: nothing the app does can lose the notebook.
//! - **Save only what reads back.** A text is written only after it decoded again; what
//!   would not (a field over its bound) is refused and named, and the last good text stays.
//! - **Never overwrite what cannot be read.** Unreadable text is copied aside under a key
//!   of its own before anything is written over it; text from a newer version of the app
//!   is never written over at all (another tab runs the newer version: reload to use it).
//! - **A read error is "unknown", not "empty".** When reading throws, the app works in
//!   memory and writes nothing, so the stored notebook cannot be replaced by an empty one.
//! - **Ask before adopting an empty notebook.** When storage is emptied from outside (the
//!   intranet's other apps share the origin), the notebook in memory stays and is not
//!   saved until the person chooses.
//! - **Two tabs.** Every save raises `revision`; a tab remembers the text it last read or
//!   wrote. If storage holds something else when it is about to save, another tab saved in
//!   between: it stops saving until the person chooses whose version to keep.
//! - **Say what happened.** A full quota is "storage is full", not "storage refused"; a
//!   deletion that did not happen is not reported as done.
//! - **Nothing is dropped unseen.** A notebook that reads but holds what saving it again
//!   would lose — fields this version does not know, or characters that are not text (a
//!   lone UTF-16 surrogate, which localStorage can hold and a Rust `String` cannot) — is
//!   copied aside, unit for unit, before anything is written, and each kept copy says why
//!   it was kept ([`CopyKind`]).

mod beside;
mod kept;
mod key_value;

pub use beside::{KEPT_BESIDE, WORKSHEET_PLACE_KEY};
pub use kept::{CopyKind, UnreadableCopy};
pub use key_value::{Failure, KeyValue};

use crate::domain::document::{
    decode, encode_at, unknown_fields, DecodeError, Document, STORAGE_KEY, UNREADABLE_KEY_PREFIX,
};
use kept::keep_aside;

/// Why the app works in memory only for this visit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MemoryOnly {
    /// The browser gives no usable storage at all.
    Unavailable,
    /// Reading the saved notebook failed: it may be there, so nothing is written over it.
    ReadFailed,
    /// The saved text could not be read, and storage is too full to copy it aside: it
    /// stays untouched, and the person can download it.
    FullWithUnreadable { text: String },
    /// The saved notebook reads, but saving it again would drop part of it (see
    /// [`CopyKind`]), and storage is too full to copy it aside: it stays untouched.
    FullWithUnkept { text: String },
    /// The saved notebook was written by a newer version of Jiritsu (this format number):
    /// it is never written over, so that reloading with the newer version finds it.
    NewerVersion(u64),
}

/// What a save can run into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The browser refused the write because its storage for this site is full.
    Full,
    /// The browser refused the write for another reason.
    Refused,
    /// Another tab saved since this one last read: the person chooses which to keep.
    Stale,
    /// Another tab saved text this version cannot read (a newer version of the app): it is
    /// never written over; reloading brings the newer version here too.
    NewerElsewhere,
    /// The notebook was removed from storage from outside; the person decides whether to
    /// keep the one on the screen or start empty.
    Cleared,
    /// The document would not read back (a field over its bound): nothing was written.
    /// Carries the reader's message, e.g. `training_draft: text too long`.
    WouldNotReadBack(String),
}

/// The result of loading.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub document: Document,
    /// Set when nothing will be written this visit, and why.
    pub memory_only: Option<MemoryOnly>,
}

/// What another tab's write means for this one.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// A document to show here (boxed: the other outcomes are small).
    Document(Box<Document>),
    /// Storage no longer holds a notebook.
    Cleared,
    /// Storage holds text this version cannot read; `Some(version)` when it is newer.
    Unreadable(Option<u64>),
}

/// The notebook's place in storage, for one tab.
pub struct Store<K: KeyValue> {
    local: Option<K>,
    memory_only: Option<MemoryOnly>,
    /// The saved text as this tab last read or wrote it.
    last_text: Option<String>,
    /// The revision of `last_text`.
    revision: u64,
    /// The next save is the echo of a document taken over from another tab: skip it.
    adopted: bool,
    /// Writes are suspended until the person decides (another tab, a clear from outside).
    blocked: Option<SaveError>,
}

impl<K: KeyValue> Store<K> {
    /// A store over `local`; `None` when the browser gives no usable storage.
    pub fn new(local: Option<K>) -> Store<K> {
        let memory_only = local.is_none().then_some(MemoryOnly::Unavailable);
        Store {
            local,
            memory_only,
            last_text: None,
            revision: 0,
            adopted: false,
            blocked: None,
        }
    }

    /// Why nothing is written this visit, if so.
    pub fn memory_only(&self) -> Option<&MemoryOnly> {
        self.memory_only.as_ref()
    }

    /// Reads the saved document. Text that cannot be read is first copied aside under a
    /// fresh key, then the app starts from an empty document; if it cannot be copied, it
    /// stays where it is and nothing is written this visit. A newer version's text is
    /// copied aside too and never written over. A document that reads but would lose part
    /// of itself when saved again (unknown fields, units that are not text) is copied
    /// aside before anything is written.
    pub fn load(&mut self, now_millis: u64) -> Loaded {
        let mut loaded = Loaded {
            document: Document::default(),
            memory_only: None,
        };
        let Some(local) = self.local.as_mut() else {
            loaded.memory_only = self.memory_only.clone();
            return loaded;
        };
        let text = match local.get(STORAGE_KEY) {
            Ok(Some(text)) => text,
            Ok(None) => return loaded,
            Err(_) => {
                self.memory_only = Some(MemoryOnly::ReadFailed);
                loaded.memory_only = self.memory_only.clone();
                return loaded;
            }
        };
        match decode(&text) {
            Ok(document) => {
                let exact = local.is_exact_text(STORAGE_KEY).unwrap_or(false);
                let whole = exact && unknown_fields(&text, &document).is_empty();
                if !whole && keep_aside(local, now_millis).is_err() {
                    self.memory_only = Some(MemoryOnly::FullWithUnkept { text: text.clone() });
                    loaded.memory_only = self.memory_only.clone();
                }
                self.revision = document.revision;
                self.last_text = Some(text);
                loaded.document = document;
            }
            Err(DecodeError::NewerVersion(version)) => {
                // A copy to take out as a file; the text itself stays where the newer
                // version will look for it.
                let _ = keep_aside(local, now_millis);
                self.memory_only = Some(MemoryOnly::NewerVersion(version));
                loaded.memory_only = self.memory_only.clone();
            }
            Err(_) => {
                if keep_aside(local, now_millis).is_err() {
                    self.memory_only = Some(MemoryOnly::FullWithUnreadable { text });
                    loaded.memory_only = self.memory_only.clone();
                    return loaded;
                }
                // The copy exists: the unreadable text may now be saved over.
                self.last_text = Some(text);
            }
        }
        loaded
    }

    /// Saves the document under the next revision, unless nothing changed, writes are
    /// suspended, or another tab saved since this one last read.
    pub fn save(&mut self, document: &Document) -> Result<(), SaveError> {
        if self.memory_only.is_some() {
            return Ok(());
        }
        if let Some(blocked) = &self.blocked {
            return Err(blocked.clone());
        }
        if std::mem::take(&mut self.adopted)
            || self.last_text.as_deref() == Some(&encode_at(document, self.revision))
        {
            return Ok(());
        }
        let stored = self.stored_text()?;
        if stored != self.last_text {
            return Err(SaveError::Stale);
        }
        // Nothing to keep yet (a first visit, or just after "delete everything"): write nothing.
        if stored.is_none() && encode_at(document, 0) == encode_at(&Document::default(), 0) {
            return Ok(());
        }
        self.write(document, self.revision + 1)
    }

    /// Writes `document` at `revision`, after checking that the text reads back.
    fn write(&mut self, document: &Document, revision: u64) -> Result<(), SaveError> {
        let text = encode_at(document, revision);
        if let Err(error) = decode(&text) {
            let detail = match error {
                DecodeError::Invalid(detail) => detail,
                other => format!("{other:?}"),
            };
            return Err(SaveError::WouldNotReadBack(detail));
        }
        let Some(local) = self.local.as_mut() else {
            return Ok(());
        };
        local
            .set(STORAGE_KEY, &text)
            .map_err(|failure| match failure {
                Failure::Full => SaveError::Full,
                Failure::Other => SaveError::Refused,
            })?;
        self.revision = revision;
        self.last_text = Some(text);
        Ok(())
    }

    /// The document's text in storage now, whoever wrote it.
    fn stored_text(&self) -> Result<Option<String>, SaveError> {
        match &self.local {
            Some(local) => local.get(STORAGE_KEY).map_err(|_| SaveError::Refused),
            None => Ok(None),
        }
    }

    /// What another tab saved, when it differs from what this tab last read or wrote;
    /// `None` when nothing changed. A readable document is taken over (the echo of it is
    /// not saved back); an emptied storage or unreadable text suspends saving until the
    /// person decides ([`Store::keep_mine`] or [`Store::start_empty`]). A newer version's
    /// text, in a newer format or with fields this version does not know, suspends saving
    /// for good: this tab must be reloaded to run that version.
    pub fn take_stored(&mut self) -> Option<Change> {
        if self.memory_only.is_some() {
            return None;
        }
        let stored = self.stored_text().ok()?;
        if stored == self.last_text {
            return None;
        }
        let Some(text) = &stored else {
            self.blocked = Some(SaveError::Cleared);
            return Some(Change::Cleared);
        };
        match decode(text) {
            // Fields this version does not know come from a newer version in another tab
            // (this version never writes them): taking the document would drop them at
            // this tab's next save, so it is treated as a newer version's text.
            Ok(document) if !unknown_fields(text, &document).is_empty() => {
                self.blocked = Some(SaveError::NewerElsewhere);
                Some(Change::Unreadable(Some(u64::from(document.version))))
            }
            Ok(document) => {
                self.revision = document.revision;
                self.last_text = stored;
                self.adopted = true;
                self.blocked = None;
                Some(Change::Document(Box::new(document)))
            }
            Err(DecodeError::NewerVersion(version)) => {
                self.blocked = Some(SaveError::NewerElsewhere);
                Some(Change::Unreadable(Some(version)))
            }
            Err(_) => {
                self.blocked = Some(SaveError::Stale);
                Some(Change::Unreadable(None))
            }
        }
    }

    /// The person chose this tab's version: it is saved over what another tab saved. Text
    /// this version cannot read is copied aside first; a newer version's text (a newer
    /// format, or fields this version does not know) is never written over (the error
    /// says so).
    pub fn keep_mine(&mut self, document: &Document, now_millis: u64) -> Result<(), SaveError> {
        if self.memory_only.is_some() {
            return Ok(());
        }
        let stored = self.stored_text()?;
        let newer_fields = |text: &str, theirs: &Document| !unknown_fields(text, theirs).is_empty();
        let theirs = match stored.as_deref().map(|text| (text, decode(text))) {
            None => 0,
            Some((text, Ok(theirs))) if !newer_fields(text, &theirs) => theirs.revision,
            Some((_, Ok(_) | Err(DecodeError::NewerVersion(_)))) => {
                self.blocked = Some(SaveError::NewerElsewhere);
                return Err(SaveError::NewerElsewhere);
            }
            Some((_, Err(_))) => {
                if let Some(local) = self.local.as_mut() {
                    keep_aside(local, now_millis).map_err(|_| SaveError::Full)?;
                }
                0
            }
        };
        self.blocked = None;
        self.adopted = false;
        self.last_text = stored;
        self.write(document, self.revision.max(theirs) + 1)
    }

    /// The person chose to start empty after the notebook was removed from outside.
    pub fn start_empty(&mut self) {
        self.blocked = None;
        self.adopted = false;
        self.last_text = None;
        self.revision = 0;
    }

    /// The text of `document` as an export file holds it.
    pub fn export_text(&self, document: &Document) -> String {
        encode_at(document, self.revision)
    }

    /// Removes everything Jiritsu keeps in this browser: the document, every copy of
    /// unreadable text, and what is kept beside the notebook ([`KEPT_BESIDE`]). Returns
    /// whether it is all gone (a key that is still there after the attempt, or that could
    /// not be checked, counts as not gone).
    pub fn delete_all(&mut self) -> bool {
        let copies = self.unreadable_copies();
        let Some(local) = self.local.as_mut() else {
            // Memory only: the stored text (if any) was never ours to remove.
            return self.memory_only == Some(MemoryOnly::Unavailable);
        };
        let mut keys: Vec<String> = copies.into_iter().map(|copy| copy.key).collect();
        keys.push(STORAGE_KEY.to_owned());
        keys.extend(KEPT_BESIDE.map(str::to_owned));
        let mut all_gone = true;
        for key in &keys {
            let _ = local.remove(key);
            all_gone &= matches!(local.get(key), Ok(None));
        }
        if all_gone {
            self.last_text = None;
            self.adopted = false;
            self.blocked = None;
        }
        all_gone
    }

    /// Every copy of unreadable text kept so far, oldest first.
    pub fn unreadable_copies(&self) -> Vec<UnreadableCopy> {
        let Some(local) = &self.local else {
            return Vec::new();
        };
        kept::copies(local)
    }

    /// Deletes one kept copy, when the person asks for it.
    pub fn delete_unreadable_copy(&mut self, key: &str) {
        if let Some(local) = self.local.as_mut() {
            if key.starts_with(UNREADABLE_KEY_PREFIX) {
                let _ = local.remove(key);
            }
        }
    }

    /// The store underneath, for tests.
    pub fn inner(&self) -> Option<&K> {
        self.local.as_ref()
    }

    pub fn inner_mut(&mut self) -> Option<&mut K> {
        self.local.as_mut()
    }
}
