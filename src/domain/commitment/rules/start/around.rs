//! What stands around a time and decides whether it is the act's start: a later time
//! that makes it precise or starts the same act nearer to it, a day or an occasion in
//! brackets, and the words that make it the day of a first session.

use chrono::Datelike;

use super::super::bound::{describes_a_thing, japanese_bound, Bound};
use super::super::clauses::in_reported_content;
use super::super::{Marker, Predicate, Sentence, Text, Token, TokenKind, When};
use crate::domain::commitment::text::{is_kanji, words};

/// In Japanese the time nearest the act is its own (12月の評価の前に、12月4日までに提出
/// します; 来週の月曜は祝日なので、火曜日に打診します): an earlier time that binds the
/// same act gives way to a later one before the act that starts it too, unless the
/// earlier is a beginning and the later a deadline (12月から、3月までに…). Only the few
/// times up to the act are looked at, so a long text stays linear.
pub(super) fn later_time_starts_the_same_act(
    text: &Text,
    tokens: &[Token],
    sentence: &Sentence,
    found: &[Predicate],
    index: usize,
    marker: Marker,
    bound: Bound,
) -> bool {
    let Bound::Act { words, .. } = bound else {
        return false;
    };
    // A time set off by 、 speaks for the main clause (今日中に、…10年後にやりたい仕事を
    // 書き出します): it stays the act's.
    if matches!(text.at(tokens[index].end), '、' | ',') {
        return false;
    }
    let act_end = words.1;
    tokens[index + 1..sentence.tokens.end]
        .iter()
        .enumerate()
        .take(8)
        .take_while(|(_, t)| t.start < act_end)
        .any(|(k, t)| {
            let TokenKind::Time {
                when,
                marker: later,
            } = t.kind
            else {
                return false;
            };
            if when == When::Recurring || (marker == Marker::From && later == Marker::By) {
                return false;
            }
            // Only a time of the act's own clause: after a 、 that closes the earlier
            // one's, and itself ending in its particle or set off (not 来年やりたい仕事,
            // where the time describes the object).
            let own_clause = (tokens[index].end..t.start).any(|i| matches!(text.at(i), '、' | ','));
            let marked = text.first_of(t.end, words!("に|から|まで|、|,")).is_some();
            if !own_clause || !marked {
                return false;
            }
            // 12/20の病棟会で、勉強会を1月にやりたいって提案します: a time inside what is
            // said dates the said thing, not the saying.
            if in_reported_content(text, tokens, sentence, index + 1 + k) {
                return false;
            }
            matches!(
                japanese_bound(text, tokens, sentence, found, index + 1 + k),
                Bound::Act { opens, words: same } if same == words && (opens || later != Marker::By)
            )
        })
}

/// A time that the next one only makes precise (年明け、1月6日から; 来月、12月7日に):
/// the second is the start, the first says nothing more.
pub(super) fn refined_by_next(
    text: &Text,
    tokens: &[Token],
    sentence: &Sentence,
    index: usize,
) -> bool {
    let time = &tokens[index];
    let next = tokens[index + 1..sentence.tokens.end]
        .iter()
        .find(|t| !matches!(t.kind, TokenKind::ClauseBreak));
    let Some(next) = next else {
        return false;
    };
    // 11月30日、月末の締め作業が終わったら: the second describes a thing (the closing of
    // that month's end), and the first stays the act's day.
    if describes_a_thing(text, sentence, next) {
        return false;
    }
    let date_of = |token: &Token| match token.kind {
        TokenKind::Time {
            when: When::Date(date) | When::Trigger(_, Some(date)),
            marker,
        } => Some((date, marker)),
        _ => None,
    };
    // The second falls within a month after the first: it names a day of it. A moment
    // the company knows and the text does not date (給料日の25日に) is dated by it.
    let undated = matches!(
        time.kind,
        TokenKind::Time {
            when: When::Trigger(_, None),
            ..
        }
    );
    // "Beginning next week (Tue 24 Nov)", 12月の定期点検日（12月9日）から: a day in
    // brackets right after a month or a week (or the occasion in it) says which day of
    // it, whatever preposition the first takes.
    let bracketed = day_in_brackets_after(text, time.end, next.start);
    let refines = match (date_of(time), date_of(next)) {
        (None, Some(_)) if undated => true,
        (Some((first, marker)), Some((second, _))) => {
            // A beginning (12月1日〜12月4日まで) is not made precise by its end, nor a
            // day by the next one in a list (on 1/13, 1/20 and 1/27): only a month or a
            // week, read from its first day or its Monday, is.
            let broad = first.day() == 1 || first.weekday() == chrono::Weekday::Mon;
            (marker == Marker::On || bracketed && marker == Marker::From)
                && broad
                && first <= second
                && second.signed_duration_since(first).num_days() <= 31
                // 共通テスト明けの月曜（1/18）から, "the Monday after (Jan 18)": the day in
                // brackets says which of the weekday named, however far.
                || bracketed && first <= second && first.weekday() == second.weekday()
                    && names_a_weekday(text, time)
        }
        _ => false,
    };
    let between = |i: usize| matches!(text.at(i), '、' | ',' | ' ' | 'の');
    refines && (bracketed || (time.end..next.start).all(between))
        || dated_in_brackets(text, tokens, sentence, index)
}

/// Whether a time is a weekday's name (月曜, 月曜日, Monday), which a date may follow.
fn names_a_weekday(text: &Text, time: &Token) -> bool {
    ["曜", "曜日", "day"]
        .iter()
        .any(|ending| text.ends_with_at(time.end, ending).is_some())
}

/// Whether the chars `from..to` between two times are an opening bracket, after
/// spaces or after a short noun joined by の (12月の定期点検日（): the second time,
/// in brackets, dates what the first only places in its month or week.
fn day_in_brackets_after(text: &Text, from: usize, to: usize) -> bool {
    let mut open = to;
    while open > from && text.at(open - 1) == ' ' {
        open -= 1;
    }
    if open == from || !matches!(text.at(open - 1), '(' | '（') {
        return false;
    }
    let before = from..open - 1;
    let spaces = before.clone().all(|i| text.at(i) == ' ');
    let occasion = text.at(from) == 'の'
        && before.len() <= 12
        && before.clone().all(|i| {
            !matches!(
                text.at(i),
                '、' | ',' | '。' | '.' | ')' | '）' | 'を' | 'に' | 'で'
            )
        });
    spaces || occasion
}

/// An event the text names without a day and dates in brackets right after it: "From
/// the next sprint (it starts Dec 2)", 次の定例（12/7）から.
fn dated_in_brackets(text: &Text, tokens: &[Token], sentence: &Sentence, index: usize) -> bool {
    let time = &tokens[index];
    if !matches!(
        time.kind,
        TokenKind::Time {
            when: When::Trigger(_, None),
            ..
        }
    ) {
        return false;
    }
    let Some(dated) = tokens[index + 1..sentence.tokens.end].iter().find(|t| {
        matches!(
            t.kind,
            TokenKind::Time {
                when: When::Date(_) | When::Trigger(_, Some(_)),
                ..
            }
        )
    }) else {
        return false;
    };
    dated.start - time.end <= 16
        && (time.end..dated.start).any(|i| matches!(text.at(i), '(' | '（'))
        && (time.end..dated.start)
            .all(|i| !matches!(text.at(i), '。' | '.' | '、' | ',' | ')' | '）'))
}

/// Whether a time is the day of the first session (初回は12/16, 第1回は, "1st session
/// 12/15", "first interview booked for Jan 12"): the act begins then, whatever time
/// came first.
pub(super) fn first_session(text: &Text, time: &Token, previous_time: usize) -> bool {
    let mut at = time.start;
    while at > 0 && matches!(text.at(at - 1), ' ' | ':' | 'は' | '、' | ',') && time.start - at < 3
    {
        at -= 1;
    }
    if text
        .first_ending_at(
            at,
            words!("初回|第1回|1回目|1本目|1件目|初回分|first session|1st session|first class|1st class|first one|the first|first post|first article|first meeting"),
        )
        .is_some()
    {
        return true;
    }
    // "first interview booked for Jan 12": the first of something, a few words before
    // its day in the same clause, with no other time between (not "first session on
    // 12/9 (Wed)", where the first session is dated already).
    let mut from = time.start;
    while from > previous_time
        && time.start - from < 40
        && !matches!(text.at(from - 1), ',' | ';' | '.' | '、' | '。')
    {
        from -= 1;
    }
    // Not "first Saturday", where the word is part of the time, nor "the first 10
    // entries", "the first day the application opens": a count or a moment.
    (from..time.start).any(|i| {
        (i == 0 || !text.at(i - 1).is_ascii_alphanumeric())
            && text.word_at(i, "first").is_some_and(|end| {
                let next = text.skip_spaces(end);
                next < time.start
                    && !text.at(next).is_ascii_digit()
                    && [
                        "day", "time", "thing", "few", "half", "week", "month", "step",
                    ]
                    .iter()
                    .all(|w| text.word_at(next, w).is_none())
            })
    })
}

/// Whether a time stands in brackets to say when the thing before it takes place:
/// QC検定（3月実施）, TOEIC IP(1/23実施), 講習(1月開催分). Only with such a word before
/// the closing bracket and no particle of time after it: 店長会議(12/9)で and
/// 次スプリント(11/30開始)から are the act's own day.
pub(super) fn describes_in_brackets(text: &Text, time: &Token) -> bool {
    if time.start == 0 || text.at(time.start - 1) != '(' {
        return false;
    }
    let Some(close) = (time.end..time.end + 6).find(|&i| matches!(text.at(i), ')' | '\0')) else {
        return false;
    };
    // 短答講座（土曜クラス）に: a weekday that makes one noun with the word after it
    // names which class or group, whatever particle follows the bracket.
    let noun_char = |c: char| is_kanji(c) || ('\u{30a1}'..='\u{30fc}').contains(&c);
    let names_a_kind = close >= time.end + 2 && (time.end..close).all(|i| noun_char(text.at(i)));
    text.at(close) == ')'
        && (names_a_kind
            || (time.end..close).any(|i| {
                text.first_of(i, words!("実施|開催|開講|予定|分|受験"))
                    .is_some()
            }) && text
                .first_of(close + 1, words!("で|から|に|まで"))
                .is_none())
}
