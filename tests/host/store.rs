//! Keeping the notebook in the browser's storage: every path that could lose it, driven
//! through a key–value store that can be told to fail the way browsers do, and that holds
//! UTF-16 as browsers do (so a value may hold a lone surrogate, which a `String` cannot).

use std::collections::BTreeMap;

use jiritsu::domain::document::{
    decode, encode, Document, CURRENT_VERSION, STORAGE_KEY, UNREADABLE_KEY_PREFIX,
};
use jiritsu::domain::store::{
    Change, CopyKind, Failure, KeyValue, MemoryOnly, SaveError, Store, WORKSHEET_PLACE_KEY,
};
use jiritsu::domain::worksheet::readiness::Section;

/// localStorage as the tests need it: a map with a quota, and switches that make reads,
/// writes or removals throw.
#[derive(Default)]
struct FakeStorage {
    /// Values as UTF-16 units, as localStorage keeps them.
    items: BTreeMap<String, Vec<u16>>,
    quota: Option<usize>,
    reads_fail: bool,
    removals_fail: bool,
}

impl FakeStorage {
    fn with(text: &str) -> FakeStorage {
        FakeStorage::with_units(text.encode_utf16().collect())
    }

    fn with_units(units: Vec<u16>) -> FakeStorage {
        let mut storage = FakeStorage::default();
        storage.items.insert(STORAGE_KEY.into(), units);
        storage
    }

    fn put(&mut self, key: &str, text: &str) {
        self.items.insert(key.into(), text.encode_utf16().collect());
    }

    fn used(&self) -> usize {
        self.items.iter().map(|(k, v)| k.len() + v.len()).sum()
    }
}

impl KeyValue for FakeStorage {
    fn get(&self, key: &str) -> Result<Option<String>, Failure> {
        if self.reads_fail {
            return Err(Failure::Other);
        }
        Ok(self
            .items
            .get(key)
            .map(|units| String::from_utf16_lossy(units)))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), Failure> {
        let old = self.items.get(key).map_or(0, |v| key.len() + v.len());
        if let Some(quota) = self.quota {
            if self.used() - old + key.len() + value.len() > quota {
                return Err(Failure::Full);
            }
        }
        self.put(key, value);
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), Failure> {
        if self.removals_fail {
            return Err(Failure::Other);
        }
        self.items.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, Failure> {
        Ok(self.items.keys().cloned().collect())
    }

    fn is_exact_text(&self, key: &str) -> Result<bool, Failure> {
        Ok(self
            .items
            .get(key)
            .is_none_or(|units| String::from_utf16(units).is_ok()))
    }

    fn copy(&mut self, from: &str, to: &str) -> Result<(), Failure> {
        let units = self.items.get(from).cloned().ok_or(Failure::Other)?;
        if let Some(quota) = self.quota {
            if self.used() + to.len() + units.len() > quota {
                return Err(Failure::Full);
            }
        }
        self.items.insert(to.into(), units);
        Ok(())
    }

    fn same(&self, a: &str, b: &str) -> Result<bool, Failure> {
        Ok(self.items.contains_key(a) && self.items.get(a) == self.items.get(b))
    }
}

fn notebook(vision: &str) -> Document {
    let mut document = Document::default();
    document.worksheet.vision.doing = vision.into();
    document
}

fn stored(store: &Store<FakeStorage>) -> Option<String> {
    store
        .inner()
        .and_then(|s| s.get(STORAGE_KEY).ok().flatten())
}

fn backups(store: &Store<FakeStorage>) -> Vec<String> {
    store
        .inner()
        .map(|s| {
            s.items
                .iter()
                .filter(|(k, _)| k.starts_with(UNREADABLE_KEY_PREFIX))
                .map(|(_, v)| String::from_utf16_lossy(v))
                .collect()
        })
        .unwrap_or_default()
}

const NEWER: &str = r#"{"version": 99, "revision": 7, "shape": "from the future"}"#;

#[test]
fn a_saved_notebook_loads_and_each_change_is_saved_under_the_next_revision() {
    let mut store = Store::new(Some(FakeStorage::with(&encode(&notebook("講師になる")))));
    let loaded = store.load(1);
    assert_eq!(loaded.document.worksheet.vision.doing, "講師になる");
    assert_eq!(loaded.memory_only, None);
    assert_eq!(
        store.save(&notebook("社内講師として若手を育てている")),
        Ok(())
    );
    let saved = decode(&stored(&store).unwrap()).unwrap();
    assert_eq!(
        saved.worksheet.vision.doing,
        "社内講師として若手を育てている"
    );
    assert_eq!(saved.revision, 1);
}

#[test]
fn a_document_that_would_not_read_back_is_not_saved_and_the_last_good_one_stays() {
    let mut store = Store::new(Some(FakeStorage::default()));
    store.load(1);
    assert_eq!(store.save(&notebook("short")), Ok(()));
    let good = stored(&store);
    let mut too_long = notebook("short");
    too_long.training_draft = "あ".repeat(10_001); // 30,003 bytes: past the field bound.
    assert_eq!(
        store.save(&too_long),
        Err(SaveError::WouldNotReadBack(
            "training_draft: text too long".into()
        ))
    );
    assert_eq!(stored(&store), good);
}

#[test]
fn a_newer_versions_notebook_is_kept_aside_on_load_and_never_written_over() {
    let mut store = Store::new(Some(FakeStorage::with(NEWER)));
    let loaded = store.load(1);
    assert_eq!(loaded.memory_only, Some(MemoryOnly::NewerVersion(99)));
    assert_eq!(backups(&store), [NEWER]);
    assert_eq!(store.save(&notebook("typed in the older version")), Ok(()));
    assert_eq!(
        stored(&store).as_deref(),
        Some(NEWER),
        "still there for the newer version"
    );
    let copies = store.unreadable_copies();
    assert_eq!(
        copies[0].kind,
        CopyKind::NewerVersion(99),
        "the copy says why it was kept"
    );
}

#[test]
fn fields_this_version_does_not_know_are_kept_aside_before_saving_drops_them() {
    let mut document = notebook("講師になる");
    document.revision = 3;
    let mut value: serde_json::Value = serde_json::from_str(&encode(&document)).unwrap();
    value["future_part"] = serde_json::json!({"notes": "大事"});
    value["worksheet"]["vision"]["colour"] = serde_json::json!("blue");
    let original = serde_json::to_string_pretty(&value).unwrap();
    let mut store = Store::new(Some(FakeStorage::with(&original)));
    let loaded = store.load(1);
    assert_eq!(
        loaded.document.worksheet.vision.doing, "講師になる",
        "the notebook opens"
    );
    assert_eq!(loaded.memory_only, None);
    assert_eq!(
        backups(&store),
        std::slice::from_ref(&original),
        "kept before anything is written"
    );
    assert_eq!(store.save(&notebook("講師として若手を育てる")), Ok(()));
    assert_eq!(backups(&store), [original]);
    let copies = store.unreadable_copies();
    assert_eq!(
        copies[0].kind,
        CopyKind::UnknownFields(vec!["future_part".into(), "worksheet.vision.colour".into()])
    );
}

#[test]
fn a_notebook_whose_fields_are_all_known_keeps_no_copy() {
    for text in [
        encode(&notebook("講師になる")),
        include_str!("fixtures/document-v1.json").to_owned(),
        include_str!("fixtures/document-v2.json").to_owned(),
        include_str!("fixtures/document-v2-commitments.json").to_owned(),
        include_str!("fixtures/document-v3.json").to_owned(),
        include_str!("fixtures/document-v4.json").to_owned(),
    ] {
        let mut store = Store::new(Some(FakeStorage::with(&text)));
        store.load(1);
        assert_eq!(backups(&store), Vec::<String>::new(), "{text:.60}");
    }
}

/// A field the app leaves out of what it saves while it is empty (a deadline flag off, no
/// name, no day read) may still be written out, by hand or by another tool: reading it as
/// empty loses nothing, so no copy is kept and no notice is shown.
#[test]
fn known_fields_written_out_empty_keep_no_copy() {
    let text = r#"{"version":5,"revision":2,
        "worksheet":{"interview":{"name":""},"vision":{"doing":"講師になる","shared":true}},
        "commitments":{"draft":"","saved":[{"id":1,"text":"12月10日から勉強会を開きます",
            "saved_on":"2026-11-20","start_date":"2026-12-10","start_by":false,"read_on":null,
            "shared":true}]}}"#;
    let mut store = Store::new(Some(FakeStorage::with(text)));
    let loaded = store.load(1);
    assert_eq!(
        loaded.document.commitments.saved.len(),
        1,
        "the notebook opens"
    );
    assert_eq!(backups(&store), Vec::<String>::new());
}

#[test]
fn reloading_the_same_notebook_keeps_one_copy_not_one_a_visit() {
    let mut storage = FakeStorage::with("{cut short");
    for visit in 1..=3 {
        let mut store = Store::new(Some(storage));
        store.load(visit);
        storage = std::mem::take(store.inner_mut().unwrap());
    }
    let copies: Vec<_> = storage
        .items
        .keys()
        .filter(|k| k.starts_with(UNREADABLE_KEY_PREFIX))
        .collect();
    assert_eq!(copies.len(), 1, "{copies:?}");
}

#[test]
fn a_lone_surrogate_in_stored_text_is_kept_aside_unit_for_unit_before_anything_is_rewritten() {
    // localStorage can hold this; a Rust `String` cannot: it reads as U+FFFD.
    let text = encode(&notebook("AXB"));
    let mut units: Vec<u16> = text.encode_utf16().collect();
    let at = units.iter().position(|&u| u == u16::from(b'X')).unwrap();
    units[at] = 0xD800;
    let mut store = Store::new(Some(FakeStorage::with_units(units.clone())));
    let loaded = store.load(1);
    assert_eq!(
        loaded.document.worksheet.vision.doing, "A\u{FFFD}B",
        "read with U+FFFD"
    );
    let kept: Vec<&Vec<u16>> = store
        .inner()
        .unwrap()
        .items
        .iter()
        .filter(|(k, _)| k.starts_with(UNREADABLE_KEY_PREFIX))
        .map(|(_, v)| v)
        .collect();
    assert_eq!(kept, [&units], "the copy is the original, unit for unit");
    assert_eq!(store.save(&notebook("A?B")), Ok(()));
    assert_eq!(store.unreadable_copies()[0].kind, CopyKind::NotText);
    assert_eq!(
        store
            .inner()
            .unwrap()
            .items
            .values()
            .filter(|v| **v == units)
            .count(),
        1,
        "still kept after the notebook was saved again"
    );
}

#[test]
fn a_notebook_that_would_lose_a_part_and_cannot_be_copied_aside_is_not_written_over() {
    let mut value: serde_json::Value = serde_json::from_str(&encode(&notebook("mine"))).unwrap();
    value["future_part"] = serde_json::json!(1);
    let original = value.to_string();
    let mut storage = FakeStorage::with(&original);
    storage.quota = Some(storage.used());
    let mut store = Store::new(Some(storage));
    let loaded = store.load(1);
    assert_eq!(
        loaded.memory_only,
        Some(MemoryOnly::FullWithUnkept {
            text: original.clone()
        })
    );
    assert_eq!(store.save(&notebook("typed")), Ok(()));
    assert_eq!(stored(&store), Some(original));
}

/// Neither a save nor "keep mine" writes over what a newer version left in storage.
fn refuses_both_ways_as_newer_elsewhere(store: &mut Store<FakeStorage>) {
    assert_eq!(
        store.save(&notebook("mine, edited")),
        Err(SaveError::NewerElsewhere)
    );
    assert_eq!(
        store.keep_mine(&notebook("mine, edited"), 2),
        Err(SaveError::NewerElsewhere)
    );
}

#[test]
fn another_tabs_newer_version_is_never_overwritten_even_when_the_person_keeps_theirs() {
    let mut store = Store::new(Some(FakeStorage::with(&encode(&notebook("mine")))));
    store.load(1);
    store.inner_mut().unwrap().put(STORAGE_KEY, NEWER);
    assert_eq!(store.take_stored(), Some(Change::Unreadable(Some(99))));
    refuses_both_ways_as_newer_elsewhere(&mut store);
    assert_eq!(stored(&store).as_deref(), Some(NEWER));
}

#[test]
fn another_tab_on_a_newer_version_that_added_fields_is_never_taken_or_overwritten() {
    let mut store = Store::new(Some(FakeStorage::with(&encode(&notebook("mine")))));
    store.load(1);
    // The same format with a field this version does not know: only a newer version
    // writes that, and taking it would drop the field at this tab's next save.
    let mut theirs: serde_json::Value = serde_json::from_str(&encode(&notebook("theirs"))).unwrap();
    theirs["revision"] = 7.into();
    theirs["added_later"] = serde_json::json!({ "kept": "by the newer version" });
    let text = serde_json::to_string_pretty(&theirs).unwrap();
    store.inner_mut().unwrap().put(STORAGE_KEY, &text);
    assert_eq!(
        store.take_stored(),
        Some(Change::Unreadable(Some(u64::from(CURRENT_VERSION))))
    );
    refuses_both_ways_as_newer_elsewhere(&mut store);
    assert_eq!(stored(&store), Some(text));
    assert!(
        backups(&store).is_empty(),
        "nothing to copy: it stays where it is"
    );
}

#[test]
fn unreadable_text_from_another_tab_is_copied_aside_before_this_tabs_version_is_kept() {
    let mut store = Store::new(Some(FakeStorage::with(&encode(&notebook("mine")))));
    store.load(1);
    store.inner_mut().unwrap().put(STORAGE_KEY, "{broken");
    assert_eq!(store.take_stored(), Some(Change::Unreadable(None)));
    assert_eq!(store.save(&notebook("mine")), Err(SaveError::Stale));
    assert_eq!(store.keep_mine(&notebook("mine"), 2), Ok(()));
    assert_eq!(backups(&store), ["{broken"]);
    assert_eq!(
        decode(&stored(&store).unwrap())
            .unwrap()
            .worksheet
            .vision
            .doing,
        "mine"
    );
}

#[test]
fn a_read_error_is_unknown_not_empty_so_nothing_is_ever_written() {
    let original = encode(&notebook("大事なノート"));
    let mut storage = FakeStorage::with(&original);
    storage.reads_fail = true;
    let mut store = Store::new(Some(storage));
    let loaded = store.load(1);
    assert_eq!(loaded.memory_only, Some(MemoryOnly::ReadFailed));
    assert_eq!(store.save(&notebook("typed after the failure")), Ok(()));
    store.inner_mut().unwrap().reads_fail = false;
    assert_eq!(stored(&store), Some(original));
}

#[test]
fn a_notebook_cleared_from_outside_is_not_adopted_until_the_person_chooses() {
    let mut store = Store::new(Some(FakeStorage::with(&encode(&notebook("mine")))));
    store.load(1);
    store.inner_mut().unwrap().items.clear();
    assert_eq!(store.take_stored(), Some(Change::Cleared));
    assert_eq!(
        store.save(&notebook("mine, still typing")),
        Err(SaveError::Cleared)
    );
    assert_eq!(
        stored(&store),
        None,
        "nothing written while the person decides"
    );
    // Keep the one on the screen: it is saved again.
    assert_eq!(store.keep_mine(&notebook("mine, still typing"), 2), Ok(()));
    assert_eq!(
        decode(&stored(&store).unwrap())
            .unwrap()
            .worksheet
            .vision
            .doing,
        "mine, still typing"
    );
}

#[test]
fn starting_empty_after_a_clear_writes_nothing_until_something_is_written() {
    let mut store = Store::new(Some(FakeStorage::with(&encode(&notebook("mine")))));
    store.load(1);
    store.inner_mut().unwrap().items.clear();
    store.take_stored();
    store.start_empty();
    assert_eq!(store.save(&Document::default()), Ok(()));
    assert_eq!(stored(&store), None);
    assert_eq!(store.save(&notebook("a fresh start")), Ok(()));
    assert!(stored(&store).is_some());
}

#[test]
fn a_full_storage_with_an_unreadable_notebook_keeps_it_untouched_and_offers_it() {
    let mut storage = FakeStorage::with("{not json");
    storage.quota = Some(storage.used());
    let mut store = Store::new(Some(storage));
    let loaded = store.load(1);
    assert_eq!(
        loaded.memory_only,
        Some(MemoryOnly::FullWithUnreadable {
            text: "{not json".into()
        })
    );
    assert_eq!(store.save(&notebook("typed")), Ok(()));
    assert_eq!(stored(&store).as_deref(), Some("{not json"));
}

#[test]
fn a_full_storage_is_reported_as_full() {
    let storage = FakeStorage {
        quota: Some(100),
        ..FakeStorage::default()
    };
    let mut store = Store::new(Some(storage));
    store.load(1);
    assert_eq!(store.save(&notebook("x")), Err(SaveError::Full));
}

#[test]
fn a_deletion_that_did_not_happen_is_not_reported_as_done() {
    let mut storage = FakeStorage::with(&encode(&notebook("mine")));
    storage.removals_fail = true;
    let mut store = Store::new(Some(storage));
    store.load(1);
    assert!(!store.delete_all());
    store.inner_mut().unwrap().removals_fail = false;
    assert!(store.delete_all());
    assert_eq!(stored(&store), None);
}

#[test]
fn the_worksheet_place_is_kept_beside_the_notebook_not_in_it() {
    let mut store = Store::new(Some(FakeStorage::with(&encode(&notebook("mine")))));
    store.load(1);
    let notebook_text = stored(&store);
    assert_eq!(
        store.worksheet_place(),
        None,
        "nothing kept on a first visit"
    );
    store.remember_worksheet_place(Section::Actions);
    assert_eq!(store.worksheet_place(), Some(Section::Actions));
    assert_eq!(
        store.take_stored(),
        None,
        "not a change to the notebook for another tab"
    );
    assert_eq!(stored(&store), notebook_text, "the notebook as it was");
    // What is not a section's id (edited by hand, or from a later build) is no place.
    store
        .inner_mut()
        .unwrap()
        .put(WORKSHEET_PLACE_KEY, "ws-somewhere-else");
    assert_eq!(store.worksheet_place(), None);
}

#[test]
fn delete_everything_removes_the_worksheet_place_too() {
    let mut store = Store::new(Some(FakeStorage::with(&encode(&notebook("mine")))));
    store.load(1);
    store.remember_worksheet_place(Section::Vision);
    assert!(store.delete_all());
    assert_eq!(store.worksheet_place(), None);
    let keys = store.inner().unwrap().keys().unwrap();
    assert!(keys.is_empty(), "left behind: {keys:?}");
}

#[test]
fn no_worksheet_place_is_kept_in_a_visit_that_writes_nothing_or_after_a_deletion_elsewhere() {
    let mut newer = Store::new(Some(FakeStorage::with(NEWER)));
    newer.load(1);
    newer.remember_worksheet_place(Section::Vision);
    assert_eq!(newer.worksheet_place(), None, "memory only");
    // Everything deleted in another tab: this tab writes nothing back until asked.
    let mut store = Store::new(Some(FakeStorage::with(&encode(&notebook("mine")))));
    store.load(1);
    store.inner_mut().unwrap().items.clear();
    assert_eq!(store.take_stored(), Some(Change::Cleared));
    store.remember_worksheet_place(Section::Vision);
    assert!(store.inner().unwrap().keys().unwrap().is_empty());
}

#[test]
fn another_tabs_readable_change_is_taken_over_and_not_saved_back() {
    let mut store = Store::new(Some(FakeStorage::with(&encode(&notebook("mine")))));
    store.load(1);
    let mut theirs = notebook("theirs");
    theirs.revision = 5;
    let text = encode(&theirs);
    store.inner_mut().unwrap().put(STORAGE_KEY, &text);
    assert_eq!(
        store.take_stored(),
        Some(Change::Document(Box::new(theirs.clone())))
    );
    assert_eq!(store.save(&theirs), Ok(()));
    assert_eq!(stored(&store), Some(text));
}
