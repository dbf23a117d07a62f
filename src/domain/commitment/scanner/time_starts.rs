//! Where a time expression may start (`scanner.rs` tries the time patterns only there):
//! a cheap filter on the first char or the first English word.

use crate::domain::commitment::text::{is_kana, is_kanji, Text};

/// A cheap filter before trying the time patterns: digits, the first chars of the
/// Japanese time words, and the first word of an English one.
pub(super) fn may_start_time(text: &Text, i: usize) -> bool {
    let c = text.at(i);
    if c.is_ascii_digit() {
        return true;
    }
    if c.is_ascii_alphabetic() {
        // R9.1.25, R8年: a date in the era's year (令和).
        let era = c == 'r' && text.at(i + 1).is_ascii_digit();
        return text.is_word_start(i) && (era || starts_an_english_time(text, i));
    }
    // Some starts are common chars in other words (上司, 部下, これ): they are tried only
    // when the next char can continue a time (上期, 下半期, この冬).
    match c {
        '上' | '下' => matches!(text.at(i + 1), '期' | '半'),
        'こ' => {
            (text.at(i + 1) == 'の' && "春夏秋冬".contains(text.at(i + 2)))
                || matches!(text.at(i + 1), 'ど' | 'ん')
        }
        // The named days and paydays (元日, 大晦日, クリスマス, お盆, 給料日, ボーナス, 賞与): their
        // first chars begin many other words (大切, クラス, ボランティア).
        '元' => matches!(text.at(i + 1), '日' | '旦'),
        '大' => matches!(text.at(i + 1), '晦' | 'み'),
        'ク' => text.at(i + 1) == 'リ',
        // お盆, 盆明け: お and 盆 begin other words (お願い, 盆栽).
        'お' => text.at(i + 1) == '盆',
        '盆' => text.at(i + 1) == '明',
        '給' => matches!(text.at(i + 1), '料' | '与'),
        'ボ' => text.at(i + 1) == 'ー',
        '賞' => text.at(i + 1) == '与',
        // The holidays by name (成人の日, 文化の日, 海の日) and 仕事始め.
        '成' => text.at(i + 1) == '人',
        '建' => text.at(i + 1) == '国',
        '天' => text.at(i + 1) == '皇',
        '昭' => text.at(i + 1) == '和',
        '憲' => text.at(i + 1) == '法',
        'み' => text.at(i + 1) == 'ど',
        '子' => text.at(i + 1) == 'ど',
        '海' | '山' => text.at(i + 1) == 'の',
        '敬' => text.at(i + 1) == '老',
        'ス' => text.at(i + 1) == 'ポ',
        '体' => text.at(i + 1) == '育',
        '文' => text.at(i + 1) == '化',
        '勤' => text.at(i + 1) == '労',
        '仕' => text.at(i + 1) == '事',
        '正' => text.at(i + 1) == '月',
        'ゴ' => text.at(i + 1) == 'ー',
        '御' => text.at(i + 1) == '用',
        // The interview being prepared for (面談までに): 面 begins other words (面白い, 画面 ends one).
        '面' => text.at(i + 1) == '談',
        // The company's undated events (人事評価, 棚卸し, 配属, 3連休): their first
        // chars begin many other words (人, 全員, 入力), so the second is looked at too.
        '人' | '評' | '査' | '棚' | '決' | 'リ' | 'キ' | '株' | '全' | '組' | '稼' | '配'
        | '着' | '入' | '連' | '締' | '監' | '契' | '内' | '防' | '避' | '振' | '募' | '公'
        | '受' | 'セ' => EVENT_STARTS
            .split(' ')
            .any(|pair| pair.starts_with(c) && pair.ends_with(text.at(i + 1))),
        // 〇 is neither kanji nor kana to `is_kanji`, so it is not in the list.
        _ => (is_kanji(c) || is_kana(c)) && JAPANESE_TIME_STARTS.chars().any(|start| start == c),
    }
}

/// The first two chars of the company's events (`dates_events`), of its postings and of
/// 連休明け.
const EVENT_STARTS: &str =
    "人事 評価 査定 棚卸 決算 締め 監査 リリ キッ 株主 全社 組織 稼働 配属 着任 入社 連休 契約 内定 内示 防災 避難 振り 募集 公募 受付 セー キャ";

/// The chars a Japanese time expression can begin with: kanji numerals, 令和, and the
/// first chars of the words for relative times, weekdays and the company calendar.
const JAPANESE_TIME_STARTS: &str =
    "零一二三四五六七八九十令再来今新次年週月期異明本きあ毎隔火水木金土日第半春夏秋冬元大ク給ボ賞昨先";

/// The first words an English time expression can begin with. Checking the word
/// first keeps the dozens of English patterns away from "I", "will", "sign"…
/// Kept as one string: a list of words costs more in the built site than its text.
/// Each word stands between spaces, so one substring search finds it.
const ENGLISH_TIME_STARTS: &str = " before first second third fourth fifth last early mid late middle christmas payday bonus bonuses fy fiscal within in the next new start beginning end fiscal financial year turn a an one two \
    three four five six seven eight nine ten eleven twelve today tonight this day yesterday tomorrow tomorow tommorow tommorrow tmrw tmrrw every each on monday tuesday \
    wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri january february march april may june july august september october \
    november december jan feb mar apr jun jul aug sep sept oct nov dec q gw golden now after when coming national foundation over during \
    emperor vernal spring showa constitution greenery children marine sea ocean mountain respect autumnal autumn sports \
    health culture labour labor summer autumn fall winter coming fortnight obon valentine valentines thanksgiving my eom eow eoy ";

fn starts_an_english_time(text: &Text, i: usize) -> bool {
    // The word between spaces: " monday ".
    let mut buffer = [b' '; 14];
    let mut length = 1;
    while text.at(i + length - 1).is_ascii_alphabetic() {
        if length == buffer.len() - 1 {
            return false;
        }
        buffer[length] = text.at(i + length - 1) as u8;
        length += 1;
    }
    // Mondays, Fridays: a weekday in the plural.
    if buffer[..length].ends_with(b"days") {
        length -= 1;
    }
    let needle = std::str::from_utf8(&buffer[..=length]).unwrap_or_default();
    length > 1 && ENGLISH_TIME_STARTS.contains(needle)
}
