//! Each action's verdict kept with a digest of its text, so that the worksheet's overview,
//! woken once typing pauses, checks again only the action whose text changed. With a full
//! notebook (hundreds of long actions) checking them all took about half a second at
//! CPU x4 at every pause, and a keystroke typed just then waited for it.
//!
//! The digest is the standard library's hasher over the text and the day it is read on
//! (a relative date reads otherwise tomorrow); the settings are the host's, the same for
//! as long as a page keeps its `ActionChecks`.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use chrono::NaiveDate;

use crate::domain::commitment::{check_with, Settings};
use crate::domain::commitments::SavedCommitment;

/// The verdicts known so far, by action id.
#[derive(Debug, Default)]
pub struct ActionChecks {
    known: HashMap<u64, (u64, bool)>,
    last_checked: usize,
}

impl ActionChecks {
    pub fn new() -> ActionChecks {
        ActionChecks::default()
    }

    /// Whether each of `actions` passes both tests ([`action_passes`]), in their order:
    /// an action whose text is as last time is not checked again. Actions no longer there
    /// are forgotten.
    pub fn passes_all(
        &mut self,
        actions: &[SavedCommitment],
        today: NaiveDate,
        settings: &Settings,
    ) -> Vec<bool> {
        let mut known = HashMap::with_capacity(actions.len());
        let mut checked = 0;
        let passes = actions
            .iter()
            .map(|action| {
                let digest = digest(&action.text, today);
                let passes = match self.known.get(&action.id) {
                    Some(&(seen, passes)) if seen == digest => passes,
                    _ => {
                        checked += 1;
                        action_passes(action, today, settings)
                    }
                };
                known.insert(action.id, (digest, passes));
                passes
            })
            .collect();
        self.known = known;
        self.last_checked = checked;
        passes
    }

    /// How many actions the last [`ActionChecks::passes_all`] checked (the rest were known).
    pub fn last_checked(&self) -> usize {
        self.last_checked
    }
}

/// Whether the action passes both tests of a commitment, checked as of `today`.
pub fn action_passes(action: &SavedCommitment, today: NaiveDate, settings: &Settings) -> bool {
    check_with(&action.text, today, settings).passes_both_tests()
}

fn digest(text: &str, today: NaiveDate) -> u64 {
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    today.hash(&mut hasher);
    hasher.finish()
}
