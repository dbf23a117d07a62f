//! The saved document: everything Jiritsu keeps about a person, in one versioned value.
//! The same text is what localStorage holds and what export and import use, so turning a
//! document into text and back is pure and tested here on the host.
//!
//! The document and its parts derive serde's `Serialize` and `Deserialize`; serde_json writes
//! them pretty-printed and reads them back. Reading takes the version first, then the whole
//! document, through `serde_path_to_error` so that a damaged field is named (`saved`).

use serde::{Deserialize, Serialize};

use crate::domain::anchors::AnchorState;
use crate::domain::commitments::Commitments;
use crate::domain::lang::Lang;
use crate::domain::saved;
use crate::domain::training::roster::Roster;
use crate::domain::worksheet::Worksheet;

/// The schema version this build writes. Bump it whenever the saved shape changes, and
/// add the step from the previous version to `migrate`.
///
/// History: 1 — settings (language) only; 2 — adds `anchors` (the self-assessment) and
/// `commitments` (the check screen's draft, saved commitments, follow-up answers);
/// 3 — adds `revision` (the count of saves, so that two tabs notice each other),
/// `training` (the facilitator's list of attendees and the group sizes) and `training_draft`;
/// 4 — adds `worksheet` (the interview-preparation worksheet) and, on each saved
/// commitment, `shared` (whether it goes on the printed sheet); 5 — adds, on each completed
/// self-assessment, `time` (the time of day it was completed, `HH:MM`).
///
/// Optional fields are written only when given and so need no version of their own:
/// `card_name` (the name on the training card), the worksheet's `interview.name` (the name
/// on the sheet), `training_mixed` (a mixed round), `training_groups` (groups kept),
/// `training_apart` (two people with one code), and on a saved commitment `follow_up_note`
/// (a note being written for the next follow-up answer) and on each answer `note` (the
/// person's own words with it). Without them a document is laid out
/// exactly as before, and an older build that meets one reads it as an unknown field,
/// keeping the original aside first. (A new meaning for an existing field's value would
/// not be read by an older build at all: that needs a new version.)
pub const CURRENT_VERSION: u32 = 5;

/// The localStorage key of the document.
pub const STORAGE_KEY: &str = "jiritsu.document";

/// Saved text that could not be read is kept under a key with this prefix, never overwritten.
pub const UNREADABLE_KEY_PREFIX: &str = "jiritsu.unreadable.";

/// Everything saved, in this order. Fields added later read as their defaults when missing,
/// so that older documents still read; fields this version does not know are ignored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Document {
    pub version: u32,
    /// Counts the writes to storage, so that a browser tab can tell that another tab saved
    /// since it last read (see `storage`). Not part of what the person wrote.
    pub revision: u64,
    pub settings: Settings,
    /// The career-anchor self-assessment: the one in progress and past results.
    pub anchors: AnchorState,
    /// The commitment being written on the check screen, saved commitments and their
    /// follow-up answers.
    pub commitments: Commitments,
    /// The facilitator's list for a training session.
    pub training: Roster,
    /// What is typed in the facilitator's box and not added yet, kept so a reload loses nothing.
    #[serde(deserialize_with = "saved::text")]
    pub training_draft: String,
    /// The interview-preparation worksheet (its actions are `commitments.saved`).
    pub worksheet: Worksheet,
    /// The name the person puts on their training card, which its QR code carries to the
    /// facilitator's list. Saved only when given (documents before it read as none).
    #[serde(
        deserialize_with = "saved::text",
        skip_serializing_if = "String::is_empty"
    )]
    pub card_name: String,
    /// Whether the facilitator's groups are a mixed round (`training::mixed::mix_groups`) rather
    /// than people who share an anchor. Saved only when true (documents before it read as
    /// groups that share an anchor).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub training_mixed: bool,
    /// Once the facilitator has kept the groups (`training::seating`): each line of the
    /// list's group number. Saved only while kept (documents before it read as groups that
    /// follow the list), in a field of its own, so that an older build reads the list.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub training_groups: Vec<u16>,
    /// The lines of the list marked as another person than the earlier line with the same
    /// code (`training::apart`; the roster reads them as `Roster::apart`). Saved only when
    /// there are any, in a field of its own, so that an older build reads the list.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub training_apart: Vec<u16>,
}

/// The person's preferences.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The language the person chose; `None` until they choose, so the browser's
    /// preference applies.
    pub language: Option<Lang>,
}

impl Default for Document {
    fn default() -> Self {
        Document {
            version: CURRENT_VERSION,
            revision: 0,
            settings: Settings::default(),
            anchors: AnchorState::default(),
            commitments: Commitments::default(),
            training: Roster::default(),
            training_draft: String::new(),
            worksheet: Worksheet::default(),
            card_name: String::new(),
            training_mixed: false,
            training_groups: Vec::new(),
            training_apart: Vec::new(),
        }
    }
}

impl Document {
    /// Records the person's choice of language.
    pub fn set_language(&mut self, lang: Lang) {
        self.settings.language = Some(lang);
    }
}

/// The largest file an import reads.
pub const MAX_IMPORT_BYTES: usize = 1_048_576;

/// Why saved text could not be read as a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The text is not JSON at all (cut short, or written by something else).
    NotJson,
    /// The JSON is not an object with a numeric `version`.
    NoVersion,
    /// Written by a newer Jiritsu than this one.
    NewerVersion(u64),
    /// A version this app never wrote (zero, for instance).
    UnknownVersion(u64),
    /// The version is known but a field has the wrong shape; the message names it, as
    /// in `anchors.history[2].date: expected a date YYYY-MM-DD`.
    Invalid(String),
    /// An imported file larger than [`MAX_IMPORT_BYTES`]; carries its size.
    TooLarge(u64),
}

/// An imported file, read: the document, and the entries that were longer than a saved
/// field holds (or lists with more items) and were shortened to fit, each named by its path
/// (`training_draft`, `commitments.saved`). The person sees both before anything is replaced.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub document: Document,
    pub shortened: Vec<String>,
}

/// Reads an exported file from its bytes, as the file has them: the size is the file's
/// own (never a count of decoded characters), then the text must be UTF-8, then it reads
/// like [`decode`]. A file whose only problem is an entry over its bound (a copy kept
/// aside from an older version that saved one) still reads, with that entry shortened to
/// the bound and named in [`Imported::shortened`], so that a kept copy can come back.
pub fn decode_import(bytes: &[u8]) -> Result<Imported, DecodeError> {
    check_import_size(bytes.len() as u64)?;
    let text = std::str::from_utf8(bytes).map_err(|_| DecodeError::NotJson)?;
    let strict = match decode(text) {
        Ok(document) => {
            return Ok(Imported {
                document,
                shortened: Vec::new(),
            })
        }
        Err(error) => error,
    };
    let over_a_bound = matches!(&strict, DecodeError::Invalid(detail)
        if detail.ends_with(saved::TEXT_TOO_LONG) || detail.ends_with(saved::TOO_MANY_ITEMS));
    if !over_a_bound {
        return Err(strict);
    }
    let Ok(mut value) = serde_json::from_str::<serde_json::Value>(text) else {
        return Err(strict);
    };
    let mut shortened = Vec::new();
    saved::shorten_to_bounds(&mut value, &mut String::new(), &mut shortened);
    // Written back pretty, as the document is: the compact writer would be code of its own.
    let shortened_text = serde_json::to_string_pretty(&value).unwrap_or_default();
    match decode(&shortened_text) {
        Ok(document) => Ok(Imported {
            document,
            shortened,
        }),
        // Something else is wrong too: the first problem is the one to name.
        Err(_) => Err(strict),
    }
}

/// The paths of the fields in `text` (saved JSON) that `document`, read from it, does not
/// keep: fields this version does not know, which saving it again would drop. Lists are
/// compared item by item; the document's own fields are all known, so an empty result
/// means nothing would be lost. A field that holds nothing (`null`, `false`, `""`) is
/// not counted: the app leaves its own such fields out when it saves, and dropping one
/// loses nothing.
pub fn unknown_fields(text: &str, document: &Document) -> Vec<String> {
    // The document as saving would write it, read back as a value: the reader and the
    // writer the app has anyway (a serializer into `Value` would be code of its own).
    let (Ok(stored), Ok(kept)) = (
        serde_json::from_str::<serde_json::Value>(text),
        serde_json::from_str::<serde_json::Value>(&encode(document)),
    ) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    missing_keys(&stored, &kept, &mut String::new(), &mut found);
    found
}

/// Adds to `found` the path of every member of `stored` that `kept` lacks.
fn missing_keys(
    stored: &serde_json::Value,
    kept: &serde_json::Value,
    path: &mut String,
    found: &mut Vec<String>,
) {
    use serde_json::Value;
    let start = path.len();
    match (stored, kept) {
        (Value::Object(stored), Value::Object(kept)) => {
            for (key, value) in stored {
                saved::push_field(path, key);
                match kept.get(key) {
                    Some(kept) => missing_keys(value, kept, path, found),
                    // Left out of the saved text while empty (`skip_serializing_if`), so
                    // written out empty it reads as its absence: nothing is lost.
                    None if matches!(value, Value::Null | Value::Bool(false))
                        || value.as_str() == Some("") => {}
                    None => found.push(path.clone()),
                }
                path.truncate(start);
            }
        }
        (Value::Array(stored), Value::Array(kept)) => {
            for (index, (value, kept)) in stored.iter().zip(kept).enumerate() {
                saved::push_index(path, index);
                missing_keys(value, kept, path, found);
                path.truncate(start);
            }
        }
        _ => {}
    }
}

/// Refuses a file larger than [`MAX_IMPORT_BYTES`] before it is read at all.
pub fn check_import_size(bytes: u64) -> Result<(), DecodeError> {
    if bytes > MAX_IMPORT_BYTES as u64 {
        return Err(DecodeError::TooLarge(bytes));
    }
    Ok(())
}

/// The file name an export is offered under: `jiritsu-YYYY-MM-DD.json`.
pub fn export_file_name(today: chrono::NaiveDate) -> String {
    format!("jiritsu-{}.json", crate::domain::day::to_iso(today))
}

/// Turns a document into the text that is saved. Pretty-printed (two spaces a level),
/// because people read their exported files.
pub fn encode(document: &Document) -> String {
    // The list's marks of two people with one code are saved from the document's field,
    // which `training::apart` keeps equal to the roster's.
    debug_assert_eq!(document.training.apart, document.training_apart);
    // Every part serialises to JSON (the only maps are the scores, keyed by text), so
    // serde_json has nothing to refuse here.
    serde_json::to_string_pretty(document).expect("a document is always JSON")
}

/// Like [`encode`], with `revision` written in place of the document's own.
pub fn encode_at(document: &Document, revision: u64) -> String {
    let mut at_revision = document.clone();
    at_revision.revision = revision;
    encode(&at_revision)
}

/// Reads saved text back into a document, migrating older versions.
pub fn decode(text: &str) -> Result<Document, DecodeError> {
    /// The version is read first, so that the rest is read the way that version wrote it.
    #[derive(Deserialize)]
    struct VersionOnly {
        version: u64,
    }
    let version = match serde_json::from_str::<VersionOnly>(text) {
        Ok(VersionOnly { version }) => version,
        Err(_) => return Err(not_json_or(text, DecodeError::NoVersion)),
    };
    if version > u64::from(CURRENT_VERSION) {
        return Err(DecodeError::NewerVersion(version));
    }
    if version == 0 {
        return Err(DecodeError::UnknownVersion(version));
    }
    let mut reader = serde_json::Deserializer::from_str(text);
    let mut document: Document = serde_path_to_error::deserialize(&mut reader)
        .map_err(|error| DecodeError::Invalid(saved::describe(&error)))?;
    reader.end().map_err(|_| DecodeError::NotJson)?;
    migrate(&mut document, version);
    document.read_apart();
    Ok(document)
}

/// `NotJson` when `text` is not JSON at all (a reader stops at the first field it cannot
/// use, which may come before the place where the text is cut short), else `error`.
fn not_json_or(text: &str, error: DecodeError) -> DecodeError {
    match serde_json::from_str::<serde::de::IgnoredAny>(text) {
        Ok(_) => error,
        Err(_) => DecodeError::NotJson,
    }
}

/// Brings a document read from an earlier version up to the current one.
///
/// 1 → 2: the self-assessment and the commitments arrived; a version-1 document has none, and
/// missing fields read as their defaults, so only the version number changes.
/// 2 → 3: `revision` (missing: 0), `training` (missing: an empty list) and `training_draft`
/// (missing: empty) arrived.
/// 3 → 4: `worksheet` arrived (missing: an empty worksheet with its sharing defaults), and
/// each saved commitment's `shared` (missing: shared, as actions are by default).
/// 4 → 5: each completed self-assessment's `time` arrived (missing: unknown, and the result
/// shows its date alone; it is written back without one).
/// Every step so far only added fields with defaults (`#[serde(default)]`). A future change
/// that renames or reshapes fields would read that version into a struct of its own
/// (`DocumentV4`) and convert it with `From` into the current one, step by step.
fn migrate(document: &mut Document, _from: u64) {
    document.version = CURRENT_VERSION;
}

/// The key under which unreadable text is kept: unique per moment, and never one that
/// is already taken, so an earlier backup is never overwritten.
pub fn unreadable_backup_key(now_millis: u64, is_taken: impl Fn(&str) -> bool) -> String {
    let base = format!("{UNREADABLE_KEY_PREFIX}{now_millis}");
    if !is_taken(&base) {
        return base;
    }
    (2u32..)
        .map(|n| format!("{base}-{n}"))
        .find(|key| !is_taken(key))
        .unwrap_or(base)
}

/// Orders items by the moment their backup key was made, so the oldest copy comes first.
pub fn sort_unreadable_keys<T>(items: &mut [T], key_of: impl Fn(&T) -> &str) {
    fn moment(key: &str) -> (u64, u32) {
        let rest = key.strip_prefix(UNREADABLE_KEY_PREFIX).unwrap_or(key);
        let mut parts = rest.splitn(2, '-');
        let millis = parts
            .next()
            .and_then(|p| p.parse().ok())
            .unwrap_or(u64::MAX);
        let suffix = parts.next().and_then(|p| p.parse().ok()).unwrap_or(1);
        (millis, suffix)
    }
    items.sort_by_key(|item| moment(key_of(item)));
}
