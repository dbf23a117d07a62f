//! A small JSON codec for the saved document: a value type, a strict RFC 8259 parser, a
//! pretty writer, and the helpers that read typed fields and name the path of whatever
//! is wrong (`anchors.history[2].date: expected a date YYYY-MM-DD`).
//!
//! It replaces serde and serde_json in the built site. The document is small and its
//! shape is fixed, so hand-written reading is smaller than serde's generic machinery and
//! can say exactly which field is damaged, which an import needs to tell the person.
//! Numbers keep their text: the large commitment ids and the one-decimal scores stay
//! exact, and no floating-point parsing or printing code is linked.

mod parse;
mod write;

pub use parse::{parse, ParseError, ParseProblem};
pub use write::write_pretty;

use std::fmt;

/// How deeply arrays and objects may nest. The saved document needs five levels; the
/// limit keeps the recursive parser from exhausting the stack on hostile text.
pub const MAX_DEPTH: usize = 64;

/// The longest text a field may hold, in bytes of UTF-8: 10,000 characters of Japanese
/// (text fields in the app take at most 10,000 characters, `maxlength="10000"`).
pub const MAX_TEXT_BYTES: usize = 30_000;

/// The most items a list in the document may hold.
pub const MAX_LIST_ITEMS: usize = 500;

/// A JSON value. Objects keep their members in the order they were written, so the
/// writer puts fields in the order the document's types list them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

/// A number as written, always valid by the JSON grammar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Number(String);

/// What is wrong with a value read as part of a document, and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// Innermost segment first: each level adds its own on the way out.
    path: Vec<PathSegment>,
    problem: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum PathSegment {
    Field(&'static str),
    Index(usize),
}

impl Number {
    /// A number from its JSON text, when the text follows the grammar exactly.
    pub fn new(text: &str) -> Option<Number> {
        (parse::number_end(text.as_bytes(), 0) == Ok(text.len())).then(|| Number(text.to_owned()))
    }

    /// `tenths / 10` written with exactly one decimal: 64 gives `6.4`, 60 gives `6.0`.
    pub fn with_one_decimal(tenths: u64) -> Number {
        let mut text = (tenths / 10).to_string();
        text.push('.');
        text.push(char::from(b'0' + (tenths % 10) as u8));
        Number(text)
    }

    /// The number as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The number when it is a whole number written without fraction or exponent and
    /// fits a `u64`.
    pub fn as_u64(&self) -> Option<u64> {
        self.0.parse().ok()
    }
}

impl From<u64> for Number {
    fn from(number: u64) -> Number {
        Number(number.to_string())
    }
}

impl From<u64> for Value {
    fn from(number: u64) -> Value {
        Value::Number(Number::from(number))
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        Value::String(text.to_owned())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Value {
        Value::String(text)
    }
}

/// One member of an object, for building values: `member("date", Value::from(...))`.
pub fn member(name: &str, value: Value) -> (String, Value) {
    (name.to_owned(), value)
}

impl Value {
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The text of a string value.
    pub fn as_text(&self) -> Result<&str, FieldError> {
        match self {
            Value::String(text) if text.len() <= MAX_TEXT_BYTES => Ok(text),
            Value::String(_) => Err(FieldError::new("text too long")),
            _ => Err(FieldError::new("expected text")),
        }
    }

    /// A whole number from 0 up, written without fraction or exponent.
    pub fn as_whole_number(&self) -> Result<u64, FieldError> {
        match self {
            Value::Number(number) => number.as_u64(),
            _ => None,
        }
        .ok_or(FieldError::new("expected a whole number"))
    }

    /// The members of an object, to read fields from.
    pub fn as_fields(&self) -> Result<Fields<'_>, FieldError> {
        match self {
            Value::Object(members) => Ok(Fields(members)),
            _ => Err(FieldError::new("expected an object")),
        }
    }

    /// The items of an array, read one by one with `read`; a bad item is named by its index.
    pub fn read_list<T>(
        &self,
        read: fn(&Value) -> Result<T, FieldError>,
    ) -> Result<Vec<T>, FieldError> {
        let Value::Array(items) = self else {
            return Err(FieldError::new("expected a list"));
        };
        if items.len() > MAX_LIST_ITEMS {
            return Err(FieldError::new("too many items"));
        }
        let mut out = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            out.push(read(item).map_err(|error| error.at_index(index))?);
        }
        Ok(out)
    }
}

/// The members of an object, read by field name. Unknown fields are ignored.
#[derive(Clone, Copy, Debug)]
pub struct Fields<'a>(&'a [(String, Value)]);

impl<'a> Fields<'a> {
    /// The field `name`, or `None` when it is absent. A field written twice is refused
    /// (as serde did), so that no two readers can take different copies.
    #[inline(never)]
    pub fn get(&self, name: &'static str) -> Result<Option<&'a Value>, FieldError> {
        let mut found = None;
        for (key, value) in self.0 {
            if key == name {
                if found.is_some() {
                    return Err(FieldError::new("written twice").in_field(name));
                }
                found = Some(value);
            }
        }
        Ok(found)
    }

    /// Reads the field `name`, which must be present, with `read`.
    pub fn read<T>(
        &self,
        name: &'static str,
        read: fn(&Value) -> Result<T, FieldError>,
    ) -> Result<T, FieldError> {
        match self.get(name)? {
            Some(value) => read(value).map_err(|error| error.in_field(name)),
            None => Err(FieldError::new("missing").in_field(name)),
        }
    }

    /// Reads the field `name` with `read`, or gives the default when it is absent.
    pub fn read_or_default<T: Default>(
        &self,
        name: &'static str,
        read: fn(&Value) -> Result<T, FieldError>,
    ) -> Result<T, FieldError> {
        match self.get(name)? {
            Some(value) => read(value).map_err(|error| error.in_field(name)),
            None => Ok(T::default()),
        }
    }
}

impl FieldError {
    /// A problem with the value at hand; the callers add where it is.
    pub fn new(problem: &'static str) -> FieldError {
        FieldError {
            path: Vec::new(),
            problem,
        }
    }

    /// The same problem, seen from the object that holds it in the field `name`.
    #[inline(never)]
    pub fn in_field(mut self, name: &'static str) -> FieldError {
        self.path.push(PathSegment::Field(name));
        self
    }

    /// The same problem, seen from the list that holds it at `index`.
    #[inline(never)]
    pub fn at_index(mut self, index: usize) -> FieldError {
        self.path.push(PathSegment::Index(index));
        self
    }

    /// What is wrong, without the path.
    pub fn problem(&self) -> &'static str {
        self.problem
    }
}

impl fmt::Display for FieldError {
    /// `anchors.history[2].date: expected a date YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (position, segment) in self.path.iter().rev().enumerate() {
            match segment {
                PathSegment::Field(name) if position == 0 => f.write_str(name)?,
                PathSegment::Field(name) => {
                    f.write_str(".")?;
                    f.write_str(name)?;
                }
                PathSegment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        if !self.path.is_empty() {
            f.write_str(": ")?;
        }
        f.write_str(self.problem)
    }
}

impl std::error::Error for FieldError {}
