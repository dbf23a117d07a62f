//! What every saved value obeys, and how a damaged one is named.
//!
//! The saved document is plain serde types: each type derives `Serialize` and `Deserialize`
//! beside its definition, and serde_json reads and writes the text. This module holds what
//! they share: the bounds on texts and lists (`try_from` newtypes, put on `String` and `Vec`
//! fields with `#[serde(deserialize_with = "saved::text")]` so that the domain keeps plain
//! types), and the wording of an error for the import screen, with its path:
//! `anchors.history[2].date: expected a date YYYY-MM-DD`.

use serde::{Deserialize, Deserializer};

/// The longest text a field may hold, in bytes of UTF-8.
pub const MAX_TEXT_BYTES: usize = 30_000;

/// The most characters a text field on the screen takes (its `maxlength`, which counts
/// UTF-16 units): at most three bytes of UTF-8 each (four for two units), so whatever is
/// typed fits [`MAX_TEXT_BYTES`].
pub const MAX_TYPED_CHARS: usize = MAX_TEXT_BYTES / 3;

/// The most items a list in the document may hold.
pub const MAX_LIST_ITEMS: usize = 500;

/// The reader's word for a text over [`MAX_TEXT_BYTES`].
pub const TEXT_TOO_LONG: &str = "text too long";

/// The reader's word for a list over [`MAX_LIST_ITEMS`].
pub const TOO_MANY_ITEMS: &str = "too many items";

/// A saved text: at most [`MAX_TEXT_BYTES`].
#[derive(Deserialize)]
#[serde(try_from = "String")]
pub struct Text(pub String);

impl TryFrom<String> for Text {
    type Error = &'static str;

    fn try_from(text: String) -> Result<Text, &'static str> {
        if text.len() > MAX_TEXT_BYTES {
            return Err(TEXT_TOO_LONG);
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
            return Err(TOO_MANY_ITEMS);
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

/// Shortens every text over [`MAX_TEXT_BYTES`] and every list over [`MAX_LIST_ITEMS`] in a
/// JSON value, adding each one's path to `shortened`. A text is cut after its last line
/// break that fits (so a saved list keeps whole lines), else at the last whole character.
pub fn shorten_to_bounds(
    value: &mut serde_json::Value,
    path: &mut String,
    shortened: &mut Vec<String>,
) {
    use serde_json::Value;
    let start = path.len();
    match value {
        Value::String(text) if text.len() > MAX_TEXT_BYTES => {
            let mut end = MAX_TEXT_BYTES;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            if let Some(line_end) = text.get(..end).and_then(|fits| fits.rfind('\n')) {
                end = line_end + 1;
            }
            text.truncate(end);
            shortened.push(path.clone());
        }
        Value::Array(items) => {
            if items.len() > MAX_LIST_ITEMS {
                items.truncate(MAX_LIST_ITEMS);
                shortened.push(path.clone());
            }
            for (index, item) in items.iter_mut().enumerate() {
                push_index(path, index);
                shorten_to_bounds(item, path, shortened);
                path.truncate(start);
            }
        }
        Value::Object(members) => {
            for (key, member) in members.iter_mut() {
                push_field(path, key);
                shorten_to_bounds(member, path, shortened);
                path.truncate(start);
            }
        }
        _ => {}
    }
}

/// `path` followed by a field: `commitments` then `commitments.draft`.
pub fn push_field(path: &mut String, key: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
}

/// `path` followed by a list index: `worksheet.roles[2]`.
pub fn push_index(path: &mut String, index: usize) {
    path.push('[');
    path.push_str(&index.to_string());
    path.push(']');
}
