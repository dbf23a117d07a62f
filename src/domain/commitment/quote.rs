//! A few of the person's own words, carried inside a reason or a hint so that the
//! message can quote them ("is it 「在庫表を更新します」?"). Kept inline and `Copy`, like
//! the rest of a report's findings, so a check allocates nothing for it.

/// Up to `Quote::CAPACITY` bytes of the text as typed, cut on a char boundary.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Quote {
    bytes: [u8; Quote::CAPACITY],
    len: u8,
}

impl Quote {
    /// Enough for 24 kanji or some 70 Latin letters: a predicate and its object.
    pub const CAPACITY: usize = 72;

    /// Quotes `words`. When they are too long, `keep_end` keeps their end (where a
    /// Japanese verb is) and marks the cut with … in front; otherwise the beginning
    /// stays (where an English verb is) and … goes behind.
    pub fn new(words: &str, keep_end: bool) -> Quote {
        let words = words.trim_matches(|c: char| c.is_whitespace() || "、，,。.".contains(c));
        let mut quote = Quote {
            bytes: [0; Quote::CAPACITY],
            len: 0,
        };
        if words.len() <= Quote::CAPACITY {
            quote.push(words);
            return quote;
        }
        const ELLIPSIS: &str = "…";
        let room = Quote::CAPACITY - ELLIPSIS.len();
        if keep_end {
            let mut cut = words.len() - room;
            while !words.is_char_boundary(cut) {
                cut += 1;
            }
            quote.push(ELLIPSIS);
            quote.push(words.get(cut..).unwrap_or_default());
        } else {
            let mut cut = room;
            while !words.is_char_boundary(cut) {
                cut -= 1;
            }
            quote.push(words.get(..cut).unwrap_or_default().trim_end());
            quote.push(ELLIPSIS);
        }
        quote
    }

    /// The quoted words.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len as usize]).unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn push(&mut self, words: &str) {
        let at = self.len as usize;
        let end = (at + words.len()).min(Quote::CAPACITY);
        self.bytes[at..end].copy_from_slice(&words.as_bytes()[..end - at]);
        self.len = end as u8;
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
        Ok(Quote::new(&words, false))
    }
}
