//! The JSON codec under the saved document: what it accepts, what it refuses and where,
//! and that what it writes reads back as the same value.

use jiritsu::domain::json::{
    parse, write_pretty, Number, ParseError, ParseProblem, Value, MAX_DEPTH,
};
use proptest::prelude::*;

fn number(text: &str) -> Value {
    Value::Number(Number::new(text).expect("a JSON number"))
}

fn object(members: &[(&str, Value)]) -> Value {
    Value::Object(
        members
            .iter()
            .map(|(name, value)| (name.to_string(), value.clone()))
            .collect(),
    )
}

#[test]
fn valid_text_is_read_as_its_value() {
    fn check(text: &str, expected: Value) {
        assert_eq!(parse(text), Ok(expected), "{text:?}");
    }
    check("null", Value::Null);
    check(" true ", Value::Bool(true));
    check("\t\r\nfalse\n", Value::Bool(false));
    check("0", number("0"));
    check("-0", number("-0"));
    check("1795426215000", number("1795426215000"));
    check("6.4", number("6.4"));
    check("-1.5e+10", number("-1.5e+10"));
    check("2E-3", number("2E-3"));
    check(r#""""#, Value::from(""));
    check(r#""来月から""#, Value::from("来月から"));
    check(
        r#""a\"b\\c\/d\b\f\n\r\t""#,
        Value::from("a\"b\\c/d\u{8}\u{c}\n\r\t"),
    );
    check(r#""\u00e9\u00E9""#, Value::from("éé"));
    check(r#""\ud83d\ude00""#, Value::from("😀"));
    check("[]", Value::Array(vec![]));
    check(
        "[ 1 , [ ] , { } ]",
        Value::Array(vec![
            number("1"),
            Value::Array(vec![]),
            Value::Object(vec![]),
        ]),
    );
    check(
        r#"{"b": 1, "a": [null], "b": 2}"#,
        object(&[
            ("b", number("1")),
            ("a", Value::Array(vec![Value::Null])),
            ("b", number("2")),
        ]),
    );
}

#[test]
fn invalid_text_is_refused_with_where_and_why() {
    use ParseProblem::*;
    fn check(text: &str, position: usize, problem: ParseProblem) {
        assert_eq!(
            parse(text),
            Err(ParseError { position, problem }),
            "{text:?}"
        );
    }
    check("", 0, UnexpectedEnd);
    check("   ", 3, UnexpectedEnd);
    check("nul", 3, UnexpectedEnd);
    check("nulL", 3, UnexpectedCharacter);
    check("True", 0, UnexpectedCharacter);
    check("01", 1, TrailingCharacters);
    check("1.", 2, UnexpectedEnd);
    check("1.e5", 2, InvalidNumber);
    check("-", 1, UnexpectedEnd);
    check("-x", 1, InvalidNumber);
    check("+1", 0, UnexpectedCharacter);
    check(".5", 0, UnexpectedCharacter);
    check("1e", 2, UnexpectedEnd);
    check("NaN", 0, UnexpectedCharacter);
    check("[1,]", 3, UnexpectedCharacter);
    check("[1 2]", 3, UnexpectedCharacter);
    check("[1", 2, UnexpectedEnd);
    check(r#"{"a" 1}"#, 5, UnexpectedCharacter);
    check(r#"{"a":1,}"#, 7, UnexpectedCharacter);
    check("{a:1}", 1, UnexpectedCharacter);
    check(r#"{"a":1"#, 6, UnexpectedEnd);
    check(r#""abc"#, 4, UnexpectedEnd);
    check("\"a\nb\"", 2, ControlCharacter);
    check(r#""\x""#, 2, InvalidEscape);
    check(r#""\u12G4""#, 5, InvalidEscape);
    check(r#""\u12"#, 5, UnexpectedEnd);
    check(r#""\ud83d""#, 1, LoneSurrogate);
    check(r#""\ud83d\u0041""#, 1, LoneSurrogate);
    check(r#""\ude00""#, 1, LoneSurrogate);
    check("{} {}", 3, TrailingCharacters);
    check("\u{feff}{}", 0, UnexpectedCharacter);
}

#[test]
fn nesting_is_limited_so_hostile_text_cannot_exhaust_the_stack() {
    let nested = |depth: usize| "[".repeat(depth) + &"]".repeat(depth);
    assert!(parse(&nested(MAX_DEPTH)).is_ok());
    assert_eq!(
        parse(&nested(MAX_DEPTH + 1)).map_err(|e| e.problem),
        Err(ParseProblem::TooDeep)
    );
    let hostile = "[{\"a\":".repeat(1_000_000);
    assert_eq!(
        parse(&hostile).map_err(|e| e.problem),
        Err(ParseProblem::TooDeep)
    );
}

#[test]
fn strings_are_written_with_the_escapes_json_requires_and_nothing_else() {
    let text = "\"\\/\u{8}\u{c}\n\r\t\u{0}\u{1f}\u{7f}é😀";
    assert_eq!(
        write_pretty(&Value::from(text)),
        r#""\"\\/\b\f\n\r\t\u0000\u001f"#.to_owned() + "\u{7f}é😀\""
    );
}

#[test]
fn values_are_written_two_spaces_per_level_one_item_per_line() {
    let value = object(&[
        ("version", number("2")),
        ("empty", Value::Array(vec![])),
        ("none", Value::Object(vec![])),
        ("list", Value::Array(vec![Value::Null, Value::Bool(true)])),
        ("nested", object(&[("score", number("6.0"))])),
    ]);
    let expected = r#"{
  "version": 2,
  "empty": [],
  "none": {},
  "list": [
    null,
    true
  ],
  "nested": {
    "score": 6.0
  }
}"#;
    assert_eq!(write_pretty(&value), expected);
}

#[test]
fn numbers_follow_the_grammar_and_whole_ones_read_as_u64() {
    assert_eq!(Number::new("01"), None);
    assert_eq!(Number::new("1 "), None);
    assert_eq!(Number::new("+1"), None);
    assert_eq!(Number::with_one_decimal(64).as_str(), "6.4");
    assert_eq!(Number::with_one_decimal(60).as_str(), "6.0");
    assert_eq!(Number::with_one_decimal(84).as_str(), "8.4");
    assert_eq!(Number::from(u64::MAX).as_u64(), Some(u64::MAX));
    for text in ["1.0", "1e2", "-1", "18446744073709551616"] {
        assert_eq!(Number::new(text).and_then(|n| n.as_u64()), None, "{text}");
    }
}

fn any_number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(|n| number(&n.to_string())),
        any::<f64>().prop_filter_map("finite", |n| Number::new(&format!("{n:?}"))
            .map(Value::Number)),
        (any::<i32>(), 0u32..1000, -400i32..400).prop_map(|(whole, fraction, exponent)| number(
            &format!("{whole}.{fraction}e{exponent}")
        )),
    ]
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any_number(),
        any::<String>().prop_map(Value::from),
    ];
    leaf.prop_recursive(8, 128, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((any::<String>(), inner), 0..8).prop_map(Value::Object),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_text_parses_or_is_refused_never_a_panic(text in any::<String>()) {
        let _ = parse(&text);
    }

    #[test]
    fn any_bytes_parse_or_are_refused_never_a_panic(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        let _ = parse(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn json_like_text_parses_or_is_refused_never_a_panic(text in r#"[\[\]{}",:0-9eE.+\-\\u tnrfalse]{0,40}"#) {
        if let Ok(value) = parse(&text) {
            prop_assert_eq!(parse(&write_pretty(&value)), Ok(value));
        }
    }

    #[test]
    fn what_is_written_reads_back_as_the_same_value(value in any_value()) {
        prop_assert_eq!(parse(&write_pretty(&value)), Ok(value));
    }
}
