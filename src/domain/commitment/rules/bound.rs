//! What a time binds, in each language: in English the sentence (its first main act,
//! or its result), in Japanese the first predicate after the time (a time set off by 、
//! passing over clauses of reason and purpose and an attitude in て form that colours
//! the act after it, a time before の naming the thing after it). A verb that says only
//! that one acts binds nothing, since no third party could see it begin.

use super::super::dates::end_before_a_noun;
use super::super::text::{is_kanji, words, Words};
use super::super::vocabulary;
use super::{
    predicates, Hedge, Kind, Marker, Outcome, Predicate, Sentence, Text, Token, TokenKind, When,
    Word,
};

/// What a time binds.
#[derive(Clone, Copy)]
pub(super) enum Bound {
    /// `words`: the chars of the act, quoted only when a reason names it (a long text
    /// may bind many times to one long act).
    Act {
        opens: bool,
        words: (usize, usize),
    },
    Outcome(Outcome),
    Nothing,
}

/// In English a time binds the sentence: "by Friday" usually comes last, "From
/// Monday," first. The first act is what it starts; any act that opens something
/// makes a deadline a start. What a beginning or a day binds comes first, what a
/// deadline binds second: they differ when the first act says only that one acts
/// ("Starting 7 December I will get started on it and sit the exam before March"):
/// nothing anyone could see begins on the 7th, as in Japanese, where such a time binds
/// the verb after it; the deadline is still the exam's.
pub(super) fn sentence_bounds(
    text: &Text,
    tokens: &[Token],
    sentence: &Sentence,
    found: &[Predicate],
) -> (Bound, Bound) {
    let deadline = sentence_bound(text, tokens, sentence, found);
    // "Starting 7 December I will get started and read every morning": with no
    // deadline in the sentence, what is begun is the act after the beginning.
    let a_deadline = tokens[sentence.tokens.clone()].iter().any(|t| {
        matches!(t.kind, TokenKind::Time { when, marker: Marker::By } if when != When::Recurring)
    });
    let first_begins_only = found
        .iter()
        .filter(|p| !p.subordinate)
        .find(|p| p.kind == Kind::Act)
        .is_some_and(|p| begins_only(text, p));
    if first_begins_only && a_deadline {
        (Bound::Nothing, deadline)
    } else {
        (deadline, deadline)
    }
}

fn sentence_bound(
    text: &Text,
    tokens: &[Token],
    sentence: &Sentence,
    found: &[Predicate],
) -> Bound {
    let main = || found.iter().filter(|p| !p.subordinate);
    if let Some(act) =
        main().find(|p| p.kind == Kind::Act && !says_only_that_one_acts(text, p, sentence))
    {
        let opens = main().any(|p| p.opens)
            || predicates::opening_within(tokens, &sentence.tokens, sentence.start, sentence.end);
        return Bound::Act {
            opens,
            words: act.words,
        };
    }
    match main().find_map(|p| match p.kind {
        Kind::Outcome(outcome) => Some(outcome),
        _ => None,
    }) {
        Some(outcome) => Bound::Outcome(outcome),
        None => Bound::Nothing,
    }
}

/// A Japanese time followed by の and a noun that the act takes or that does something
/// itself (3年後のキャリアプランを書き出す, 月末の締め作業が終わったら): it describes that
/// thing, not when the act is done.
pub(super) fn describes_a_thing(text: &Text, sentence: &Sentence, time: &Token) -> bool {
    matches!(
        particle_after_no(text, sentence, time),
        Some('を' | 'が' | 'は')
    )
}

/// A moment of the company's year written as one word with the noun after it (来年度
/// 内定者, 来期予算): kanji on both sides, no particle between; or, after a deadline set
/// before it (`after_a_deadline`), an end of a period so written (12月10日までに、年末回顧
/// 企画の原稿を…): the deadline is the act's, the year-end names the thing. Alone (年末
/// 大掃除をする) or after a beginning, the end of the period still says when (a report
/// set lost a row when any earlier time was enough, read from its figure).
fn compound_with_noun(text: &Text, time: &Token, after_a_deadline: bool) -> bool {
    let trigger = matches!(
        time.kind,
        TokenKind::Time {
            when: When::Trigger(..),
            ..
        }
    );
    time.end > 0
        && is_kanji(text.at(time.end - 1))
        && is_kanji(text.at(time.end))
        && (trigger || (after_a_deadline && end_before_a_noun(text, time.end)))
}

/// The first particle (or comma) within a few chars after a time followed by の, or by
/// a noun it makes a compound with (来年度内定者の研修資料を, 来期予算を).
fn particle_after_no(text: &Text, sentence: &Sentence, time: &Token) -> Option<char> {
    let next = text.at(time.end);
    if next != 'の'
        && !(is_kanji(next)
            && matches!(
                time.kind,
                TokenKind::Time {
                    when: When::Trigger(..),
                    ..
                }
            ))
        && !end_before_a_noun(text, time.end)
    {
        return None;
    }
    // から after an occasion (来週の夜勤シフトから, 12月の定例から: the act's time) is read
    // as a particle, returned as 'か'.
    (time.end + 1..(time.end + 16).min(sentence.end))
        .find(|&i| {
            "をがはにで、,".contains(text.at(i))
                || (text.match_at(i, "から").is_some()
                    && text.first_ending_at(i, &OCCASIONS).is_some())
        })
        .map(|i| text.at(i))
}

/// What takes place on a day, before から: a shift, a meeting, a session.
const OCCASIONS: Words = Words::new( "シフト|勤務|夜勤|日勤|会議|定例|朝礼|朝会|研修|面談|講義|授業|レッスン|スプリント|稼働|出荷|回|便|巡回|当番|ミーティング|mtg|1on1");

/// In Japanese a time binds the first predicate after it (or, when none follows, the
/// last before it). A time set off by 、 speaks for the main clause, so it passes over
/// the clauses of reason and purpose; one followed by の names the thing after it, and
/// when that thing is a result (来年3月の合格), the time is that result's deadline.
pub(super) fn japanese_bound(
    text: &Text,
    tokens: &[Token],
    sentence: &Sentence,
    found: &[Predicate],
    index: usize,
) -> Bound {
    let time = &tokens[index];
    // 来週月曜の祝日を使って、…に参加します, 土曜日を利用して…: a day used for the act is
    // its day; the act is the one after the means.
    if let Some(means_end) = used_for_the_act(text, sentence, time) {
        let after = found.partition_point(|p| p.end <= means_end);
        return match found[after..]
            .iter()
            .find(|p| !p.subordinate)
            .map(|p| (p, p.kind))
        {
            Some((p, Kind::Act)) if !says_only_that_one_acts(text, p, sentence) => Bound::Act {
                opens: p.opens,
                words: p.words,
            },
            Some((_, Kind::Outcome(outcome))) => Bound::Outcome(outcome),
            _ => Bound::Nothing,
        };
    }
    // A time with を is what the act takes (今年度を振り返り), not when it is done.
    if text.at(time.end) == 'を' {
        return Bound::Nothing;
    }
    // A time followed by の describes what comes next. Before an event or a place
    // (12/7の課会で, 来週月曜の朝一番に) it is the day of the act; before the object of
    // the act (3年後のキャリアプランを書き出す, 来年度内定者の資料を) it only describes
    // that object.
    // 来週水曜〆の研修申込を出す: a closing day names the deadline of the thing after it,
    // which is the act's.
    let closing = text
        .first_ending_at(time.end, &super::super::dates::CLOSING)
        .is_some();
    let after_a_deadline = || {
        tokens[sentence.tokens.start..index].iter().any(|t| {
            matches!(t.kind, TokenKind::Time { when, marker: Marker::By } if when != When::Recurring)
        })
    };
    if !closing && (text.at(time.end) == 'の' || compound_with_noun(text, time, after_a_deadline()))
    {
        let next_particle = particle_after_no(text, sentence, time);
        // 12/14の個別相談を予約する: what is booked on a day is booked by then, so the
        // day is the booking's deadline.
        let booked = || {
            let after = found.partition_point(|p| p.end <= time.end);
            found.get(after).is_some_and(|p| {
                p.opens
                    && p.kind == Kind::Act
                    && text
                        .first_of(p.head.0, words!("予約|申し込|申込|エントリー"))
                        .is_some()
            })
        };
        if matches!(next_particle, Some('を' | 'が' | 'は'))
            && !(next_particle == Some('を') && booked())
        {
            return Bound::Nothing;
        }
        // 来年4月の試験に向けて: the time dates the goal the act is aimed at, not the act.
        if next_particle == Some('に') {
            let aimed = (time.end + 1..(time.end + 16).min(sentence.end))
                .find(|&i| text.at(i) == 'に')
                .is_some_and(|i| {
                    text.first_of(i + 1, words!("向けて|向け|むけて|むけ"))
                        .is_some()
                });
            if aimed {
                return Bound::Nothing;
            }
        }
    }
    if text.at(time.end) == 'の' {
        let next_word = tokens[index + 1..sentence.tokens.end]
            .iter()
            .find(|t| match t.kind {
                TokenKind::Word(word) => word != Word::Measure,
                TokenKind::ClauseBreak | TokenKind::Time { .. } => true,
                TokenKind::SentenceEnd => false,
            });
        // Only the noun right after の (来年3月の合格, 3月の簿記2級合格): a result further
        // on, past a particle (1/6のエリア巡回から…(許可取り済)), is not what it names.
        let noun_end = (time.end + 1..(time.end + 24).min(sentence.end))
            .find(|&i| {
                matches!(
                    text.at(i),
                    'を' | 'が' | 'は' | 'に' | 'で' | 'か' | 'と' | '、' | ',' | '('
                )
            })
            .unwrap_or(sentence.end);
        if let Some(Token {
            kind: TokenKind::Word(Word::Outcome(outcome)),
            start,
            ..
        }) = next_word
        {
            if *start < noun_end {
                return Bound::Outcome(*outcome);
            }
        }
    }
    let set_off = matches!(text.at(time.end), '、' | ',');
    // Predicates are in text order: a binary search finds the first after the time,
    // and only a few subordinate clauses are passed over, so a long text stays linear.
    let after = found.partition_point(|p| p.end <= time.end);
    let predicate = found[after..]
        .iter()
        .take(8)
        .find(|p| !(set_off && (p.subordinate || manner_of_the_next_act(text, p))))
        .or_else(|| {
            let before = found.partition_point(|p| p.end <= time.start);
            before.checked_sub(1).map(|k| &found[k])
        });
    // A deadline set before a chain of acts is on the whole chain (今月末までに、
    // フォームを記入して総務へ送信します): any of them that opens something makes it a
    // start, up to the next time.
    let chain_opens = || {
        let next_time = tokens[index + 1..sentence.tokens.end]
            .iter()
            .find(|t| matches!(t.kind, TokenKind::Time { .. }))
            .map_or(sentence.end, |t| t.start);
        found[after..]
            .iter()
            .take(8)
            .take_while(|p| p.end <= next_time)
            .any(|p| p.kind == Kind::Act && !p.subordinate && p.opens)
    };
    match predicate.map(|p| (p, p.kind)) {
        // 12月7日から取りかかり、毎朝30分テキストを読みます: a beginning that says only
        // that one begins begins the act chained after it, unless that act has a time of
        // its own (12月7日から取りかかり、来年度中に一次試験を受ける: the exam's deadline,
        // and nothing anyone could see begins on the 7th).
        Some((p, Kind::Act)) if begins_only(text, p) => {
            let at = found.partition_point(|q| q.end <= p.end);
            let next = found[at..].iter().find(|q| !q.subordinate);
            match next {
                Some(q)
                    if q.kind == Kind::Act
                        && !says_only_that_one_acts(text, q, sentence)
                        && !tokens[index + 1..sentence.tokens.end].iter().any(|t| {
                            t.start < q.end && matches!(t.kind, TokenKind::Time { .. })
                        }) =>
                {
                    Bound::Act {
                        opens: q.opens,
                        words: q.words,
                    }
                }
                _ => Bound::Nothing,
            }
        }
        Some((p, Kind::Act)) if says_only_that_one_acts(text, p, sentence) => Bound::Nothing,
        Some((p, Kind::Act)) => Bound::Act {
            opens: p.opens || chain_opens(),
            words: p.words,
        },
        Some((_, Kind::Outcome(outcome))) => Bound::Outcome(outcome),
        _ => Bound::Nothing,
    }
}

/// Where the means ends when a time, alone or with の and a noun (来週月曜の祝日, 土曜日の
/// 午前中), is used for the act: を and 使って, 利用して, 活用して (使う alone, 時間を使う
/// ように, says how time is spent, and is not this).
fn used_for_the_act(text: &Text, sentence: &Sentence, time: &Token) -> Option<usize> {
    let mut at = time.end;
    if text.at(at) == 'の' {
        at += 1;
        while at < sentence.end && at - time.end < 8 && is_kanji(text.at(at)) {
            at += 1;
        }
    }
    let (_, end) = text
        .match_at(at, "を")
        .and_then(|at| text.first_of(at, words!("使って|利用して|活用して")))?;
    Some(end)
}

/// An attitude in て form set off by 、 (12月7日から、顧客満足度を意識して、毎週3件の提案書
/// を出す): it says how the act after it is done, so a time set off before it binds that
/// act. (A time right before the attitude, 来月から意識して、…, stays the attitude's.)
fn manner_of_the_next_act(text: &Text, predicate: &Predicate) -> bool {
    matches!(predicate.kind, Kind::NotAnAct(attitude) if attitude.is_manner())
        && matches!(text.at(predicate.end), '、' | ',')
        && text.at(predicate.end.wrapping_sub(1)) == 'て'
}

/// A verb that says only that one will act (過ごす, 行動する, behave), or an act on
/// something left unsaid, with no rhythm or count to it (何か新しいことを始める), with
/// nothing else to see: no third party can tell that it has begun, so no time starts
/// it. With a rhythm or a count (毎週金曜に係長と一緒に作業する) the objective test sees
/// an act, and so does this one.
fn says_only_that_one_acts(text: &Text, predicate: &Predicate, sentence: &Sentence) -> bool {
    match predicate.hedge {
        Some((Hedge::Generic | Hedge::Unspecified, ..)) => {
            !sentence.measured || begins_only(text, predicate)
        }
        _ => false,
    }
}

/// A beginning that says only that one begins (12月7日から取りかかり、, スタートを切る,
/// "get started"): nothing anyone could see, whatever count the sentence holds
/// elsewhere (来期までにトップ3に入る).
pub(super) fn begins_only(text: &Text, predicate: &Predicate) -> bool {
    matches!(predicate.hedge, Some((Hedge::Generic, start, _))
        if text.first_of(start, &vocabulary::BEGINNINGS).is_some())
}
