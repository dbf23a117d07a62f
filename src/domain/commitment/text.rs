//! The text as the scanner sees it: one normalised char per original char, so that
//! every position maps back to a byte offset of what the person typed; only the common
//! words of time written in hiragana (らいげつ, まいにち) become their kanji (来月, 毎日),
//! fewer chars each mapped to one of the kana they stand for, so that every reader of
//! times and rhythms reads both spellings with no list of its own.
//!
//! The hiragana words of time are in `kana_times`, the reading of numbers in figures
//! or kanji numerals in `numbers`, and the lists of alternatives the readers try at a
//! place (`Words`, `words!`) in `words`.

mod kana_times;
mod numbers;
mod words;

use super::{Span, SpanKind};
use crate::domain::lang::Lang;
use kana_times::{kana_time_word, kana_unit};

pub(crate) use numbers::number_at;
pub(crate) use words::{alternatives, begins_with, words, Words};

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
        let mut previous = '\0';
        let mut offset = 0;
        while let Some(c) = original.get(offset..).and_then(|rest| rest.chars().next()) {
            let word = kana_time_word(original, offset, previous, c)
                .or_else(|| kana_unit(original, offset, previous));
            if let Some(word) = word {
                // Each kanji maps to one of the kana it stands for (three bytes each), so
                // a span of the kanji quotes the kana as they were typed.
                for (at, kanji) in [(offset, word.kanji), (offset + word.kana_len, word.part)] {
                    for (k, kanji) in kanji.chars().enumerate() {
                        chars.push(kanji);
                        offsets.push(at + 3 * k);
                    }
                }
                // What the word ends with, as read (a month, for a day after it).
                previous = word
                    .kanji
                    .chars()
                    .chain(word.part.chars())
                    .last()
                    .unwrap_or('日');
                offset += word.kana_len + word.part_len;
                continue;
            }
            chars.push(if leftover_of_masu(original, offset, previous, c) {
                'す'
            } else {
                normalise(c)
            });
            offsets.push(offset);
            previous = c;
            offset += c.len_utf8();
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

    /// The first of the `patterns` that ends at `i`: its index and where it starts.
    pub(crate) fn first_ending_at(&self, i: usize, patterns: &Words) -> Option<(usize, usize)> {
        let last = i.checked_sub(1).map(|k| self.at(k))?;
        if !patterns.may_end_with(last) {
            return None;
        }
        // Compared as UTF-8 bytes: decoding each alternative's last char costs more.
        let mut buffer = [0u8; 4];
        let last = last.encode_utf8(&mut buffer).as_bytes();
        patterns
            .iter()
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

    /// The normalised text as a string, for readers outside the check.
    pub(crate) fn normalised(&self) -> String {
        self.chars.iter().collect()
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

    /// The first of the `patterns` that matches at `i`: its index and where it ends.
    pub(crate) fn first_of(&self, i: usize, patterns: &Words) -> Option<(usize, usize)> {
        if !patterns.may_begin_with(self.at(i)) {
            return None;
        }
        let mut buffer = [0u8; 4];
        let first = self.at(i).encode_utf8(&mut buffer).as_bytes();
        patterns
            .iter()
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

/// Whether `c` at byte `offset` is the "s" a romaji input method leaves when ます is
/// typed in haste (申し込みまs): after ま, at the end of the text or before a stop.
fn leftover_of_masu(original: &str, offset: usize, previous: char, c: char) -> bool {
    let next = original
        .get(offset + c.len_utf8()..)
        .and_then(|rest| rest.chars().next());
    previous == 'ま'
        && matches!(c, 's' | 'S' | 'ｓ')
        && next.is_none_or(|n| matches!(n, '。' | '.' | '!' | '！' | '、' | ' ' | '\n'))
}

/// Full-width ASCII becomes ASCII, ASCII letters become lower case, the ideographic
/// space and emoji become a space, the many dashes become '-' and curly apostrophes '.
fn normalise(c: char) -> char {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        // 店長に相談する👍: an emoji (with its joiner, variation selector and skin tone)
        // says how one feels about the words, and is no word of them.
        '\u{1F000}'..='\u{1FAFF}'
        | '\u{2600}'..='\u{27BF}'
        | '\u{2B00}'..='\u{2BFF}'
        | '\u{FE0F}'
        | '\u{200D}' => ' ',
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

pub(crate) fn is_katakana(c: char) -> bool {
    ('\u{30A1}'..='\u{30FF}').contains(&c) && c != '\u{30FB}'
}

pub(crate) fn is_kanji(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || c == '\u{3005}'
}
