//! Typing into the document without making a keystroke wait for the whole notebook.
//!
//! The document is one signal, and most screens read it through memos. Waking all of them
//! at every keystroke costs time in proportion to the notebook (with a full notebook of
//! 900 KB, about 60 ms a keystroke at CPU x4: the saved commitments alone are cloned and
//! compared). So a keystroke is written differently from other changes:
//! - the field shows its own text from a signal of its own (`components::typed::typed_text`), set by the
//!   keystroke, so the field, its character count and what reads it live (the commitment
//!   check) update at once and nothing else runs;
//! - the document is changed at the same moment without waking its readers
//!   (`AppState::type_into`): it always holds what was typed, so a save, a reload, an
//!   export or a screen drawn from it never misses a character;
//! - autosave is told at once (`Typing::track`), so the save rules are the same as for any
//!   change (see `autosave`);
//! - the document's readers are woken once typing pauses for a quarter of a second, so the
//!   rest of the screen (a readiness overview, a list's summary) catches up then.
//!
//! Every other change (a click, a choice, a saved commitment, a whole document put in
//! place) goes through the document signal as usual, and each field's own text follows
//! what the document then holds.

use leptos::prelude::*;

use crate::browser;
use crate::domain::document::Document;

/// The document's readers catch up once typing has paused this long.
const CATCH_UP_MS: u64 = 250;

/// What the app knows of keystrokes written into the document.
#[derive(Clone, Copy)]
pub struct Typing {
    /// Notified at every keystroke written into the document.
    typed: Trigger,
    /// Wakes the document's readers once typing pauses.
    catch_up: StoredValue<Option<TimeoutHandle>>,
}

impl Default for Typing {
    fn default() -> Typing {
        Typing::new()
    }
}

impl Typing {
    pub fn new() -> Typing {
        Typing {
            typed: Trigger::new(),
            catch_up: StoredValue::new(None),
        }
    }

    /// Makes the running effect run again after every keystroke written into the document.
    pub fn track(&self) {
        self.typed.track();
    }

    /// Writes a keystroke's `change` into `document` without waking its readers, and wakes
    /// them once typing pauses.
    pub fn write(&self, document: RwSignal<Document>, change: impl FnOnce(&mut Document)) {
        document.update_untracked(change);
        self.typed.notify();
        self.catch_up.update_value(|pending| {
            let wait = std::time::Duration::from_millis(CATCH_UP_MS);
            browser::restart_timeout(pending, wait, move || document.notify());
        });
    }

    /// Forgets the pending wake-up: a whole other document was put in place, and its readers
    /// were woken by that.
    pub fn cancel_catch_up(&self) {
        self.catch_up.update_value(browser::clear_timeout);
    }
}
