//! A small JSON codec for the saved document: a value type, a strict RFC 8259 parser, a
//! pretty writer, and the helpers that read typed fields and name the path of whatever
//! is wrong (`anchors.history[2].date: expected a date YYYY-MM-DD`).
//!
//! It replaces serde and serde_json in the built site. The document is small and its
//! shape is fixed, so hand-written reading is smaller than serde's generic machinery and
//! can say exactly which field is damaged, which an import needs to tell the person.
//! Numbers keep their text: the large commitment ids and the one-decimal scores stay
//! exact, and no floating-point parsing or printing code is linked.

use std::fmt;

/// How deeply arrays and objects may nest. The saved document needs five levels; the
/// limit keeps the recursive parser from exhausting the stack on hostile text.
pub const MAX_DEPTH: usize = 64;

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

/// Why text is not JSON, and the byte offset where reading stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub position: usize,
    pub problem: ParseProblem,
}

/// What the parser met that JSON does not allow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseProblem {
    /// The text ends in the middle of a value.
    UnexpectedEnd,
    /// A character that cannot start or continue a value here.
    UnexpectedCharacter,
    /// A number that breaks the grammar, such as `01`, `1.` or `-`.
    InvalidNumber,
    /// A backslash followed by something other than a JSON escape.
    InvalidEscape,
    /// A `\uXXXX` escape of half a surrogate pair without its other half.
    LoneSurrogate,
    /// A control character (below U+0020) written unescaped inside a string.
    ControlCharacter,
    /// Arrays and objects nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// Something other than whitespace after the value.
    TrailingCharacters,
}

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

/// Reads `text` as one JSON value, refusing anything RFC 8259 does not allow.
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut parser = Parser { text, bytes: text.as_bytes(), position: 0 };
    let value = parser.value(0)?;
    parser.skip_whitespace();
    if parser.position < parser.bytes.len() {
        return Err(parser.error(ParseProblem::TrailingCharacters));
    }
    Ok(value)
}

/// Writes `value` indented by two spaces per level, one member or item per line, in the
/// layout serde_json's pretty printer used, so old and new saved files look alike.
pub fn write_pretty(value: &Value) -> String {
    let mut out = String::new();
    write_value(value, 0, &mut out);
    out
}

impl Number {
    /// A number from its JSON text, when the text follows the grammar exactly.
    pub fn new(text: &str) -> Option<Number> {
        (number_end(text.as_bytes(), 0) == Ok(text.len())).then(|| Number(text.to_owned()))
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
            Value::String(text) => Ok(text),
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
    pub fn read_list<T>(&self, read: fn(&Value) -> Result<T, FieldError>) -> Result<Vec<T>, FieldError> {
        let Value::Array(items) = self else { return Err(FieldError::new("expected a list")) };
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
    pub fn read<T>(&self, name: &'static str, read: fn(&Value) -> Result<T, FieldError>) -> Result<T, FieldError> {
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
        FieldError { path: Vec::new(), problem }
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

impl ParseProblem {
    fn describe(self) -> &'static str {
        match self {
            ParseProblem::UnexpectedEnd => "the text ends in the middle of a value",
            ParseProblem::UnexpectedCharacter => "unexpected character",
            ParseProblem::InvalidNumber => "invalid number",
            ParseProblem::InvalidEscape => "invalid escape",
            ParseProblem::LoneSurrogate => "half of a surrogate pair",
            ParseProblem::ControlCharacter => "unescaped control character in a string",
            ParseProblem::TooDeep => "nested too deeply",
            ParseProblem::TrailingCharacters => "more text after the value",
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.problem.describe(), self.position)
    }
}

impl std::error::Error for ParseError {}

/// A recursive-descent parser over the bytes of a `&str`. Strings are copied in runs
/// between escapes; every run starts and ends next to an ASCII byte, so slicing the
/// original text there is always on a character boundary.
struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    position: usize,
}

impl Parser<'_> {
    fn value(&mut self, depth: usize) -> Result<Value, ParseError> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.unexpected()),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, ParseError> {
        if depth > MAX_DEPTH {
            return Err(self.error(ParseProblem::TooDeep));
        }
        self.position += 1;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.eat(b']') {
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            if self.separator(b']')? {
                return Ok(Value::Array(items));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, ParseError> {
        if depth > MAX_DEPTH {
            return Err(self.error(ParseProblem::TooDeep));
        }
        self.position += 1;
        let mut members = Vec::new();
        self.skip_whitespace();
        if self.eat(b'}') {
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return Err(self.unexpected());
            }
            let name = self.string()?;
            self.skip_whitespace();
            if !self.eat(b':') {
                return Err(self.unexpected());
            }
            members.push((name, self.value(depth)?));
            if self.separator(b'}')? {
                return Ok(Value::Object(members));
            }
        }
    }

    /// After an item: a comma (more follow) or `close` (the list ends, gives true).
    fn separator(&mut self, close: u8) -> Result<bool, ParseError> {
        self.skip_whitespace();
        if self.eat(b',') {
            Ok(false)
        } else if self.eat(close) {
            Ok(true)
        } else {
            Err(self.unexpected())
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, ParseError> {
        let rest = &self.bytes[self.position..];
        if rest.starts_with(word.as_bytes()) {
            self.position += word.len();
            return Ok(value);
        }
        // Point at the first byte that differs from the word.
        let same = rest.iter().zip(word.as_bytes()).take_while(|(a, b)| a == b).count();
        self.position += same;
        Err(self.unexpected())
    }

    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.position;
        match number_end(self.bytes, start) {
            Ok(end) => {
                self.position = end;
                Ok(Value::Number(Number(self.text[start..end].to_owned())))
            }
            Err(at) => {
                self.position = at;
                Err(match self.peek() {
                    None => self.error(ParseProblem::UnexpectedEnd),
                    Some(_) => self.error(ParseProblem::InvalidNumber),
                })
            }
        }
    }

    #[inline(never)]
    fn string(&mut self) -> Result<String, ParseError> {
        self.position += 1;
        let mut out = String::new();
        let mut run_start = self.position;
        loop {
            match self.peek() {
                None => return Err(self.error(ParseProblem::UnexpectedEnd)),
                Some(b'"') => {
                    out.push_str(&self.text[run_start..self.position]);
                    self.position += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(&self.text[run_start..self.position]);
                    self.escape(&mut out)?;
                    run_start = self.position;
                }
                Some(0x00..=0x1f) => return Err(self.error(ParseProblem::ControlCharacter)),
                Some(_) => self.position += 1,
            }
        }
    }

    /// Reads one escape, the position being at its backslash.
    fn escape(&mut self, out: &mut String) -> Result<(), ParseError> {
        let start = self.position;
        self.position += 1;
        let decoded = match self.peek() {
            None => return Err(self.error(ParseProblem::UnexpectedEnd)),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.position += 1;
                let first = self.hex4()?;
                let code = match first {
                    0xD800..=0xDBFF => {
                        if !self.bytes[self.position..].starts_with(b"\\u") {
                            return Err(ParseError { position: start, problem: ParseProblem::LoneSurrogate });
                        }
                        self.position += 2;
                        let second = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&second) {
                            return Err(ParseError { position: start, problem: ParseProblem::LoneSurrogate });
                        }
                        0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    }
                    0xDC00..=0xDFFF => {
                        return Err(ParseError { position: start, problem: ParseProblem::LoneSurrogate })
                    }
                    _ => first,
                };
                // Surrogates are excluded above, so every code left is a character.
                let character = char::from_u32(code)
                    .ok_or(ParseError { position: start, problem: ParseProblem::LoneSurrogate })?;
                out.push(character);
                return Ok(());
            }
            Some(_) => return Err(self.error(ParseProblem::InvalidEscape)),
        };
        self.position += 1;
        out.push(decoded);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                None => return Err(self.error(ParseProblem::UnexpectedEnd)),
                Some(byte) => char::from(byte).to_digit(16),
            };
            let Some(digit) = digit else { return Err(self.error(ParseProblem::InvalidEscape)) };
            code = code * 16 + digit;
            self.position += 1;
        }
        Ok(code)
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.position += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.position).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.position += 1;
        }
        found
    }

    fn unexpected(&self) -> ParseError {
        match self.peek() {
            None => self.error(ParseProblem::UnexpectedEnd),
            Some(_) => self.error(ParseProblem::UnexpectedCharacter),
        }
    }

    fn error(&self, problem: ParseProblem) -> ParseError {
        ParseError { position: self.position, problem }
    }
}

/// Where the number starting at `start` ends, by RFC 8259:
/// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`. An error gives the offset of
/// the first byte that breaks the grammar.
fn number_end(bytes: &[u8], start: usize) -> Result<usize, usize> {
    let is_digit = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
    let digits_from = |mut at: usize| {
        if !is_digit(at) {
            return Err(at);
        }
        while is_digit(at) {
            at += 1;
        }
        Ok(at)
    };
    let mut at = start;
    if bytes.get(at) == Some(&b'-') {
        at += 1;
    }
    at = match bytes.get(at) {
        Some(b'0') => at + 1,
        _ => digits_from(at)?,
    };
    if bytes.get(at) == Some(&b'.') {
        at = digits_from(at + 1)?;
    }
    if let Some(b'e' | b'E') = bytes.get(at) {
        at += 1;
        if let Some(b'+' | b'-') = bytes.get(at) {
            at += 1;
        }
        at = digits_from(at)?;
    }
    Ok(at)
}

#[inline(never)]
fn write_value(value: &Value, indent: usize, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(number) => out.push_str(&number.0),
        Value::String(text) => write_string(text, out),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Object(members) if members.is_empty() => out.push_str("{}"),
        Value::Array(items) => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                write_item_start(index, indent + 1, out);
                write_value(item, indent + 1, out);
            }
            write_line_start(indent, out);
            out.push(']');
        }
        Value::Object(members) => {
            out.push('{');
            for (index, (name, item)) in members.iter().enumerate() {
                write_item_start(index, indent + 1, out);
                write_string(name, out);
                out.push_str(": ");
                write_value(item, indent + 1, out);
            }
            write_line_start(indent, out);
            out.push('}');
        }
    }
}

fn write_item_start(index: usize, indent: usize, out: &mut String) {
    if index > 0 {
        out.push(',');
    }
    write_line_start(indent, out);
}

fn write_line_start(indent: usize, out: &mut String) {
    out.push('\n');
    for _ in 0..indent {
        out.push_str("  ");
    }
}

/// Writes a string with the escapes RFC 8259 requires: quote, backslash and control
/// characters (the common ones by letter, the rest as `\u00XX`). Everything else is
/// written as is, as serde_json did.
#[inline(never)]
fn write_string(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    let mut run_start = 0;
    for (at, byte) in text.bytes().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0x00..=0x1f => "\\u00",
            _ => continue,
        };
        out.push_str(&text[run_start..at]);
        out.push_str(escape);
        if escape == "\\u00" {
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xf)]));
        }
        run_start = at + 1;
    }
    out.push_str(&text[run_start..]);
    out.push('"');
}
