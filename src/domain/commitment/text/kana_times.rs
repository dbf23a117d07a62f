//! The word of time or rhythm typed in hiragana (らいげつ, まいにち, こんしゅうじゅうに,
//! しがつ, らいねんど, a day after its month: 12月はつか) and the unit after a figure
//! (12がつ1にち, 5ふん, 2しゅうかんいない), found where the text is normalised, and the
//! kanji it is read as, so that the readers of times and counts need no hiragana lists of
//! their own. People type on a phone in kana; a 19-year-old's らいねんのしがつから was a
//! time with no act.

/// The words of time and rhythm people type in hiragana, the kanji they are read as,
/// and whether a part of the period may follow (らいげつまつ, しがつちゅうじゅん; a day
/// only 中: きょうじゅうに). The check reads the kanji (来月から, 毎日), so these are read
/// wherever those are. Longer words first, where one begins another (らいねんど).
const KANA_TIMES: [(&str, &str, bool); 51] = [
    ("さらいしゅう", "再来週", true),
    ("さらいげつ", "再来月", true),
    ("さらいねん", "再来年", true),
    ("らいしゅう", "来週", true),
    ("らいげつ", "来月", true),
    ("らいねんど", "来年度", true),
    ("らいねん", "来年", true),
    ("こんしゅう", "今週", true),
    ("こんげつ", "今月", true),
    ("こんねんど", "今年度", true),
    ("ことし", "今年", true),
    // The months (a 19-year-old's らいねんのしがつから), longer names first.
    ("じゅういちがつ", "11月", true),
    ("じゅうにがつ", "12月", true),
    ("じゅうがつ", "10月", true),
    ("いちがつ", "1月", true),
    ("にがつ", "2月", true),
    ("さんがつ", "3月", true),
    ("しがつ", "4月", true),
    ("ごがつ", "5月", true),
    ("ろくがつ", "6月", true),
    ("しちがつ", "7月", true),
    ("はちがつ", "8月", true),
    ("くがつ", "9月", true),
    ("ねんどまつ", "年度末", false),
    ("ねんまつ", "年末", false),
    ("ねんない", "年内", false),
    ("げつまつ", "月末", false),
    ("としあけ", "年明け", false),
    ("こんど", "今度", false),
    // しあさって first: it ends in あさって, and is a day later.
    ("しあさって", "明々後日", false),
    ("あさって", "明後日", false),
    ("あした", "明日", false),
    ("あす", "明日", false),
    ("きょう", "今日", false),
    ("きのう", "昨日", false),
    ("まいにち", "毎日", false),
    ("まいあさ", "毎朝", false),
    ("まいしゅう", "毎週", false),
    ("まいつき", "毎月", false),
    // Weekdays: かよう (通う) and にちよう (日用) only with their び.
    ("げつようび", "月曜日", false),
    ("かようび", "火曜日", false),
    ("すいようび", "水曜日", false),
    ("もくようび", "木曜日", false),
    ("きんようび", "金曜日", false),
    ("どようび", "土曜日", false),
    ("にちようび", "日曜日", false),
    ("げつよう", "月曜", false),
    ("すいよう", "水曜", false),
    ("もくよう", "木曜", false),
    ("きんよう", "金曜", false),
    ("どよう", "土曜", false),
];

/// The days of a month read in hiragana, right after a month only (12月はつか, しがつとおか):
/// いつか alone is "some day" and ようか "shall I".
const KANA_DAYS: [(&str, &str); 11] = [
    ("ついたち", "1日"),
    ("ふつか", "2日"),
    ("みっか", "3日"),
    ("よっか", "4日"),
    ("いつか", "5日"),
    ("むいか", "6日"),
    ("なのか", "7日"),
    ("ようか", "8日"),
    ("ここのか", "9日"),
    ("とおか", "10日"),
    ("はつか", "20日"),
];

/// The first kana of the words of `KANA_TIMES` and `KANA_DAYS`.
const FIRST_KANA: &str = "さらこじいにしごろはくねげとあきまかすもどつふみよむな";

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

/// A word of `KANA_TIMES` or `KANA_DAYS`, or a unit of `KANA_UNITS`, found in the text:
/// its kanji and the length of its kana in bytes, then those of what follows it (a part of
/// the period, `KANA_PARTS`, or a span's bound), if any.
pub(super) struct KanaTime {
    pub(super) kanji: &'static str,
    pub(super) kana_len: usize,
    pub(super) part: &'static str,
    pub(super) part_len: usize,
}

/// The word of `KANA_TIMES` at byte `offset` (where `c` begins), with the part of the
/// period after it. Only as a word of its own: not after a kana that ends the sound
/// before it in a word (べんきょう, とうきょう, じょうきょう, こきょう, このきのう), and
/// before something that is not hiragana or before a particle (あすから, ことしの,
/// さっそくきょうより; not することしか, きょうみ, あすなろ, nor らいげつはじめる, where
/// はじめ is the verb).
pub(super) fn kana_time_word(
    original: &str,
    offset: usize,
    previous: char,
    c: char,
) -> Option<KanaTime> {
    // The first kana of every word of `KANA_TIMES` and `KANA_DAYS` (a test holds them
    // together): most chars are none, and are passed over at once.
    if !FIRST_KANA.contains(c) {
        return None;
    }
    let hiragana = |c: char| ('\u{3041}'..='\u{3096}').contains(&c);
    if "んっーゃゅょぁぃぅぇぉ".contains(previous) {
        return None;
    }
    let rest = original.get(offset..)?;
    // A day of the month right after its month (12月はつか, しがつとおか).
    let day = KANA_DAYS
        .iter()
        .filter(|_| names_a_month(&original[..offset]))
        .find(|(kana, _)| rest.starts_with(kana))
        .map(|&(kana, kanji)| (kana, kanji, false));
    let (kana, kanji, takes_part) = day.or_else(|| {
        KANA_TIMES
            .iter()
            .find(|(kana, ..)| rest.starts_with(kana))
            .copied()
    })?;
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
    // Weeks, months and years may have a part (a day only 中: きょうじゅうに); a part
    // that runs on into a word (らいげつはじめる: the verb) is no part.
    let part = KANA_PARTS
        .iter()
        .filter(|(part, _)| takes_part || matches!(*part, "じゅう" | "ちゅう"))
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

/// The counters and units people type in hiragana after a figure (12がつ1にち, 9じ,
/// 5ふん, しゅう3かい), and their kanji, so that a date, a time or a count typed in kana
/// is read as the same one in kanji. After a figure only: がつ, にち and じ are common
/// sounds elsewhere.
const KANA_UNITS: [(&str, &str); 13] = [
    ("しゅうかん", "週間"),
    ("かげつ", "か月"),
    ("がつ", "月"),
    ("にち", "日"),
    ("じはん", "時半"),
    ("じ", "時"),
    ("ふん", "分"),
    ("ぷん", "分"),
    ("かい", "回"),
    ("ねん", "年"),
    ("にん", "人"),
    ("さつ", "冊"),
    ("けん", "件"),
];

/// The unit of `KANA_UNITS` at byte `offset`, right after a figure (`previous`), with
/// the bound of a span after it.
pub(super) fn kana_unit(original: &str, offset: usize, previous: char) -> Option<KanaTime> {
    if !(previous.is_ascii_digit() || ('０'..='９').contains(&previous)) {
        return None;
    }
    let rest = original.get(offset..)?;
    // A day's か after a month (12がつ10かから: 10日から); か alone is also a question.
    let after_a_month =
        || names_a_month(original[..offset].trim_end_matches(|c: char| c.is_ascii_digit()));
    let day = ["から", "まで", "より", "に", "の"].iter().any(|particle| {
        rest.strip_prefix('か')
            .is_some_and(|r| r.starts_with(particle))
    }) && after_a_month();
    let &(kana, kanji) = if day {
        &("か", "日")
    } else {
        KANA_UNITS.iter().find(|(kana, _)| rest.starts_with(kana))?
    };
    // A span's bound after it (2しゅうかんいないに, 12がつ1にちいこう).
    let (part, part_kanji) = [("いない", "以内"), ("いこう", "以降")]
        .into_iter()
        .find(|(part, _)| rest[kana.len()..].starts_with(part))
        .unwrap_or(("", ""));
    Some(KanaTime {
        kanji,
        kana_len: kana.len(),
        part: part_kanji,
        part_len: part.len(),
    })
}

/// Whether `before` ends with a month by its number (12月, 十二月, じゅうにがつ, 4がつ):
/// 来月いつか and 毎月はつか are some day next month, the 20th of every month.
fn names_a_month(before: &str) -> bool {
    let numbered = |c: char| c.is_numeric() || "一二三四五六七八九十".contains(c);
    before.ends_with("がつ")
        || before
            .strip_suffix('月')
            .and_then(|b| b.chars().last())
            .is_some_and(numbered)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_begins_with_a_kana_the_quick_test_lets_through() {
        let words = KANA_TIMES.iter().map(|(kana, ..)| *kana);
        for kana in words.chain(KANA_DAYS.iter().map(|(kana, _)| *kana)) {
            let first = kana.chars().next().unwrap_or_default();
            assert!(FIRST_KANA.contains(first), "{kana}");
        }
    }
}
