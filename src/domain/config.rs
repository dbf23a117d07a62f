//! The host's settings: an optional `jiritsu.config.json` beside `index.html`, written by
//! the HR department that hosts the app. Each setting is checked on its own: a bad one is
//! ignored (its default applies) and named, the good ones still apply.
//!
//! ```json
//! {
//!   "organizationName": "株式会社サンプル",
//!   "fiscalYearStartMonth": 4,
//!   "interviewTypes": ["career", "one_on_one", "milestone50", "rehire", "conversion", "external", "other"],
//!   "welcomeNote": "研修のあと、面談までにこのノートで準備してください。"
//! }
//! ```

use serde_json::Value;

/// The name of the file, beside `index.html`.
pub const FILE_NAME: &str = "jiritsu.config.json";

/// The longest organisation name and welcome note accepted, in characters.
pub const MAX_NAME_CHARS: usize = 100;
pub const MAX_NOTE_CHARS: usize = 1_000;

/// The interview types the worksheet offers, by the codes the file uses.
/// The order is the offer's when the host sets none: the career interview the app is for
/// first, the milestone interview at 50 after the ones people of every age have, then the
/// two about one's contract: re-employment or renewal, and becoming a regular employee
/// (正社員登用, or another change of employment type).
pub const INTERVIEW_TYPES: [&str; 7] = [
    "career",
    "one_on_one",
    "milestone50",
    "rehire",
    "conversion",
    "external",
    "other",
];

/// The settings in force.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// Shown in the header when set.
    pub organization_name: Option<String>,
    /// The month the fiscal year starts (1–12); Japanese companies mostly start in April.
    pub fiscal_year_start_month: u32,
    /// The interview types offered, as codes of [`INTERVIEW_TYPES`], in the host's order.
    pub interview_types: Vec<&'static str>,
    /// Shown on the home screen when set.
    pub welcome_note: Option<String>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            organization_name: None,
            fiscal_year_start_month: 4,
            interview_types: INTERVIEW_TYPES.to_vec(),
            welcome_note: None,
        }
    }
}

/// A setting that was not used, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored {
    /// The setting's name as written in the file; empty when the whole file was ignored.
    pub setting: String,
    pub problem: Problem,
}

/// Why a setting (or the whole file) was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file is not UTF-8 (saved as Shift_JIS, say): the browser read some of it as
    /// U+FFFD, and what it says cannot be trusted.
    NotUtf8,
    /// The file is not JSON; where the reader stopped, in lines and characters from 1.
    NotJson { line: usize, column: usize },
    /// The file is JSON but not an object of settings.
    NotAnObject,
    /// No such setting (a typo, perhaps).
    Unknown,
    /// Expected text of at most the given number of characters.
    ExpectedText(usize),
    /// Expected a whole number from 1 to 12.
    ExpectedMonth,
    /// Expected a non-empty list of known interview types, each once.
    ExpectedInterviewTypes,
    /// An interview type that is not one of [`INTERVIEW_TYPES`], as written.
    UnknownInterviewType(String),
}

/// Reads the file's text. Never fails: what cannot be used is listed and left at its default.
pub fn read(text: &str) -> (Config, Vec<Ignored>) {
    let mut config = Config::default();
    let mut ignored = Vec::new();
    let whole = |problem| Ignored {
        setting: String::new(),
        problem,
    };
    // Read as JSON values, so that each setting is checked on its own: a typed struct would
    // refuse the whole file for one bad setting. (serde_json keeps an object by name, so
    // ignored settings are listed in name order.)
    if text.contains('\u{fffd}') {
        return (config, vec![whole(Problem::NotUtf8)]);
    }
    let text = text.trim_start_matches('\u{feff}');
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => {
            let line = error.line();
            // serde_json counts the column in bytes; a person counts characters (a line of
            // Japanese would otherwise point three times too far along).
            let column = text.lines().nth(line.saturating_sub(1)).map_or(1, |at| {
                at.char_indices()
                    .take_while(|(i, _)| *i < error.column())
                    .count()
                    .max(1)
            });
            return (config, vec![whole(Problem::NotJson { line, column })]);
        }
    };
    let Value::Object(members) = value else {
        return (config, vec![whole(Problem::NotAnObject)]);
    };
    for (name, value) in &members {
        let result = match name.as_str() {
            "organizationName" => {
                text_setting(value, MAX_NAME_CHARS).map(|t| config.organization_name = t)
            }
            "welcomeNote" => text_setting(value, MAX_NOTE_CHARS).map(|t| config.welcome_note = t),
            "fiscalYearStartMonth" => match value.as_u64() {
                Some(month @ 1..=12) => {
                    config.fiscal_year_start_month = month as u32;
                    Ok(())
                }
                _ => Err(Problem::ExpectedMonth),
            },
            "interviewTypes" => interview_types(value).map(|types| config.interview_types = types),
            _ => Err(Problem::Unknown),
        };
        if let Err(problem) = result {
            ignored.push(Ignored {
                setting: name.clone(),
                problem,
            });
        }
    }
    (config, ignored)
}

/// Text, trimmed; empty means "not set".
fn text_setting(value: &Value, max_chars: usize) -> Result<Option<String>, Problem> {
    match value {
        Value::String(text) if text.chars().count() <= max_chars => {
            let text = text.trim();
            Ok((!text.is_empty()).then(|| text.to_owned()))
        }
        _ => Err(Problem::ExpectedText(max_chars)),
    }
}

fn interview_types(value: &Value) -> Result<Vec<&'static str>, Problem> {
    let Value::Array(items) = value else {
        return Err(Problem::ExpectedInterviewTypes);
    };
    let mut types = Vec::new();
    for item in items {
        let code = match item {
            Value::String(code) => Some(
                INTERVIEW_TYPES
                    .iter()
                    .find(|known| **known == code.as_str())
                    .ok_or_else(|| Problem::UnknownInterviewType(code.clone()))?,
            ),
            _ => None,
        };
        match code {
            Some(code) if !types.contains(code) => types.push(*code),
            _ => return Err(Problem::ExpectedInterviewTypes),
        }
    }
    if types.is_empty() {
        return Err(Problem::ExpectedInterviewTypes);
    }
    Ok(types)
}
