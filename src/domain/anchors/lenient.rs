//! Forgiving readers for saved lists: one bad entry, or a value of the wrong shape, must
//! not make the whole saved document unreadable.

use serde::de::{DeserializeOwned, IgnoredAny};
use serde::{Deserialize, Deserializer};

/// Reads a list in which every entry that is a valid `T` gives `Some`, and every other
/// entry gives `None`. A value that is not a list at all reads as an empty list.
pub(super) fn read_list<'de, D, T>(deserializer: D) -> Result<Vec<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Entry<T> {
        Valid(T),
        Invalid(IgnoredAny),
    }

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Saved<T> {
        List(Vec<Entry<T>>),
        NotAList(IgnoredAny),
    }

    let entries = match Saved::<T>::deserialize(deserializer)? {
        Saved::List(entries) => entries,
        Saved::NotAList(_) => Vec::new(),
    };
    Ok(entries
        .into_iter()
        .map(|entry| match entry {
            Entry::Valid(value) => Some(value),
            Entry::Invalid(_) => None,
        })
        .collect())
}
