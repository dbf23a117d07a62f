//! The two languages the product speaks, and how the first one is chosen.

use serde::{Deserialize, Serialize};

/// A language the whole interface is available in. Japanese comes first: it is the
/// default whenever nothing says otherwise. Saved as its code, `"ja"` or `"en"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Lang {
    #[default]
    Ja,
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

    /// The language beside this one: English beside Japanese, Japanese beside English.
    pub fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
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

/// A saved language: exactly `"ja"` or `"en"`.
impl TryFrom<String> for Lang {
    type Error = &'static str;

    fn try_from(code: String) -> Result<Lang, &'static str> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code() == code)
            .ok_or("expected \"ja\" or \"en\"")
    }
}

impl From<Lang> for &'static str {
    fn from(lang: Lang) -> &'static str {
        lang.code()
    }
}
