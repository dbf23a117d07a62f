//! Numbers as people type them in a date or a span: ASCII digits, or kanji numerals
//! written positionally (十二, 二千二十六) or digit by digit (二〇二六).

use super::Text;

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
