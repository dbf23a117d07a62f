//! The short lists of alternatives the readers try at a place (`Words`, written in place
//! as `words!("から|まで")`), which know at compile time which chars can begin and end
//! an alternative, and the plain loop that splits such a list.

/// Whether `pattern` begins with `c`: a cheap first test before a full match.
#[inline]
pub(crate) fn begins_with(pattern: &str, c: char) -> bool {
    if c.is_ascii() {
        pattern.as_bytes().first() == Some(&(c as u8))
    } else {
        let mut buffer = [0u8; 4];
        pattern
            .as_bytes()
            .starts_with(c.encode_utf8(&mut buffer).as_bytes())
    }
}

/// A list of alternatives separated by `|` (one string per list costs less in the built
/// site than a slice of strings), with which chars can begin and end them, found when
/// the program is compiled (`words!`). At most places of a text no alternative begins
/// or ends with the char there, and one test of a bit says so where a search through
/// the list cost more than the rest of the lookup.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Words {
    list: &'static str,
    /// Bit `c & 63` is set when an alternative begins with a char `c`.
    begins: u64,
    /// Bit `c & 63` is set when an alternative ends with a char `c`.
    ends: u64,
}

/// The `Words` of a list written in place: `words!("付の|付けの")`, made at compile time.
macro_rules! words {
    ($list:expr) => {
        &const { $crate::domain::commitment::text::Words::new($list) }
    };
}
pub(crate) use words;

impl Words {
    /// Panics (at compile time, where it is called) on an empty alternative.
    pub(crate) const fn new(list: &'static str) -> Words {
        let bytes = list.as_bytes();
        let (mut begins, mut ends) = (0u64, 0u64);
        let mut start = 0;
        let mut k = 0;
        while k <= bytes.len() {
            if k == bytes.len() || bytes[k] == b'|' {
                assert!(k > start, "an alternative must not be empty");
                // The low six bits of a char are those of the last byte of its UTF-8.
                let first_len = match bytes[start] {
                    0x00..=0x7F => 1,
                    0xC0..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    _ => 4,
                };
                begins |= 1 << (bytes[start + first_len - 1] & 63);
                ends |= 1 << (bytes[k - 1] & 63);
                start = k + 1;
            }
            k += 1;
        }
        Words { list, begins, ends }
    }

    /// The alternatives, in the order written.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &'static str> {
        alternatives(self.list)
    }

    /// False when no alternative holds `part`; true when one may.
    pub(crate) fn may_hold(&self, part: &str) -> bool {
        self.list.contains(part)
    }

    /// False when no alternative begins with `c`; true when one may.
    pub(crate) fn may_begin_with(&self, c: char) -> bool {
        self.begins & (1 << (c as u32 & 63)) != 0
    }

    /// False when no alternative ends with `c`; true when one may.
    pub(crate) fn may_end_with(&self, c: char) -> bool {
        self.ends & (1 << (c as u32 & 63)) != 0
    }
}

/// The `|`-separated alternatives of a list, split with a plain loop over the bytes:
/// the lists are short and so are their entries, where `str::split` spends more on
/// setting up its search than on the search itself. This runs at almost every char.
pub(crate) fn alternatives(list: &str) -> impl Iterator<Item = &str> {
    let bytes = list.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start > bytes.len() {
            return None;
        }
        let mut end = start;
        while end < bytes.len() && bytes[end] != b'|' {
            end += 1;
        }
        let item = list.get(start..end);
        start = end + 1;
        item
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::commitment::text::Text;
    use proptest::prelude::*;

    /// A word of one to four chars from a mix of scripts, as the lists hold them.
    fn word() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                proptest::char::range('a', 'z'),
                proptest::char::range('0', '9'),
                proptest::char::range('ぁ', 'ゖ'),
                proptest::char::range('ァ', 'ヺ'),
                proptest::char::range('一', '龥'),
                Just('%'),
            ],
            1..5,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    /// An alternative: a word, or two with a space between them ("sign up").
    fn alternative() -> impl Strategy<Value = String> {
        proptest::collection::vec(word(), 1..3).prop_map(|words| words.join(" "))
    }

    proptest! {
        /// The compile-time filter never hides an alternative: each one is found where
        /// it stands in a text, from its start and from its end.
        #[test]
        fn every_alternative_is_found_where_it_stands(
            list in proptest::collection::vec(alternative(), 1..12),
            pick in any::<prop::sample::Index>(),
            before in "[a-zあ-ん]{0,3}",
        ) {
            let joined: &'static str = Box::leak(list.join("|").into_boxed_str());
            let words = Words::new(joined);
            let chosen = &list[pick.index(list.len())];
            let text = format!("{before}{chosen}。");
            let typed = text.clone();
            let text = Text::new(&text);
            // Only a text the reading keeps as typed: a word of time or a unit in kana
            // (0じ, にがつ) is read as its kanji.
            prop_assume!((0..text.len()).map(|i| text.at(i)).collect::<String>() == typed);
            let start = before.chars().count();
            let end = start + chosen.chars().count();
            prop_assert!(words.may_begin_with(chosen.chars().next().unwrap_or_default()));
            prop_assert!(words.may_end_with(chosen.chars().last().unwrap_or_default()));
            let (k, found_end) = text.first_of(start, &words).expect("found from its start");
            prop_assert!(k <= list.iter().position(|a| a == chosen).unwrap_or(0));
            prop_assert!(found_end <= end);
            prop_assert!(text.first_ending_at(end, &words).is_some());
        }
    }

    #[test]
    fn a_char_no_alternative_begins_or_ends_with_is_passed_over() {
        let words = Words::new("から|まで|以降");
        assert!(words.may_begin_with('か') && words.may_begin_with('以'));
        assert!(words.may_end_with('ら') && words.may_end_with('降'));
        // を shares its low six bits with no first char (か, ま, 以) and no last (ら, で,
        // 降); ま begins one, but まとめる is not まで.
        assert!(!words.may_begin_with('を') && !words.may_end_with('を'));
        let text = Text::new("資料をまとめる");
        assert_eq!(text.first_of(2, &words), None);
        assert_eq!(text.first_of(3, &words), None);
    }
}
