//! The text as the scanner sees it: one normalised char per original char, so that
//! every position maps back to a byte offset of what the person typed; only the common
//! words of time written in hiragana (らいげつ, まいにち) become their kanji (来月, 毎日),
//! fewer chars each mapped to one of the kana they stand for, so that every reader of
//! times and rhythms reads both spellings with no list of its own.

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
        let mut previous = '\0';
        let mut offset = 0;
        while let Some(c) = original.get(offset..).and_then(|rest| rest.chars().next()) {
            if let Some(word) = kana_time_word(original, offset, previous, c) {
                // Each kanji maps to one of the kana it stands for (three bytes each), so
                // a span of the kanji quotes the kana as they were typed.
                for (at, kanji) in [(offset, word.kanji), (offset + word.kana_len, word.part)] {
                    for (k, kanji) in kanji.chars().enumerate() {
                        chars.push(kanji);
                        offsets.push(at + 3 * k);
                    }
                }
                previous = '日';
                offset += word.kana_len + word.part_len;
                continue;
            }
            chars.push(normalise(c));
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

/// The words of time and rhythm people type in hiragana, and the kanji they are read
/// as. The check reads the kanji (来月から, 毎日), so these are read wherever those are.
const KANA_TIMES: [(&str, &str); 31] = [
    ("さらいしゅう", "再来週"),
    ("さらいげつ", "再来月"),
    ("さらいねん", "再来年"),
    ("らいしゅう", "来週"),
    ("らいげつ", "来月"),
    ("らいねん", "来年"),
    ("こんしゅう", "今週"),
    ("こんげつ", "今月"),
    ("ことし", "今年"),
    ("こんど", "今度"),
    ("あさって", "明後日"),
    ("あした", "明日"),
    ("あす", "明日"),
    ("きょう", "今日"),
    ("きのう", "昨日"),
    ("まいにち", "毎日"),
    ("まいあさ", "毎朝"),
    ("まいしゅう", "毎週"),
    ("まいつき", "毎月"),
    // Weekdays: かよう (通う) and にちよう (日用) only with their び.
    ("げつようび", "月曜日"),
    ("かようび", "火曜日"),
    ("すいようび", "水曜日"),
    ("もくようび", "木曜日"),
    ("きんようび", "金曜日"),
    ("どようび", "土曜日"),
    ("にちようび", "日曜日"),
    ("げつよう", "月曜"),
    ("すいよう", "水曜"),
    ("もくよう", "木曜"),
    ("きんよう", "金曜"),
    ("どよう", "土曜"),
];

/// The part of a week, a month or a year that may follow one in hiragana (らいげつまつ,
/// こんしゅうじゅうに, らいげつはじめから), and its kanji: 来月末 is the end of next month,
/// where 来月 alone would be its first day.
const KANA_PARTS: [(&str, &str); 10] = [
    ("ちゅうじゅん", "中旬"),
    ("じょうじゅん", "上旬"),
    ("げじゅん", "下旬"),
    ("なかば", "半ば"),
    ("はじめ", "初め"),
    ("あたま", "頭"),
    ("まつ", "末"),
    ("すえ", "末"),
    ("じゅう", "中"),
    ("ちゅう", "中"),
];

/// A word of `KANA_TIMES` found in the text: its kanji and the length of its kana in
/// bytes, then those of the part of the period after it (`KANA_PARTS`), if any.
struct KanaTime {
    kanji: &'static str,
    kana_len: usize,
    part: &'static str,
    part_len: usize,
}

/// The word of `KANA_TIMES` at byte `offset` (where `c` begins), with the part of the
/// period after it. Only as a word of its own: not after a kana that ends the sound
/// before it in a word (べんきょう, とうきょう, じょうきょう, こきょう, このきのう), and
/// before something that is not hiragana or before a particle (あすから, ことしの,
/// さっそくきょうより; not することしか, きょうみ, あすなろ, nor らいげつはじめる, where
/// はじめ is the verb).
fn kana_time_word(original: &str, offset: usize, previous: char, c: char) -> Option<KanaTime> {
    if !matches!(
        c,
        'さ' | 'ら' | 'こ' | 'あ' | 'ま' | 'げ' | 'か' | 'す' | 'も' | 'き' | 'ど' | 'に'
    ) {
        return None;
    }
    let hiragana = |c: char| ('\u{3041}'..='\u{3096}').contains(&c);
    if "んっーゃゅょぁぃぅぇぉ".contains(previous) {
        return None;
    }
    let rest = original.get(offset..)?;
    let (k, &(kana, kanji)) = KANA_TIMES
        .iter()
        .enumerate()
        .find(|(_, (kana, _))| rest.starts_with(kana))?;
    // きょう and きのう end many words (とうきょう, こきょう, このきのう: 機能).
    if matches!(kana, "きょう" | "きのう") && "うこの".contains(previous) {
        return None;
    }
    let after = rest.get(kana.len()..)?;
    let on_its_own = |at: &str| {
        let next = at.chars().next().unwrap_or('\0');
        !hiragana(next)
            || [
                "から",
                "より",
                "まで",
                "こそ",
                "いこう",
                "の",
                "は",
                "に",
                "も",
                "で",
            ]
            .iter()
            .any(|particle| at.starts_with(particle))
    };
    // The first nine are weeks, months and years, which may have a part (a day only
    // 中: きょうじゅうに); a part that runs on into a word (らいげつはじめる: the verb) is
    // no part.
    let part = KANA_PARTS
        .iter()
        .filter(|(part, _)| k < 9 || matches!(*part, "じゅう" | "ちゅう"))
        .find(|(part, _)| after.starts_with(part))
        .filter(|(part, _)| after.get(part.len()..).is_some_and(on_its_own));
    if part.is_none() && !on_its_own(after) {
        return None;
    }
    let (part, part_kanji) = part.copied().unwrap_or(("", ""));
    Some(KanaTime {
        kanji,
        kana_len: kana.len(),
        part: part_kanji,
        part_len: part.len(),
    })
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
            let text = Text::new(&text);
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
