//! What every saved value obeys, and how a damaged one is named.
//!
//! The saved document is plain serde types: each type derives `Serialize` and `Deserialize`
//! beside its definition, and serde_json reads and writes the text. This module holds what
//! they share: the bounds on texts and lists (`try_from` newtypes, put on `String` and `Vec`
//! fields with `#[serde(deserialize_with = "saved::text")]` so that the domain keeps plain
//! types), and the wording of an error for the import screen, with its path:
//! `anchors.history[2].date: expected a date YYYY-MM-DD`.

use serde::{Deserialize, Deserializer};

/// The longest text a field may hold, in bytes of UTF-8: 10,000 characters of Japanese
/// (text fields in the app take at most 10,000 characters, `maxlength="10000"`).
pub const MAX_TEXT_BYTES: usize = 30_000;

/// The most items a list in the document may hold.
pub const MAX_LIST_ITEMS: usize = 500;

/// A saved text: at most [`MAX_TEXT_BYTES`].
#[derive(Deserialize)]
#[serde(try_from = "String")]
pub struct Text(pub String);

impl TryFrom<String> for Text {
    type Error = &'static str;

    fn try_from(text: String) -> Result<Text, &'static str> {
        if text.len() > MAX_TEXT_BYTES {
            return Err("text too long");
        }
        Ok(Text(text))
    }
}

/// A saved list: at most [`MAX_LIST_ITEMS`].
#[derive(Deserialize)]
#[serde(try_from = "Vec<T>", bound = "T: Deserialize<'de>")]
pub struct List<T>(pub Vec<T>);

impl<T> TryFrom<Vec<T>> for List<T> {
    type Error = &'static str;

    fn try_from(items: Vec<T>) -> Result<List<T>, &'static str> {
        if items.len() > MAX_LIST_ITEMS {
            return Err("too many items");
        }
        Ok(List(items))
    }
}

/// Reads a [`Text`] into a `String` field.
pub fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    Text::deserialize(deserializer).map(|text| text.0)
}

/// Reads a [`List`] into a `Vec` field.
pub fn list<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    List::deserialize(deserializer).map(|list| list.0)
}

/// What is wrong with a document and where, as the import screen shows it:
/// `path: problem`, or the problem alone when it is the document itself.
///
/// serde's messages speak of Rust types and carry the position in the text
/// (`invalid type: null, expected a string at line 3 column 14`); a person needs the field
/// and what it should hold (`commitments.draft: expected text`). The messages of the
/// `try_from` bounds (`text too long`, `expected a weight from 1 to 5`) pass as they are.
/// `i18n::data` says the known problems in Japanese.
pub fn describe(error: &serde_path_to_error::Error<serde_json::Error>) -> String {
    let inner = error.inner();
    let message = inner.to_string();
    let position = format!(" at line {} column {}", inner.line(), inner.column());
    let message = message.strip_suffix(&position).unwrap_or(&message);

    let mut path = error.path().to_string();
    if path == "." {
        path.clear();
    }
    let mut in_field = |name: &str| {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(name);
    };
    let problem = if let Some(name) = field_named(message, "missing field `") {
        in_field(name);
        "missing".to_owned()
    } else if let Some(name) = field_named(message, "duplicate field `") {
        in_field(name);
        "written twice".to_owned()
    } else if let Some(expected) = expected_of(message) {
        format!("expected {}", in_plain_words(expected))
    } else {
        message.to_owned()
    };
    if path.is_empty() {
        problem
    } else {
        format!("{path}: {problem}")
    }
}

/// The field of serde's "missing field `name`" and "duplicate field `name`".
fn field_named<'a>(message: &'a str, prefix: &str) -> Option<&'a str> {
    message.strip_prefix(prefix)?.strip_suffix('`')
}

/// What serde says it expected, after "invalid type: …", "invalid value: …",
/// "invalid length …" or "unknown variant …". The last ", expected " is serde's own: the
/// value quoted before it may hold those words too.
fn expected_of(message: &str) -> Option<&str> {
    let serde_says = [
        "invalid type: ",
        "invalid value: ",
        "invalid length ",
        "unknown variant ",
    ];
    if !serde_says.iter().any(|start| message.starts_with(start)) {
        return None;
    }
    message
        .rsplit_once(", expected ")
        .map(|(_, expected)| expected)
}

/// serde's name of a type, in the words the import screen uses.
fn in_plain_words(expected: &str) -> &str {
    match expected {
        "a string" => "text",
        "u64" | "u32" => "a whole number",
        "a boolean" => "true or false",
        "a sequence" => "a list",
        "a map" => "an object",
        _ if expected.starts_with("struct ") => "an object",
        _ => expected,
    }
}
