//! The pretty writer: two spaces per level, and only the escapes JSON requires.

use super::Value;

/// Writes `value` indented by two spaces per level, one member or item per line, in the
/// layout serde_json's pretty printer used, so old and new saved files look alike.
pub fn write_pretty(value: &Value) -> String {
    let mut out = String::new();
    write_value(value, 0, &mut out);
    out
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
        out.push_str(text.get(run_start..at).unwrap_or(""));
        out.push_str(escape);
        if escape == "\\u00" {
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xf)]));
        }
        run_start = at + 1;
    }
    out.push_str(text.get(run_start..).unwrap_or(""));
    out.push('"');
}
