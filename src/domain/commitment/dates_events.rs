//! Events of the company's calendar that the text names but does not date: after the
//! stocktake (棚卸しが終わったら), once the new hires are assigned (新人が配属されたら),
//! after the next release, before the evaluation interview. DOMAIN.md counts a datable
//! trigger of the company calendar as a start; only the company knows the day, but a
//! third party can still check, the day after the event, whether the act has begun.
//!
//! What makes such a phrase a time is its shape, not the event alone: an event noun
//! (a closed list of what companies schedule: appraisals, stocktakes, releases,
//! kick-offs, assignments, a store's sales and campaigns) followed in Japanese by an
//! ending that places the act after or before it (のあとで, が終わったら, 終了後, 明けに,
//! の前に, or the day after any verb in the past: 内示が出た翌日から), and in English preceded by
//! "after", "before" or "beginning with" and "the". Without that ending the noun is
//! only an object (評価面談の準備をする). A figure inside the English phrase ("after the
//! December 14 board meeting") leaves the phrase to the date readers, which date it.

use super::dates::{Found, Marker, When};
use super::dates_english::first_word;
use super::text::{words, Text, Words};
use super::Trigger;

/// A Japanese event with what places the act after it or before it, at `i`.
pub(crate) fn japanese(text: &Text, i: usize) -> Option<Found> {
    // Arrivals are events by their verb: 新人が配属されたら, 後任が着任したら; so are
    // postings (募集要項が出たら, 院内公募が始まったら), which the company schedules.
    if let Some((_, end)) = text.first_of(i, &ARRIVALS) {
        return event(end, Marker::From);
    }
    // 勉強会に、次回から参加する: the next session of what the act is about.
    if let Some((_, end)) = text.first_of(i, words!("次回から|次回より")) {
        return event(end, Marker::From);
    }
    // 契約更新の面談で: a contract's renewal, which the company schedules, as the occasion.
    if let Some((_, end)) = text.first_of(i, &RENEWAL_JA) {
        return event(end, Marker::On);
    }
    // 次回の棚卸しで, 次の決算の際に: the next such event as the occasion of the act;
    // 次の棚卸しの日から: its day as the act's beginning.
    // A meeting or a sprint counts only as the next one (次回の支店会議で, 次スプリントから):
    // alone, it says no day.
    // Not the 次 of a word (月次, 年次, 順次, 目次).
    let in_a_word = i > 0 && super::text::is_kanji(text.at(i - 1));
    if let Some((_, next)) = text
        .first_of(i, words!("次回の|次の|今度の|次回|次"))
        .filter(|_| !in_a_word)
    {
        let end = next_event(text, next)?;
        if let Some((_, from)) = text.first_of(end, &THE_DAY_JA) {
            return event(from, Marker::From);
        }
        if let Some((_, from)) = text.first_of(end, words!("から|より")) {
            return event(from, Marker::From);
        }
        let (_, at) = text.first_of(end, words!("で|の際に|の時に|のときに|の日に|日に|に"))?;
        return event(at, Marker::On);
    }
    let (_, end) = text.first_of(i, &EVENTS_JA)?;
    if let Some((_, from)) = text.first_of(end, &THE_DAY_JA) {
        return event(from, Marker::From);
    }
    // 防災訓練の日に, 全社会議の前日に: that day, or the day before, is the act's.
    if let Some((_, on)) = text.first_of(end, words!("の日に|の当日に|の前日に")) {
        return event(on, Marker::On);
    }
    if let Some((_, after)) = text.first_of(end, &AFTER_JA) {
        return event(after, Marker::From);
    }
    // 内示が出た翌日から, 棚卸しが済んだ翌週に: the day or the week after the event
    // happened, whatever verb says it happened.
    if text.at(end) == 'が' {
        if let Some(past) = (end + 2..end + 7)
            .find(|&k| matches!(text.at(k - 1), 'た' | 'だ') && is_after_day(text, k))
        {
            if (end + 1..past - 1).all(|k| !matches!(text.at(k), '、' | '。' | ',')) {
                return text
                    .first_of(past, &THE_DAY_AFTER)
                    .and_then(|(_, at)| event(at, Marker::From));
            }
        }
    }
    // 評価面談後、: the 後 stands before a comma of its own.
    if text.at(end) == '後' && matches!(text.at(end + 1), '、' | ',') {
        return event(end + 1, Marker::From);
    }
    let (_, before) = text.first_of(end, &BEFORE_JA)?;
    event(before, Marker::By)
}

/// "the next release", "the new-year sales kickoff" after "after", "before" or
/// "beginning with", at `i` (the word "the").
pub(crate) fn english(text: &Text, i: usize) -> Option<Found> {
    let after_the = text.word_at(i, "the")?;
    // "in the next section meeting", "on the stocktaking day": "in" and "on" place an act
    // at an event only as the next one or as its day ("work on the release" is an object).
    let (marker, only) = match preposition(text, i) {
        Some(marker) => (marker, None),
        None if word_before(text, i, "in").is_some() => (Marker::On, Some(Only::Next)),
        None if word_before(text, i, "on").is_some() => (Marker::On, Some(Only::Day)),
        None => return None,
    };
    // Up to three words before the event noun: next, new-year, sales, January.
    let mut at = text.skip_spaces(after_the);
    let mut next = false;
    for _ in 0..4 {
        // A meeting, a briefing, a revision is an occasion only as the next one
        // ("before the next timetable revision").
        let found = first_word(text, at, &EVENTS_EN)
            .filter(|_| only != Some(Only::Next) || next)
            .or_else(|| first_word(text, at, &NEXT_EVENTS_EN).filter(|_| next))
            .filter(|&(_, end)| only != Some(Only::Day) || text.word_at(end - 3, "day").is_some());
        if let Some((_, end)) = found {
            // "the kick-off of H1 next fiscal year", "the town hall on December 10": the
            // time after it dates it.
            let next = text.skip_spaces(end);
            if ["of", "on", "in"]
                .iter()
                .any(|w| text.word_at(next, w).is_some())
            {
                return None;
            }
            return event(end, marker);
        }
        let mut end = at;
        while text.at(end).is_ascii_alphabetic() || text.at(end) == '-' {
            end += 1;
        }
        // A figure is a date of its own ("after the December 14 board meeting").
        if end == at || text.at(end).is_ascii_digit() {
            return None;
        }
        next |= text.word_at(at, "next").is_some();
        at = text.skip_spaces(end);
    }
    None
}

/// Where the event after 次回の or 次の ends: its name at once (次回の定例会議), or after
/// the words of a compound that say whose or which it is (次回の課内会議, 次の全体ミーティング,
/// 次のダイヤ改正日), as long as they are kanji or katakana: 次の仕事の会議 is not one.
fn next_event(text: &Text, next: usize) -> Option<usize> {
    let is_compound = |c: char| super::text::is_kanji(c) || super::text::is_katakana(c);
    (next..next + 6)
        .take_while(|&k| k == next || is_compound(text.at(k - 1)))
        .find_map(|k| {
            text.first_of(k, &EVENTS_JA)
                .or_else(|| text.first_of(k, &NEXT_EVENTS_JA))
        })
        .map(|(_, end)| end)
}

/// What "in" or "on" before "the" asks of the event.
#[derive(Clone, Copy, PartialEq)]
enum Only {
    /// The next one: "in the next section meeting".
    Next,
    /// Its day: "on the stocktaking day".
    Day,
}

/// Where `word` starts when it stands just before `i`, a space between.
fn word_before(text: &Text, i: usize, word: &str) -> Option<usize> {
    let start = i.checked_sub(word.len() + 1)?;
    (text.word_at(start, word)? + 1 == i).then_some(start)
}

fn event(end: usize, marker: Marker) -> Option<Found> {
    Some(Found {
        end,
        when: When::Trigger(Trigger::CompanyEvent, None),
        marker: Some(marker),
    })
}

/// After "after" (or "following", "once"), the act follows the event; after "before",
/// it is due by then; "beginning with the January call" starts at it.
fn preposition(text: &Text, i: usize) -> Option<Marker> {
    let before = |word: &str| word_before(text, i, word);
    // "the day before the inventory count", "the day of the entrance ceremony": that
    // day is the act's ("from the day of" begins with it).
    let the_day = |start: usize| {
        start
            .checked_sub(8)
            .and_then(|at| text.word_at(at, "the day"))
            .is_some_and(|end| end + 1 == start)
    };
    if before("after")
        .or_else(|| before("following"))
        .or_else(|| before("once"))
        .is_some()
    {
        return Some(Marker::From);
    }
    if let Some(start) = before("before") {
        return Some(if the_day(start) {
            Marker::On
        } else {
            Marker::By
        });
    }
    if let Some(start) = before("of").filter(|&start| the_day(start)) {
        let from = start
            .checked_sub(13)
            .and_then(|at| text.word_at(at, "from"))
            .is_some_and(|end| end + 9 == start);
        return Some(if from { Marker::From } else { Marker::On });
    }
    // "at the next company-wide meeting": the act's occasion.
    if before("at").is_some() {
        return Some(Marker::On);
    }
    let with = before("with")?;
    let opens = |word: &str| {
        with.checked_sub(word.len() + 1)
            .and_then(|start| text.word_at(start, word))
            .is_some_and(|end| end + 1 == with)
    };
    (opens("beginning") || opens("starting")).then_some(Marker::From)
}

/// What companies schedule and people tie an act to, in Japanese.
const EVENTS_JA: Words = Words::new( "ダイヤ改正|異動の内示|内示|初売り|入社式|内定式|防災訓練|避難訓練|振り返り面談|月次締め|人事評価面談|評価面談|人事評価|評価|査定面談|査定|期末面談|棚卸し|棚卸|決算発表|決算|締め作業|締め日|月末締め|監査|リリース|キックオフ|株主総会|年次総会|全社会議|組織変更|組織改編|本稼働|稼働開始|セール|キャンペーン");

/// What the company holds again and again, an occasion only as the next one.
const NEXT_EVENTS_JA: Words = Words::new("スプリント|支店会議|店長会議|部会|課会|定例会議|定例会|定例|会議|朝礼|朝会|ミーティング|MTG|全体会議|営業会議");

/// A contract's renewal as the occasion of the act.
const RENEWAL_JA: Words = Words::new( "契約更新の面談で|契約更新面談で|契約更新の面談の際に|契約更新の際に|契約更新のときに|契約更新の時に|契約更新時に");

/// 配属されたら, 着任したら: someone's arrival, set by the company.
const ARRIVALS: Words = Words::new(
    "配属されたら|配属になったら|配属されてから|着任したら|入社したら|入社してきたら|募集要項が出たら|募集が出たら|公募が出たら|募集が始まったら|公募が始まったら|受付が始まったら|募集が開始されたら|受付が開始されたら");

/// What places an act after the event.
const AFTER_JA: Words = Words::new( "終了後|終了したら|終了してから|終了次第|がでたら|がでてから|の翌週から|の翌日から|の翌週に|の翌日に|が終わった翌日から|が終わった翌日に|が終わった翌週から|が終わった翌週に|が終わった次の日から|が締まったら|が締まってから|が締まり次第|のあとで|のあとに|のあとから|のあと|の後で|の後に|の後から|の後|後に|後から|後は|後で|が終わったら|が終わってから|が終わり次第|を終えたら|を終えてから|が済んだら|が明けたら|明けに|明けから|が決まったら|が出たら|が出てから");

/// The day or the week after an event, as when the act begins or its day.
const THE_DAY_AFTER: Words = Words::new("翌日から|翌日に|翌週から|翌週に|次の日から|次の日に");

fn is_after_day(text: &Text, k: usize) -> bool {
    text.first_of(k, &THE_DAY_AFTER).is_some()
}

/// The event's day, or the day after it, as when the act begins: 棚卸しの日から.
const THE_DAY_JA: Words = Words::new("の日から|の当日から|の翌日から|の次の日から|日から");

/// What makes the event a deadline.
const BEFORE_JA: Words = Words::new("の前日までに|の前に|の前まで|前までに|までに");

/// What the company holds again and again, an occasion only as the next one.
const NEXT_EVENTS_EN: Words =
    Words::new("meeting|briefing|assembly|huddle|standup|stand-up|revision|timetable revision");

/// What companies schedule, in English: the last word of the event's name.
const EVENTS_EN: Words = Words::new( "stocktaking day|stock-taking day|inventory day|stocktaking|entrance ceremony|inventory count|stock count|reshuffle|company-wide meeting|town hall|release|launch|kickoff|kick-off|stocktake|stock-take|evaluation interview|appraisal interview|review meeting|all-hands|offsite|off-site|reorganisation|reorganization|reorg|year-end close|audit|go-live|sale|campaign|1on1|1-on-1|one-on-one");
