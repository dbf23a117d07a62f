//! The person's own words, carried inside a reason or a hint so that the message can
//! quote them ("is it 「在庫表を更新します」?"). A quote is always whole: the phrase the
//! check read, from its first word to its last, as typed. A quote cut to a fixed size
//! (「後輩の相談」 for 「後輩の相談にのります」, "I will mentor juni…") put words in the
//! person's mouth that they never wrote. Nor does a quote stop inside a word: a verb
//! listed by its stem (増や, 関係を築) is quoted to the end of its predicate as written
//! (増やします, 関係を築く), by the rules that make the quote.

/// Words of the text as typed, without the spaces and punctuation around them.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Quote(Box<str>);

impl Default for Quote {
    /// Nothing quoted.
    fn default() -> Quote {
        Quote("".into())
    }
}

impl Quote {
    /// Quotes `words` whole.
    pub fn new(words: &str) -> Quote {
        let words = words.trim_matches(|c: char| c.is_whitespace() || "、，,。.".contains(c));
        Quote(words.into())
    }

    /// The quoted words.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::fmt::Debug for Quote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl std::fmt::Display for Quote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Quote {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Quote {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let words = String::deserialize(deserializer)?;
        Ok(Quote::new(&words))
    }
}
