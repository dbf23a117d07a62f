//! The text as the scanner sees it: one normalised char per original char, so that
//! every position maps back to a byte offset of what the person typed.

use super::{Span, SpanKind};
use crate::domain::lang::Lang;

/// Normalised chars and the byte offset each one starts at in the original text, which
/// is kept so that the report can quote the person's own words.
pub(crate) struct Text<'a> {
    original: &'a str,
    chars: Vec<char>,
    /// One more entry than `chars`: the last one is the length of the original text.
    offsets: Vec<usize>,
}

impl<'a> Text<'a> {
    pub(crate) fn new(original: &'a str) -> Text<'a> {
        let mut chars = Vec::with_capacity(original.len());
        let mut offsets = Vec::with_capacity(original.len() + 1);
        for (offset, c) in original.char_indices() {
            chars.push(normalise(c));
            offsets.push(offset);
        }
        offsets.push(original.len());
        Text {
            original,
            chars,
            offsets,
        }
    }

    /// The chars `start..end` as the person typed them.
    pub(crate) fn original(&self, start: usize, end: usize) -> &'a str {
        let span = self.span(start, end, SpanKind::Action);
        self.original.get(span.start..span.end).unwrap_or_default()
    }

    /// Whether the text at `i` ends with `pattern` just before `i` (read backwards):
    /// where the pattern starts if so. Japanese predicates are read from their end.
    pub(crate) fn ends_with_at(&self, i: usize, pattern: &str) -> Option<usize> {
        let mut j = i;
        for p in pattern.chars().rev() {
            if j == 0 || self.at(j - 1) != p {
                return None;
            }
            j -= 1;
        }
        Some(j)
    }

    /// The first of the `|`-separated `patterns` that ends at `i`: its index and where
    /// it starts.
    pub(crate) fn first_ending_at(&self, i: usize, patterns: &str) -> Option<(usize, usize)> {
        let last = i.checked_sub(1).map(|k| self.at(k))?;
        if !some_alternative_ends_with(patterns, last) {
            return None;
        }
        // Compared as UTF-8 bytes: decoding each alternative's last char costs more.
        let mut buffer = [0u8; 4];
        let last = last.encode_utf8(&mut buffer).as_bytes();
        alternatives(patterns)
            .enumerate()
            .filter(|(_, p)| p.as_bytes().ends_with(last))
            .find_map(|(k, p)| self.ends_with_at(i, p).map(|start| (k, start)))
    }

    /// The char that starts at byte `byte` of the original text (or the one it is in).
    pub(crate) fn char_index(&self, byte: usize) -> usize {
        self.offsets.partition_point(|&offset| offset < byte)
    }

    pub(crate) fn len(&self) -> usize {
        self.chars.len()
    }

    /// The char at `i`, or NUL past the end, so that look-ahead never needs a check.
    pub(crate) fn at(&self, i: usize) -> char {
        self.chars.get(i).copied().unwrap_or('\0')
    }

    /// Where `pattern` ends if it occurs at `i`. A space in the pattern matches one or
    /// more whitespace chars, so "sign  up" reads like "sign up". The cost is bounded
    /// by the pattern, not the text (except for runs of spaces, which are consumed once).
    pub(crate) fn match_at(&self, i: usize, pattern: &str) -> Option<usize> {
        let mut j = i;
        for p in pattern.chars() {
            if p == ' ' {
                if !self.at(j).is_whitespace() {
                    return None;
                }
                let mut budget = 8;
                while self.at(j).is_whitespace() && budget > 0 {
                    j += 1;
                    budget -= 1;
                }
            } else if self.at(j) == p {
                j += 1;
            } else {
                return None;
            }
        }
        Some(j)
    }

    /// Like `match_at`, for an English word or phrase: it must start and end a word.
    pub(crate) fn word_at(&self, i: usize, pattern: &str) -> Option<usize> {
        if !self.is_word_start(i) {
            return None;
        }
        self.match_at(i, pattern)
            .filter(|&end| self.is_word_end(end))
    }

    /// The first of the `|`-separated `patterns` that matches at `i`: its index and
    /// where it ends. One string per list costs less in the built site than a slice.
    pub(crate) fn first_of(&self, i: usize, patterns: &str) -> Option<(usize, usize)> {
        if !some_alternative_begins_with(patterns, self.at(i)) {
            return None;
        }
        let mut buffer = [0u8; 4];
        let first = self.at(i).encode_utf8(&mut buffer).as_bytes();
        alternatives(patterns)
            .enumerate()
            .filter(|(_, p)| p.as_bytes().starts_with(first))
            .find_map(|(k, p)| self.match_at(i, p).map(|end| (k, end)))
    }

    pub(crate) fn is_word_start(&self, i: usize) -> bool {
        i == 0 || !is_latin_word_char(self.at(i - 1))
    }

    pub(crate) fn is_word_end(&self, i: usize) -> bool {
        !is_latin_word_char(self.at(i))
    }

    /// Skips spaces forward from `i`, at most a few, and returns the new position.
    pub(crate) fn skip_spaces(&self, mut i: usize) -> usize {
        let mut budget = 8;
        while self.at(i).is_whitespace() && budget > 0 {
            i += 1;
            budget -= 1;
        }
        i
    }

    /// The span of chars `start..end` in byte offsets of the original text.
    pub(crate) fn span(&self, start: usize, end: usize, kind: SpanKind) -> Span {
        let last = self.offsets.len() - 1;
        let start_byte = self.offsets[start.min(last)];
        let end_byte = self.offsets[end.min(last)].max(start_byte);
        Span {
            start: start_byte,
            end: end_byte,
            kind,
        }
    }

    /// Japanese when there is any kana, or more kanji than Latin letters; English
    /// when there are more Latin letters; `None` when there is neither (an empty box,
    /// a date in figures), which tells nothing.
    pub(crate) fn detected_lang(&self) -> Option<Lang> {
        let mut kanji = 0usize;
        let mut latin = 0usize;
        for &c in &self.chars {
            if is_kana(c) {
                return Some(Lang::Ja);
            } else if is_kanji(c) {
                kanji += 1;
            } else if c.is_ascii_alphabetic() {
                latin += 1;
            }
        }
        match (latin, kanji) {
            (0, 0) => None,
            _ if latin > kanji => Some(Lang::En),
            _ => Some(Lang::Ja),
        }
    }
}

/// Full-width ASCII becomes ASCII, ASCII letters become lower case, the ideographic
/// space becomes a space, the many dashes become '-' and curly apostrophes '.
fn normalise(c: char) -> char {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        // Typographic apostrophes, so that I’ll reads as I'll.
        '\u{2018}' | '\u{2019}' => '\'',
        _ => c,
    };
    c.to_ascii_lowercase()
}

pub(crate) fn is_latin_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '\''
}

pub(crate) fn is_kana(c: char) -> bool {
    ('\u{3041}'..='\u{30FF}').contains(&c) && c != '\u{30FB}'
}

pub(crate) fn is_kanji(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || c == '\u{3005}'
}

/// A number at `i`, in ASCII digits (at most nine) or in kanji numerals (十二, 二〇二六),
/// with where it ends. It must start a number: the char before is not a digit.
pub(crate) fn number_at(text: &Text, i: usize) -> Option<(u32, usize)> {
    if i > 0 && (text.at(i - 1).is_ascii_digit() || kanji_digit(text.at(i - 1)).is_some()) {
        return None;
    }
    if text.at(i).is_ascii_digit() {
        let mut value: u32 = 0;
        let mut j = i;
        while let Some(d) = text.at(j).to_digit(10) {
            if j - i >= 9 {
                return None;
            }
            value = value * 10 + d;
            j += 1;
        }
        return Some((value, j));
    }
    kanji_number_at(text, i)
}

fn kanji_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn kanji_multiplier(c: char) -> Option<u32> {
    match c {
        '十' => Some(10),
        '百' => Some(100),
        '千' => Some(1000),
        _ => None,
    }
}

/// 十二 = 12, 二十一 = 21, 二千二十六 = 2026 (positional), 二〇二六 = 2026 (digit by digit).
fn kanji_number_at(text: &Text, i: usize) -> Option<(u32, usize)> {
    let mut j = i;
    let mut positional = false;
    while j - i < 8 && (kanji_digit(text.at(j)).is_some() || kanji_multiplier(text.at(j)).is_some())
    {
        positional |= kanji_multiplier(text.at(j)).is_some();
        j += 1;
    }
    if j == i {
        return None;
    }
    let (mut total, mut current) = (0u32, 0u32);
    for k in i..j {
        let c = text.at(k);
        if let Some(d) = kanji_digit(c) {
            current = if positional { d } else { current * 10 + d };
        } else if let Some(m) = kanji_multiplier(c) {
            total += current.max(1) * m;
            current = 0;
        }
    }
    Some((total + current, j))
}

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

/// Whether one of the `|`-separated alternatives of `list` begins with `c`: one substring
/// search for "|" and the char. At most places of a text no alternative does, and the
/// search costs less than going through them.
fn some_alternative_begins_with(list: &str, c: char) -> bool {
    let mut buffer = [b'|'; 5];
    let len = c.encode_utf8(&mut buffer[1..]).len();
    list.starts_with(c) || list.contains(std::str::from_utf8(&buffer[..=len]).unwrap_or("|"))
}

/// Whether one of the alternatives of `list` ends with `c` (see
/// `some_alternative_begins_with`).
fn some_alternative_ends_with(list: &str, c: char) -> bool {
    let mut buffer = [b'|'; 5];
    let len = c.encode_utf8(&mut buffer).len();
    list.ends_with(c) || list.contains(std::str::from_utf8(&buffer[..=len]).unwrap_or("|"))
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
