//! What Jiritsu keeps beside the notebook rather than in it: where the person last wrote
//! on the worksheet. It is not part of the saved document — not exported, not a change
//! that another tab takes over, not counted as something saved — but it is this
//! person's, so "delete everything" removes it with the notebook.

use super::{KeyValue, Store};
use crate::domain::worksheet::readiness::Section;

/// The worksheet's section last written in, by its anchor id (`ws-actions`).
pub const WORKSHEET_PLACE_KEY: &str = "jiritsu.worksheet-place";

/// Every key kept beside the notebook: [`Store::delete_all`] removes each of them.
pub const KEPT_BESIDE: [&str; 1] = [WORKSHEET_PLACE_KEY];

impl<K: KeyValue> Store<K> {
    /// The worksheet's section the person last wrote in, if one is kept.
    pub fn worksheet_place(&self) -> Option<Section> {
        let local = self.local.as_ref()?;
        let id = local.get(WORKSHEET_PLACE_KEY).ok().flatten()?;
        Section::from_anchor_id(&id)
    }

    /// Keeps `section` as the one last written in. Nothing is written in a visit that
    /// writes nothing (memory only), nor while saving waits for the person's choice (after
    /// another tab's change, or everything deleted from outside): "delete everything" in
    /// another tab leaves nothing behind. Whether it was kept matters to no one, so a
    /// refusal is not reported.
    pub fn remember_worksheet_place(&mut self, section: Section) {
        if self.memory_only.is_some() || self.blocked.is_some() {
            return;
        }
        if let Some(local) = self.local.as_mut() {
            let _ = local.set(WORKSHEET_PLACE_KEY, section.anchor_id());
        }
    }
}
