//! The two languages the product speaks, and how the first one is chosen.

use crate::domain::json::{FieldError, Value};

/// A language the whole interface is available in. Japanese comes first: it is the
/// default whenever nothing says otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Lang {
    #[default]
    #[cfg_attr(feature = "serde", serde(rename = "ja"))]
    Ja,
    #[cfg_attr(feature = "serde", serde(rename = "en"))]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The BCP 47 tag used in `<html lang>` and in saved documents.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// The language as saved: its code, `"ja"` or `"en"`.
    pub fn to_json(self) -> Value {
        Value::from(self.code())
    }

    /// Reads a saved language: exactly `"ja"` or `"en"`.
    pub fn from_json(value: &Value) -> Result<Lang, FieldError> {
        match value.as_text() {
            Ok("ja") => Ok(Lang::Ja),
            Ok("en") => Ok(Lang::En),
            _ => Err(FieldError::new("expected \"ja\" or \"en\"")),
        }
    }

    /// Reads a BCP 47 tag such as `ja`, `ja-JP` or `en-GB`; other languages give `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("ja") {
            Some(Lang::Ja)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// Picks the first language of the browser's ordered preferences that we speak,
    /// and Japanese when there is none.
    pub fn from_preferences<S: AsRef<str>>(preferences: &[S]) -> Lang {
        preferences
            .iter()
            .find_map(|tag| Lang::from_tag(tag.as_ref()))
            .unwrap_or_default()
    }
}
