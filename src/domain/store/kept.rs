//! The copies of the stored notebook kept aside (under `jiritsu.unreadable.<time>`), and
//! why each was kept: made unit for unit, once per original, and read back for the notices.

use super::{Failure, KeyValue};
use crate::domain::document::{
    decode, sort_unreadable_keys, unknown_fields, unreadable_backup_key, DecodeError, STORAGE_KEY,
    UNREADABLE_KEY_PREFIX,
};

/// A copy of saved text kept aside under its own key, and why it was kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnreadableCopy {
    pub key: String,
    /// As text (a unit that is not text reads as U+FFFD; storage keeps the original).
    pub text: String,
    pub kind: CopyKind,
}

/// Why a copy was kept aside, as this version reads it now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CopyKind {
    /// This version cannot read it.
    Unreadable,
    /// Written by a newer version of Jiritsu (this format number).
    NewerVersion(u64),
    /// It reads, but holds fields this version does not know (their paths), which were
    /// dropped when the notebook was saved again.
    UnknownFields(Vec<String>),
    /// It held units that are not text (a lone surrogate): it is kept as it was, and the
    /// notebook was read with U+FFFD in their place.
    NotText,
    /// This version reads it whole (kept by an older version, say): import it to use it.
    Readable,
}

impl CopyKind {
    /// Why `text` would be kept aside; `exact` is false when storage holds units that are
    /// not text.
    pub fn of(text: &str, exact: bool) -> CopyKind {
        if !exact {
            return CopyKind::NotText;
        }
        match decode(text) {
            Ok(document) => {
                let unknown = unknown_fields(text, &document);
                if unknown.is_empty() {
                    CopyKind::Readable
                } else {
                    CopyKind::UnknownFields(unknown)
                }
            }
            Err(DecodeError::NewerVersion(version)) => CopyKind::NewerVersion(version),
            Err(_) => CopyKind::Unreadable,
        }
    }
}

/// Every copy kept so far, oldest first.
pub(super) fn copies<K: KeyValue>(local: &K) -> Vec<UnreadableCopy> {
    let mut copies: Vec<UnreadableCopy> = local
        .keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|key| key.starts_with(UNREADABLE_KEY_PREFIX))
        .filter_map(|key| {
            let text = local.get(&key).ok().flatten()?;
            let kind = CopyKind::of(&text, local.is_exact_text(&key).unwrap_or(false));
            Some(UnreadableCopy { key, text, kind })
        })
        .collect();
    sort_unreadable_keys(&mut copies, |copy| copy.key.as_str());
    copies
}

/// Copies the stored notebook, unit for unit, under a fresh backup key (the copy must read
/// back equal), unless a kept copy already holds exactly the same: reloading the same
/// notebook keeps one copy, not one per visit.
pub(super) fn keep_aside<K: KeyValue>(local: &mut K, now_millis: u64) -> Result<String, Failure> {
    for key in local.keys()? {
        if key.starts_with(UNREADABLE_KEY_PREFIX) && local.same(&key, STORAGE_KEY)? {
            return Ok(key);
        }
    }
    let key = unreadable_backup_key(now_millis, |key| matches!(local.get(key), Ok(Some(_))));
    local.copy(STORAGE_KEY, &key)?;
    Ok(key)
}
