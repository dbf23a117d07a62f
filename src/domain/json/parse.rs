//! The strict RFC 8259 parser: recursive descent, nesting limited to [`MAX_DEPTH`], an error
//! giving the byte offset and the problem.

use std::fmt;

use super::{Number, Value, MAX_DEPTH};

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

/// Reads `text` as one JSON value, refusing anything RFC 8259 does not allow.
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        position: 0,
    };
    let value = parser.value(0)?;
    parser.skip_whitespace();
    if parser.position < parser.bytes.len() {
        return Err(parser.error(ParseProblem::TrailingCharacters));
    }
    Ok(value)
}

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
        let same = rest
            .iter()
            .zip(word.as_bytes())
            .take_while(|(a, b)| a == b)
            .count();
        self.position += same;
        Err(self.unexpected())
    }

    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.position;
        match number_end(self.bytes, start) {
            Ok(end) => {
                self.position = end;
                Ok(Value::Number(Number(
                    self.text.get(start..end).unwrap_or("").to_owned(),
                )))
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
                    out.push_str(self.text.get(run_start..self.position).unwrap_or(""));
                    self.position += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(self.text.get(run_start..self.position).unwrap_or(""));
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
                            return Err(ParseError {
                                position: start,
                                problem: ParseProblem::LoneSurrogate,
                            });
                        }
                        self.position += 2;
                        let second = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&second) {
                            return Err(ParseError {
                                position: start,
                                problem: ParseProblem::LoneSurrogate,
                            });
                        }
                        0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    }
                    0xDC00..=0xDFFF => {
                        return Err(ParseError {
                            position: start,
                            problem: ParseProblem::LoneSurrogate,
                        })
                    }
                    _ => first,
                };
                // Surrogates are excluded above, so every code left is a character.
                let character = char::from_u32(code).ok_or(ParseError {
                    position: start,
                    problem: ParseProblem::LoneSurrogate,
                })?;
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
            let Some(digit) = digit else {
                return Err(self.error(ParseProblem::InvalidEscape));
            };
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
        ParseError {
            position: self.position,
            problem,
        }
    }
}

/// Where the number starting at `start` ends, by RFC 8259:
/// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`. An error gives the offset of
/// the first byte that breaks the grammar.
pub(super) fn number_end(bytes: &[u8], start: usize) -> Result<usize, usize> {
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
