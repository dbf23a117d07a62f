//! The word of time or rhythm typed in hiragana (らいげつ, まいにち, こんしゅうじゅうに)
//! found where the text is normalised, and the kanji it is read as, so that the readers
//! of times need no hiragana lists of their own.

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
    let &(kana, kanji) = KANA_UNITS.iter().find(|(kana, _)| rest.starts_with(kana))?;
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
